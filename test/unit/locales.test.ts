// Every locale file in every language: same files, same keys (plural suffixes normalised), the plural
// forms each language needs, no empty strings, English placeholders kept, and no untranslated copies.
// It reads whatever namespaces exist in locales/en/, so new namespace files are covered automatically.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../locales');
const SOURCE = 'en';
const TRANSLATIONS = ['lv', 'ru', 'uk'] as const;
const LANGS = [SOURCE, ...TRANSLATIONS];
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Category = (typeof CATEGORIES)[number];

/**
 * Strings longer than 20 characters that may stay identical to English. Key: "<namespace>:<key path>",
 * with plural keys written without their suffix. Give a reason for each.
 */
const SAME_AS_ENGLISH: Record<string, string> = {
  // e.g. 'centres:source.url': 'a URL, the same in every language',
  'app:format.dateLong': 'only placeholders: Russian and Ukrainian order day, month and year as English does (month names differ)',
  'check:result.pageTitle': 'only placeholders: the service, then the verdict',
};

/** Values that are language-neutral by nature: a bare URL, e-mail address or phone number. */
const NEUTRAL = /^(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d\s()-]{6,})$/;

const MIN_LENGTH_FOR_COPY_CHECK = 20;

type Flat = Map<string, unknown>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const read = (lang: string, file: string): Flat => flatten(JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8')));

const required = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as Category[];

const PLURAL_SUFFIX = new RegExp(`^(.*)_(${CATEGORIES.join('|')})$`);

/** Plural bases: keys that English gives as `<base>_one` and `<base>_other`. */
function pluralBases(en: Flat): Set<string> {
  const bases = new Set<string>();
  for (const key of en.keys()) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m && en.has(`${m[1]}_one`) && en.has(`${m[1]}_other`)) bases.add(m[1]);
  }
  return bases;
}

/** key → base (for plural forms) and its category; other keys map to themselves. */
function normalise(key: string, bases: Set<string>): { base: string; category?: Category } {
  const m = PLURAL_SUFFIX.exec(key);
  return m && bases.has(m[1]) ? { base: m[1], category: m[2] as Category } : { base: key };
}

const placeholders = (s: unknown) =>
  typeof s === 'string' ? new Set([...s.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1])) : new Set<string>();

const namespaces = readdirSync(join(ROOT, SOURCE)).filter((f) => f.endsWith('.json')).sort();

describe('locales', () => {
  it('has at least the app namespace in English', () => {
    expect(namespaces).toContain('app.json');
  });

  it('has the same namespace files in every language', () => {
    for (const lang of TRANSLATIONS) {
      const files = readdirSync(join(ROOT, lang)).filter((f) => f.endsWith('.json')).sort();
      expect(files, `locales/${lang}/ vs locales/${SOURCE}/`).toEqual(namespaces);
    }
  });

  for (const file of namespaces) {
    const ns = file.replace(/\.json$/, '');
    describe(ns, () => {
      const present = LANGS.filter((l) => existsSync(join(ROOT, l, file)));
      const data = Object.fromEntries(present.map((l) => [l, read(l, file)])) as Record<string, Flat>;
      const en = data[SOURCE];
      const bases = pluralBases(en);

      /** base key → category → value, per language */
      const grouped = (lang: string) => {
        const g = new Map<string, Map<Category | '', unknown>>();
        for (const [key, value] of data[lang]) {
          const { base, category } = normalise(key, bases);
          if (!g.has(base)) g.set(base, new Map());
          g.get(base)!.set(category ?? '', value);
        }
        return g;
      };

      it('exists in every language', () => {
        expect(present).toEqual(LANGS);
      });

      for (const lang of TRANSLATIONS) {
        it(`${lang}: has the same keys as English (plural suffixes normalised)`, () => {
          if (!data[lang]) return;
          const want = [...grouped(SOURCE).keys()].sort();
          const have = [...grouped(lang).keys()].sort();
          expect({ missing: want.filter((k) => !have.includes(k)), extra: have.filter((k) => !want.includes(k)) })
            .toEqual({ missing: [], extra: [] });
        });
      }

      for (const lang of LANGS) {
        it(`${lang}: has every plural form Intl.PluralRules('${lang}') needs, and no others`, () => {
          if (!data[lang]) return;
          const need = required(lang);
          // i18next also honours `_zero` for count === 0 in any language, so it is always allowed.
          const allowed = new Set<Category>([...need, 'zero']);
          const problems: string[] = [];
          for (const [base, forms] of grouped(lang)) {
            if (!bases.has(base)) continue;
            const cats = [...forms.keys()];
            if (cats.includes('')) problems.push(`${base}: has an unsuffixed key beside plural forms`);
            for (const c of need) if (!forms.has(c)) problems.push(`${base}_${c}: missing`);
            for (const c of cats) if (c && !allowed.has(c)) problems.push(`${base}_${c}: not a plural category of ${lang}`);
          }
          expect(problems).toEqual([]);
        });

        it(`${lang}: has no empty values`, () => {
          if (!data[lang]) return;
          const empty = [...data[lang]].filter(([, v]) => v === null || (typeof v === 'string' && v.trim() === '')).map(([k]) => k);
          expect(empty).toEqual([]);
        });
      }

      for (const lang of TRANSLATIONS) {
        it(`${lang}: keeps every English {{placeholder}} and adds none`, () => {
          if (!data[lang]) return;
          const source = grouped(SOURCE);
          const problems: string[] = [];
          for (const [base, forms] of grouped(lang)) {
            const enForms = source.get(base);
            if (!enForms) continue; // reported by the key test
            const enAll = new Set([...enForms.values()].flatMap((v) => [...placeholders(v)]));
            // The most general English form: the plural `other`, or the only value.
            const enNeeded = placeholders(enForms.get('other') ?? enForms.get(''));
            const need = required(lang);
            for (const [cat, value] of forms) {
              const own = placeholders(value);
              const key = cat ? `${base}_${cat}` : base;
              // A `_zero` that is not a CLDR category of the language is i18next's "count is 0" form: it may say "no …".
              const expected = [...enNeeded].filter((p) => !(cat === 'zero' && !need.includes('zero') && p === 'count'));
              for (const p of expected) if (!own.has(p)) problems.push(`${key}: lost {{${p}}}`);
              for (const p of own) if (!enAll.has(p)) problems.push(`${key}: {{${p}}} is not in English`);
            }
          }
          expect(problems).toEqual([]);
        });

        it(`${lang}: has no untranslated copies of English (over ${MIN_LENGTH_FOR_COPY_CHECK} characters)`, () => {
          if (!data[lang]) return;
          const copies: string[] = [];
          for (const [key, value] of data[lang]) {
            if (typeof value !== 'string' || value.length <= MIN_LENGTH_FOR_COPY_CHECK) continue;
            if (value !== en.get(key)) continue;
            if (NEUTRAL.test(value.trim())) continue;
            if (`${ns}:${normalise(key, bases).base}` in SAME_AS_ENGLISH) continue;
            copies.push(`${key}: ${JSON.stringify(value)}`);
          }
          expect(copies).toEqual([]);
        });
      }

      it('lists only exceptions that are still needed', () => {
        const stale = Object.keys(SAME_AS_ENGLISH)
          .filter((k) => k.startsWith(`${ns}:`))
          .map((k) => k.slice(ns.length + 1))
          .filter((base) => ![...en.keys()].some((key) => normalise(key, bases).base === base));
        expect(stale, 'SAME_AS_ENGLISH entries for keys that no longer exist').toEqual([]);
      });
    });
  }
});

