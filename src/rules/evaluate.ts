// The readiness rules: evaluate(service, answers, today) → verdict, checklist, ranked routes.
// Pure TypeScript. `today` is a parameter so tests and the ?on= preview can move the clock.
import type {
  Answers, CheckItem, Evaluation, IsoDate, ItemId, MeansCheck, MeansId, Portal, Range, Route, Service, Variant, Way,
} from './types';
import { facts, getMeans, getPortal, getWay, variantKeyFor } from './facts';

const CARD_MEANS: MeansId[] = ['eid-card', 'residence-permit-card', 'eparaksts-card'];
/** Where a line that cannot be fixed in place points: eParaksts mobile is free and every e-service must accept it. */
const GET_EPARAKSTS = 'register-eparaksts-mobile-eid';

const inRange = (today: IsoDate, from: IsoDate | null, until: IsoDate | null) =>
  (!from || from <= today) && (!until || today <= until);

/** Is this tool accepted by this portal on this date, and on what grounds? */
export function acceptance(portal: Portal, means: MeansId, today: IsoDate): CheckItem {
  if (portal.kind === 'signature') {
    const signs = getMeans(means).signs;
    return signs === true
      ? { id: 'accepted', status: 'met', reason: 'signs' }
      : { id: 'accepted', status: signs === false ? 'missing' : 'unknown', reason: signs === false ? 'cannot-sign' : 'sign-unconfirmed' };
  }
  const login = portal.loginVia ? getPortal(portal.loginVia) : portal;
  for (const a of login.accepts.filter((x) => x.means === means)) {
    if (inRange(today, a.from, a.until)) return { id: 'accepted', status: 'met', reason: a.only ?? 'stated', date: a.from ?? undefined };
    if (a.until && today > a.until) return { id: 'accepted', status: 'missing', reason: 'ended', date: a.until };
    if (a.from && today < a.from && a.beforeFrom === 'unknown') return { id: 'accepted', status: 'unknown', reason: 'not-yet-known', date: a.from };
  }
  const law = facts.law.find((a) => a.means === means && inRange(today, a.from, a.until));
  if (law) return { id: 'accepted', status: 'met', reason: 'law', date: law.from ?? undefined };
  // A municipal e-service whose pages name no login tools: beyond the law's, we do not know (issue 13).
  if (portal.unknownRoute || portal.meansNotStated) return { id: 'accepted', status: 'unknown', reason: 'route-unknown' };
  return { id: 'accepted', status: 'missing', reason: 'not-listed' };
}

/** One checklist line per prerequisite of a held tool. */
function prerequisite(id: ItemId, a: Answers): CheckItem {
  const have = a.have ?? [];
  switch (id) {
    case 'computer':
      return a.device === 'computer' ? { id, status: 'met' } : a.device === 'phone' ? { id, status: 'missing', fix: 'use-computer' } : { id, status: 'unknown', fix: 'use-computer' };
    case 'card-reader':
      return have.includes('card-reader') ? { id, status: 'met' } : { id, status: 'missing', fix: 'get-card-reader' };
    case 'eid-software':
      return a.software === 'yes' ? { id, status: 'met' } : { id, status: a.software === 'no' ? 'missing' : 'unknown', fix: 'install-eid-software' };
    case 'pin1':
    case 'pin2':
      if (a.pins === 'known') return { id, status: 'met' };
      if (a.pins === 'blocked') return { id, status: 'missing', reason: 'blocked', fix: 'unblock-pin' };
      if (a.pins === 'lost') return { id, status: 'missing', reason: 'lost', fix: 'new-pin-envelope' };
      return { id, status: 'unknown', fix: 'check-pins' };
    case 'signing-active':
      return a['new-card'] === 'no' ? { id, status: 'met' } : a['new-card'] === 'yes' ? { id, status: 'missing', fix: 'wait-signing' } : { id, status: 'unknown', fix: 'wait-signing' };
    case 'eparaksts-working': {
      const s = a['eparaksts-status'];
      if (s === 'works') return { id, status: 'met' };
      if (s === 'not-registered') return { id, status: 'missing', reason: 'not-registered', fix: GET_EPARAKSTS };
      if (s === 'problem') return { id, status: 'missing', reason: 'problem', fix: 'fix-eparaksts-mobile' };
      return { id, status: 'unknown', fix: 'check-eparaksts-mobile' };
    }
    case 'smart-id-qualified': {
      const s = a['smart-id-level'];
      return s === 'qualified' ? { id, status: 'met' } : s === 'basic' ? { id, status: 'missing', reason: 'basic', fix: 'upgrade-smart-id' } : { id, status: 'unknown', fix: 'check-smart-id-level' };
    }
    case 'foreign-eid-setup':
      return { id, status: 'unknown', fix: 'check-foreign-eid' };
    default:
      return { id, status: 'unknown' };
  }
}

