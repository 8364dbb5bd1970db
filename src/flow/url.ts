// The answers <-> query-string codec. The URL is the single source of the answers: it is public API
// (municipal pages link to it), so ids are stable, unknown keys are ignored and invalid values are
// dropped with a notice the screens show.
import type { Answers, IsoDate } from '../rules/types';
import { questions } from './questions';
import { LANGS, type Lang } from '../routes';
import { mergedInto } from '../rules/merged';
import { echo } from './echo';
import { todayInRiga } from './device';


export interface Flags {
  on?: IsoDate; // evaluate the rules as of this date (preview)
  lang?: Lang; // language asked for in the query (the path prefix is canonical)
  mode?: 'assist';
}

export interface Notice {
  key: string;
  value: string;
  problem: 'invalid' | 'unknown-service' | 'repeated' | 'merged' | 'contradiction' | 'range';
}

export interface Parsed {
  answers: Answers;
  flags: Flags;
  notices: Notice[];
}

const shown = echo;

/** The dates `on=` accepts: from the first data we hold (2017) to five years after today. */
export const ON_MIN = '2017-01-01';
export const onMax = (today: string) => `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`.replace(/-02-29$/, '-02-28');

export function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(v + 'T00:00:00Z');
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Never throws: any string in, a usable state out. */
export function parseQuery(search: string, today: IsoDate = todayInRiga()): Parsed {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const answers: Record<string, string | string[]> = {};
  const notices: Notice[] = [];
  const flags: Flags = {};
  // Old links name a municipality that has since merged into another (municipalities.json "merged"): use the new one, and say so.
  const merged = mergedInto(params.get('municipality'));
  if (merged) params.set('municipality', merged.into), notices.push({ key: 'municipality', value: merged.text, problem: 'merged' });

  for (const q of questions) {
    const raw = params.getAll(q.id);
    if (!raw.length) continue;
    const options = q.options();
    if (q.kind === 'multi') {
      const values = raw.flatMap((r) => r.split(',')).map((v) => v.trim()).filter(Boolean);
      const ok = [...new Set(values.filter((v) => options.includes(v)))];
      for (const v of values) if (!options.includes(v)) notices.push({ key: q.id, value: shown(v), problem: 'invalid' });
      // 'none' together with a tool is a contradiction: the tools win (README, "Link to a check"), and we say so.
      const kept = ok.length > 1 ? ok.filter((v) => v !== 'none') : ok;
      if (kept.length < ok.length) notices.push({ key: q.id, value: shown('none'), problem: 'contradiction' });
      if (kept.length) answers[q.id] = kept;
    } else {
      const distinct = [...new Set(raw.filter((r) => r !== ''))];
      const valid = distinct.filter((v) => options.includes(v));
      for (const v of distinct) if (!options.includes(v)) notices.push({ key: q.id, value: shown(v), problem: q.id === 'service' ? 'unknown-service' : 'invalid' });
      if (valid.length === 1) answers[q.id] = valid[0];
      else if (valid.length > 1) notices.push({ key: q.id, value: shown(valid.join(',')), problem: 'repeated' });
    }
  }

  const on = params.get('on');
  if (on !== null) {
    if (!on || !isIsoDate(on)) notices.push({ key: 'on', value: shown(on), problem: 'invalid' });
    else if (on < ON_MIN || on > onMax(today)) notices.push({ key: 'on', value: shown(on), problem: 'range' });
    else flags.on = on;
  }
  const lang = params.get('lang');
  if (lang !== null) (LANGS as readonly string[]).includes(lang) ? (flags.lang = lang as Lang) : notices.push({ key: 'lang', value: shown(lang), problem: 'invalid' });
  const mode = params.get('mode');
  if (mode !== null) mode === 'assist' ? (flags.mode = 'assist') : notices.push({ key: 'mode', value: shown(mode), problem: 'invalid' });

  return { answers: answers as Answers, flags, notices };
}

/** Stable order: question order, then flags. `lang` is carried by the path, not the query. */
export function toQuery(answers: Answers, flags: Omit<Flags, 'lang'> = {}): string {
  const p = new URLSearchParams();
  for (const q of questions) {
    const v = answers[q.id];
    if (Array.isArray(v) ? v.length : v !== undefined) p.set(q.id, Array.isArray(v) ? v.join(',') : String(v));
  }
  if (flags.on) p.set('on', flags.on);
  if (flags.mode) p.set('mode', flags.mode);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? '?' + s : '';
}

/** Answers without the keys after `id` would change: used by "change" so later answers stay. */
export function withAnswer(answers: Answers, id: keyof Answers, value: string | string[] | undefined): Answers {
  const next = { ...answers } as Record<string, unknown>;
  if (value === undefined || (Array.isArray(value) && !value.length)) delete next[id];
  else next[id] = value;
  return next as Answers;
}
