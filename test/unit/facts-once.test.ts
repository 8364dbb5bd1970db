// Every fact once: a fact's value lives in src/data/facts.json and nowhere else in the data, and no locale
// string restates a number that is a fact (it interpolates it: {{fact-id}}).
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { factStore } from '../../src/rules/fact-store';

const DATA = 'src/data';
/** Data files that refer to facts (centres, municipalities and the map carry their own records, not these facts). */
const REFERRING = ['means.json', 'portals.json', 'ways.json', 'services.json', 'guides.json', 'acquire.json'];
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function leaves(x: unknown, path = '', out: [string, unknown][] = []): [string, unknown][] {
  if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) leaves(v, path ? `${path}.${k}` : k, out);
  else out.push([path, x]);
  return out;
}

const entries = Object.entries(factStore).flatMap(([id, es]) => es.map((e) => [id, e] as const));
const numbers = new Set<number>();
const strings = new Set<string>();
for (const [, e] of entries) {
  const v = e.value;
  if (typeof v === 'number') numbers.add(v);
  else if (typeof v === 'object') { numbers.add(v.min); numbers.add(v.max); }
  else if (e.unit === 'date') numbers.add(Number(v.slice(0, 4)));
  else if (e.unit === 'url' || e.unit === 'phone') strings.add(v);
}
numbers.delete(0); // "free" and "at once" rest on each way's own source

describe('each fact value lives in facts.json only', () => {
  test('the data files that refer to facts hold no number but 0, and no fact URL or phone', () => {
    for (const file of REFERRING) {
      for (const [path, v] of leaves(json(`${DATA}/${file}`))) {
        if (typeof v === 'number') expect(v, `${file} ${path}`).toBe(0);
        if (typeof v === 'string') expect(strings.has(v), `${file} ${path} restates the fact ${v}`).toBe(false);
      }
    }
  });

  test('every file in src/data is either facts.json, a referring file, or a record set with its own sources', () => {
    const own = ['facts.json', 'sources.json', 'centres.json', 'municipalities.json', 'municipal-channels.json', 'latvia-shape.json'];
    for (const f of readdirSync(DATA).filter((x) => x.endsWith('.json'))) expect([...REFERRING, ...own], f).toContain(f);
  });
});

describe('locale strings interpolate facts instead of restating them', () => {
  // Issue 12: no number, date or eligibility rule stated to residents lives in a locale string. A digit in any string
  // of any namespace, in all four languages, must come from an interpolation ({{fact-id}} or a value the code passes)
  // or be one of these documented exceptions, each a name rather than a fact:
  const NOT_FACTS: [RegExp, string][] = [
    [/\{\{[^}]+\}\}/g, 'interpolations: the value comes from facts.json or the code'],
    [/\bPIN[12]\b/g, 'the names of the two codes, PIN1 and PIN2 (their lengths are facts: pin1-digits, pin2-digits)'],
    [/\bEP\d+\b/g, 'e-service codes on latvija.gov.lv (EP15, EP155 …): names, and keywords for the search'],
    [/eParakst(ītājs|itajs|ītāja|ītājā|ītāju|ītājam) 3\.0|eparakstitajs3/g, 'the product name eParakstītājs 3.0 and its Linux package'],
    [/^\d\.\s/g, 'numbered headings of a guide’s parts ("2. The software")'],
    [/\b1(st|\.|-й|-го|-му)?\s?(class|klas|клас)\p{L}*/giu, 'the name of the first grade ("1. klase")'],
    [/ASiC-E|ZIP64/g, 'file format names'],
    [/\(0 (bytes|baitu|байт|байтів)\)/g, 'an empty file has 0 bytes: a definition, not a fact'],
  ];
  /** Titles of cited pages, as each page names itself (a headline, a regulation's number): they cite, they state nothing. */
  const CITATIONS = ['sources'];
  const namespaces = readdirSync('locales/en').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

  test('the check covers every namespace, in all four languages', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['app', 'guides', 'centres', 'assist', 'rules', 'open', 'places', 'pwa']));
    for (const lang of ['lv', 'ru', 'uk']) expect(readdirSync(`locales/${lang}`).filter((f) => f.endsWith('.json')).sort()).toEqual(readdirSync('locales/en').filter((f) => f.endsWith('.json')).sort());
  });

  for (const lang of ['lv', 'en', 'ru', 'uk'])
    for (const ns of namespaces.filter((n) => !CITATIONS.includes(n)))
      test(`${lang}/${ns}.json: no digit but an interpolation or a documented name`, () => {
        for (const [path, v] of leaves(json(`locales/${lang}/${ns}.json`))) {
          if (typeof v !== 'string') continue;
          let text = v;
          for (const [re] of NOT_FACTS) text = text.replace(re, ' ');
          const digits = text.match(/\d+(?:[.,:]\d+)*/g);
          expect(digits, `${lang}/${ns}.json ${path}: "${digits?.join('", "')}" in words: make it a fact and interpolate it ({{fact-id}}), or add a documented exception`).toBeNull();
        }
      });

  test('a number that is a fact never appears as a name exception', () => {
    // The exceptions must not swallow a fact's value written out: e.g. "PIN1 (4 digits)" keeps "4" as a failure.
    let text = 'PIN1 (4 digits) EP15 3 wrong tries 24 hours 2025';
    for (const [re] of NOT_FACTS) text = text.replace(re, ' ');
    expect(text.match(/\d+/g)).toEqual(['4', '3', '24', '2025']);
    expect(numbers.has(4)).toBe(true);
  });
});
