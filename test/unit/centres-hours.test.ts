// Opening hours as tables: parsing what sources write, and "open now / opens at" across a week.
import { describe, it, expect } from 'vitest';
import { parseDays, parseTime, parseDayText, parseHours, openState, rigaClock, formatMinute, type Week } from '../../src/centres/hours';

const hm = (s: string) => parseTime(s)!;

describe('parseDays', () => {
  it.each([
    ['P.', [0]], ['Pk.', [4]], ['T.', [2]], ['O.', [1]], ['C.', [3]], ['Pirmdiena', [0]], ['Piektdiena', [4]],
    ['S., Sv.', [5, 6]], ['P.–C.', [0, 1, 2, 3]], ['Pirmdiena - Ceturtdiena', [0, 1, 2, 3]], ['P., T., Pk.', [0, 2, 4]],
    ['sestdiena', [5]], ['Svētdiena', [6]],
  ])('%s → %j', (key, days) => expect(parseDays(key)).toEqual(days));
  it.each(['Brīvdienas', 'Pk.–P.', '30. aprīlis', ''])('%s is not understood', (key) => expect(parseDays(key)).toBeNull());
  // Keys come from imported files: names on Object.prototype are not days.
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'P.–__proto__'])('%s is not a day', (key) => expect(parseDays(key)).toBeNull());
  it('a "__proto__" day key in imported JSON is an error, not a day', () => {
    const r = parseHours(JSON.parse('{"__proto__": "8.00-17.00", "P.": "8.00-17.00"}'));
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });
});

describe('parseDayText', () => {
  it.each([
    ['8.30–12.00 un 13.00–17.00', [['8:30', '12:00'], ['13:00', '17:00']]],
    ['8.30–12:00 un 13.00–17.00', [['8:30', '12:00'], ['13:00', '17:00']]],
    ['8:30 - 12:00; 12:20 - 17:00', [['8:30', '12:00'], ['12:20', '17:00']]],
    ['8.00-18.00', [['8:00', '18:00']]],
    ['09:00 - 16:30', [['9:00', '16:30']]],
    ['8.00–17.00, pārtraukums 12.00–12.30', [['8:00', '12:00'], ['12:30', '17:00']]],
    ['8–17, pusdienu pārtraukums 12–13', [['8:00', '12:00'], ['13:00', '17:00']]],
    ['BRĪVS', []], ['slēgts', []], ['Nestrādā', []],
  ])('%s', (text, want) => expect(parseDayText(text)).toEqual(want.map(([a, b]) => [hm(a), hm(b)])));
  it.each(['maksājumi 8.00–13.00 (special days only)', '17.00–8.00', '8.00–12.00 un 11.00–13.00', '25:00–26:00', 'pēc pieraksta'])(
    '%s is not understood', (text) => expect(parseDayText(text)).toBeNull());
});

describe('parseHours', () => {
  it('reads a week with a lunch break and a short Friday (Sala, as the source wrote it)', () => {
    const r = parseHours({ 'P.': '8.30–12.00 un 13.00–17.00', 'O.': '8.30–12.00 un 13.00–17.00', 'T.': '8.30–12.00 un 13.00–17.00', 'C.': '8.30–12:00 un 13.00–17.00', 'Pk.': '8.30–12.00 un 13.00–16.00', 'S., Sv.': 'BRĪVS' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.week[4]).toEqual([[510, 720], [780, 960]]), expect(r.week[5]).toEqual([]), expect(r.week[6]).toEqual([]);
  });
  it('treats days the source does not list as closed (Grobiņa lists Monday to Friday)', () => {
    const r = parseHours({ Pirmdiena: '8:30 - 12:00; 12:20 - 17:00', Piektdiena: '8:30 - 14:00' });
    expect(r.ok && r.week.map((d) => d.length)).toEqual([2, 0, 0, 0, 1, 0, 0]);
  });
  it.each([
    [{ '30. aprīlis, 10. maijs (2025)': 'maksājumi 8.00–13.00' }, /day .* not understood/],
    [{ 'P.': 'pēc pieraksta' }, /hours .* not understood/],
    [{ 'P.–C.': '8–17', 'C.': '8–16' }, /given twice/],
    [{}, /no days/],
  ])('rejects %j', (text, err) => {
    const r = parseHours(text as Record<string, string>);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('; ')).toMatch(err);
  });
});

