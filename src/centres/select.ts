// Which places to show: those in a municipality, or the nearest to a point. Pure.
import { byDistance, type LatLon } from './distance';
import type { Place, PlaceKind } from './types';

export const ofKind = (places: Place[], kind: PlaceKind) => places.filter((p) => p.kind === kind);

/** Places in a municipality, those with an address first, each group in the stored (alphabetical) order. */
export function inMunicipality(places: Place[], code: string, kind: PlaceKind): Place[] {
  return ofKind(places, kind)
    .filter((p) => p.municipality === code)
    .sort((a, b) => Number(!a.address) - Number(!b.address));
}

/** The `n` nearest places of a kind to a point, optionally leaving out one municipality's own. */
export function nearest(places: Place[], from: LatLon, kind: PlaceKind, n: number, notIn?: string) {
  return byDistance(ofKind(places, kind).filter((p) => p.municipality !== notIn), from).placed.slice(0, n);
}

/** Municipality codes that have at least one place of a kind. */
