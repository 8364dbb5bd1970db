// The facts from src/data, typed. Validated by src/rules/validate.ts at build and in tests.
import meansJson from '../data/means.json' with { type: 'json' };
import portalsJson from '../data/portals.json' with { type: 'json' };
import waysJson from '../data/ways.json' with { type: 'json' };
import servicesJson from '../data/services.json' with { type: 'json' };
import sourcesJson from '../data/sources.json' with { type: 'json' };
import municipalitiesJson from '../data/municipalities.json' with { type: 'json' };
import type { Facts, Means, Portal, Acceptance, Way, Service, Source } from './types';
import { withMunicipalChannels } from './municipal';

const { _about, ...sources } = sourcesJson as Record<string, unknown>;
void _about;

export const facts: Facts = {
  means: meansJson.means as Means[],
  portals: portalsJson.portals as Portal[],
  law: portalsJson.law as Acceptance[],
  ways: waysJson.ways as Way[],
  services: withMunicipalChannels(servicesJson.services as unknown as Service[]),
  sources: sources as Record<string, Source>,
  municipalities: municipalitiesJson.municipalities,
};

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const services = byId(facts.services);
const portals = byId(facts.portals);
const ways = byId(facts.ways);
const means = byId(facts.means);

export const findService = (id: string | undefined): Service | undefined => (id ? services.get(id) : undefined);
export const getPortal = (id: string): Portal => portals.get(id)!;
export const getWay = (id: string): Way => ways.get(id)!;
export const getMeans = (id: string): Means => means.get(id)!;

/** A service differs per municipality when it has more than the '*' variant. */
export const variesByMunicipality = (s: Service) => Object.keys(s.variants).length > 1;

export function variantKeyFor(s: Service, municipality: string | undefined): string {
  return municipality && s.variants[municipality] ? municipality : '*';
}
