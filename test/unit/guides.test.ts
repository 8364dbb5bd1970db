// The guides' data: every guide the ways point to exists, every fact has a known source and a checked
// date, every key exists in every locale, and every {{placeholder}} is a fact of that guide.
import { describe, expect, it } from 'vitest';
import waysJson from '../../src/data/ways.json' with { type: 'json' };
import sourcesJson from '../../src/data/sources.json' with { type: 'json' };
import lv from '../../locales/lv/guides.json' with { type: 'json' };
import en from '../../locales/en/guides.json' with { type: 'json' };
import ru from '../../locales/ru/guides.json' with { type: 'json' };
import uk from '../../locales/uk/guides.json' with { type: 'json' };
import { guides, guideIds, guideKeys, guideLines, guideSources, guideChecked } from '../../src/rules/guides';
import { parsePath, pathFor, LANGS } from '../../src/routes';
import { prerenderRoutes } from '../../src/prerender-routes';
import { telOf } from '../../src/centres/contact';
import { factAt } from '../../src/rules/fact-store';

const STABLE_IDS = ['eid-pins', 'eid-computer', 'eparaksts-mobile', 'smart-id-level', 'no-eid-tools', 'lost-card', 'signed-documents'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);
const sources = sourcesJson as Record<string, unknown>;
const locales: Record<string, Record<string, unknown>> = { lv, en, ru, uk };

const lookup = (obj: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);

/** Every leaf key of a locale object, dotted. */
const leaves = (obj: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('guide ids', () => {
  it('are exactly the stable public ids, once each', () => {
    expect([...guideIds].sort()).toEqual([...STABLE_IDS].sort());
  });

  it('every guide id used in ways.json exists', () => {
    const used = waysJson.ways.map((w) => w.guide).filter((g): g is string => g !== null);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(guideIds, `ways.json points to guide "${id}"`).toContain(id);
  });

  it('related guides exist and are not the guide itself', () => {
    for (const g of guides) for (const r of g.related) {
      expect(guideIds).toContain(r);
      expect(r).not.toBe(g.id);
    }
  });

  it('every guide and the list of guides is prerendered in every language, and round-trips through the router', () => {
    for (const id of [...STABLE_IDS, '']) {
      for (const lang of LANGS) {
        const path = pathFor(lang, { name: 'guide', id });
        expect(prerenderRoutes, path).toContain(path === '/' ? '' : path.replace(/^\/lv/, ''));
        expect(parsePath(path)).toEqual({ lang, page: { name: 'guide', id } });
      }
    }
    expect(parsePath('/guide/a/b/').page.name).toBe('not-found');
  });
});

describe('guide facts', () => {
  for (const g of guides) {
    it(`${g.id}: every fact is in the fact store with a value today, a known source and a checked date`, () => {
      for (const [name, id] of Object.entries(g.facts)) {
        const where = `${g.id}.facts.${name} (${id})`;
        const f = factAt(id, today);
        expect(f, where).toBeDefined();
        expect(f!.source.length, `${where} has no source`).toBeGreaterThan(0);
        for (const s of f!.source) expect(sources[s], `${where}: unknown source "${s}"`).toBeDefined();
        expect(f!.checked, where).toMatch(DATE);
        expect(f!.checked <= today, `${where} checked in the future`).toBe(true);
        if (f!.unit === 'phone') expect(telOf(String(f!.value)), `${where} is not a Latvian number`).toMatch(/^\+371\d{8}$/);
      }
      expect(guideChecked(g)).toMatch(DATE);
    });

    it(`${g.id}: every line of text rests on a known source`, () => {
      for (const line of guideLines(g)) {
        expect(line.source.length, `${g.id} line ${line.id}`).toBeGreaterThan(0);
        for (const s of line.source) expect(sources[s], `${g.id} line ${line.id}: unknown source "${s}"`).toBeDefined();
      }
      expect(guideSources(g).length).toBeGreaterThan(0);
    });

    it(`${g.id}: has what you need, cost, time, where and at least one numbered list of steps`, () => {
      expect(g.need.length).toBeGreaterThan(0);
      expect(g.parts.some((p) => p.kind === 'steps' && p.items.length > 0)).toBe(true);
    });
  }

  it('the LVRTC phone number for lost cards comes from PMLP', () => {
    const f = factAt(guides.find((g) => g.id === 'lost-card')!.facts.lvrtcPhone, today)!;
    expect(f.unit).toBe('phone');
    expect(f.source).toContain('pmlp-lost');
  });
});

describe('guide words', () => {
  const ui = Object.keys(locales.en.ui as object).map((k) => `ui.${k}`);

  for (const lang of LANGS) {
    it(`${lang}: every key every guide needs exists and is not empty`, () => {
      for (const key of [...ui, ...guides.flatMap(guideKeys)]) {
        const v = lookup(locales[lang], key);
        expect(typeof v === 'string' && v.trim().length > 0, `${lang}/guides.json is missing "${key}"`).toBe(true);
      }
    });

    it(`${lang}: has no keys the guides do not use`, () => {
      const used = new Set([...ui, ...guides.flatMap(guideKeys)]);
      expect(leaves(locales[lang]).filter((k) => !used.has(k))).toEqual([]);
    });

    it(`${lang}: every {{placeholder}} names a fact of its guide`, () => {
      for (const g of guides) for (const key of guideKeys(g)) {
        const text = lookup(locales[lang], key) as string;
        for (const [, name] of text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)) {
          expect(Object.keys(g.facts), `${lang} ${key} uses {{${name}}}`).toContain(name);
        }
      }
    });
  }

  for (const lang of LANGS) {
    it(`${lang}: words in another language are marked <lv>…</lv> or <en>…</en>, balanced, never in plain-text keys`, () => {
      for (const g of guides) for (const key of guideKeys(g)) {
        const text = lookup(locales[lang], key) as string;
        const stripped = text.replace(/<(lv|en|ru)>[^<]*<\/\1>/g, '');
        expect(stripped, `${lang} ${key}`).not.toMatch(/<\/?[a-z]+>/);
        for (const [, tag] of text.matchAll(/<(lv|en|ru)>/g)) expect(tag, `${lang} ${key} marks its own language`).not.toBe(lang);
        // Titles and summaries are also used as plain text (page title, list of guides).
        if (/\.(title|summary)$/.test(key)) expect(text, key).not.toMatch(/</);
      }
    });
  }

  it('every locale has the same keys', () => {
    const en = leaves(locales.en).sort();
    expect(leaves(locales.lv).sort()).toEqual(en);
    expect(leaves(locales.ru).sort()).toEqual(en);
    expect(leaves(locales.uk).sort()).toEqual(en);
  });
});
