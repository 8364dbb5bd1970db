// The result: verdict, one checklist line per prerequisite, ranked ways forward, the in-person route
// (always complete and unfolded), whom to ask when only the municipality's channel is unknown, the
// deadline, what the check cannot know, and the sources with the date they were checked. Words only;
// the decisions come from evaluate(); every number in the words comes from the fact store (factVars).
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, lang, loadNamespace } from '../../i18n';
import { evaluate } from '../../rules/evaluate';
import { facts } from '../../rules/facts';
import type { CheckItem, Evaluation, Route, Service, Way } from '../../rules/types';
import { askedQuestions } from '../../flow/questions';
import { pathFor } from '../../routes';
import type { CheckState } from './Check';
import { MeansName, ServiceName, placeLabel } from './names';
import { dateLong, euro, euroRange } from '../../i18n/format';
import { factAt } from '../../rules/fact-store';
import { factVars } from './factVars';
import { useTitle } from '../../title';
import { whenIdle } from '../../idle';
import type { Place } from '../../centres/types';


function cost(c: { min: number; max: number } | null) {
  if (c === null) return t('result.costUnknown');
  if (c.max === 0) return t('result.free');
  return c.min === c.max ? euro(c.min) : euroRange(c.min, c.max);
}

/** A route can be called the quickest only when it is confirmed and we know the resident has all it needs. */
const sure = (r: Route) => r.confirmed && !r.unknownNeeds?.length;

function time(w: Way) {
  if (!w.time) return null;
  const { min, max, unit } = w.time;
  if (max === 0) return t('result.timeNow');
  const amount = min === max || min === 0 ? t(`result.unit.${unit}`, { count: max }) : t(`result.unit.${unit}_range`, { min, max, count: max });
  return min === 0 && min !== max ? t('result.upTo', { amount }) : amount;
}

const guideHref = (id: string | null) => (id ? pathFor(lang(), { name: 'guide', id }) : null);

export function ResultPage({ service, state }: { service: Service; state: CheckState }) {
  const e = evaluate(service, state.answers, state.today);
  const municipality = facts.municipalities.find((m) => m.code === state.answers.municipality);
  const vars = factVars(state.today);
  // The in-person route is its own, complete section; the list holds the other ways.
  const ways = e.routes.filter((r) => r.kind !== 'in-person');
  const painted = useAfterFirstPaint();
  useTitle(t('result.pageTitle', { verdict: t(`verdict.${e.verdict}.title`), service: lang() === 'lv' ? service.nameLv : t(`service.${service.id}.name`) }));
  return (
    <div class="result" data-verdict={e.verdict} data-service={service.id} data-complete={painted ? '' : undefined}>
      <div class={`verdict verdict-${e.verdict}`}>
        <h1>{t(`verdict.${e.verdict}.title`)}</h1>
        <p class="verdict-service">
          <ServiceName id={service.id} />
          {municipality && e.variantKey !== '*' ? ` · ${placeLabel(municipality.code, municipality.name)}` : ''}
        </p>
        {/* A service that ends with a visit (visitAfter) never reads as done from home. */}
        <p>{t(e.verdict === 'after-steps' && e.variant.visitAfter ? 'verdict.after-steps.bodyVisitAfter' : `verdict.${e.verdict}.body`)}</p>
        {e.variant.visitAfter && <p data-visit-after={e.variant.visitAfter.place}>{t(`visitAfter.${service.id}`)}</p>}
        {e.variant.deadline && <Deadline id={e.variant.deadline} service={service.id} today={state.today} />}
        {state.flags.on && <p class="preview" data-on={state.flags.on}>{t('result.previewDate', { date: dateLong(state.flags.on) })}</p>}
        {(e.verdict === 'online-now' || e.verdict === 'start-online') && e.variant.url && (
          <p><a class="button" href={e.variant.url} rel="noopener">{t(e.verdict === 'start-online' ? 'result.startService' : 'result.goToService', { portal: e.portal.name || t('result.theService') })}</a></p>
        )}
      </div>

      {e.means.length > 0 && <Checklist e={e} vars={vars} assist={state.flags.mode === 'assist'} />}
      {e.askMunicipality && <AskMunicipality e={e} state={state} />}
      {e.verdict === 'in-person' && e.variant.inPerson && <InPerson e={e} state={state} />}
      {painted && <>
      {e.variant.ready && <Ready ids={e.variant.ready} />}
      {e.verdict !== 'online-now' && ways.length > 0 && <Ways e={e} routes={ways} vars={vars} />}
      {e.variant.url && e.verdict !== 'online-now' && e.verdict !== 'start-online' && (
        <section aria-labelledby="service-title" data-section="service">
          <h2 id="service-title">{t('result.theServiceTitle')}</h2>
          <p><a href={e.variant.url} rel="noopener">{t('result.openService', { portal: e.portal.name || e.variant.url })}</a>{e.variant.code ? ` (${e.variant.code})` : ''}</p>
        </section>
      )}
      {e.verdict !== 'in-person' && e.variant.inPerson && <InPerson e={e} state={state} />}
      {/* Where the way online involves an e-signature, the signed file (.edoc) can be opened here (issue 9). */}
      {(e.variant.signature !== false || e.portal.kind === 'signature') && (
        <p class="no-print" data-open-link><a href={pathFor(lang(), { name: 'open' })}>{t('app.openSigned')}</a></p>
      )}
      <Unknowns e={e} />
      <Answers state={state} />
      <Later e={e} state={state} />
      </>}
    </div>
  );
}