// Grobiņa (research/domain.md §4.1 sample entry): Mon/Wed/Thu 8:30–12:00 & 12:20–17:00; Tue 8:30–12:00 & 12:30–19:00; Fri 8:30–14:00.
const grobina = (parseHours({
  Pirmdiena: '8:30 - 12:00; 12:20 - 17:00', Otrdiena: '8:30 - 12:00; 12:30 - 19:00', Trešdiena: '8:30 - 12:00; 12:20 - 17:00',
  Ceturtdiena: '8:30 - 12:00; 12:20 - 17:00', Piektdiena: '8:30 - 14:00',
}) as { week: Week }).week;
const pmlp = (parseHours({ 'P.–C.': '09:00 - 16:30', Piektdiena: '09:00 - 16:00' }) as { week: Week }).week;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const at = (day: string, time: string) => ({ day: DAYS.indexOf(day), minute: hm(time) });

describe('openState across a week', () => {
  it.each([
    // week, day, time, state, then: closes / opens (+ days ahead) / lunch
    ['grobina', 'Mon', '8:29', 'closed', '8:30', 0, false],
    ['grobina', 'Mon', '8:30', 'open', '12:00'],
    ['grobina', 'Mon', '11:59', 'open', '12:00'],
    ['grobina', 'Mon', '12:00', 'closed', '12:20', 0, true], // lunch break
    ['grobina', 'Mon', '12:20', 'open', '17:00'],
    ['grobina', 'Tue', '12:25', 'closed', '12:30', 0, true], // Tuesday's longer break
    ['grobina', 'Tue', '18:30', 'open', '19:00'], // Tuesday's late evening
    ['grobina', 'Wed', '17:00', 'closed', '8:30', 1, false], // at closing time: closed
    ['grobina', 'Fri', '13:59', 'open', '14:00'], // Friday short hours
    ['grobina', 'Fri', '14:00', 'closed', '8:30', 3, false], // → Monday
    ['grobina', 'Sat', '10:00', 'closed', '8:30', 2, false], // closed day → Monday
    ['grobina', 'Sun', '23:59', 'closed', '8:30', 1, false],
    ['pmlp', 'Thu', '16:15', 'open', '16:30'],
    ['pmlp', 'Fri', '16:15', 'closed', '9:00', 3, false], // Friday closes at 16:00
    ['pmlp', 'Fri', '15:59', 'open', '16:00'],
  ] as const)('%s %s %s → %s', (w, day, time, state, when, inDays?: number, lunch?: boolean) => {
    const s = openState(w === 'grobina' ? grobina : pmlp, at(day, time));
    expect(s.state).toBe(state);
    if (s.state === 'open') expect(formatMinute(s.closes)).toBe(when);
    if (s.state === 'closed') expect([formatMinute(s.opens), s.inDays, s.lunch]).toEqual([when, inDays, lunch]);
  });
  it('says when a break follows', () => {
    expect(openState(grobina, at('Mon', '9:00'))).toEqual({ state: 'open', closes: hm('12:00'), reopens: hm('12:20') });
  });
  it('unknown hours and a week with no open day', () => {
    expect(openState(null, at('Mon', '9:00'))).toEqual({ state: 'unknown' });
    expect(openState([[], [], [], [], [], [], []], at('Mon', '9:00'))).toEqual({ state: 'never' });
  });
});

describe('rigaClock', () => {
  it('matches Intl\'s Europe/Riga weekday and time every 15 minutes through 2025 and 2026', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const wrong: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 15 * 60_000) {
      const parts = intl.formatToParts(new Date(t));
      const get = (type: string) => parts.find((p) => p.type === type)!.value;
      const want = { day: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')), minute: Number(get('hour')) * 60 + Number(get('minute')) };
      const got = rigaClock(new Date(t));
      if (got.day !== want.day || got.minute !== want.minute) wrong.push(new Date(t).toISOString());
    }
    expect(wrong).toEqual([]);
  });
  it.each([
    ['2026-11-27T13:30:00Z', 'Fri', '15:30'], // winter: UTC+2
    ['2026-07-03T13:30:00Z', 'Fri', '16:30'], // summer: UTC+3
    ['2026-11-29T22:30:00Z', 'Mon', '0:30'], // Sunday in UTC, Monday in Rīga
  ])('%s → %s %s', (iso, day, time) => expect(rigaClock(new Date(iso))).toEqual(at(day, time)));
});
