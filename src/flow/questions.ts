// The question graph as data: the order and the options. Routing only; policy lives in src/rules.
// Follow-up questions are not hand-written gates: each names the checklist lines (or route needs) it answers,
// and is asked only when some of its answers would change the result for the answers given so far.
import type { Answers, Evaluation, IsoDate, ItemId } from '../rules/types';
import { facts, findService, getPortal, variantKeyFor, variesByMunicipality } from '../rules/facts';
import { evaluate } from '../rules/evaluate';

export type QuestionId = keyof Answers;

export interface Question {
  id: QuestionId;
  kind: 'service' | 'municipality' | 'single' | 'multi';
  options: () => string[];
  ask: (a: Answers, today: IsoDate) => boolean;
  /** For follow-ups: the checklist lines, or route needs, this question answers (documentation and tests). */
  answers?: (ItemId | 'smartphone')[];
}

const HAVE_OPTIONS = ['eid-card', 'eparaksts-mobile', 'smart-id', 'internet-bank', 'eparaksts-card', 'card-reader', 'residence-permit-card', 'foreign-eid', 'none'];

function variantOf(a: Answers) {
  const s = findService(a.service);
  return s ? s.variants[variantKeyFor(s, a.municipality)] : undefined;
}
const needsMunicipality = (a: Answers) => {
  const s = findService(a.service);
  return !!s && variesByMunicipality(s) && !a.municipality;
};
/** Tool questions matter only once we know the service (and municipality) and it can be done online at all. */
const online = (a: Answers) => {
  const v = variantOf(a);
  return !!v && !needsMunicipality(a) && getPortal(v.portal).kind !== 'none';
};

/**
 * What a result consists of, for comparing two answers: the verdict, the checklist of held tools, and the ways
 * that build on them. (A way from nothing held, such as Smart-ID at a bank branch, shows its open needs on the
 * way itself, "needs a smartphone", rather than adding a question for someone who holds no tool.)
 */
const outcome = (e: Evaluation) =>
  JSON.stringify([
    e.verdict,
    e.means.map((m) => m.items.map((i) => i.status + (i.reason ?? ''))),
    e.routes.filter((r) => r.buildsOnHeld).map((r) => [r.id, r.steps.map((s) => s.id), r.unknownNeeds]),
  ]);

/** Would two of this question's answers give different results, given everything else answered so far? */
export function changesResult(id: QuestionId, options: string[], a: Answers, today: IsoDate): boolean {
  const s = findService(a.service);
  if (!s || !online(a) || !(a.have ?? []).length) return false;
  const key = `${id} ${today} ${JSON.stringify(a)}`;
  let changes = asked.get(key);
  if (changes === undefined) {
    changes = new Set(options.map((o) => outcome(evaluate(s, { ...a, [id]: o }, today)))).size > 1;
    if (asked.size >= 100) asked.clear();
    asked.set(key, changes);
  }
  return changes;
}
/**
 * Answers already weighed: every render of a step asks every follow-up again (the next step, the "change" links),
 * and each ask evaluates the rules once per option; on a phone that was most of a deep-linked result's script time.
 */
const asked = new Map<string, boolean>();

const followUp = (id: QuestionId, options: string[], answers: Question['answers']): Question => ({
  id, kind: 'single', options: () => options, answers,
  ask: (a, today) => changesResult(id, options, a, today),
});

export const questions: Question[] = [
  { id: 'service', kind: 'service', options: () => facts.services.map((s) => s.id), ask: () => true },
  {
    id: 'municipality', kind: 'municipality', options: () => facts.municipalities.map((m) => m.code),
    ask: (a) => { const s = findService(a.service); return !!s && variesByMunicipality(s); },
  },
  { id: 'device', kind: 'single', options: () => ['phone', 'computer'], ask: online },
  { id: 'have', kind: 'multi', options: () => HAVE_OPTIONS, ask: online },
  followUp('pins', ['known', 'blocked', 'lost', 'unsure'], ['pin1', 'pin2']),
  followUp('software', ['yes', 'no', 'unsure'], ['eid-software']),
  followUp('new-card', ['yes', 'no'], ['signing-active']),
  followUp('smart-id-level', ['qualified', 'basic', 'unsure'], ['smart-id-qualified']),
  followUp('eparaksts-status', ['works', 'not-registered', 'problem', 'unsure'], ['eparaksts-working']),
  // Last: whether an app route is open at all depends on every answer before it.
  followUp('smartphone', ['yes', 'no'], ['smartphone']),
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
  for (const q of questions) if (!isAnswered(q, a) && q.ask(a, today)) return q.id;
  return 'result';
}

/** Questions that apply to these answers, in order (for "change" links and progress). */
export const askedQuestions = (a: Answers, today: IsoDate) => questions.filter((q) => q.ask(a, today));
