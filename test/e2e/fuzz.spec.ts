// URL fuzzing in a real browser: a deterministic, seeded generator makes query strings (unknown ids,
// empty and repeated keys, very long values, broken percent-encoding, HTML/script payloads, and every
// pair of parameters) and sends them to the start page, /check/next/, /result/ and the question pages,
// in every language. Every one must give a usable page (an h1), a notice on check pages whenever
// the link had something we dropped, no uncaught error, no injected markup and no script run. Echoed
// values are capped and bidi-isolated everywhere (notices and the centre finder), contradictions get a
// notice, and a seeded walk through history, tabs and "next visitor" leaves nothing reachable.
import { test, expect, type Page } from '@playwright/test';
import { OFFER_SCRIPT } from '../../scripts/offer-script';
import { parseQuery } from '../../src/flow/url';
import { MAX_ECHO } from '../../src/flow/echo';
import { questions } from '../../src/flow/questions';
import { readFileSync } from 'node:fs';
import { answer, expectReady, watchErrors } from './helpers';
import { ANSWERS, clearVisit, cleared, reachable } from './visit-helpers';

const SEED = 20261126;
// Generated URLs, split over SHARDS tests that each reuse one page. Sized so the whole file stays well
// under two minutes at --workers=1 on a busy two-core machine; every pair of parameters is always in.
const COUNT = 300;
const SHARDS = 2;

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
  // Direction overrides and isolates that would reorder the sentence around an echoed value.
  '\u202eadresi-deklaracija',
  '\u2067x\u2069\u202d',
  '\u200fyour eID is blocked\u200e',
  // A long, plausible message a link would like the app to say.
  'Your eID is blocked. Call +371 20000000 now and tell us your PIN1 and PIN2 to unblock it today.',
];
const BROKEN = ['%', '%%', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%FF%FE', '%u0041', '%2', '%%32%30'];
const KEYS = [...questions.map((q) => q.id), 'on', 'lang', 'mode'];
const EXTRA_KEYS = ['', 'foo', '__proto__', 'constructor', 'service[]', 'SERVICE', 'Service', '%73ervice', 'mode ', 'x'.repeat(300)];

function valuesFor(key: string): string[] {
  const q = questions.find((x) => x.id === key);
  if (q) return q.options();
  if (key === 'on') return ['2024-06-01', '2025-02-29', '2026-13-01', '1900-01-01', '9999-12-31', '0000-01-01', '1969-12-31', '2016-12-31', '2017-01-01'];
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
  // Contradictions: "none" together with each tool.
  for (const tool of valuesFor('have').filter((v) => v !== 'none')) queries.push(`?service=residence-declaration&device=phone&have=none,${tool}`);
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
  // The centre finder echoes ?municipality= too.
  const centres = PAYLOADS.map((v) => `${pick(prefixes)}/centres/?municipality=${encodeURIComponent(v)}`);
  return [...queries.map((q) => pick(prefixes) + pick(paths) + q), ...centres];
}

const URLS = generate();

/** Wait until the app (not just the prerendered HTML) shows the page; survives language redirects. */
async function settle(page: Page, url = '') {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await page.waitForFunction(
        // The words (a lazy chunk) have arrived, so the app has rendered over the prerendered HTML.
        () => !!document.querySelector('main h1') && !document.querySelector('.loading') &&
          performance.getEntriesByType('resource').some((e) => /\/assets\/[a-z]{2}-app-[^/]*\.js$/.test(e.name)),
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
      const full = (newLang || i % 16 === 0) && url.length < MAX_FULL;
      // Each URL on its own: a language remembered from an earlier URL's ?lang= would redirect this one.
      await page.evaluate(() => localStorage.removeItem('e-gatavs.lang')).catch(() => undefined);
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
          // Text of every notice that may echo a value from the link.
          echoes: [...document.querySelectorAll('[data-notice]')].map((el) => el.textContent ?? ''),
        };
      }, OFFER_SCRIPT); // our one inline script (the language offer, allowed by its hash)
      const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      const dropped = parseQuery(search).notices.length > 0;
      const checkPage = /\/(check|result)\//.test(seen.path);
      if (seen.pwned) findings.push(`script ran: ${url}`);
      if (seen.injected.length) findings.push(`markup injected: ${url} ${seen.injected.join(' ')}`);
      if (!seen.h1) findings.push(`no visible h1: ${url}`);
      for (const text of seen.echoes) {
        // Outside the isolates, no direction control; inside, at most MAX_ECHO characters (and the ellipsis).
        const outside = text.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
        if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/.test(outside)) findings.push(`echo not isolated: ${url.slice(0, 120)}`);
        for (const m of text.matchAll(/\u2068([^\u2068\u2069]*)\u2069/g))
          if (Array.from(m[1]).length > MAX_ECHO + 1 || /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/.test(m[1])) findings.push(`echo too long or not clean: ${url.slice(0, 120)}`);
        if (text.length > 400) findings.push(`notice of ${text.length} characters: ${url.slice(0, 120)}`);
      }
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

