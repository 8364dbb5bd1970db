// The readiness rules: evaluate(service, answers, today) → verdict, checklist, ranked routes.
// Pure TypeScript. `today` is a parameter so tests and the ?on= preview can move the clock (acceptances,
// fees and times all come from dated data). How to get a tool is data (acquire.json), not code here.
import type {
  AcquireRoute, Answers, CheckItem, Evaluation, FactEntry, IsoDate, ItemId, MeansCheck, MeansId, Portal, Range, Route, Service,
  Variant, Verdict, Way,
} from './types';
import { dateOf, facts, factAt, getMeans, getPortal, getWay, variantKeyFor } from './facts';

/** The guide a line points to when the tool cannot be made to work here: eParaksts mobile is free and every e-service must accept it. */
const REPLACE_GUIDE_WAY = 'register-eparaksts-mobile-eid';

const inRange = (today: IsoDate, from: string | null, until: string | null) => {
  const f = dateOf(from), u = dateOf(until);
  return (!f || f <= today) && (!u || today <= u);
};

/** Is this tool accepted by this portal on this date, and on what grounds? */
export function acceptance(portal: Portal, means: MeansId, today: IsoDate): CheckItem {
  if (portal.kind === 'signature') {
    // A signature portal with a list (the Enterprise Register) takes only the signatures it lists.
    if (portal.accepts.length) {
      return portal.accepts.some((a) => a.means === means && inRange(today, a.from, a.until))
        ? { id: 'accepted', status: 'met', reason: 'signs' }
        : { id: 'accepted', status: 'missing', reason: 'signature-not-listed' };
    }
    const signs = getMeans(means).signs;
    return signs === true
      ? { id: 'accepted', status: 'met', reason: 'signs' }
      : { id: 'accepted', status: signs === false ? 'missing' : 'unknown', reason: signs === false ? 'cannot-sign' : 'sign-unconfirmed' };
  }
  const login = portal.loginVia ? getPortal(portal.loginVia) : portal;
  for (const a of login.accepts.filter((x) => x.means === means)) {
    const from = dateOf(a.from), until = dateOf(a.until);
    if (inRange(today, from, until)) return { id: 'accepted', status: 'met', reason: a.only ?? 'stated', date: from ?? undefined };
    if (until && today > until) return a.afterUntil === 'unknown'
      ? { id: 'accepted', status: 'unknown', reason: 'not-known-after', date: until }
      : { id: 'accepted', status: 'missing', reason: 'ended', date: until };
    if (from && today < from && a.beforeFrom === 'unknown') return { id: 'accepted', status: 'unknown', reason: 'not-yet-known', date: from };
  }
  const law = facts.law.find((a) => a.means === means && inRange(today, a.from, a.until));
  if (law) return { id: 'accepted', status: 'met', reason: 'law', date: dateOf(law.from) ?? undefined };
  // A municipal e-service whose pages name no login tools: beyond the law's, we do not know (issue 13).
  if (portal.unknownRoute || portal.meansNotStated) return { id: 'accepted', status: 'unknown', reason: 'route-unknown' };
  return { id: 'accepted', status: 'missing', reason: 'not-listed' };
}

const fixed = (id: ItemId, status: CheckItem['status'], fix: string, reason?: string): CheckItem =>
  ({ id, status, ...(reason ? { reason } : {}), fix, remedy: 'fix' });

/** One checklist line per prerequisite of a held tool. */
function prerequisite(id: ItemId, a: Answers): CheckItem {
  const have = a.have ?? [];
  switch (id) {
    case 'computer':
      return a.device === 'computer' ? { id, status: 'met' } : fixed(id, a.device === 'phone' ? 'missing' : 'unknown', 'use-computer');
    case 'card-reader':
      return have.includes('card-reader') ? { id, status: 'met' } : fixed(id, 'missing', 'get-card-reader');
    case 'eid-software':
      return a.software === 'yes' ? { id, status: 'met' } : fixed(id, a.software === 'no' ? 'missing' : 'unknown', 'install-eid-software');
    case 'pin1':
    case 'pin2':
      if (a.pins === 'known') return { id, status: 'met' };
      if (a.pins === 'blocked') return fixed(id, 'missing', 'unblock-pin', 'blocked');
      if (a.pins === 'lost') return fixed(id, 'missing', 'new-pin-envelope', 'lost');
      return fixed(id, 'unknown', 'check-pins');
    case 'signing-active':
      return a['new-card'] === 'no' ? { id, status: 'met' } : fixed(id, a['new-card'] === 'yes' ? 'missing' : 'unknown', 'wait-signing');
    case 'eparaksts-working': {
      const s = a['eparaksts-status'];
      if (s === 'works') return { id, status: 'met' };
      // Never registered: nothing to repair; registering is getting the tool (the 'get' routes).
      if (s === 'not-registered') return { id, status: 'missing', reason: 'not-registered', fix: REPLACE_GUIDE_WAY, remedy: 'replace' };
      if (s === 'problem') return fixed(id, 'missing', 'fix-eparaksts-mobile', 'problem');
      return fixed(id, 'unknown', 'check-eparaksts-mobile');
    }
    case 'smart-id-qualified': {
      const s = a['smart-id-level'];
      return s === 'qualified' ? { id, status: 'met' } : s === 'basic' ? fixed(id, 'missing', 'upgrade-smart-id', 'basic') : fixed(id, 'unknown', 'check-smart-id-level');
    }
    case 'foreign-eid-setup':
      return fixed(id, 'unknown', 'check-foreign-eid');
    default:
      return { id, status: 'unknown' };
  }
}

