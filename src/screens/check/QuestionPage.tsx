// One question per page (GOV.UK pattern). Generic over the question kinds in src/flow/questions.ts.
import { useMemo, useState } from 'preact/hooks';
import { Fragment } from 'preact';
import { t } from '../../i18n';
import type { Question } from '../../flow/questions';
import { nextStep, askedQuestions } from '../../flow/questions';
import { withAnswer } from '../../flow/url';
import { guessDevice } from '../../flow/device';
import { facts } from '../../rules/facts';
import type { Answers } from '../../rules/types';
import type { CheckState } from './Check';
import { ServiceName, inReaderOrder, placeLabel } from './names';
import { ToolIcon } from './ToolIcon';
import { factVars } from './factVars';
import { useAssistWords } from '../../assist/words';
import { useTitle } from '../../title';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function QuestionPage({ q, state }: { q: Question; state: CheckState }) {
  const current = state.answers[q.id];
  // Assisted mode (src/assist): the staff computer says nothing about where the visitor will do it later.
  const assist = state.flags.mode === 'assist';
  // Questions about the device ask, in assisted mode, about the visitor's own one (assist:<id>.title).
  const staffTitle = assist && (q.id === 'device' || q.id === 'software');
  useAssistWords(staffTitle);
  const guessed = q.id === 'device' && !current && !assist && typeof navigator !== 'undefined' ? guessDevice(navigator as never) : undefined;
  const [value, setValue] = useState<string | string[] | undefined>(current ?? guessed);
  const [error, setError] = useState(false);
  const [filter, setFilter] = useState('');
  const errorId = `${q.id}-error`;

  const asked = askedQuestions(state.answers, state.today);
  const index = asked.findIndex((x) => x.id === q.id);
  const back = index > 0 ? state.hrefTo({ name: 'question', id: asked[index - 1].id }) : state.hrefTo({ name: 'start' }, {});

  const submit = (e: Event) => {
    e.preventDefault();
    const empty = value === undefined || (Array.isArray(value) && !value.length);
    if (empty) {
      setError(true);
      setTimeout(() => document.getElementById('error-summary')?.focus());
      return;
    }
    const answers: Answers = withAnswer(state.answers, q.id, value);
    const next = nextStep(answers, state.today);
    // This entry first takes the answer into its address: the browser's Back then returns to this question with
    // the answer chosen, as the page's own Back link does (a librarian's Back press keeps the visitor's answers).
    state.go({ name: 'question', id: q.id }, answers, true);
    state.go(next === 'result' ? { name: 'result' } : { name: 'question', id: next }, answers);
  };

  const options = useMemo(() => q.options(), [q]);
  // A question may say it differently to a resident on a phone ("the computer you will use"): words `title_phone`,
  // `hint_phone`. Not to staff: their device answer is where the visitor will do it later, not the device in hand.
  const vars = { ...factVars(state.today), context: assist ? undefined : state.answers.device };
  const title = staffTitle ? t(`assist:${q.id}.title`, { defaultValue: t(`q.${q.id}.title`, vars) }) : t(`q.${q.id}.title`, vars);
  useTitle(title, error);

  return (
    <form class="question" onSubmit={submit} noValidate data-question={q.id}>
      <p><a class="back" href={back}>{t('check.back')}</a></p>
      {error && (
        <div class="error-summary" id="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('check.errorTitle')}</h2>
          <a href={`#${q.id}-0`}>{t(`q.${q.id}.error`)}</a>
        </div>
      )}
      <fieldset aria-describedby={`${q.id}-hint${error ? ' ' + errorId : ''}`}>
        <legend><h1>{title}</h1></legend>
        <p class="hint" id={`${q.id}-hint`}>{t(`q.${q.id}.hint`, vars)}</p>
        {guessed && <p class="hint" data-guess={guessed}>{t('q.device.guessed', { device: t(`opt.device.${guessed}`) })}</p>}
        {error && <p class="error" id={errorId}>{t(`q.${q.id}.error`)}</p>}
        {q.kind === 'service' && (
          <ServiceChoice options={options} value={value as string} setValue={setValue} filter={filter} setFilter={setFilter} id={q.id} />
        )}
        {q.kind === 'municipality' && <MunicipalityChoice value={value as string} setValue={setValue} id={q.id} />}
        {q.kind === 'single' && (
          <div class="choices">
            {options.map((o, i) => (
              <Choice key={o} type="radio" name={q.id} id={`${q.id}-${i}`} value={o} checked={value === o}
                onChange={() => setValue(o)} label={t(`opt.${q.id}.${o}`, vars)} hint={t(`opt.${q.id}.${o}_hint`, { ...vars, defaultValue: '' })} />
            ))}
          </div>
        )}
        {q.kind === 'multi' && (
          <div class="choices">
            {options.map((o, i) => {
              const list = (value as string[] | undefined) ?? [];
              const toggle = () => setValue(o === 'none' ? (list.includes('none') ? [] : ['none']) : list.includes(o) ? list.filter((x) => x !== o) : [...list.filter((x) => x !== 'none'), o]);
              return (
                <Fragment key={o}>
                  {o === 'none' && <p class="or">{t('check.or')}</p>}
                  <Choice type="checkbox" name={q.id} id={`${q.id}-${i}`} value={o} checked={list.includes(o)} onChange={toggle}
                    label={t(`opt.have.${o}`)} hint={t(`opt.have.${o}_hint`, { defaultValue: '' })} icon={o} />
                </Fragment>
              );
            })}
          </div>
        )}
      </fieldset>
      <button type="submit" class="button">{t('check.continue')}</button>
      <p><a href={state.hrefTo({ name: 'start' }, {})} class="start-again">{t('check.startAgain')}</a></p>
    </form>
  );

}

