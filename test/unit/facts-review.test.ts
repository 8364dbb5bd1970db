// Issue 12: every fact is auditable (says, where; its sources' kind and page date; titles that credit the URL's
// publisher), and docs/facts.md (the review list from `npm run facts`) is up to date.
// Run with UPDATE_DOCS=1 to rewrite docs/facts.md; otherwise the last test fails when it is out of date.
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { allData } from '../../src/rules/all-data';
import { publisherOf, titleHosts, validateFacts, type AllData } from '../../src/rules/validate';

const TODAY = '2026-11-27';
const broken = (change: (d: AllData) => void) => {
  const d: AllData = structuredClone(allData);
  change(d);
  return validateFacts(d, TODAY).join('\n');
};

describe('the validator refuses an unauditable fact or source', () => {
  test('a fact without "says" or "where"', () => {
    expect(broken((d) => { delete d.facts['pin1-digits'][0].says; })).toMatch(/facts\.json pin1-digits\[0\]: no "says"/);
    expect(broken((d) => { d.facts['pin2-digits'][0].where = ' '; })).toMatch(/facts\.json pin2-digits\[0\]: no "where"/);
  });

  test('a source without a kind, or with a kind its publisher does not have', () => {
    expect(broken((d) => { delete (d.sources['pmlp-pin'] as { kind?: string }).kind; })).toMatch(/sources\.json pmlp-pin: kind must be/);
    expect(broken((d) => { d.sources['press-lv-2025'].kind = 'official'; })).toMatch(/sources\.json press-lv-2025: kind "official", but .*press\.lv is "news"/);
  });

  test('a source on a host nobody reviewed', () => {
    expect(broken((d) => { d.sources['pmlp-pin'].url = 'https://example.org/pin'; })).toMatch(/pmlp-pin: the host .* is not in the table of publishers/);
  });

  test('a "shown" that is not a date on the page: words, or a day after the copy was read', () => {
    expect(broken((d) => { d.sources['pmlp-pin'].shown = 'undated (older)'; })).toMatch(/pmlp-pin: shown must be/);
    expect(broken((d) => { d.sources['mk534-2018'].shown = '2026-12-01'; })).toMatch(/mk534-2018: shown 2026-12-01 is after read/);
  });

  test('a title that names a different publisher than the URL (the old nvd-2024 record: an NVD notice reposted elsewhere)', () => {
    const errors = broken((d) => {
      d.sources['nvd-2024'].url = 'https://zalulietosanasinstrukcija.lv/aktualitates/atgadina-par-pieslegsanas-izmainam-e-veseliba-no-1-janvara';
      d.sources['nvd-2024'].kind = 'other';
      d.titles!['nvd-2024'] = 'NVD: login changes in E-veselība from 1 January 2024';
    });
    expect(errors).toMatch(/nvd-2024: the title "NVD: .*" names a publisher on vmnvd\.gov\.lv, but the URL is on zalulietosanasinstrukcija\.lv/);
    expect(broken((d) => { d.titles!['muni-lv-091'] = 'Siguldas novads: municipal contacts (sigulda.lv)'; })).toMatch(/muni-lv-091: .* names a publisher on sigulda\.lv, but the URL is on metrum\.lv/);
  });
});

describe('the table of publishers', () => {
  test('classifies by the URL\'s host, subdomains included', () => {
    expect(publisherOf('https://help.ur.gov.lv/en/help/x')?.slice(0, 2)).toEqual(['ur.gov.lv', 'official']);
    expect(publisherOf('https://www.smart-id.com/help')?.[1]).toBe('provider');
    expect(publisherOf('https://vietagimenei.lv/x')?.[1]).toBe('other');
  });

  test('most titles name a publisher the check can compare (not a check that passes by saying nothing)', () => {
    const named = Object.keys(allData.sources).filter((id) => titleHosts(allData.titles![id]));
    expect(named.length / Object.keys(allData.sources).length).toBeGreaterThan(0.9);
  });
});

test('docs/facts.md matches the data (npm run facts)', () => {
  const path = 'docs/facts.md';
  const doc = execFileSync(process.execPath, ['scripts/facts.mjs', '--markdown'], { encoding: 'utf8' });
  if (process.env.UPDATE_DOCS) writeFileSync(path, doc);
  expect(readFileSync(path, 'utf8')).toBe(doc);
  expect(doc).toMatch(/Feeding verdicts: \d+/);
});
