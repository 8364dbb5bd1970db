// The dated fact store (src/data/facts.json) and its one lookup, factAt(id, today): like smart-answers'
// rates(date), every number, date, fee, duration and URL the app states is read here, as of a date.
// Small on purpose: guides import it without the rules' other data.
import factsJson from '../data/facts.json' with { type: 'json' };
import type { FactEntry, IsoDate } from './types';

export const factStore = factsJson.facts as unknown as Record<string, FactEntry[]>;

const inForce = (e: FactEntry, today: IsoDate) => (!e.from || e.from <= today) && (!e.until || today <= e.until);

/**
 * The value of a fact on a date: the entry whose from..until (inclusive) holds `today`, or undefined when
 * none does (the app then says "not confirmed"). An unknown id is a programming error (the validator
 * catches it in data before it ships).
 */
export function factAt(id: string, today: IsoDate): FactEntry | undefined {
  const entries = factStore[id];
  if (!entries) throw new Error(`unknown fact "${id}"`);
  return entries.find((e) => inForce(e, today));
}

/** Every entry of a fact (for sources and checked dates of a page that shows it). */
export const factEntries = (id: string): FactEntry[] => factStore[id] ?? [];
