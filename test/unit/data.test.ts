// All data: validated as the build validates it, and the validator itself catches what it must.
import { expect, test } from 'vitest';
import { dateOf, facts } from '../../src/rules/facts';
import { allData } from '../../src/rules/all-data';
import { validateFacts, type AllData } from '../../src/rules/validate';

const TODAY = '2026-11-27';

test('all shipped data passes validation', () => expect(validateFacts(allData, TODAY)).toEqual([]));

test('the validator catches a missing source, an unknown source, a bad date and a dangling reference', () => {
  const broken: AllData = structuredClone(allData);
  broken.ways[0].source = [];
  broken.means[0].source = ['no-such-source'];
  broken.portals[0].accepts[0].until = '31.12.2024';
  broken.services[0].variants['*'].portal = 'no-such-portal';
  (broken.services[1].variants['*'] as { checked?: string }).checked = undefined;
  broken.services[2].variants['*'].checked = '2099-01-01';
  const errors = validateFacts(broken, TODAY).join('\n');
  expect(errors).toMatch(/ways.json .*: no source/);
  expect(errors).toMatch(/unknown source "no-such-source"/);
  expect(errors).toMatch(/bad until date/);
  expect(errors).toMatch(/unknown portal "no-such-portal"/);
  expect(errors).toMatch(/in the future/);
  expect(errors).toMatch(new RegExp(`services.json ${broken.services[1].id}.*no checked date`));
});

test('the validator refuses an unsourced guide line or fact, an unsourced centre, an undefined fact and a fact stated twice', () => {
  const broken: AllData = structuredClone(allData);
  broken.guides![0].cost.source = [];
  broken.facts['pin1-digits'][0].source = [];
  broken.centres![0].source = [];
  broken.ways.find((w) => w.id === 'get-card-reader')!.cost = 'no-such-fact';
  broken.ways.find((w) => w.id === 'install-eid-software')!.time = 20 as unknown as string; // a number outside facts.json
  broken.facts['pin-digits-again'] = structuredClone(broken.facts['pin2-digits']);
  const errors = validateFacts(broken, TODAY).join('\n');
  expect(errors).toMatch(new RegExp(`guides.json ${broken.guides![0].id} cost: no source`));
  expect(errors).toMatch(/facts.json pin1-digits\[0\]: no source/);
  expect(errors).toMatch(new RegExp(`centres.json ${broken.centres![0].id}: no source`));
  expect(errors).toMatch(/ways.json get-card-reader cost: fact "no-such-fact" is used but not defined/);
  expect(errors).toMatch(/ways.json install-eid-software time: must be 0, null, a fact id/);
  expect(errors).toMatch(/facts.json pin-digits-again: (states|says) the same as "pin2-digits"/);
});

test('the validator refuses an unknown "ready" id and an unsourced or dangling visitAfter', () => {
  const broken: AllData = structuredClone(allData);
  const svc = (id: string) => broken.services.find((s) => s.id === id)!.variants['*'];
  svc('residence-declaration').ready = ['new-address', 'no-such-thing'];
  svc('my-data').ready = [];
  const visit = svc('vehicle-owner-change').visitAfter!;
  visit.source = [];
  visit.within = 'no-such-fact';
  visit.place = 'no-such-place';
  const errors = validateFacts(broken, TODAY).join('\n');
  expect(errors).toMatch(/services.json residence-declaration \[\*\] ready: unknown id "no-such-thing"/);
  expect(errors).not.toMatch(/unknown id "new-address"/);
  expect(errors).toMatch(/services.json my-data \[\*\] ready: must be a non-empty list/);
  expect(errors).toMatch(/services.json vehicle-owner-change \[\*\] visitAfter: no source/);
  expect(errors).toMatch(/visitAfter.within: fact "no-such-fact" is used but not defined/);
  expect(errors).toMatch(/visitAfter: unknown place "no-such-place"/);
});

test('the services the issue lists are all covered', () => {
  const ids = facts.services.map((s) => s.id);
  for (const id of ['preschool-registration', 'first-grade-registration', 'residence-declaration', 'application-to-institution', 'my-data', 'e-address',
    'income-declaration', 'property-tax-notices', 'family-state-benefit', 'parental-benefit', 'unemployment-status', 'e-health', 'vehicle-owner-change',
    'birth-registration', 'marriage-application', 'company-registration', 'social-assistance', 'building-permit']) expect(ids).toContain(id);
  // Every municipality has its own preschool variant (src/data/municipal-channels.json), plus the '*' fallback.
  expect(Object.keys(facts.services.find((s) => s.id === 'preschool-registration')!.variants).sort()).toEqual(['*', ...facts.municipalities.map((m) => m.code)].sort());
});

test('dated rules the issue names', () => {
  const bank = facts.portals.find((p) => p.id === 'latvija-gov-lv')!.accepts.find((a) => a.means === 'internet-bank')!;
  expect(dateOf(bank.until)).toBe('2024-12-31');
  expect(facts.law.map((l) => [l.means, l.from])).toEqual([['eid-card', '2023-02-01'], ['eparaksts-mobile', '2023-02-01']]);
});

test('every source has a title in English (and so, by the locale parity test, in Latvian and Russian)', async () => {
  const titles = (await import('../../locales/en/sources.json')).default as Record<string, string>;
  expect(Object.keys(titles).sort()).toEqual(Object.keys(allData.sources).sort());
  for (const [id, title] of Object.entries(titles)) expect(title.trim(), id).not.toBe('');
});

test('the validator refuses an unsourced portal address or login route, a source-less variant that states a fee, and general hours as a place\'s own', () => {
  const broken: AllData = structuredClone(allData);
  const bis = broken.portals.find((p) => p.id === 'bis')!;
  bis.urlSource = [];
  bis.loginViaSource = undefined;
  const preschool = broken.services.find((s) => s.id === 'preschool-registration')!.variants['*'];
  preschool.onlineFee = 0;
  const pmlp = (broken.centres as unknown as { id: string; hours: { general?: boolean } | null }[]).find((c) => c.hours?.general)!;
  delete pmlp.hours!.general;
  const errors = validateFacts(broken, TODAY).join('\n');
  expect(errors).toMatch(/portals.json bis: no urlSource/);
  expect(errors).toMatch(/portals.json bis: no loginViaSource/);
  expect(errors).toMatch(/services.json preschool-registration \[\*\]: states a code, URL, fee/);
  expect(errors).toMatch(new RegExp(`centres.json ${pmlp.id}: hours.general and the note`));
});
