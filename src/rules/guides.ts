// The guides as data (src/data/guides.json): their facts, the locale keys each guide needs, and the
// sources it cites. Pure: no Preact, no DOM. Words live in locales/<lang>/guides.json.
import guidesJson from '../data/guides.json' with { type: 'json' };
import type { IsoDate } from './types';
import { factEntries } from './fact-store';

/** One piece of text (a line, a step, a note) and the sources it rests on. */
export interface GuideLine {
  id: string;
  source: string[];
}

export interface GuidePart {
  id: string;
  /** 'steps' renders a numbered list (<ol>); 'list' a bulleted one. */
  kind: 'steps' | 'list';
  intro?: boolean;
  items: GuideLine[];
  note?: GuideLine;
}

export interface Guide {
  id: string;
  /** The name the guide's text interpolates ({{name}}) → a fact id in facts.json. */
  facts: Record<string, string>;
  need: GuideLine[];
  cost: GuideLine;
  time: GuideLine;
  where: GuideLine;
  parts: GuidePart[];
  related: string[];
}

export const guides = guidesJson.guides as unknown as Guide[];
export const guideIds = guides.map((g) => g.id);
export const findGuide = (id: string) => guides.find((g) => g.id === id);

/** Every key (inside the 'guides' namespace) a guide's page needs. */
export function guideKeys(g: Guide): string[] {
  const k = (rest: string) => `${g.id}.${rest}`;
  return [
    k('title'),
    k('summary'),
    ...g.need.map((n) => k(`need.${n.id}`)),
    k('cost'),
    k('time'),
    k('where'),
    ...g.parts.flatMap((p) => [
      k(`parts.${p.id}.title`),
      ...(p.intro ? [k(`parts.${p.id}.intro`)] : []),
      ...p.items.map((i) => k(`parts.${p.id}.items.${i.id}`)),
      ...(p.note ? [k(`parts.${p.id}.note`)] : []),
    ]),
  ];
}

/** All lines of a guide, each with its sources. */
export function guideLines(g: Guide): GuideLine[] {
  return [...g.need, g.cost, g.time, g.where, ...g.parts.flatMap((p) => [...p.items, ...(p.note ? [p.note] : [])])];
}

/** Source ids a guide cites, in first-use order, without repeats. */
export function guideSources(g: Guide): string[] {
  const ids = [...guideLines(g).flatMap((l) => l.source), ...Object.values(g.facts).flatMap((id) => factEntries(id).flatMap((f) => f.source))];
  return [...new Set(ids)];
}

/** The oldest 'checked' date among a guide's facts: what the page says it was checked on. */
export function guideChecked(g: Guide): IsoDate {
  return Object.values(g.facts).flatMap((id) => factEntries(id).map((f) => f.checked)).sort()[0] ?? guidesJson.checked;
}
