// URL fuzzing in a real browser: a deterministic, seeded generator makes query strings (unknown ids,
// empty and repeated keys, very long values, broken percent-encoding, HTML/script payloads, and every
// pair of parameters) and sends them to the start page, /check/next/, /result/ and the question pages,
// in every language. Every one must give a usable page (an h1), a notice on check pages whenever
// the link had something we dropped, no uncaught error, no injected markup and no script run.
import { test, expect, type Page } from '@playwright/test';
import { OFFER_SCRIPT } from '../../scripts/offer-script';
import { parseQuery } from '../../src/flow/url';
import { questions } from '../../src/flow/questions';
import { watchErrors } from './helpers';

const SEED = 20261126;
const COUNT = 1200; // generated URLs, split over SHARDS tests that each reuse one page
const SHARDS = 4;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '$t(app.name)',
  '{{value}}',
  '<a href="javascript:window.__pwned=1">x</a>',
  '</textarea><script>window.__pwned=1</script>',
  '\u202eevil\u0000\u2028',
  '__proto__',
];
const BROKEN = ['%', '%%', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%FF%FE', '%u0041', '%2', '%%32%30'];
const KEYS = [...questions.map((q) => q.id), 'on', 'lang', 'mode'];
const EXTRA_KEYS = ['', 'foo', '__proto__', 'constructor', 'service[]', 'SERVICE', 'Service', '%73ervice', 'mode ', 'x'.repeat(300)];

function valuesFor(key: string): string[] {
  const q = questions.find((x) => x.id === key);
  if (q) return q.options();
  if (key === 'on') return ['2024-06-01', '2025-02-29', '2026-13-01', '1900-01-01', '9999-12-31'];
  if (key === 'lang') return ['lv', 'en', 'ru', 'uk', 'de', 'EN'];
  if (key === 'mode') return ['assist', 'ASSIST', 'kiosk'];
  return ['x'];
}

function generate(): string[] {
  const rnd = mulberry32(SEED);
  const pick = <T,>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const enc = (s: string) => (rnd() < 0.5 ? encodeURIComponent(s) : s.replace(/[&#=%\s]/g, encodeURIComponent));
  const value = (key: string): string => {
    const r = rnd();
    if (r < 0.4) return enc(pick(valuesFor(key)));
    if (r < 0.5) return '';
    if (r < 0.6) return enc('unknown-' + Math.floor(rnd() * 1000));
    if (r < 0.7) return enc(pick(PAYLOADS));
    if (r < 0.78) return pick(BROKEN);
    if (r < 0.84) return enc(pick(valuesFor(key)) + ',' + pick(valuesFor(key)) + ',' + pick(PAYLOADS));
    if (r < 0.9) return 'A'.repeat(2000 + Math.floor(rnd() * 6000));
    return enc(pick(valuesFor(key)).toUpperCase() + ' ');
  };
  const queries: string[] = ['', '?', '?&&&', '?=', '?==&=x', '?service', '?service=&service=', '?%', '?' + '&'.repeat(500)];
  // Every pair of parameters (and each alone), with generated values.
  for (let i = 0; i < KEYS.length; i++)
    for (let j = i; j < KEYS.length; j++) queries.push(`?${KEYS[i]}=${value(KEYS[i])}` + (i === j ? '' : `&${KEYS[j]}=${value(KEYS[j])}`));
  while (queries.length < COUNT) {
    const n = 1 + Math.floor(rnd() * 8);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) {
      const key = rnd() < 0.85 ? pick(KEYS) : pick(EXTRA_KEYS);
      const r = rnd();
      parts.push(r < 0.05 ? key : r < 0.1 ? `=${value(key)}` : `${key}=${value(key)}`);
      if (rnd() < 0.1) parts.push(`${key}=${value(key)}`); // repeated key
    }
    queries.push('?' + parts.join('&'));
  }
  const paths = ['/', '/check/next/', '/result/', ...questions.map((q) => `/check/${q.id}/`)];
  const prefixes = ['', '', '', '/en', '/ru', '/uk'];
  return queries.map((q) => pick(prefixes) + pick(paths) + q);
}

const URLS = generate();

/** Wait until the app (not just the prerendered HTML) shows the page; survives language redirects. */
async function settle(page: Page, url = '') {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await page.waitForFunction(
        // The words (a lazy chunk) have arrived, so the app has rendered over the prerendered HTML.
        () => !!document.querySelector('main h1') && !document.querySelector('.loading') &&
          performance.getEntriesByType('resource').some((e) => /\/assets\/app-[^/]*\.js$/.test(e.name)),
        undefined, { timeout: 10_000 });
      return;
    } catch (e) {
      if (!/context was destroyed|navigat/i.test(String(e))) throw new Error(`page did not settle: ${url.slice(0, 300)}\n${e}`);
    }
  }
}

test.describe.configure({ mode: 'parallel' });

const langOf = (url: string) => /^\/(en|ru|uk)\//.exec(url)?.[1] ?? 'lv';
const MAX_FULL = 8000; // servers refuse longer request lines (Vite: HTTP 431); in-page navigation takes any length

for (let shard = 0; shard < SHARDS; shard++) {
  test(`fuzz shard ${shard + 1}/${SHARDS}`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors = watchErrors(page);
    const mine = URLS.filter((_, i) => i % SHARDS === shard).sort((a, b) => langOf(a).localeCompare(langOf(b)));
    const findings: string[] = [];
    let loaded = '';
    for (const [i, url] of mine.entries()) {
      const before = errors().length;
      // Every 12th URL, and the first of each language, is a full page load (the entry, language choice,
      // prerendered HTML); the rest navigate inside the page as links do, which is much faster.
      const newLang = loaded !== langOf(url);
      const full = (newLang || i % 12 === 0) && url.length < MAX_FULL;
      if (full) {
        await page.goto(url, { waitUntil: 'load' });
        await settle(page, url);
      } else {
        if (newLang) {
          await page.goto(url.slice(0, url.indexOf('?')), { waitUntil: 'load' });
          await settle(page, url);
        }
        // Navigate as a link does, then wait until the page has stopped changing (redirects included).
        await page.evaluate((u) => new Promise<void>((done) => {
          let timer = setTimeout(finish, 1000); // until the first change; then until 40 ms of quiet
          const watch = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, 40); });
          function finish() { watch.disconnect(); done(); }
          watch.observe(document.getElementById('app')!, { subtree: true, childList: true, attributes: true, characterData: true });
          history.pushState(null, '', u);
          dispatchEvent(new PopStateEvent('popstate'));
        }), url).catch(() => undefined);
        await settle(page, url);
      }
      loaded = langOf(url);
      const seen = await page.evaluate((ours) => {
        const injected = [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) ||
          (el.tagName === 'SCRIPT' && !(el as HTMLScriptElement).src && (el as HTMLScriptElement).type !== 'isodata' && el.textContent !== ours) ||
          ['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) || (el.tagName === 'IMG' && el.getAttribute('src') === 'x'));
        return {
          pwned: (window as never as { __pwned?: unknown }).__pwned !== undefined,
          injected: injected.map((el) => el.outerHTML.slice(0, 80)),
          h1: (document.querySelector('main h1') as HTMLElement | null)?.offsetParent !== null,
          notices: !!document.querySelector('[data-notices]'),
          path: location.pathname,
        };
      }, OFFER_SCRIPT); // our one inline script (the language offer, allowed by its hash)
      const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      const dropped = parseQuery(search).notices.length > 0;
      const checkPage = /\/(check|result)\//.test(seen.path);
      if (seen.pwned) findings.push(`script ran: ${url}`);
      if (seen.injected.length) findings.push(`markup injected: ${url} ${seen.injected.join(' ')}`);
      if (!seen.h1) findings.push(`no visible h1: ${url}`);
      if (checkPage && dropped && !seen.notices) {
        // A full load may still be rendering over the prerendered page: give the notice a moment.
        const late = await page.locator('[data-notices]').first().waitFor({ timeout: 3000 }).then(() => true, () => false);
        if (!late) findings.push(`no notice for dropped values: ${url.slice(0, 200)} (now at ${page.url().slice(0, 120)}, full load: ${full})`);
      }
      if (errors().length > before) findings.push(`console: ${url.slice(0, 200)} ${errors().slice(before).join(' | ').slice(0, 300)}`);
    }
    expect(findings, `${findings.length} findings in ${mine.length} URLs`).toEqual([]);
  });
}

test('the generator is deterministic and big enough', () => {
  expect(URLS.length).toBeGreaterThanOrEqual(1000);
  expect(generate()).toEqual(URLS);
});
