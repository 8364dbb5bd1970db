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
  // Numbers in words that are names, not facts: PIN1/PIN2, e-service codes (EP15), "eParakstītājs 3.0", numbered
  // headings ("2. The software"), "1st class"/"1. klase", "Smart-ID" tool names, and the format patterns.
  const NOT_FACTS = [/PIN[12]/g, /\bEP\d+/g, /\d\.0\b/g, /^\d\.\s/g, /\b1(st|\.|-й)?\s?(class|klas\w*|класс\w*)/gi, /eparakstitajs3/g, /\{\{[^}]+\}\}/g, /ASiC-E/g];
  for (const lang of ['lv', 'en', 'ru'])
    for (const ns of ['app', 'guides'])
      test(`${lang}/${ns}.json: no number that is a fact`, () => {
        const words = json(`locales/${lang}/${ns}.json`);
        for (const [path, v] of leaves(words)) {
          if (typeof v !== 'string' || path.startsWith('format.')) continue;
          let text = v;
          for (const re of NOT_FACTS) text = text.replace(re, ' ');
          for (const m of text.matchAll(/\d+(?:[.,]\d+)?/g)) {
            const n = Number(m[0].replace(',', '.'));
            expect(numbers.has(n), `${lang}/${ns}.json ${path}: "${m[0]}" is a fact: interpolate it ({{fact-id}})`).toBe(false);
          }
        }
      });
});