/** The lines a held tool must pass to log in (its needs) or to sign (needs without PIN1, plus its signing needs). */
function toolLines(m: MeansId, use: 'login' | 'sign', a: Answers): CheckItem[] {
  const means = getMeans(m);
  const needs = use === 'sign' ? means.needs.filter((n) => n !== 'pin1') : means.needs;
  return [...needs, ...(use === 'sign' ? means.signNeeds : [])].map((n) => prerequisite(n, a));
}

function checkMeans(m: MeansId, portal: Portal, variant: Variant, a: Answers, today: IsoDate): MeansCheck {
  const means = getMeans(m);
  const signing = variant.signature === true || portal.kind === 'signature';
  const accepted = acceptance(portal, m, today);
  if (accepted.status === 'missing') Object.assign(accepted, { fix: REPLACE_GUIDE_WAY, remedy: 'replace' });
  const items: CheckItem[] = [accepted];
  if (accepted.status !== 'missing') {
    // To sign with a card you need PIN2, not PIN1; logging in needs PIN1.
    const needs = portal.kind === 'signature' ? means.needs.filter((n) => n !== 'pin1') : means.needs;
    for (const n of [...needs, ...(signing ? means.signNeeds : [])]) items.push(prerequisite(n, a));
    if (accepted.reason === 'certain-banks') items.push(fixed('bank-on-list', 'unknown', 'check-bank-list'));
    // Online only for Latvian citizens and non-citizens: an eID card shows it (it is issued only to them), a
    // residence-permit card or a foreign eID shows the opposite; otherwise we do not know, and say so.
    if (variant.onlineFor === 'citizens') {
      const have = a.have ?? [];
      items.push(have.includes('eid-card') ? { id: 'eligible', status: 'met' }
        : have.some((h) => h === 'residence-permit-card' || h === 'foreign-eid') ? { id: 'eligible', status: 'missing', remedy: 'replace' }
        : { id: 'eligible', status: 'unknown' });
    }
    if (portal.kind === 'login' && variant.signature !== false) {
      const s = means.signs;
      const status = s === true ? 'met' : variant.signature === 'sometimes' || s === 'unconfirmed' ? 'unknown' : 'missing';
      items.push(status === 'met'
        ? { id: 'can-sign', status }
        : { id: 'can-sign', status, ...(variant.signature === 'sometimes' ? { reason: 'sometimes' } : {}), fix: REPLACE_GUIDE_WAY, remedy: 'replace' });
    }
  }
  return { means: m, items, works: items.every((i) => i.status === 'met') };
}

const sumCost = (steps: Way[]): Range | null =>
  steps.some((s) => s.cost === null)
    ? null
    : steps.reduce((acc, s) => ({ min: acc.min + s.cost!.min, max: acc.max + s.cost!.max }), { min: 0, max: 0 });

const MINUTES = { minutes: 1, hours: 60, workdays: 24 * 60 };
/** Elapsed time, waits included: courier days, the 24 hours before a new card signs, PMLP issue days. */
const minutesOf = (steps: Way[]) => steps.reduce((t, s) => t + (s.time ? s.time.max * MINUTES[s.time.unit] : 0), 0);

function route(id: string, kind: Route['kind'], stepIds: string[], today: IsoDate, extra: Partial<Route> = {}): Route {
  const steps = [...new Set(stepIds)].map((s) => getWay(s, today));
  // A step that needs a visit blocks the rest (a new PIN envelope before a card reader is of any use): it goes first.
  steps.sort((a, b) => Number(b.visit) - Number(a.visit));
  return {
    id, kind, steps,
    visit: steps.some((s) => s.visit),
    cost: sumCost(steps),
    confirmed: steps.every((s) => s.confirmed),
    buildsOnHeld: false,
    minutes: minutesOf(steps),
    ...extra,
  };
}