test('the generator is deterministic and big enough, with every class in it', () => {
  expect(URLS.length).toBeGreaterThanOrEqual(COUNT);
  expect(generate()).toEqual(URLS);
  const all = URLS.map((u) => { try { return decodeURIComponent(u); } catch { return u; } }).join('\n');
  for (const cls of [/\u202e/, /have=none,[a-z]/, /on=1969-12-31/, /\/centres\/\?municipality=/, /A{2000}/]) expect(all).toMatch(cls);
});

// History and tabs: a seeded walk of checks, Back, Forward, the service's outside link, a second tab and
// "next visitor"; after each clear nothing with an answer is reachable in either tab.
test('history and tabs: a seeded walk leaves nothing of earlier visitors reachable', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.fulfill({ contentType: 'text/html', body: '<h1>elsewhere</h1>' }));
  const rnd = mulberry32(SEED + 1);
  const other = await context.newPage();
  await page.goto('/?mode=assist');
  await other.goto('/?mode=assist');
  await page.bringToFront();
  for (let visit = 0; visit < 3; visit++) {
    await expectReady(page);
    await page.locator('a.button-start').click();
    await answer(page, 'service', ['residence-declaration']);
    await answer(page, 'device', [rnd() < 0.5 ? 'phone' : 'computer']);
    await answer(page, 'have', ['internet-bank']);
    // On a computer the check may ask about a smartphone before it proposes an app route.
    await expect(page.locator('.result, form[data-question="smartphone"]')).toBeVisible();
    if (await page.locator('form[data-question="smartphone"]').count()) await answer(page, 'smartphone', ['no']);
    await expect(page.locator('.result[data-complete]')).toBeVisible();
    // The other tab looks at this visitor's result too.
    await other.goto(page.url());
    await expectReady(other);
    for (let step = 0; step < 4; step++) {
      const r = rnd();
      if (r < 0.35) await page.goBack();
      else if (r < 0.6) await page.goForward();
      else if (r < 0.8 && (await page.locator('.result a[href^="https://"]').count())) {
        await page.locator('.result a[href^="https://"]').first().click();
        await page.waitForURL(/^https:/);
        await page.goBack();
      }
    }
    await expect(page.locator('main h1')).toBeVisible();
    if (!/^http:\/\/127/.test(page.url())) await page.goBack();
    await expectReady(page);
    await clearVisit(page, /\/result\//.test(page.url()) ? '[data-result-actions]' : '.assist-note');
    await cleared(other);
    const here = await reachable(page);
    expect(here.filter((u) => ANSWERS.test(u) || u.startsWith('https:')), `visit ${visit + 1}:\n${here.join('\n')}`).toEqual([]);
    expect((await reachable(other)).filter((u) => ANSWERS.test(u))).toEqual([]);
    await page.bringToFront();
  }
});

// /index.html and /…/index.html: the server redirects; a host that serves the file as it is (nginx's
// try_files) shows the page under its one address, never "page not found".
test('index.html addresses show their page', async ({ page }) => {
  const start = await page.goto('/index.html');
  expect(new URL(page.url()).pathname).toBe('/');
  expect(start!.status()).toBe(200);
  await page.route('**/check/device/index.html*', (r) => r.fulfill({ contentType: 'text/html', body: readFileSync('dist/check/device/index.html', 'utf8') }));
  await page.goto('/check/device/index.html?service=residence-declaration');
  await expect(page.locator('form[data-question="device"]')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/check/device/');
});
