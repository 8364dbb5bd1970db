// Opening hours: parse the text a source writes ("P.–C. 8.30–12.00 un 13.00–17.00") into a week of
// intervals, and tell whether a place is open at a given moment. Pure: no DOM, `now` is a parameter.
import { rigaWallClock } from '../flow/device';

/** Minutes after local midnight (Europe/Riga). */
export type Minute = number;
export type Interval = [Minute, Minute];
/** Seven days, Monday first; an empty day is closed. */
export type Week = Interval[][];

/** Day names and abbreviations as Latvian sources write them (lower case, without the final dot). */
const DAY_WORDS = new Map<string, number>(Object.entries({
  p: 0, pr: 0, pirmd: 0, pirmdiena: 0, pirmdienās: 0,
  o: 1, ot: 1, otrd: 1, otrdiena: 1, otrdienās: 1,
  t: 2, tr: 2, treš: 2, trešd: 2, trešdiena: 2, trešdienās: 2,
  c: 3, ce: 3, cet: 3, ceturtd: 3, ceturtdiena: 3, ceturtdienās: 3,
  pk: 4, piektd: 4, piektdiena: 4, piektdienās: 4,
  s: 5, se: 5, sest: 5, sestd: 5, sestdiena: 5, sestdienās: 5,
  sv: 6, svētd: 6, svētdiena: 6, svētdienās: 6,
})); // a Map: a source's day key such as "__proto__" or "constructor" must not reach Object.prototype
const CLOSED_WORDS = /^(brīvs|brīvdiena|slēgts|nestrādā|nav|—|-|–)$/i;
const DASH = /\s*[-–—]\s*/;

/** "P., O." / "P.–C." / "Pirmdiena" / "S., Sv." → day indexes, or null if a part is not a day. */
export function parseDays(key: string): number[] | null {
  const days = new Set<number>();
  for (const part of key.split(/\s*[,;/]\s*|\s+un\s+/i).filter(Boolean)) {
    const ends = part.split(DASH).map((w) => DAY_WORDS.get(w.trim().toLowerCase().replace(/\.$/, '')));
    if (ends.some((d) => d === undefined) || ends.length > 2) return null;
    const [a, b = a] = ends as number[];
    if (b < a) return null;
    for (let d = a; d <= b; d++) days.add(d);
  }
  return days.size ? [...days].sort() : null;
}

/** "8.30" / "8:30" / "08:30" / "8" → minutes, or null. "24:00" is allowed as an end. */
export function parseTime(s: string): Minute | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/**
 * One day's text → intervals. "8.30–12.00 un 13.00–17.00", "8:30 - 12:00; 12:20 - 17:00",
 * "8.00–17.00, pārtraukums 12.00–12.30", "BRĪVS" (closed). Null when it cannot be read.
 */
export function parseDayText(text: string): Interval[] | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (CLOSED_WORDS.test(s)) return [];
  const [open, ...breaks] = s.split(/\s*,?\s*(?:pusdienu\s+)?pārtraukums:?\s*/i);
  const ranges = (part: string): Interval[] | null => {
    const out: Interval[] = [];
    for (const r of part.split(/\s*(?:;|,|\bun\b|\/)\s*/i).filter(Boolean)) {
      const ends = r.split(DASH);
      if (ends.length !== 2) return null;
      const a = parseTime(ends[0]);
      const b = parseTime(ends[1]);
      if (a === null || b === null || b <= a) return null;
      out.push([a, b]);
    }
    return out.length ? out : null;
  };
  let list = ranges(open);
  if (!list) return null;
  for (const br of breaks) {
    const cut = ranges(br);
    if (!cut) return null;
    for (const [a, b] of cut) list = list.flatMap(([x, y]) => (b <= x || a >= y ? [[x, y] as Interval] : ([[x, a], [b, y]] as Interval[]).filter(([p, q]) => q > p)));
  }
  list.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < list.length; i++) if (list[i][0] < list[i - 1][1]) return null; // overlapping
  return list;
}

export type ParseResult = { ok: true; week: Week } | { ok: false; errors: string[] };

/**
 * A source's weekday → text map (keys as the source writes them) → a week. Days the source does not
 * list are closed (sources list the days a centre works). Every key and value must be understood.
 */
export function parseHours(text: Record<string, string>): ParseResult {
  const week: Week = [[], [], [], [], [], [], []];
  const seen = new Set<number>();
  const errors: string[] = [];
  for (const [key, value] of Object.entries(text)) {
    const days = parseDays(key);
    if (!days) { errors.push(`day "${key}" not understood`); continue; }
    const intervals = parseDayText(value);
    if (!intervals) { errors.push(`hours "${value}" for "${key}" not understood`); continue; }
    for (const d of days) {
      if (seen.has(d)) errors.push(`day "${key}" given twice`);
      seen.add(d);
      week[d] = intervals;
    }
  }
  if (!errors.length && !seen.size) errors.push('no days');
  return errors.length ? { ok: false, errors } : { ok: true, week };
}

/** A moment as a weekday (0 = Monday) and minutes after midnight. */
export interface Clock { day: number; minute: Minute }

/** `now` in Latvian local time (Europe/Riga), whatever the device's own time zone. */
export function rigaClock(now: Date): Clock {
  const riga = rigaWallClock(now);
  return { day: (riga.getUTCDay() + 6) % 7, minute: riga.getUTCHours() * 60 + riga.getUTCMinutes() };
}

export type OpenState =
  /** Open now until `closes`; `reopens` when a break follows later the same day. */
  | { state: 'open'; closes: Minute; reopens?: Minute }
  /** Closed now; opens `inDays` days later (0 = today) at `opens`. `lunch`: a break between two sessions today. */
  | { state: 'closed'; inDays: number; day: number; opens: Minute; lunch: boolean }
  /** Hours not known. */
  | { state: 'unknown' }
  /** Known hours list no open day at all. */
  | { state: 'never' };

/** Whether a place with these hours is open at `at`, and when it next opens. */
export function openState(week: Week | null | undefined, at: Clock): OpenState {
  if (!week) return { state: 'unknown' };
  const today = week[at.day];
  const now = today.find(([a, b]) => at.minute >= a && at.minute < b);
  if (now) {
    const next = today.find(([a]) => a >= now[1]);
    return next ? { state: 'open', closes: now[1], reopens: next[0] } : { state: 'open', closes: now[1] };
  }
  const later = today.find(([a]) => a > at.minute);
  if (later) return { state: 'closed', inDays: 0, day: at.day, opens: later[0], lunch: today.some(([, b]) => b <= at.minute) };
  for (let i = 1; i <= 7; i++) {
    const day = (at.day + i) % 7;
    if (week[day].length) return { state: 'closed', inDays: i, day, opens: week[day][0][0], lunch: false };
  }
  return { state: 'never' };
}

/** 510 → "8:30". */
export const formatMinute = (m: Minute) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