/** Lines that make a tool work in place; a line to be replaced blocks the tool (the 'get' routes cover it). */
const fixesOf = (items: CheckItem[]) => items.filter((i) => i.status !== 'met' && i.remedy === 'fix').map((i) => i.fix!);
const blocked = (items: CheckItem[]) => items.some((i) => i.status === 'missing' && i.remedy !== 'fix');

/**
 * Rank: no office visit first; then confirmed before unconfirmed, and routes whose every prerequisite we know
 * the resident has; then what builds on what you hold; then real elapsed time, waits included; then making a
 * tool you hold work before getting a new one; then cost (unconfirmed cost last); then fewer steps.
 */
export function rank(routes: Route[]): Route[] {
  const key = (r: Route) => [
    r.visit ? 1 : 0,
    r.confirmed ? 0 : 1,
    r.unknownNeeds?.length ? 1 : 0,
    r.buildsOnHeld ? 0 : 1,
    r.minutes,
    r.kind === 'fix' ? 0 : 1,
    r.cost ? r.cost.max : 1e6,
    r.steps.length,
  ];
  return [...routes].sort((x, y) => {
    const a = key(x), b = key(y);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  });
}

/** Does the resident have a smartphone? A phone user or an app holder does; otherwise only the answer tells. */
function hasSmartphone(a: Answers): boolean | undefined {
  if (a.device === 'phone' || (a.have ?? []).some((h) => h === 'eparaksts-mobile' || h === 'smart-id')) return true;
  return a.smartphone === 'yes' ? true : a.smartphone === 'no' ? false : undefined;
}

/** The variant with fees stated as fact ids resolved for `today` (null: no value in force, so not confirmed). */
function resolveVariant(v: Variant, today: IsoDate, used: FactEntry[]): Variant {
  const amount = (x: unknown): number | null => {
    if (typeof x === 'number' || x === null) return x as number | null;
    const f = factAt(x as string, today);
    if (f) used.push(f);
    return f ? (f.value as number) : null;
  };
  return {
    ...v,
    inPerson: v.inPerson ? { ...v.inPerson, fee: amount(v.inPerson.fee) } : null,
    fees: v.fees?.map((f) => {
      const fact = factAt((f as unknown as { fact: string }).fact, today);
      if (fact) used.push(fact);
      return { what: f.what, amount: fact ? (fact.value as number) : NaN, source: fact?.source ?? [], checked: fact?.checked ?? '' };
    }).filter((f) => !Number.isNaN(f.amount)),
  };
}

