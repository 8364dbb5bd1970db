// The URL contract: public API for municipal links. Unknown keys ignored, invalid values dropped with
// a notice, never a throw.
import { describe, expect, test } from 'vitest';
import { parseQuery, toQuery, isIsoDate, onMax } from '../../src/flow/url';
import { echo, MAX_ECHO } from '../../src/flow/echo';

const plain = (v: string) => v.replace(/[\u2068\u2069]/g, '');

describe('parseQuery', () => {
  test('a municipal deep link', () => {
    const p = parseQuery('?service=preschool-registration&municipality=LV-RIX');
    expect(p.answers).toEqual({ service: 'preschool-registration', municipality: 'LV-RIX' });
    expect(p.notices).toEqual([]);
  });
  test('unknown keys are ignored silently', () => {
    expect(parseQuery('?utm_source=x&foo=bar&service=my-data')).toEqual({ answers: { service: 'my-data' }, flags: {}, notices: [] });
  });
  test('an unknown service id gives its own notice', () => {
    expect(parseQuery('?service=kindergarten').notices).toEqual([{ key: 'service', value: '\u2068kindergarten\u2069', problem: 'unknown-service' }]);
  });
  test('invalid values are dropped with a notice; valid ones kept', () => {
    const p = parseQuery('?service=my-data&device=tablet&have=eid-card,magic-wand');
    expect(p.answers).toEqual({ service: 'my-data', have: ['eid-card'] });
    expect(p.notices.map((n) => `${n.key}=${plain(n.value)}`)).toEqual(['device=tablet', 'have=magic-wand']);
  });
  test('multi values: comma list or repeated keys, de-duplicated; "none" loses to a tool', () => {
    expect(parseQuery('?have=eid-card&have=card-reader,eid-card').answers.have).toEqual(['eid-card', 'card-reader']);
    expect(parseQuery('?have=none,smart-id').answers.have).toEqual(['smart-id']);
    expect(parseQuery('?have=none').answers.have).toEqual(['none']);
  });
  test('conflicting repeated single answers are dropped with a notice; identical repeats are fine', () => {
    expect(parseQuery('?device=phone&device=computer')).toMatchObject({ answers: {}, notices: [{ key: 'device', problem: 'repeated' }] });
    expect(parseQuery('?device=phone&device=phone').answers).toEqual({ device: 'phone' });
  });
  test('empty values are treated as absent', () => {
    expect(parseQuery('?service=&device=&have=')).toEqual({ answers: {}, flags: {}, notices: [] });
  });
  test('flags: on (a real date), lang, mode', () => {
    expect(parseQuery('?on=2024-06-01&lang=ru&mode=assist').flags).toEqual({ on: '2024-06-01', lang: 'ru', mode: 'assist' });
    expect(parseQuery('?on=2024-02-30&lang=de&mode=kiosk').notices.map((n) => n.key)).toEqual(['on', 'lang', 'mode']);
  });
  test('garbled input never throws, and long values are shortened in notices', () => {
    for (const s of ['?%E0%A4%A', '?%', '?service=%ZZ', '?&&&==', '?service=<script>alert(1)</script>', '?' + 'a'.repeat(10000)]) {
      expect(() => parseQuery(s)).not.toThrow();
    }
    const long = parseQuery('?device=' + 'x'.repeat(500)).notices[0].value;
    expect(plain(long).length).toBeLessThanOrEqual(MAX_ECHO + 1);
  });
  test('item 9: "none" with a tool keeps the tools and says so (the documented rule)', () => {
    const p = parseQuery('?service=residence-declaration&have=none,internet-bank');
    expect(p.answers.have).toEqual(['internet-bank']);
    expect(p.notices).toEqual([{ key: 'have', value: echo('none'), problem: 'contradiction' }]);
    expect(parseQuery('?have=none&have=eid-card').notices.map((n) => n.problem)).toEqual(['contradiction']);
  });
  test('item 9: on= accepts 2017-01-01 to today + 5 years, and says so otherwise', () => {
    const today = '2026-11-27';
    expect(parseQuery('?on=2017-01-01', today).flags.on).toBe('2017-01-01');
    expect(parseQuery('?on=2031-11-27', today).flags.on).toBe('2031-11-27');
    for (const d of ['0000-01-01', '1969-12-31', '2016-12-31', '2031-11-28', '9999-12-31']) {
      const p = parseQuery(`?on=${d}`, today);
      expect(p.flags.on, d).toBeUndefined();
      expect(p.notices, d).toEqual([{ key: 'on', value: echo(d), problem: 'range' }]);
    }
    expect(onMax('2028-02-29')).toBe('2033-02-28');
  });
});

describe('item 8: echoed values', () => {
  test('capped, stripped of controls and direction overrides, and bidi-isolated', () => {
    const fake = 'your eID is blocked, call +37120000000 and tell us your PIN'.repeat(3);
    const e = echo(fake);
    expect(e.startsWith('\u2068') && e.endsWith('\u2069')).toBe(true);
    expect(Array.from(plain(e)).length).toBe(MAX_ECHO + 1);
    expect(echo('\u202eadresi\u202c\u2066x\u0000')).toBe('\u2068adresix\u2069');
    // Surrogate pairs are never cut in half.
    expect(plain(echo('😀'.repeat(40)))).toBe('😀'.repeat(MAX_ECHO) + '…');
  });
  test('every notice value from parseQuery is an echo', () => {
    const p = parseQuery('?service=%E2%80%AEadresi&device=' + 'x'.repeat(200) + '&on=%E2%80%AE2020&mode=' + 'y'.repeat(99));
    expect(p.notices.length).toBe(4);
    for (const n of p.notices) {
      expect(n.value).toMatch(/^\u2068[^\u202a-\u202e\u2066-\u2069]*\u2069$/);
      expect(Array.from(plain(n.value)).length).toBeLessThanOrEqual(MAX_ECHO + 1);
    }
  });
});

test('toQuery: stable order, commas readable, round-trips', () => {
  const answers = { have: ['eid-card', 'card-reader'], service: 'residence-declaration', device: 'computer' as const };
  const q = toQuery(answers, { on: '2024-06-01' });
  expect(q).toBe('?service=residence-declaration&device=computer&have=eid-card,card-reader&on=2024-06-01');
  expect(parseQuery(q).answers).toEqual({ service: 'residence-declaration', device: 'computer', have: ['eid-card', 'card-reader'] });
});

test('isIsoDate', () => {
  expect(['2025-01-01', '2024-02-29'].every(isIsoDate)).toBe(true);
  expect(['2025-1-01', '2023-02-29', 'today', ''].some(isIsoDate)).toBe(false);
});
