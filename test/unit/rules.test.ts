// The rules as tables (Smart Answers style): hand-checked expectations for the cases the issues name,
// then every service × variant × tool set × date against invariants and a reviewed snapshot.
import { describe, expect, test } from 'vitest';
import { evaluate, acceptance } from '../../src/rules/evaluate';
import { facts, findService, getPortal } from '../../src/rules/facts';
import { allData } from '../../src/rules/all-data';
import type { Answers, Evaluation } from '../../src/rules/types';
import { DATES, TOOLSETS } from './toolsets';

const TODAY = '2026-11-26';
const run = (service: string, tools: string, on = TODAY, extra: Answers = {}) =>
  evaluate(findService(service)!, { service, ...TOOLSETS[tools], ...extra }, on);
const firstStep = (e: Evaluation) => e.routes[0]?.steps[0]?.id;

describe('verdicts the issues name', () => {
  test.each([
    // service, municipality, tool set, date, verdict
    ['residence-declaration', undefined, 'bank only', TODAY, 'in-person'], // the only remote route (courier) is unconfirmed
    ['residence-declaration', undefined, 'bank only', '2024-06-01', 'online-now'],
    ['residence-declaration', undefined, 'eParaksts mobile works', TODAY, 'online-now'],
    ['residence-declaration', undefined, 'eID, no reader, computer', TODAY, 'after-steps'],
    ['residence-declaration', undefined, 'eID ready on computer', TODAY, 'online-now'],
    ['residence-declaration', undefined, 'eID ready but on phone', TODAY, 'after-steps'],
    ['residence-declaration', undefined, 'eID, PIN blocked', TODAY, 'after-steps'],
    ['residence-declaration', undefined, 'eID, PIN envelope lost', TODAY, 'in-person'], // the new envelope needs a PMLP visit; Smart-ID via the card needs the PINs too
    ['residence-declaration', undefined, 'nothing', TODAY, 'in-person'],
    ['residence-declaration', undefined, 'Smart-ID qualified', TODAY, 'online-now'],
    ['residence-declaration', undefined, 'Smart-ID Basic', TODAY, 'after-steps'],
    ['residence-declaration', undefined, 'eParaksts mobile needs new password', TODAY, 'after-steps'],
    ['residence-declaration', undefined, 'eParaksts mobile never registered', TODAY, 'in-person'],
    ['residence-declaration', undefined, 'foreign EU eID', TODAY, 'in-person'], // how a foreign eID works here is unconfirmed
    ['residence-declaration', undefined, 'residence permit ready', TODAY, 'online-now'],
    ['residence-declaration', undefined, 'eParaksts card ready', TODAY, 'online-now'],
    ['e-health', undefined, 'bank only', '2023-06-01', 'online-now'],
    ['e-health', undefined, 'bank only', TODAY, 'in-person'],
    ['income-declaration', undefined, 'bank only', TODAY, 'in-person'], // only "certain banks", not named: unconfirmed
    ['vehicle-owner-change', undefined, 'bank only', '2024-06-01', 'start-online'], // e-CSDD starts it; the buyer registers at a CSDD centre
    ['vehicle-owner-change', undefined, 'bank only', TODAY, 'in-person'], // e-CSDD's bank login after 2024-12-31 is unconfirmed (audit item 2)
    ['vehicle-owner-change', undefined, 'eParaksts mobile works', TODAY, 'start-online'], // never "online now": the CSDD visit ends it
    ['vehicle-owner-change', undefined, 'eID, no reader, computer', TODAY, 'after-steps'],
    ['marriage-application', undefined, 'eParaksts mobile works', TODAY, 'in-person'], // e-mail only for adult citizens and non-citizens: not known
    ['marriage-application', undefined, 'eID ready on computer', TODAY, 'online-now'], // the eID card shows it
    ['company-registration', undefined, 'Smart-ID qualified', TODAY, 'in-person'], // UR: Latvian-issued signatures only
    ['preschool-registration', 'LV-RIX', 'eParaksts mobile works', TODAY, 'online-now'],
    ['preschool-registration', 'LV-062', 'bank only', TODAY, 'online-now'],
    ['preschool-registration', 'LV-JUR', 'bank only', TODAY, 'in-person'], // e-signed e-mail: a bank cannot sign; the courier route is unconfirmed
    ['preschool-registration', 'LV-JUR', 'eID, new card today', TODAY, 'after-steps'], // signing turns on within 24 h
    ['preschool-registration', 'LV-022', 'eParaksts mobile works', TODAY, 'online-now'], // Cēsis: epakalpojumi.cesis.lv (issue 13); the law makes it take eParaksts mobile
    ['preschool-registration', 'LV-007', 'eParaksts mobile works', TODAY, 'ask-municipality'], // route in Alūksne unknown; the tool is accepted by law
    ['birth-registration', undefined, 'eParaksts mobile works', TODAY, 'in-person'],
    ['company-registration', undefined, 'eParaksts mobile works', TODAY, 'online-now'],
    ['building-permit', undefined, 'eParaksts mobile works', TODAY, 'online-now'],
    ['social-assistance', 'LV-RIX', 'eID ready on computer', TODAY, 'online-now'],
  ] as const)('%s [%s] with %s on %s → %s', (service, municipality, tools, on, verdict) => {
    expect(run(service, tools, on, { municipality }).verdict).toBe(verdict);
  });

  test('bank login: not accepted on latvija.gov.lv after 31 Dec 2024, and says so', () => {
    const e = run('residence-declaration', 'bank only');
    expect(e.means[0].items[0]).toMatchObject({ id: 'accepted', status: 'missing', reason: 'ended', date: '2024-12-31' });
    expect(e.routes[0].id).toBe('get:eparaksts-mobile:internet-bank');
    expect(e.routes[0].confirmed).toBe(false); // eparaksts.lv's bank login after 2025 is unconfirmed
    expect(e.unknowns).toContain('eparaksts-bank-login');
  });

  test('eID, known PINs, no reader: "get a card reader" is ranked first', () => {
    const e = run('residence-declaration', 'eID, no reader, computer');
    expect(e.routes[0].id).toBe('fix:eid-card');
    expect(firstStep(e)).toBe('get-card-reader');
    expect(e.routes[0].cost).toEqual({ min: 5, max: 20 });
    expect(e.means[0].items.find((i) => i.id === 'card-reader')).toMatchObject({ status: 'missing', fix: 'get-card-reader' });
  });

  test('PIN blocked → unblock with the PUK; envelope lost → a new one at PMLP (a visit)', () => {
    expect(run('residence-declaration', 'eID, PIN blocked').routes[0].steps.map((s) => s.id)).toEqual(['unblock-pin']);
    const lost = run('residence-declaration', 'eID, PIN envelope lost');
    const fix = lost.routes.find((r) => r.id === 'fix:eid-card')!;
    expect(fix.steps.map((s) => s.id)).toEqual(['new-pin-envelope']);
    expect(fix.visit).toBe(true);
    expect(fix.cost).toBeNull(); // the envelope fee is not confirmed: never invented
  });

  test('on a phone the eID card needs a computer', () => {
    expect(firstStep(run('residence-declaration', 'eID ready but on phone'))).toBe('use-computer');
  });

  test('Smart-ID Basic: upgrade first; Basic never counts as working', () => {
    const e = run('residence-declaration', 'Smart-ID Basic');
    expect(e.means[0].works).toBe(false);
    expect(firstStep(e)).toBe('upgrade-smart-id');
  });

  test('a signature service asks for a card over 24 hours old', () => {
    const e = run('preschool-registration', 'eID, new card today', TODAY, { municipality: 'LV-JUR' });
    expect(e.means[0].items.find((i) => i.id === 'signing-active')?.status).toBe('missing');
    expect(firstStep(e)).toBe('wait-signing');
  });

  test('the law (FPEIL) makes eParaksts mobile accepted where a portal does not list it, from 1 Feb 2023', () => {
    const csdd = getPortal('e-csdd');
    expect(acceptance(csdd, 'eparaksts-mobile', '2023-02-01')).toMatchObject({ status: 'met', reason: 'law' });
    expect(acceptance(csdd, 'eparaksts-mobile', '2023-01-31')).toMatchObject({ status: 'missing' });
  });

  test('before a confirmed start date we say "not known", not "no"', () => {
    expect(acceptance(getPortal('latvija-gov-lv'), 'smart-id', '2024-06-01')).toMatchObject({ status: 'unknown', reason: 'not-yet-known' });
  });

  test('in-person fee and online fee come from data (residence declaration: free online, €4.27 in person)', () => {
    const e = run('residence-declaration', 'nothing');
    expect(e.variant.onlineFee).toBe(0);
    expect(e.variant.inPerson?.fee).toBe(4.27);
    expect(e.routes.find((r) => r.id === 'in-person')?.cost).toEqual({ min: 4.27, max: 4.27 });
  });

  test('every result names its sources and the oldest checked date', () => {
    const e = run('residence-declaration', 'bank only');
    expect(e.sources).toEqual(expect.arrayContaining(['ep15', 'pmlp-dzv', 'press-lv-2025']));
    expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('every service × variant × tool set × date', () => {
  const rows: string[] = [];
  for (const s of facts.services)
    // Per-municipality channels (src/data/municipal-channels.json) have their own table: test/unit/municipal-channels.md.
    for (const key of Object.keys(s.variants).filter((k) => !('channel' in s.variants[k])))
      for (const [name, answers] of Object.entries(TOOLSETS))
        for (const on of DATES) {
          const municipality = key === '*' ? undefined : key;
          const e = evaluate(s, { service: s.id, municipality, ...answers }, on);
          rows.push(`| ${s.id} | ${key} | ${name} | ${on} | ${e.verdict} | ${e.routes.map((r) => r.id).join(', ')} |`);

          test(`${s.id} [${key}] · ${name} · ${on}: consistent`, () => {
            expect(['online-now', 'start-online', 'after-steps', 'ask-municipality', 'in-person']).toContain(e.verdict);
            expect(e.variantKey).toBe(key);
            // online-now exactly when a held tool passes every line (and the route is known, and no visit ends it)
            expect(e.verdict === 'online-now').toBe(e.means.some((m) => m.works) && !e.portal.unknownRoute && !e.variant.visitAfter);
            // start-online exactly when a held tool works but the service ends with a visit (e-CSDD → a CSDD centre)
            expect(e.verdict === 'start-online').toBe(e.means.some((m) => m.works) && !e.portal.unknownRoute && !!e.variant.visitAfter);
            // ask-municipality exactly when a held tool works but the municipality's channel is unknown
            expect(e.verdict === 'ask-municipality').toBe(e.means.some((m) => m.works) && !!e.portal.unknownRoute);
            if (e.verdict === 'online-now' || e.verdict === 'start-online' || e.verdict === 'ask-municipality') expect(e.routes).toEqual([]);
            // after-steps only on a confirmed route, without a visit, building on a held tool, every prerequisite known
            expect(e.verdict === 'after-steps').toBe(!e.means.some((m) => m.works) && e.routes.some((r) => !r.visit && r.confirmed && r.buildsOnHeld && !r.unknownNeeds));
            if (e.portal.kind === 'none') {
              expect(e.verdict).toBe('in-person');
              expect(e.means).toEqual([]);
            }
            // ranked: every no-visit route before every visit route
            const firstVisit = e.routes.findIndex((r) => r.visit);
            if (firstVisit >= 0) expect(e.routes.slice(firstVisit).every((r) => r.visit)).toBe(true);
            // every missing line that can be fixed links a real step with a guide or says why not
            for (const m of e.means) for (const i of m.items) if (i.fix) expect(facts.ways.some((w) => w.id === i.fix)).toBe(true);
            for (const id of e.sources) expect(allData.sources[id]).toBeDefined();
          });
        }

  test('the whole table matches the reviewed snapshot (test/unit/verdicts.md)', async () => {
    const table = ['| service | municipality | tools | date | verdict | ways forward, ranked |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
    await expect(table).toMatchFileSnapshot('./verdicts.md');
  });
});

describe('a service that ends with a visit (visitAfter: e-CSDD, then a CSDD centre)', () => {
  test('a working tool starts it online; the visit, its place and its deadline fact come from data', () => {
    const e = run('vehicle-owner-change', 'eParaksts mobile works');
    expect(e.verdict).toBe('start-online');
    expect(e.variant.visitAfter).toMatchObject({ place: 'csdd', within: 'vehicle-owner-change-deadline' });
    expect(e.sources).toEqual(expect.arrayContaining(['csdd-ecsdd-owner']));
  });
  test('bank login on e-CSDD after 2024 is not shown as accepted, and no verdict rests on it', () => {
    const e = run('vehicle-owner-change', 'bank only');
    expect(e.means[0].items[0]).toMatchObject({ id: 'accepted', status: 'unknown', reason: 'not-known-after' });
    expect(e.means[0].works).toBe(false);
    expect(e.unknowns).toContain('acceptance-internet-bank');
  });
  test('without visitAfter the same working tool is online-now; with it, never', () => {
    const s = findService('vehicle-owner-change')!;
    const answers: Answers = { service: s.id, ...TOOLSETS['eParaksts mobile works'] };
    const { visitAfter, ...rest } = s.variants['*'];
    expect(visitAfter).toBeDefined();
    expect(evaluate({ ...s, variants: { '*': rest } }, answers, TODAY).verdict).toBe('online-now');
    for (const s2 of facts.services) for (const v of Object.values(s2.variants))
      if (v.visitAfter) for (const tools of Object.values(TOOLSETS)) expect(evaluate(s2, { service: s2.id, ...tools }, TODAY).verdict).not.toBe('online-now');
  });
});

describe('what to have ready (Variant.ready)', () => {
  test.each([
    ['residence-declaration', ['new-address', 'legal-basis']],
    ['marriage-application', ['fee-receipt']],
    ['company-registration', ['signed-documents']],
    ['my-data', undefined],
  ] as const)('%s → %j', (service, ready) => {
    expect(run(service, 'nothing').variant.ready).toEqual(ready);
  });
});

test('a residence-permit or foreign-eID holder is never sent to get a Latvian eID card', () => {
  for (const tools of ['residence permit ready', 'foreign EU eID'])
    for (const s of facts.services) expect(run(s.id, tools).routes.map((r) => r.id)).not.toContain('get:eid-card');
});

test('every missing line links a step with a guide ("What now?")', () => {
  for (const s of facts.services)
    for (const key of Object.keys(s.variants))
      for (const [name, answers] of Object.entries(TOOLSETS)) {
        const e = evaluate(s, { service: s.id, municipality: key === '*' ? undefined : key, ...answers }, TODAY);
        for (const m of e.means)
          // (who may apply online is no step: the in-person section covers it)
          for (const i of m.items.filter((x) => x.status === 'missing' && x.id !== 'eligible'))
            expect(facts.ways.find((w) => w.id === i.fix)?.guide, `${s.id} ${key} ${name} ${m.means} ${i.id}`).toBeTruthy();
      }
});

test('the municipality itself is the answer where its channel is not known, whatever the tools; its contacts are cited', () => {
  const s = findService('preschool-registration')!;
  const at = (municipality: string, have: Answers['have']) => evaluate(s, { service: s.id, municipality, device: 'phone', have }, TODAY);
  // Alūksne: no channel known. Bank login only (no tool works) and a working tool both send the resident there.
  for (const have of [['internet-bank'], ['eparaksts-mobile']] as Answers['have'][]) {
    const e = at('LV-007', have);
    expect(e.askMunicipality, String(have)).toBe(true);
    expect(e.sources).toContain('muni-lv-007');
  }
  // Ogre has its own register: no "ask the municipality", and its contacts are not among the sources.
  const ogre = at('LV-067', ['internet-bank']);
  expect(ogre.askMunicipality).toBe(false);
  expect(ogre.sources.some((x) => x.startsWith('muni-'))).toBe(false);
});