type Vars = Record<string, string>;

/** False on the first render, true once it has painted and the browser is idle: the verdict, the checklist and the
 * section the verdict points to paint first; the ways forward and the rest follow, below them, so nothing above moves
 * (issue 11). Not at once after the paint (an effect): Chrome reports a paint only when the page's script lets it,
 * and the rest's render then held the verdict's reported paint back by its own length (Lighthouse counted it in). */
function useAfterFirstPaint() {
  const [painted, setPainted] = useState(false);
  useEffect(() => whenIdle(() => setPainted(true), 200), []);
  return painted;
}

// Below the fold and off the critical path (issue 11): the sources with their URLs and titles, "take it with
// you" (print, the QR hand-over) and "start again" load once the verdict and checklist have painted. They
// end the page, so arriving later shifts nothing above them.
const loadLater = () => Promise.all([import('./ResultLater'), loadNamespace('sources')]).then(([m]) => (later = m));
let later: typeof import('./ResultLater') | undefined;

function Later({ e, state }: { e: Evaluation; state: CheckState }) {
  const [m, setM] = useState(later);
  // After the verdict's frame, once the browser is idle: these requests then never hold up its paint.
  useEffect(() => (m ? undefined : whenIdle(() => void loadLater().then(setM))), []);
  return m ? <m.ResultLater e={e} state={state} /> : null;
}

/** The service's deadline, from the fact store (e.g. declare within one month of moving). */
function Deadline({ id, service, today }: { id: string; service: string; today: string }) {
  const f = factAt(id, today);
  if (!f) return null;
  const amount = t(`result.unit.${f.unit}`, { count: f.value as number });
  return <p class="deadline" data-deadline={id}>{t(`deadline.${service}`, { deadline: amount })}</p>;
}

