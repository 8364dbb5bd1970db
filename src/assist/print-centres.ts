// Lazy chunk (the printout): the client centre and PMLP office nearest to a municipality's administrative
// centre, chosen by the centre finder's own selection (src/centres/select.ts).
import '../check-core';
import centresJson from '../data/centres.json';
import municipalitiesJson from '../data/municipalities.json';
import { nearest, type Group } from '../centres/select';
import type { Place } from '../centres/types';

const places = centresJson.places as Place[];

export interface PrintCentres { municipality: string; vpvkac?: Place; pmlp?: Place }

export function centresFor(code: string): PrintCentres | undefined {
  const m = municipalitiesJson.municipalities.find((x) => x.code === code);
  if (!m) return undefined;
  const from = { lat: m.lat, lon: m.lon };
  // The municipality's own centre nearest to its administrative centre; a neighbour's only if it has none.
  const own = places.filter((p) => p.municipality === code);
  const pick = (group: Group) => (nearest(own, from, group, 1)[0] ?? nearest(places, from, group, 1)[0])?.place;
  return { municipality: m.name, vpvkac: pick('centre'), pmlp: pick('pmlp') };
}
