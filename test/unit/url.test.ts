// The URL contract: public API for municipal links. Unknown keys ignored, invalid values dropped with
// a notice, never a throw.
import { describe, expect, test } from 'vitest';
import { parseQuery, toQuery, isIsoDate } from '../../src/flow/url';

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
    expect(parseQuery('?service=kindergarten').notices).toEqual([{ key: 'service', value: 'kindergarten', problem: 'unknown-service' }]);
  });
  test('invalid values are dropped with a notice; valid ones kept', () => {
    const p = parseQuery('?service=my-data&device=tablet&have=eid-card,magic-wand');
    expect(p.answers).toEqual({ service: 'my-data', have: ['eid-card'] });
    expect(p.notices.map((n) => `${n.key}=${n.value}`)).toEqual(['device=tablet', 'have=magic-wand']);
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
    expect(long.length).toBeLessThanOrEqual(41);
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
