// The question graph as data: the order, the options, and when each question is asked.
// Routing only; policy lives in src/rules. "Only the follow-ups that change the answer" is encoded in `ask`.
import type { Answers, IsoDate, MeansId } from '../rules/types';
import { facts, findService, getPortal, variantKeyFor, variesByMunicipality } from '../rules/facts';
import { acceptance } from '../rules/evaluate';

export type QuestionId = keyof Answers;

export interface Question {
  id: QuestionId;
  kind: 'service' | 'municipality' | 'single' | 'multi';
  options: () => string[];
  ask: (a: Answers, today: IsoDate) => boolean;
}

const CARDS = ['eid-card', 'residence-permit-card', 'eparaksts-card'];
const HAVE_OPTIONS = ['eid-card', 'eparaksts-mobile', 'smart-id', 'internet-bank', 'eparaksts-card', 'card-reader', 'residence-permit-card', 'foreign-eid', 'none'];

function variantOf(a: Answers) {
  const s = findService(a.service);
  return s ? s.variants[variantKeyFor(s, a.municipality)] : undefined;
}
/** Tool questions matter only once we know the service (and municipality) and it can be done online at all. */
const online = (a: Answers) => {
  const v = variantOf(a);
  return !!v && !needsMunicipality(a) && getPortal(v.portal).kind !== 'none';
};
const needsMunicipality = (a: Answers) => {
  const s = findService(a.service);
  return !!s && variesByMunicipality(s) && !a.municipality;
};
const holds = (a: Answers, ids: string[]) => (a.have ?? []).some((h) => ids.includes(h));
const accepted = (a: Answers, m: MeansId, today: IsoDate) => {
  const v = variantOf(a)!;
  return acceptance(getPortal(v.portal), m, today).status !== 'missing';
};

export const questions: Question[] = [
  { id: 'service', kind: 'service', options: () => facts.services.map((s) => s.id), ask: () => true },
  {
    id: 'municipality', kind: 'municipality', options: () => facts.municipalities.map((m) => m.code),
    ask: (a) => { const s = findService(a.service); return !!s && variesByMunicipality(s); },
  },
  { id: 'device', kind: 'single', options: () => ['phone', 'computer'], ask: online },
  { id: 'have', kind: 'multi', options: () => HAVE_OPTIONS, ask: online },
  { id: 'pins', kind: 'single', options: () => ['known', 'blocked', 'lost', 'unsure'], ask: (a) => online(a) && holds(a, CARDS) },
  { id: 'software', kind: 'single', options: () => ['yes', 'no', 'unsure'], ask: (a) => online(a) && holds(a, CARDS) },
  {
    id: 'new-card', kind: 'single', options: () => ['yes', 'no'],
    ask: (a) => online(a) && holds(a, ['eid-card', 'residence-permit-card']) && (variantOf(a)!.signature === true || getPortal(variantOf(a)!.portal).kind === 'signature'),
  },
  {
    id: 'smart-id-level', kind: 'single', options: () => ['qualified', 'basic', 'unsure'],
    ask: (a, today) => online(a) && holds(a, ['smart-id']) && accepted(a, 'smart-id', today),
  },
  { id: 'eparaksts-status', kind: 'single', options: () => ['works', 'not-registered', 'problem', 'unsure'], ask: (a) => online(a) && holds(a, ['eparaksts-mobile']) },
];

export const questionById = (id: string) => questions.find((q) => q.id === id);

/** Answered with a value the question offers (answers normally come through the URL codec, which drops the rest). */
export function isAnswered(q: Question, a: Answers): boolean {
  const v = a[q.id];
  const options = q.options();
  return Array.isArray(v) ? v.length > 0 && v.every((x) => options.includes(x)) : v !== undefined && options.includes(v);
}

/** The first question that should be asked and is not yet answered; 'result' when none is left. */
export function nextStep(a: Answers, today: IsoDate): QuestionId | 'result' {
  for (const q of questions) if (q.ask(a, today) && !isAnswered(q, a)) return q.id;
  return 'result';
}

/** Questions that apply to these answers, in order (for "change" links and progress). */
export const askedQuestions = (a: Answers, today: IsoDate) => questions.filter((q) => q.ask(a, today));
