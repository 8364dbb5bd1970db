// The harvest (../shared/research/harvest-2026-11) marks records that are planned, historic, probably outdated,
// from a pre-2021 page or of low confidence. None of their street addresses may appear as a current address
// in src/data/centres.json (a town and a phone number are fine: "a centre in X — call first").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import data from '../../src/data/centres.json';
import municipalitiesJson from '../../src/data/municipalities.json';
import type { Place } from '../../src/centres/types';

const DIR = join(__dirname, '../../../shared/research/harvest-2026-11');
const read = (f: string) => JSON.parse(readFileSync(join(DIR, f), 'utf8'));
type Rec = { key: string; kind: string; municipality: string; locality: string | null; address: string | null; notes: string };
const records: Rec[] = [
  ...(['vpvkac-A', 'vpvkac-B', 'vpvkac-C', 'centres-round2'] as const).flatMap((f) => read(`${f}.json`).map((r: Rec, i: number) => ({ ...r, key: `${f}[${i}]` }))),
  ...read('pmlp.json').branches.map((r: Rec, i: number) => ({ ...r, key: `pmlp.branches[${i}]` })),
];
const places = data.places as Place[];
// The harvest README's markers (upper case in the notes), and "may be out(dated| of date)".
const STALE = /PLANNED|HISTORIC|OUTDATED|PRE-2021 PAGE|PROBABLY PRE|NOT CONFIRMED|LOW CONFIDENCE|may be outdated|may be out of date|probably outdated/;
// Records flagged above whose address a newer page confirms; each with the reason.
const CONFIRMED: Record<string, string> = {
  'centres-round2[11]': 'Mārupe, Daugavas iela 29: a 2024 marupe.lv page confirms forms are handed in there',
  'centres-round2[8]': 'Ķekava, Gaismas iela 19: also in the official VPVKAC list as copied by Osmalyzer (the first pass, issue 4)',
};
/** "Lāčplēša ielā 1, Aizkrauklē" → "lāčplēša 1": street word stem and number, enough to recognise the same street address. */
const street = (a: string) => {
  const m = /^([^\d,]+?)\s*(?:iela|ielā|prospektā|prospekts|bulvāris|laukums|alejā|aleja|gatve)?\s*(\d+\w?)/i.exec(a.replace(/^[^,]*,\s*(?=[^,]*\d)/, (x) => (/\d/.test(x) ? x : '')));
  return m ? `${m[1].trim().toLowerCase().slice(0, 5)} ${m[2].toLowerCase()}` : a.toLowerCase();
};

describe('no planned, historic or outdated record is shown as a current address', () => {
  const flagged = records.filter((r) => r.address && STALE.test(r.notes) && !CONFIRMED[r.key]);
  it('the harvest has such records (the test reads them)', () => expect(flagged.length).toBeGreaterThan(20));
  it.each(flagged.map((r) => [r.key, r] as const))('%s', (_k, r) => {
    const same = places.filter((p) => p.address && p.municipality === r.municipality && street(p.address) === street(r.address!));
    expect(same.map((p) => `${p.id}: ${p.address}`), r.notes.slice(0, 120)).toEqual([]);
  });
});

it('a record whose page does not call it a VPVKAC is never shown as one', () => {
  for (const r of records.filter((x) => /not (labelled|called)[^.]*VPVKAC|\(not VPVKAC\)|Not a VPVKAC|Municipal, not VPVKAC/.test(x.notes) && x.address)) {
    const same = places.filter((p) => p.address && street(p.address) === street(r.address!) && p.municipality === r.municipality);
    for (const p of same) expect(p.kind, `${r.key} → ${p.id}`).not.toBe('vpvkac');
  }
});

it('every state city lists its own centres', () => {
  for (const m of municipalitiesJson.municipalities.filter((x) => x.type !== 'novads'))
    expect(places.filter((p) => p.municipality === m.code && p.kind !== 'pmlp').length, m.name).toBeGreaterThan(0);
});

it('PMLP branches known only from the old leaflet or a conflicting page show no address, and give PMLP\'s information line', () => {
  for (const p of places.filter((x) => x.kind === 'pmlp' && (x.notes.includes('pmlp-old-list') || x.notes.includes('address-conflict')))) {
    expect(p.address).toBeNull();
    if (p.notes.includes('pmlp-old-list')) expect(p.tel).toBe('+37167209400');
  }
});
