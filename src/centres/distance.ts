// Straight-line distance on the Earth (haversine) and ordering of places by it. Pure.

export interface LatLon { lat: number; lon: number }

const R_KM = 6371.0088; // mean Earth radius

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The order places are stored in (src/data/centres.json): Latvian alphabetical by locality, then name, then id.
 * The import scripts write it and a unit test checks it, so screens only ever need stable sorts and never
 * start Intl.Collator, which costs a cheap phone ~150 ms the first time on a page.
 */
export function inStoredOrder<T extends { id: string; locality: string; name?: string | null }>(places: T[]): T[] {
  const lv = new Intl.Collator('lv').compare;
  return [...places].sort((a, b) => lv(a.locality, b.locality) || lv(a.name ?? '', b.name ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Places nearest first. Places without coordinates are left out of the ordering (returned in
 * `unplaced`, never dropped). Equal distances (several places in one town share its point) keep the
 * order they came in: the stored order, alphabetical (see inStoredOrder).
 */
export function byDistance<T extends { id: string; name?: string | null; geo: LatLon | null }>(places: T[], from: LatLon) {
  const placed = places
    .filter((p) => p.geo)
    .map((place) => ({ place, km: haversineKm(from, place.geo!) }))
    .sort((a, b) => a.km - b.km);
  return { placed, unplaced: places.filter((p) => !p.geo) };
}

/** A distance for people: under 10 km to one decimal, else whole km. */
export const roundKm = (km: number) => (km < 10 ? Math.round(km * 10) / 10 : Math.round(km));

/** Whether a coordinate lies in or near Latvia (the import and the screen reject anything else). */
export const inLatvia = (p: LatLon) => p.lat >= 55.6 && p.lat <= 58.1 && p.lon >= 20.9 && p.lon <= 28.3;
