// Distances and the nearest-first ordering, as tables.
import { describe, it, expect } from 'vitest';
import { haversineKm, byDistance, roundKm, inLatvia } from '../../src/centres/distance';
import data from '../../src/data/centres.json';
import type { Place } from '../../src/centres/types';
import { inMunicipality } from '../../src/centres/select';
import municipalitiesJson from '../../src/data/municipalities.json';

const places = data.places as Place[];
const CESIS = { lat: 57.31, lon: 25.27 };

describe('haversineKm', () => {
  it.each([
    [{ lat: 56.946, lon: 24.1059 }, { lat: 57.31188, lon: 25.27456 }, 80, 3], // Rīga – Cēsis ≈ 80 km
    [{ lat: 56.946, lon: 24.1059 }, { lat: 55.8747, lon: 26.5362 }, 191, 2], // Rīga – Daugavpils ≈ 191 km
    [{ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 111.2, 0.2],
    [CESIS, CESIS, 0, 0.001],
  ])('%j → %j ≈ %d km', (a, b, km, tol) => expect(Math.abs(haversineKm(a, b) - km)).toBeLessThanOrEqual(tol));
  it('is symmetric', () => expect(haversineKm(CESIS, { lat: 56, lon: 21 })).toBeCloseTo(haversineKm({ lat: 56, lon: 21 }, CESIS), 9));
});

describe('byDistance', () => {
  const p = (id: string, name: string | null, geo: { lat: number; lon: number } | null) => ({ id, name, geo });
  it('orders nearest first, ties in the order given (the stored, alphabetical one), and keeps unplaced places apart', () => {
    const r = byDistance([p('far', 'A', { lat: 56, lon: 21 }), p('b', 'B', CESIS), p('a', 'A', CESIS), p('none', 'N', null), p('mid', 'M', { lat: 57.1, lon: 25.5 })], CESIS);
    expect(r.placed.map((x) => x.place.id)).toEqual(['b', 'a', 'mid', 'far']);
    expect(r.unplaced.map((x) => x.id)).toEqual(['none']);
  });
  it('puts the Cēsis centre first for a resident in Cēsis', () => {
    const r = byDistance(places.filter((x) => x.kind === 'vpvkac'), CESIS);
    expect(r.placed[0].place.id).toBe('cesis');
    expect(r.placed[0].km).toBeLessThan(1);
    expect(r.placed.slice(1, 3).map((x) => x.place.id).sort()).toEqual(['liepa', 'priekuli']);
  });
  it('puts the Cēsis PMLP branch (known by town: call first) first among PMLP offices near Cēsis, then Valmiera', () => {
    const ids = byDistance(places.filter((x) => x.kind === 'pmlp'), CESIS).placed.map((x) => x.place.id);
    expect(ids.slice(0, 2)).toEqual(['pmlp-cesis', 'pmlp-valmieras']);
  });
});

describe('roundKm and inLatvia', () => {
  it.each([[0.04, 0], [2.345, 2.3], [9.96, 10], [12.5, 13], [80.2, 80]])('%d → %d', (km, want) => expect(roundKm(km)).toBe(want));
  it.each([[CESIS, true], [{ lat: 59.43, lon: 24.75 }, false], [{ lat: 54.68, lon: 25.28 }, false]])('%j → %s', (p, want) => expect(inLatvia(p)).toBe(want));
});

describe('inMunicipality (no location shared)', () => {
  const munis = municipalitiesJson.municipalities as { code: string; lat: number; lon: number }[];
  it('orders each municipality\'s places by distance from its administrative centre, not alphabetically', () => {
    for (const m of munis)
      for (const group of ['centre', 'pmlp'] as const) {
        const km = inMunicipality(places, m.code, group, m).filter((p) => p.geo).map((p) => haversineKm(m, p.geo!));
        expect(km, `${m.code} ${group}`).toEqual([...km].sort((a, b) => a - b));
      }
  });
  it('puts Cēsis first in Cēsu novads, though Augšlīgatne comes first in the alphabet', () => {
    const cesu = munis.find((m) => m.code === 'LV-022')!;
    const order = inMunicipality(places, 'LV-022', 'centre', cesu).map((p) => p.locality);
    expect(order[0]).toBe('Cēsis');
    expect([...order].sort((a, b) => a.localeCompare(b, 'lv'))[0]).toBe('Augšlīgatne');
  });
});