function checkMeans(m: MeansId, portal: Portal, variant: Variant, a: Answers, today: IsoDate): MeansCheck {
  const means = getMeans(m);
  const signing = variant.signature === true || portal.kind === 'signature';
  const accepted = acceptance(portal, m, today);
  if (accepted.status === 'missing') accepted.fix = GET_EPARAKSTS;
  const items: CheckItem[] = [accepted];
  if (accepted.status !== 'missing') {
    // To sign with a card you need PIN2, not PIN1; logging in needs PIN1.
    const needs = portal.kind === 'signature' ? means.needs.filter((n) => n !== 'pin1') : means.needs;
    for (const n of [...needs, ...(signing ? means.signNeeds : [])]) items.push(prerequisite(n, a));
    if (accepted.reason === 'certain-banks') items.push({ id: 'bank-on-list', status: 'unknown', fix: 'check-bank-list' });
    if (portal.kind === 'login' && variant.signature !== false) {
      const s = means.signs;
      const status = s === true ? 'met' : variant.signature === 'sometimes' || s === 'unconfirmed' ? 'unknown' : 'missing';
      items.push({ id: 'can-sign', status, reason: variant.signature === 'sometimes' ? 'sometimes' : undefined, fix: status === 'met' ? undefined : GET_EPARAKSTS });
    }
  }
  return { means: m, items, works: items.every((i) => i.status === 'met') };
}

const sumCost = (steps: Way[]): Range | null =>
  steps.some((s) => s.cost === null)
    ? null
    : steps.reduce((acc, s) => ({ min: acc.min + s.cost!.min, max: acc.max + s.cost!.max }), { min: 0, max: 0 });

function route(id: string, kind: Route['kind'], stepIds: string[], extra: Partial<Route> = {}): Route {
  const steps = [...new Set(stepIds)].map(getWay);
  return {
    id, kind, steps,
    visit: steps.some((s) => s.visit),
    cost: sumCost(steps),
    confirmed: steps.every((s) => s.confirmed),
    buildsOnHeld: false,
    ...extra,
  };
}

// A line pointing at eParaksts mobile is not fixed in place: it counts as blocking that tool (the 'get' routes cover it).
const fixesOf = (c: MeansCheck) => c.items.filter((i) => i.status !== 'met' && i.fix && i.fix !== GET_EPARAKSTS).map((i) => i.fix!);
const blocked = (c: MeansCheck) => c.items.some((i) => i.status === 'missing' && (!i.fix || i.fix === GET_EPARAKSTS));

const TIME_IN_MINUTES = { minutes: 1, hours: 60, workdays: 24 * 60 };
const timeOf = (r: Route) => r.steps.reduce((t, s) => t + (s.time ? s.time.max * TIME_IN_MINUTES[s.time.unit] : 0), 0);

/**
 * Rank: no office visit first; then routes that build on what you hold; then making a tool you hold
 * work before getting a new one (a new app means a new contract, new codes, a new habit); then confirmed
 * before unconfirmed; then cost (unconfirmed cost last); then time; then fewer steps.
 */
export function rank(routes: Route[]): Route[] {
  const key = (r: Route) => [
    r.visit ? 1 : 0,
    r.buildsOnHeld ? 0 : 1,
    r.kind === 'fix' ? 0 : 1,
    r.confirmed ? 0 : 1,
    r.cost ? r.cost.max : 1e6,
    timeOf(r),
    r.steps.length,
  ];
  return [...routes].sort((x, y) => {
    const a = key(x), b = key(y);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  });
}

