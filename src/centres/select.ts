// Which places to show: those in a municipality, or the nearest to a point. Pure.
import { byDistance, type LatLon } from './distance';
import type { Place, PlaceKind } from './types';

/** Client centres (state-and-municipal VPVKAC and the municipality's own) or PMLP offices. */
export type Group = 'centre' | 'pmlp';
const KINDS: Record<Group, PlaceKind[]> = { centre: ['vpvkac', 'municipal'], pmlp: ['pmlp'] };
export const ofGroup = (places: Place[], group: Group) => places.filter((p) => KINDS[group].includes(p.kind));

/**
 * Places in a municipality, nearest to its administrative centre first (so the town's own centres come before
 * the parishes'); places without a map point last, in the stored (alphabetical) order.
 */
export function inMunicipality(places: Place[], code: string, group: Group, centre: LatLon): Place[] {
  const { placed, unplaced } = byDistance(ofGroup(places, group).filter((p) => p.municipality === code), centre);
  return [...placed.map((x) => x.place), ...unplaced];
}

/** The `n` nearest places of a group to a point, optionally leaving out one municipality's own. */
export function nearest(places: Place[], from: LatLon, group: Group, n: number, notIn?: string) {
  return byDistance(ofGroup(places, group).filter((p) => p.municipality !== notIn), from).placed.slice(0, n);
}

/** Municipality codes that have at least one place of a group. */
export const municipalitiesWith = (places: Place[], group: Group) => new Set(ofGroup(places, group).map((p) => p.municipality));