export function evaluate(service: Service, answers: Answers, today: IsoDate): Evaluation {
  const variantKey = variantKeyFor(service, answers.municipality);
  const factsUsed: FactEntry[] = [];
  const variant = resolveVariant(service.variants[variantKey], today, factsUsed);
  for (const id of [variant.deadline, variant.visitAfter?.within]) { const d = id ? factAt(id, today) : undefined; if (d) factsUsed.push(d); }
  const portal = getPortal(variant.portal);
  const held = (answers.have ?? []).filter((h): h is MeansId => facts.means.some((m) => m.id === h));
  const unknowns: string[] = ['portal-status'];
  const routes: Route[] = [];
  const acquired: AcquireRoute[] = [];
  let means: MeansCheck[] = [];
  const signing = variant.signature === true || portal.kind === 'signature';

  if (portal.kind !== 'none') {
    means = held.map((m) => checkMeans(m, portal, variant, answers, today));
    if (portal.unknownRoute) unknowns.push('route-unknown');

    // Make a tool you hold work.
    for (const c of means) {
      if (c.works || blocked(c.items)) continue;
      const fixes = fixesOf(c.items);
      // Confirmed only if the fixes leave nothing open: a line no step resolves (a signature we could not confirm
      // is accepted, who may apply) keeps the outcome unknown.
      const open = c.items.some((i) => i.status !== 'met' && i.remedy !== 'fix');
      if (fixes.length) routes.push(route(`fix:${c.means}`, 'fix', fixes, today, { means: c.means, buildsOnHeld: true, ...(open ? { confirmed: false } : {}) }));
    }

    // Get another tool, by the routes acquire.json gives, from what the resident holds.
    const phone = hasSmartphone(answers);
    for (const a of facts.acquire) {
      const heldCheck = means.find((c) => c.means === a.means);
      if (heldCheck && !blocked(heldCheck.items)) continue; // held: make it work instead (above)
      if (a.notFor?.some((m) => held.includes(m))) continue; // not eligible (e.g. the eID card is for citizens and non-citizens)
      if (a.loginOnly && signing) continue;
      const ready = checkMeans(a.means, portal, variant, { ...answers, have: [...(answers.have ?? []), a.means], 'eparaksts-status': 'works', 'smart-id-level': 'qualified' }, today);
      if (ready.items[0].status !== 'met') continue; // the new tool would not be accepted here either
      if (ready.items.some((i) => i.id === 'eligible' && i.status !== 'met')) continue; // a new tool does not change who may apply
      for (const r of a.routes) {
        if (r.via && !held.includes(r.via)) continue;
        if (r.needs?.includes('smartphone') && phone === false) continue;
        // The held tool must itself work for the route (log in, or sign: a card over 24 h old, asked only where the service signs).
        const viaAnswers: Answers = { ...answers, 'new-card': signing ? answers['new-card'] ?? 'no' : 'no' };
        const lines = r.via && r.use ? toolLines(r.via, r.use, viaAnswers) : [];
        if (blocked(lines)) continue;
        const unknownNeeds = r.needs?.includes('smartphone') && phone === undefined ? ['smartphone'] : undefined;
        routes.push(route(`get:${a.means}${r.id ? ':' + r.id : ''}`, 'get', [...fixesOf(lines), ...r.steps], today,
          { means: a.means, ...(r.via ? { via: r.via } : {}), buildsOnHeld: !!r.via, ...(unknownNeeds ? { unknownNeeds } : {}) }));
        acquired.push(r);
        if (r.steps.includes('register-eparaksts-mobile-courier')) unknowns.push('eparaksts-bank-login');
        if (unknownNeeds) unknowns.push('smartphone');
      }
    }

    if (portal.unknownRoute) {
      for (const r of routes) r.steps = [getWay('find-municipal-service', today), ...r.steps];
      routes.push(route('find', 'find', ['find-municipal-service'], today));
    }
    if (portal.kind === 'login') routes.push(route('client-centre', 'client-centre', ['client-centre'], today));
    if (variant.bothPartners) unknowns.push('both-partners');
  }
  if (variant.inPerson) {
    const fee = variant.inPerson.fee;
    routes.push({ ...route('in-person', 'in-person', ['in-person'], today), cost: fee === null ? null : { min: fee, max: fee } });
  }
  for (const c of means) for (const i of c.items) if (i.id === 'accepted' && i.status === 'unknown') unknowns.push(`acceptance-${c.means}`);
  if (service.quality !== 'solid') unknowns.push('partial-data');

  const works = means.some((c) => c.works);
  let verdict: Verdict;
  if (works) {
    // A working tool under an unknown municipal route is one the law makes every provider accept (FPEIL):
    // the only open question is where the municipality takes the application.
    // A service that ends with a visit is started online, never done online (e-CSDD: register at a CSDD centre).
    verdict = portal.unknownRoute ? 'ask-municipality' : variant.visitAfter ? 'start-online' : 'online-now';
    routes.length = 0; // nothing to fix: the result shows the way in (or whom to ask), not ways forward
  } else {
    // Only a confirmed route, without a visit, building on what you hold, whose every prerequisite you are known to have.
    const reachable = routes.some((r) => !r.visit && r.confirmed && r.buildsOnHeld && !r.unknownNeeds?.length);
    verdict = reachable ? 'after-steps' : 'in-person';
  }
  const ranked = rank(routes);

  // Sources of every fact this answer used, and the oldest 'checked' date among them.
  const used: { source: string[]; checked: IsoDate }[] = [variant, ...(variant.visitAfter ? [variant.visitAfter] : []), ...ranked.flatMap((r) => r.steps), ...held.map(getMeans), ...factsUsed, ...acquired];
  // Where the channel is not known, the answer gives the municipality's own contacts: cite their page too.
  const askMunicipality = verdict === 'ask-municipality' || (!!portal.unknownRoute && !!answers.municipality && variantKey === answers.municipality);
  const contacts = askMunicipality ? facts.municipalities.find((m) => m.code === answers.municipality)?.contacts : undefined;
  if (contacts) used.push(contacts);
  const login = portal.loginVia ? getPortal(portal.loginVia) : portal;
  for (const m of held) {
    const a = login.accepts.find((x) => x.means === m) ?? facts.law.find((x) => x.means === m);
    if (a) used.push(a);
  }
  const sources = [...new Set(used.flatMap((u) => u.source))];
  const checked = used.map((u) => u.checked).filter(Boolean).sort()[0];

  return {
    serviceId: service.id, variantKey, portal, variant, verdict, ...(answers.municipality ? { municipality: answers.municipality } : {}), askMunicipality,
    means, routes: ranked, unknowns: [...new Set(unknowns)], sources, checked, today,
  };
}
