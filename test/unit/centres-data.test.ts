// The shipped centre data: every record sourced and dated, valid codes, hours that match their text,
// nothing stale, and the words complete in all three languages.
import { describe, it, expect } from 'vitest';
import data from '../../src/data/centres.json';
import sources from '../../src/data/sources.json';
import municipalitiesJson from '../../src/data/municipalities.json';
import lv from '../../locales/lv/centres.json';
import en from '../../locales/en/centres.json';
import ru from '../../locales/ru/centres.json';
import { parseHours } from '../../src/centres/hours';
import { inLatvia, inStoredOrder } from '../../src/centres/distance';
import type { Place } from '../../src/centres/types';

const places = data.places as Place[];
const codes = new Set(municipalitiesJson.municipalities.map((m) => m.code));
const src = sources as Record<string, unknown>;

describe('src/data/centres.json', () => {
  it('is stored in Latvian alphabetical order by locality, name and id (screens sort only by distance)', () => {
    expect(places.map((p) => p.id)).toEqual(inStoredOrder(places).map((p) => p.id));
  });
  it('has unique kebab-case ids', () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it.each(places.map((p) => [p.id, p] as const))('%s is sourced, dated, placed and consistent', (_id, p) => {
    expect(p.source.length).toBeGreaterThan(0);
    for (const s of p.source) expect(src[s], `source ${s}`).toBeDefined();
    expect(p.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.shown).toBeTruthy();
    expect(codes.has(p.municipality)).toBe(true);
    // A place known only by a town the gazetteer lacks is shown without a map point (never dropped).
    if (p.geo || !p.notes.includes('call-first')) expect(p.geo && inLatvia(p.geo)).toBeTruthy();
    if (!p.address) expect(p.notes.includes('call-first') || p.kind === 'pmlp' || p.notes.includes('no-hours')).toBe(true);
    if (p.phone) expect(p.tel).toMatch(/^\+371[2689]\d{7}$/);
    if (p.hours) {
      const again = parseHours(p.hours.text);
      expect(again.ok && again.week).toEqual(p.hours.week);
    } else expect(p.notes).toContain('no-hours');
    if (p.notes.includes('address-moving')) expect(p.moveTo).toBeTruthy();
  });
  it('ships no stale or merely planned record, and not the dossier-only sample entries', () => {
    // Known by town at most: never with a street address (see also centres-harvest.test.ts, which reads the notes).
    const withAddress = places.filter((p) => p.address).map((p) => p.locality);
    for (const left of ['Sala', 'Skrunda', 'Skrīveri', 'Koknese', 'Rauna', 'Mērsrags', 'Dundaga', 'Tilža', 'Grobiņa']) expect(withAddress).not.toContain(left);
    for (const left of ['Skrīveri', 'Koknese', 'Tilža', 'Grobiņa', 'Mērsrags']) expect(places.map((p) => p.locality)).not.toContain(left);
    for (const stale of ['Alunāna iela 1', 'Mazā Nometņu iela 47', 'Daugavpils iela 31']) expect(places.some((p) => p.address?.includes(stale))).toBe(false);
  });
});

const keys = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`]));
describe('locales/*/centres.json', () => {
  it.each([['en', en], ['ru', ru]] as const)('%s has every key lv has, and no more', (_l, words) => {
    expect([...new Set(keys(words))].sort()).toEqual([...new Set(keys(lv))].sort());
  });
  it('has words for every note id the data uses', () => {
    for (const p of places) for (const n of p.notes) for (const w of [lv, en, ru]) expect((w.note as Record<string, string>)[n]).toBeTruthy();
  });
});