/** "Smart-ID (Smart-ID)": a bracket that repeats the words just before it. */
const DUPLICATE = (s: string) =>
  [...s.matchAll(/\(([^()]+)\)/g)].some((m) => s.slice(0, m.index).trimEnd().toLowerCase().endsWith(m[1].trim().toLowerCase()));
const NESTED = /\([^()]*\(/;

describe('names', () => {
  const all = readdirSync(ROOT).flatMap((lang) =>
    readdirSync(join(ROOT, lang)).flatMap((file) => [...read(lang, file)].map(([key, value]) => [`${lang}/${file}:${key}`, value] as const)));

  it('no locale string repeats a name in brackets ("X (X)") or nests brackets', () => {
    const bad = all.filter(([, v]) => typeof v === 'string' && (DUPLICATE(v) || NESTED.test(v))).map(([k, v]) => `${k}: ${v}`);
    expect(bad).toEqual([]);
  });

  it('the test catches what it should', () => {
    expect(DUPLICATE('Smart-ID (Smart-ID)')).toBe(true);
    expect(DUPLICATE('eParaksts mobile (eParaksts mobile)')).toBe(true);
    expect(DUPLICATE('Карта eParaksts (eParaksts karte)')).toBe(false);
    expect(NESTED.test('E-veselība (рецепты) (E-veselība (e-receptes))')).toBe(true);
  });

  it.each(readdirSync(ROOT))('%s: service and tool names with the official name beside them repeat nothing and nest no brackets', async (lang) => {
    const { h } = await import('preact');
    const { render } = await import('preact-render-to-string');
    const { initI18n } = await import('../../src/i18n');
    const { MeansName, ServiceName } = await import('../../src/screens/check/names');
    const { facts } = await import('../../src/rules/facts');
    await initI18n(lang as 'lv');
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    const names = [
      ...facts.services.map((s) => text(render(h(ServiceName, { id: s.id })))),
      ...facts.means.map((m) => text(render(h(MeansName, { id: m.id })))),
    ];
    expect(names.filter((n) => DUPLICATE(n) || NESTED.test(n) || /\{\{|\}\}/.test(n))).toEqual([]);
  });
});

describe('places', () => {
  const municipalities = (JSON.parse(readFileSync(join(__dirname, '../../src/data/municipalities.json'), 'utf8')) as {
    municipalities: { code: string; name: string }[];
  }).municipalities;
  it.each(readdirSync(ROOT))('%s: every municipality has a name in places.json', (lang) => {
    const places = JSON.parse(readFileSync(join(ROOT, lang, 'places.json'), 'utf8')) as Record<string, string>;
    expect(municipalities.filter((m) => !places[m.code]).map((m) => m.code)).toEqual([]);
  });
  it.each(readdirSync(ROOT))('%s: the place names arrive with the app words, as the places namespace (one request)', async (lang) => {
    const { initI18n, hasNamespace, bundle } = await import('../../src/i18n');
    await initI18n(lang as 'lv');
    expect(hasNamespace('places')).toBe(true);
    expect(bundle('places')).toEqual(JSON.parse(readFileSync(join(ROOT, lang, 'places.json'), 'utf8')));
    expect(bundle('app')).not.toHaveProperty('__places');
  });
  it('in Latvian, places.json holds the official names', () => {
    const places = JSON.parse(readFileSync(join(ROOT, 'lv', 'places.json'), 'utf8')) as Record<string, string>;
    for (const m of municipalities) expect(places[m.code], m.code).toBe(m.name);
  });
});