export function evaluate(service: Service, answers: Answers, today: IsoDate): Evaluation {
  const variantKey = variantKeyFor(service, answers.municipality);
  const variant = service.variants[variantKey];
  const portal = getPortal(variant.portal);
  const held = (answers.have ?? []).filter((h): h is MeansId => facts.means.some((m) => m.id === h));
  const unknowns: string[] = ['portal-status'];
  const routes: Route[] = [];
  let means: MeansCheck[] = [];

  if (portal.kind !== 'none') {
    means = held.map((m) => checkMeans(m, portal, variant, answers, today));
    if (portal.unknownRoute) unknowns.push('route-unknown');
    const signing = variant.signature === true || portal.kind === 'signature';

    // Make a tool you hold work.
    for (const c of means) {
      // A missing "accepted" line or an unregistered eParaksts mobile is blocked (it points to getting one: see below).
      if (c.works || blocked(c)) continue;
      const fixes = fixesOf(c);
      if (fixes.length) routes.push(route(`fix:${c.means}`, 'fix', fixes, { means: c.means, buildsOnHeld: true }));
    }

    // Get eParaksts mobile (free; accepted everywhere by law) with a card you hold, or via the bank and a courier.
    const eparaksts = checkMeans('eparaksts-mobile', portal, variant, { ...answers, 'eparaksts-status': 'works' }, today);
    const holdsWorkingEparaksts = means.some((c) => c.means === 'eparaksts-mobile' && c.works);
    if (eparaksts.items[0].status === 'met' && !holdsWorkingEparaksts) {
      for (const card of CARD_MEANS.filter((m) => m !== 'residence-permit-card' && held.includes(m))) {
        // A card issued over 24 h ago signs; we only ask about a new card when the service itself needs signing.
        const cardAnswers = { ...answers, 'new-card': answers['new-card'] ?? 'no' } as Answers;
        const cardForSigning = checkMeans(card, getPortal('esigned-email'), { ...variant, signature: true }, cardAnswers, today);
        if (blocked(cardForSigning)) continue;
        routes.push(route(`get:eparaksts-mobile:${card}`, 'get', [...fixesOf(cardForSigning), 'register-eparaksts-mobile-eid'],
          { means: 'eparaksts-mobile', via: card, buildsOnHeld: true }));
      }
      if (held.includes('internet-bank')) {
        routes.push(route('get:eparaksts-mobile:internet-bank', 'get', ['register-eparaksts-mobile-courier'],
          { means: 'eparaksts-mobile', via: 'internet-bank', buildsOnHeld: true }));
        unknowns.push('eparaksts-bank-login');
      }
    }

    // Smart-ID (qualified) for logging in, when the portal takes it and no signature is needed.
    const smart = checkMeans('smart-id', portal, variant, { ...answers, 'smart-id-level': 'qualified' }, today);
    if (!held.includes('smart-id') && !signing && smart.items[0].status === 'met') {
      // The biometric registration uses the eID card as the document (no PIN, no reader), so it builds on it.
      routes.push(route('get:smart-id', 'get', ['get-smart-id'], { means: 'smart-id', buildsOnHeld: held.includes('eid-card') }));
    }

    if (portal.unknownRoute) {
      for (const r of routes) r.steps = [getWay('find-municipal-service'), ...r.steps];
      routes.push(route('find', 'find', ['find-municipal-service']));
    }
    // The eID card is for Latvian citizens and non-citizens; a residence-permit or foreign-eID holder cannot get one.
    const eligibleForEid = !held.some((m) => m === 'eid-card' || m === 'residence-permit-card' || m === 'foreign-eid');
    if (eligibleForEid) routes.push(route('get:eid-card', 'get', ['get-eid-card'], { means: 'eid-card' }));
    if (portal.kind === 'login') routes.push(route('client-centre', 'client-centre', ['client-centre']));
    if (variant.bothPartners) unknowns.push('both-partners');
  }
  if (variant.inPerson) routes.push({ ...route('in-person', 'in-person', ['in-person']), cost: variant.inPerson.fee === null ? null : { min: variant.inPerson.fee, max: variant.inPerson.fee } });
  for (const c of means) for (const i of c.items) if (i.id === 'accepted' && i.status === 'unknown') unknowns.push(`acceptance-${c.means}`);
  if (service.quality !== 'solid') unknowns.push('partial-data');

  const works = means.some((c) => c.works) && !portal.unknownRoute;
  if (works) routes.length = 0; // nothing to fix: the result shows the way in, not ways forward
  const ranked = rank(routes);
  const verdict = works ? 'online-now' : ranked.some((r) => r.buildsOnHeld && !r.visit) || (portal.unknownRoute && means.some((c) => c.works)) ? 'after-steps' : 'in-person';

  // Sources of every fact this answer used, and the oldest 'checked' date among them.
  const used: { source: string[]; checked: IsoDate }[] = [variant, ...ranked.flatMap((r) => r.steps), ...held.map(getMeans)];
  const login = portal.loginVia ? getPortal(portal.loginVia) : portal;
  for (const m of held) {
    const a = login.accepts.find((x) => x.means === m) ?? facts.law.find((x) => x.means === m);
    if (a) used.push(a);
  }
  for (const f of variant.fees ?? []) used.push(f);
  const sources = [...new Set(used.flatMap((u) => u.source))];
  const checked = used.map((u) => u.checked).sort()[0];

  return { serviceId: service.id, variantKey, portal, variant, verdict, means, routes: ranked, unknowns: [...new Set(unknowns)], sources, checked, today };
}
