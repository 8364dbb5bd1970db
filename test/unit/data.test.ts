// The facts: validated as the build validates them, and the validator itself catches what it must.
import { expect, test } from 'vitest';
import { facts } from '../../src/rules/facts';
import { validateFacts } from '../../src/rules/validate';
import type { Facts } from '../../src/rules/types';

const TODAY = '2026-11-27';

test('the shipped facts pass validation', () => expect(validateFacts(facts, TODAY)).toEqual([]));

test('the validator catches a missing source, an unknown source, a bad date and a dangling reference', () => {
  const broken: Facts = structuredClone(facts);
  broken.ways[0].source = [];
  broken.means[0].source = ['no-such-source'];
  broken.portals[0].accepts[0].until = '31.12.2024';
  broken.services[0].variants['*'].portal = 'no-such-portal';
  (broken.services[1].variants['*'] as { checked?: string }).checked = undefined;
  broken.services[2].variants['*'].checked = '2099-01-01';
  const errors = validateFacts(broken, TODAY).join('\n');
  expect(errors).toMatch(/no source/);
  expect(errors).toMatch(/unknown source "no-such-source"/);
  expect(errors).toMatch(/bad until date/);
  expect(errors).toMatch(/unknown portal "no-such-portal"/);
  expect(errors).toMatch(/in the future/);
  expect(errors).toMatch(new RegExp(`service ${broken.services[1].id}.*no checked date`));
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
  expect(bank.until).toBe('2024-12-31');
  expect(facts.law.map((l) => [l.means, l.from])).toEqual([['eid-card', '2023-02-01'], ['eparaksts-mobile', '2023-02-01']]);
});

test('every source has a title in English (and so, by the locale parity test, in Latvian and Russian)', async () => {
  const titles = (await import('../../locales/en/sources.json')).default as Record<string, string>;
  expect(Object.keys(titles).sort()).toEqual(Object.keys(facts.sources).sort());
  for (const [id, title] of Object.entries(titles)) expect(title.trim(), id).not.toBe('');
});
