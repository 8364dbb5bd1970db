// The end of the result, loaded after the verdict has painted (see Later in ResultPage.tsx): the sources we
// rely on with the date they were checked, "take it with you" (print, QR hand-over), "start again" and the
// offer to forget a language chosen on a shared computer.
import '../../check-core';
import { useEffect, useState } from 'preact/hooks';
import { forgetLanguage, storedLanguage } from '../../i18n/choose';
import { lang, t } from '../../i18n';
import { pathFor } from '../../routes';
import type { Evaluation } from '../../rules/types';
import { todayInRiga } from '../../flow/device';
import { isStale } from '../../rules/staleness';
import { dateLong } from '../../i18n/format';
import type { CheckState } from './Check';
import { ResultActions } from './ResultActions';
import { SourceLink, pageDate } from '../SourceLink';

export function ResultLater({ e, state }: { e: Evaluation; state: CheckState }) {
  return (
    <>
      <Sources e={e} />
      <ResultActions state={state} />
      <p class="actions">
        <a href={state.hrefTo({ name: 'start' }, {})} class="button button-secondary">{t('check.startAgain')}</a>
      </p>
      <ForgetLanguage />
    </>
  );
}

/** On a shared computer, the next person should not inherit this one's language: offer to forget a choice made here. */
function ForgetLanguage() {
  const [stored, setStored] = useState(false);
  const [done, setDone] = useState(false);
  useEffect(() => setStored(!!storedLanguage()), []);
  return (
    <>
      {stored && !done && (
        <p class="no-print">
          <button type="button" class="button button-secondary" data-forget-language onClick={() => { forgetLanguage(); setDone(true); }}>
            {t('check.forgetLanguage')}
          </button>
        </p>
      )}
      <p role="status" class="no-print">{done ? t('check.languageForgotten') : ''}</p>
    </>
  );
}

function Sources({ e }: { e: Evaluation }) {
  return (
    <section aria-labelledby="sources-title" class="sources">
      <h2 id="sources-title">{t('result.sources')}</h2>
      <p data-checked={e.checked}>{t('result.checkedOn', { date: dateLong(e.checked, 'loc') })}</p>
      {isStale(e.checked, todayInRiga()) && <p class="notice" data-stale="true">{t('result.stale', { date: dateLong(e.checked, 'loc') })}</p>}
      <ul>
        {e.sources.map((id) => {
          const shown = pageDate(id);
          return <li key={id}><SourceLink id={id} />{shown ? ` (${t('result.pageDate', { shown })})` : ''}</li>;
        })}
      </ul>
      {/* For web editors and service owners: every fact this answer rests on, and how to correct it. */}
      <p><a href={pathFor(lang(), { name: 'rules', service: e.serviceId, municipality: e.variantKey === '*' ? '' : e.variantKey })} data-rules-link>{t('result.rulesLink')}</a></p>
    </section>
  );
}