function AskMunicipality({ e, state }: { e: Evaluation; state: CheckState }) {
  const m = facts.municipalities.find((x) => x.code === e.municipality);
  const c = m?.contacts;
  const centres = pathFor(lang(), { name: 'centres' }) + (e.municipality ? `?municipality=${e.municipality}` : '');
  const working = e.means.filter((x) => x.works);
  const held = working.map((x) => t(`means.${x.means}`)).join(', ');
  const lawDate = working.map((x) => x.items[0].date).find(Boolean);
  return (
    <section aria-labelledby="ask-title" data-section="ask-municipality" data-municipality={e.municipality ?? ''}>
      <h2 id="ask-title">{t('result.ask.title', { municipality: m ? placeLabel(m.code, m.name) : t('result.ask.yourMunicipality') })}</h2>
      {e.verdict === 'ask-municipality' ? (
        <>
          <p>{t('result.ask.law', { means: held, date: lawDate ? dateLong(lawDate, 'gen') : '' })}</p>
          <p>{t('result.ask.channel')}</p>
        </>
      ) : (
        // No tool works yet, and we do not know the channel either: never a bare "look it up yourself".
        <p>{t('result.ask.channelUnknown')}</p>
      )}
      {c ? (
        <dl class="facts" data-contacts="true">
          {c.website && <><dt>{t('result.ask.website')}</dt><dd><a href={c.website} rel="noopener">{c.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></dd></>}
          {c.phone && <><dt>{t('result.ask.phone')}</dt><dd><a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a></dd></>}
          {c.email && <><dt>{t('result.ask.email')}</dt><dd><a href={`mailto:${c.email}`}>{c.email}</a></dd></>}
          {c.address && <><dt>{t('result.ask.address')}</dt><dd>{c.address}</dd></>}
        </dl>
      ) : (
        <p data-contacts="false">{t('result.ask.noContacts')}</p>
      )}
      {c?.caveats?.length ? <p class="meta" data-caveat>{t('result.ask.caveat')}</p> : null}
      {e.municipality && <NearestCentre code={e.municipality} />}
      <p><a href={centres}>{t('app.findCentre')}</a></p>
    </section>
  );
}

/** The client centre nearest to the municipality's administrative centre, from the printout's lazy chunk (the
 * result loads it anyway for the printout): its own if it has one, else a neighbour's. */
function NearestCentre({ code }: { code: string }) {
  const [p, setP] = useState<Place | null>();
  useEffect(() => {
    let live = true;
    import('../../assist/print-centres').then((x) => live && setP(x.centresFor(code)?.vpvkac ?? null));
    return () => void (live = false);
  }, [code]);
  if (!p) return null;
  return (
    <dl class="facts" data-nearest-centre={p.id}>
      <dt>{t('result.ask.nearest')}</dt>
      <dd>
        <span lang="lv">{p.name ?? p.locality}</span>
        <br />{p.address ? <span lang="lv">{p.address}</span> : t('result.ask.callFirst', { locality: p.locality })}
        {p.phone && <><br /><a href={`tel:${p.tel ?? p.phone.replace(/[^\d+]/g, '')}`}>{p.phone}</a></>}
      </dd>
    </dl>
  );
}

function Checklist({ e, vars, assist }: { e: Evaluation; vars: Vars; assist: boolean }) {
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('result.checklist')}</h2>
      {e.means.map((m) => (
        <div class="means" key={m.means} data-means={m.means} data-works={m.works}>
          <h3><MeansName id={m.means} /></h3>
          <ul class="checklist">
            {m.items.map((i) => <Item key={i.id} item={i} means={m.means} e={e} vars={vars} assist={assist} />)}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** What to have ready before starting, as the service's sources say (Variant.ready). */
function Ready({ ids }: { ids: string[] }) {
  return (
    <section aria-labelledby="ready-title" data-section="ready">
      <h2 id="ready-title">{t('result.haveReady')}</h2>
      <ul class="ready">
        {ids.map((id) => <li key={id} data-ready={id}>{t(`ready.${id}`)}</li>)}
      </ul>
    </section>
  );
}

function Item({ item, means, e, vars, assist }: { item: CheckItem; means: string; e: Evaluation; vars: Vars; assist: boolean }) {
  const fix = item.fix ? facts.ways.find((w) => w.id === item.fix) : undefined;
  const href = guideHref(fix?.guide ?? null);
  // In assisted mode the device answer is where the visitor will do it later, not the staff computer in use now:
  // lines that say so have an `_assist` form (i18next context), the rest fall back to the plain one.
  const own = assist ? { ...vars, context: 'assist' } : vars;
  const text =
    item.id === 'accepted'
      ? t(`item.accepted.${item.status}_${item.reason}`, { ...vars, portal: e.portal.name || t('result.theService'), date: item.date ? dateLong(item.date, 'gen') : '' })
      : t(`item.${item.id}.${item.status}${item.reason ? '_' + item.reason : ''}`, { ...own, defaultValue: t(`item.${item.id}.${item.status}`, own) });
  return (
    <li class={`item item-${item.status}`} id={`item-${means}-${item.id}`} data-item={item.id} data-status={item.status}>
      <span class="status">{t(`status.${item.status}`)}</span>
      <span class="text">{text}</span>
      {item.status !== 'met' && href && (
        <a class="what-now" href={href} data-guide={fix!.guide}>
          {t('result.whatNow')}<span class="visually-hidden">: {text}</span>
        </a>
      )}
    </li>
  );
}

function routeTitle(r: Route) {
  if (r.kind === 'fix') return t('route.fix', { means: t(`means.${r.means}`) });
  if (r.kind === 'get') return r.via ? t('route.getVia', { means: t(`means.${r.means}`), via: t(`means.${r.via}`) }) : t('route.get', { means: t(`means.${r.means}`) });
  return t(`route.${r.kind}`);
}

function Ways({ e, routes, vars }: { e: Evaluation; routes: Route[]; vars: Vars }) {
  const [first, ...others] = routes;
  return (
    <section aria-labelledby="ways-title">
      <h2 id="ways-title">{t('result.ways')}</h2>
      <p class="hint">{t('result.waysOrder')}</p>
      <ol class="ways">
        <RouteItem r={first} n={1} e={e} vars={vars} />
      </ol>
      {others.length > 0 && (
        <details class="other-ways">
          <summary>{t('result.otherWays', { count: others.length })}</summary>
          <ol class="ways" start={2}>
            {others.map((r, i) => <RouteItem key={r.id} r={r} n={i + 2} e={e} vars={vars} />)}
          </ol>
        </details>
      )}
    </section>
  );
}

function RouteItem({ r, n, e, vars }: { r: Route; n: number; e: Evaluation; vars: Vars }) {
  return (
    <li class="way" data-route={r.id} data-rank={n} data-confirmed={r.confirmed}>
      <h3>{n === 1 && sure(r) && e.verdict === 'after-steps' && <span class="quickest">{t('result.quickest')} </span>}{routeTitle(r)}</h3>
      <p class="badges">
        <span class={r.visit || e.variant.visitAfter ? 'badge badge-visit' : 'badge badge-remote'}>{t(r.visit ? 'result.visit' : e.variant.visitAfter ? 'result.thenVisit' : 'result.noVisit')}</span>
        <span class="badge">{cost(r.cost)}</span>
        {!r.confirmed && <span class="badge badge-warn">{t('result.unconfirmed')}</span>}
        {r.unknownNeeds?.map((x) => <span key={x} class="badge badge-warn" data-needs={x}>{t(`result.needs.${x}`)}</span>)}
      </p>
      <ol class="steps">
        {r.steps.map((s) => {
          const href = guideHref(s.guide);
          const tm = time(s);
          // A free step says nothing about money ("Check your Smart-ID level — Free" read oddly); the route's badge has the cost.
          const money = s.cost ? (s.cost.max > 0 ? cost(s.cost) : '') : tm ? cost(s.cost) : '';
          const meta = [money, tm].filter(Boolean).join(', ');
          return (
            <li key={s.id} data-step={s.id}>
              <span>{t(`way.${s.id}`, vars)}</span>
              {meta && s.id !== 'in-person' && (
                <span class="meta"> — {meta}{s.estimate ? ` (${t('result.estimate')})` : ''}</span>
              )}
              {s.note && <span class="meta"> {t(`way.note.${s.note}`, vars)}</span>}
              {href && <> <a href={href}>{t('result.howTo')}<span class="visually-hidden">: {t(`way.${s.id}`, vars)}</span></a></>}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

function InPerson({ e, state }: { e: Evaluation; state: CheckState }) {
  const p = e.variant.inPerson!;
  return (
    <section aria-labelledby="in-person-title" data-section="in-person">
      <h2 id="in-person-title">{t('result.inPerson')}</h2>
      <dl class="facts">
        <dt>{t('result.where')}</dt>
        <dd>{t(`place.${p.place}`)}{p.address ? `: ${p.address}` : ''}{p.appointment ? ` (${t('result.appointment')})` : ''}</dd>
        <dt>{t('result.bring')}</dt>
        <dd>{p.bring.map((b) => t(`bring.${b}`, factVars(e.today))).join('; ')}</dd>
        <dt>{t('result.feeThere')}</dt>
        <dd data-fee={p.fee ?? 'unknown'}>{p.fee === null ? t('result.feeUnknown') : p.fee === 0 ? t('result.free') : euro(p.fee)}</dd>
        {e.variant.onlineFee !== null && (
          <>
            <dt>{t('result.feeOnline')}</dt>
            <dd>{e.variant.onlineFee === 0 ? t('result.free') : euro(e.variant.onlineFee)}</dd>
          </>
        )}
        {(e.variant.fees ?? []).map((f) => (
          <Fragment key={f.what}>
            <dt>{t(`fee.${f.what}`)}</dt>
            <dd>{euro(f.amount)}</dd>
          </Fragment>
        ))}
      </dl>
      <p>
        <a href={pathFor(lang(), { name: 'centres' }) + (state.answers.municipality ? `?municipality=${state.answers.municipality}` : '')}>{t('app.findCentre')}</a>
      </p>
    </section>
  );
}

function Unknowns({ e }: { e: Evaluation }) {
  return (
    <section aria-labelledby="unknowns-title">
      <h2 id="unknowns-title">{t('result.unknowns')}</h2>
      <ul>
        {e.unknowns.map((u) => <li key={u} data-unknown={u}>{t(`unknown.${u.startsWith('acceptance-') ? 'acceptance' : u}`, { ...factVars(e.today), means: t(`means.${u.replace('acceptance-', '')}`) })}</li>)}
      </ul>
    </section>
  );
}

function Answers({ state }: { state: CheckState }) {
  const asked = askedQuestions(state.answers, state.today);
  const shown = (id: string, v: string) =>
    id === 'service' ? t(`service.${v}.name`) : id === 'municipality' ? facts.municipalities.find((m) => m.code === v)?.name ?? v : t(`opt.${id}.${v}`, factVars(state.today));
  return (
    <section aria-labelledby="answers-title">
      <h2 id="answers-title">{t('result.answers')}</h2>
      <dl class="summary">
        {asked.map((q) => {
          const v = state.answers[q.id];
          const text = Array.isArray(v) ? v.map((x) => shown(q.id, x)).join(', ') : v ? shown(q.id, v) : '';
          return (
            <div key={q.id} class="summary-row" data-answer={q.id}>
              <dt>{t(`q.${q.id}.short`)}</dt>
              <dd>{text}</dd>
              <dd>
                <a href={state.hrefTo({ name: 'question', id: q.id })}>
                  {t('result.change')}<span class="visually-hidden"> {t(`q.${q.id}.short`)}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