function ServiceChoice(p: { options: string[]; value: string | undefined; setValue: (v: string) => void; filter: string; setFilter: (v: string) => void; id: string }) {
  const words = (id: string) => fold([t(`service.${id}.name`), facts.services.find((s) => s.id === id)!.nameLv, t(`service.${id}.keywords`, { defaultValue: '' })].join(' '));
  const shown = p.options.filter((id) => !p.filter || fold(p.filter).split(/\s+/).every((w) => words(id).includes(w)));
  const popular = facts.services.filter((s) => s.popular).map((s) => s.id);
  const ordered = p.filter ? shown : [...popular, ...shown.filter((id) => !popular.includes(id))];
  return (
    <>
      <div class="field">
        <label for="service-search">{t('q.service.search')}</label>
        <input id="service-search" type="search" autocomplete="off" value={p.filter} onInput={(e) => p.setFilter((e.target as HTMLInputElement).value)}
          aria-controls="service-options" />
      </div>
      <p class="hint" role="status" aria-live="polite">{p.filter ? t('q.service.found', { count: shown.length }) : t('q.service.popularFirst')}</p>
      <div class="choices" id="service-options">
        {ordered.map((id) => (
          <Choice key={id} type="radio" name="service" id={`${p.id}-${p.options.indexOf(id)}`} value={id} checked={p.value === id}
            onChange={() => p.setValue(id)} label={<ServiceName id={id} />} />
        ))}
      </div>
    </>
  );
}

function MunicipalityChoice({ value, setValue, id }: { value: string | undefined; setValue: (v: string) => void; id: string }) {
  const all = inReaderOrder(facts.municipalities);
  const cities = all.filter((m) => m.type === 'state city');
  const novadi = all.filter((m) => m.type !== 'state city');
  return (
    <div class="field">
      <label for={`${id}-0`}>{t('q.municipality.label')}</label>
      <select id={`${id}-0`} name="municipality" value={value ?? ''} onChange={(e) => setValue((e.target as HTMLSelectElement).value || (undefined as never))}>
        <option value="">{t('q.municipality.choose')}</option>
        <optgroup label={t('q.municipality.cities')}>
          {cities.map((m) => <option key={m.code} value={m.code}>{placeLabel(m.code, m.name)}</option>)}
        </optgroup>
        <optgroup label={t('q.municipality.novadi')}>
          {novadi.map((m) => <option key={m.code} value={m.code}>{placeLabel(m.code, m.name)}</option>)}
        </optgroup>
      </select>
    </div>
  );
}

function Choice(p: { type: 'radio' | 'checkbox'; name: string; id: string; value: string; checked: boolean; onChange: () => void; label: preact.ComponentChildren; hint?: string; icon?: string }) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  return (
    <div class="choice">
      <input type={p.type} name={p.name} id={p.id} value={p.value} checked={p.checked} onChange={p.onChange} aria-describedby={hintId} />
      <label for={p.id}>
        {p.icon && <ToolIcon id={p.icon} />}
        <span>{p.label}</span>
      </label>
      {p.hint && <p class="hint" id={hintId}>{p.hint}</p>}
    </div>
  );
}

