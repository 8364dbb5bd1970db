// The facts from src/data, typed, and the one dated lookup factAt(id, today). Validated by
// src/rules/validate.ts at build and in tests. On the result's critical path: what the verdict needs, nothing
// more (the sources' URLs and titles load after the verdict has painted: src/screens/SourceLink.tsx).
import acquireJson from '../data/acquire.json' with { type: 'json' };
import meansJson from '../data/means.json' with { type: 'json' };
import portalsJson from '../data/portals.json' with { type: 'json' };
import waysJson from '../data/ways.json' with { type: 'json' };
import servicesJson from '../data/services.json' with { type: 'json' };
import municipalitiesJson from '../data/municipalities.json' with { type: 'json' };
import { factAt, factStore } from './fact-store';
import type {
  Acquire, Duration, FactEntry, FactRef, Facts, IsoDate, Means, Portal, Acceptance, Range, Way, WayData, Service,
} from './types';
import { withMunicipalChannels } from './municipal';

export const facts: Facts = {
  facts: factStore,
  acquire: acquireJson.acquire as unknown as Acquire[],
  means: meansJson.means as Means[],
  portals: portalsJson.portals as Portal[],
  law: portalsJson.law as Acceptance[],
  ways: waysJson.ways as unknown as WayData[],
  services: withMunicipalChannels(servicesJson.services as unknown as Service[]),
  municipalities: municipalitiesJson.municipalities,
};

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const services = byId(facts.services);
const portals = byId(facts.portals);
const ways = byId(facts.ways);
const means = byId(facts.means);

export const findService = (id: string | undefined): Service | undefined => (id ? services.get(id) : undefined);
export const getPortal = (id: string): Portal => portals.get(id)!;
export const getWayData = (id: string): WayData => ways.get(id)!;
export const getMeans = (id: string): Means => means.get(id)!;
export const getAcquire = (m: string): Acquire | undefined => facts.acquire.find((a) => a.means === m);

/** A service differs per municipality when it has more than the '*' variant. */
export const variesByMunicipality = (s: Service) => Object.keys(s.variants).length > 1;

export function variantKeyFor(s: Service, municipality: string | undefined): string {
  return municipality && s.variants[municipality] ? municipality : '*';
}

// ---- the fact store: factAt(id, today) lives in fact-store.ts ----
export { factAt };

/** A date stated in data either as YYYY-MM-DD or as the id of a date fact (dates do not move with ?on=). */
export const dateOf = (x: string | null): IsoDate | null =>
  x === null || /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : (facts.facts[x]?.[0]?.value as string) ?? null;

const asRange = (v: FactEntry['value']): Range => (typeof v === 'number' ? { min: v, max: v } : (v as Range));

/** Resolves 0 / null / a fact id / [min fact, max fact] to a range as of `today`, with the entries used. */
export function rangeAt(ref: 0 | FactRef | null, today: IsoDate, within = false): { range: Range | null; unit?: FactEntry['unit']; used: FactEntry[] } {
  if (ref === 0) return { range: { min: 0, max: 0 }, used: [] };
  if (ref === null) return { range: null, used: [] };
  const [lo, hi] = Array.isArray(ref) ? ref.map((id) => factAt(id, today)) : [factAt(ref, today), factAt(ref, today)];
  if (!lo || !hi) return { range: null, used: [] };
  const range = { min: within ? 0 : asRange(lo.value).min, max: asRange(hi.value).max };
  return { range, unit: hi.unit, used: lo === hi ? [lo] : [lo, hi] };
}

/** A step with its cost and time as of `today`; its sources and date include those of the facts it states. */
export function getWay(id: string, today: IsoDate): Way {
  const w = getWayData(id);
  const cost = rangeAt(w.cost, today);
  const time = rangeAt(w.time, today, w.within);
  const used = [...cost.used, ...time.used];
  return {
    id: w.id, visit: w.visit, guide: w.guide, confirmed: w.confirmed, note: w.note,
    cost: cost.range,
    time: time.range ? { ...time.range, unit: (time.unit ?? 'minutes') as Duration['unit'] } : null,
    estimate: used.some((e) => e.estimate) || undefined,
    source: [...new Set([...w.source, ...used.flatMap((e) => e.source)])],
    checked: [w.checked, ...used.map((e) => e.checked)].sort()[0],
  };
}
