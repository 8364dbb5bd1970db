// The question graph, tested per node (Smart Answers ADR 003): when each question is asked, what
// comes next, and that every node and every verdict is reachable.
import { describe, expect, test } from 'vitest';
import { nextStep, questions, questionById, askedQuestions } from '../../src/flow/questions';
import { evaluate } from '../../src/rules/evaluate';
import { findService } from '../../src/rules/facts';
import type { Answers } from '../../src/rules/types';

const TODAY = '2026-11-26';
const next = (a: Answers) => nextStep(a, TODAY);

describe('service', () => {
  test('is asked first', () => expect(next({})).toBe('service'));
  test('an unknown service is not an answer', () => expect(next({ service: 'nope' })).toBe('service'));
});

describe('municipality', () => {
  test('asked only where the service differs per municipality', () => {
    expect(next({ service: 'preschool-registration' })).toBe('municipality');
    expect(next({ service: 'residence-declaration' })).toBe('device');
  });
  test('a municipality without its own data still continues', () => {
    expect(next({ service: 'preschool-registration', municipality: 'LV-022' })).toBe('device');
  });
});

describe('device and have', () => {
  test('asked for services that can be done online', () => {
    expect(next({ service: 'residence-declaration' })).toBe('device');
    expect(next({ service: 'residence-declaration', device: 'phone' })).toBe('have');
  });
  test('skipped for in-person-only services: straight to the result', () => {
    expect(next({ service: 'birth-registration' })).toBe('result');
  });
});

describe('follow-ups only when they change the answer', () => {
  const base: Answers = { service: 'residence-declaration', device: 'computer', smartphone: 'yes' };
  test('card questions only for card holders', () => {
    expect(next({ ...base, have: ['internet-bank'] })).toBe('result');
    expect(next({ ...base, have: ['eid-card'] })).toBe('pins');
    expect(next({ ...base, have: ['eparaksts-card'], pins: 'known' })).toBe('software');
  });
  test('a residence-permit card on income declaration: VID EDS does not take it, so no PIN questions', () => {
    expect(next({ service: 'income-declaration', device: 'computer', have: ['residence-permit-card'] })).not.toBe('pins');
    expect(askedQuestions({ service: 'income-declaration', device: 'computer', have: ['residence-permit-card'] }, TODAY).map((q) => q.id)).not.toContain('pins');
  });
  test('"new card?" only when the service needs a signature', () => {
    expect(next({ ...base, have: ['eid-card', 'card-reader'], pins: 'known', software: 'yes' })).toBe('result');
    const jur: Answers = { service: 'preschool-registration', municipality: 'LV-JUR', device: 'computer', have: ['eid-card', 'card-reader'], pins: 'known', software: 'yes' };
    expect(next(jur)).toBe('new-card');
  });
  test('Smart-ID level only where Smart-ID could be accepted', () => {
    expect(next({ ...base, have: ['smart-id'] })).toBe('smart-id-level');
    expect(next({ service: 'vehicle-owner-change', device: 'phone', have: ['smart-id'] })).toBe('result'); // e-CSDD: not listed
  });
  test('eParaksts status only for eParaksts holders', () => {
    expect(next({ ...base, have: ['eparaksts-mobile'] })).toBe('eparaksts-status');
    expect(next({ ...base, have: ['eparaksts-mobile'], 'eparaksts-status': 'works' })).toBe('result');
  });
  test('"smartphone?" before an app route is proposed to someone on a computer; never on a phone or to an app holder', () => {
    const computer: Answers = { service: 'residence-declaration', device: 'computer', have: ['internet-bank'] };
    expect(next(computer)).toBe('smartphone'); // eParaksts mobile via the bank is an app route
    expect(next({ ...computer, device: 'phone' })).toBe('result');
    expect(next({ service: 'residence-declaration', device: 'computer', have: ['smart-id'], 'smart-id-level': 'basic' })).toBe('result');
    expect(next({ service: 'residence-declaration', device: 'computer', have: ['eid-card', 'card-reader'], pins: 'known', software: 'yes' })).toBe('result'); // works already
  });
});

describe('reachability', () => {
  // Walk the graph from empty answers, trying every option (multi: each single option, plus a pair).
  const seenNodes = new Set<string>();
  const verdicts = new Set<string>();
  /** Every follow-up node reached, with the answers it was reached with. */
  const followUps: [string, Answers][] = [];
  const walk = (a: Answers, depth: number) => {
    const step = next(a);
    if (step === 'result') {
      verdicts.add(evaluate(findService(a.service)!, a, TODAY).verdict);
      return;
    }
    seenNodes.add(step);
    if (!['service', 'municipality', 'device', 'have'].includes(step)) followUps.push([step, a]);
    if (depth > 12) return;
    const q = questionById(step)!;
    const opts = q.options();
    const tries: (string | string[])[] = q.kind === 'multi' ? [...opts.map((o) => [o]), ['eid-card', 'card-reader'], ['smart-id', 'internet-bank'], ['eid-card', 'smart-id']] : q.id === 'municipality' ? ['LV-RIX', 'LV-JUR', 'LV-022'] : opts;
    for (const v of tries) walk({ ...a, [step]: v }, depth + 1);
  };
  walk({}, 0);
  test('every question is reachable', () => expect([...seenNodes].sort()).toEqual(questions.map((q) => q.id).sort()));
  test('every verdict is reachable', () => expect([...verdicts].sort()).toEqual(['after-steps', 'ask-municipality', 'in-person', 'online-now', 'start-online']));

  // What the resident sees: the verdict, each checklist line, the ways forward and their steps.
  const shown = (a: Answers) => {
    const e = evaluate(findService(a.service)!, a, TODAY);
    return JSON.stringify([e.verdict, e.means.map((m) => m.items.map((i) => [i.id, i.status, i.reason])), e.routes.map((r) => [r.id, r.steps.map((s) => s.id), r.unknownNeeds])]);
  };
  test('at every follow-up question reached, two of its answers give different results (no question is asked in vain)', () => {
    expect(followUps.length).toBeGreaterThan(50);
    for (const [id, a] of followUps) {
      const results = new Set(questionById(id)!.options().map((o) => shown({ ...a, [id]: o })));
      expect(results.size, `${id} asked after ${JSON.stringify(a)}`).toBeGreaterThan(1);
    }
  });
});

test('asked questions are listed in order (for the answers summary)', () => {
  const a: Answers = { service: 'residence-declaration', device: 'computer', have: ['eid-card'], pins: 'known', software: 'yes', smartphone: 'yes' };
  expect(askedQuestions(a, TODAY).map((q) => q.id)).toEqual(['service', 'device', 'have', 'pins', 'software', 'smartphone']);
});
