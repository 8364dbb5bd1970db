// A deep-linked result (QR hand-over, a relative's link, a municipal button) paints its verdict first: the
// below-the-fold parts (sources and their titles, print and QR, "start again") arrive later and shift nothing
// (issue 11). The slow parts are held back on purpose here, as a slow phone network would.
import { test, expect } from '@playwright/test';
import { prefix, LANGS } from './helpers';

const SHOTS = process.env.SHOTS;
const DEEP = '/result/?service=residence-declaration&device=phone&have=eparaksts-mobile&eparaksts-status=works';

test.use({ viewport: { width: 360, height: 640 } });

for (const lang of LANGS) {
  test(`deep-linked result (${lang}): the verdict and checklist paint before the sources load, with no layout shift`, async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // The chunks the end of the result needs: held until the verdict is on screen.
    await page.route(/\/assets\/(ResultLater-|sources-data-|\w\w-sources-)/, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(prefix(lang) + DEEP);
    await expect(page.locator('.verdict h1')).toBeVisible();
    await expect(page.locator('.result [data-means] .checklist li').first()).toBeVisible();
    await expect(page.locator('.result .sources')).toHaveCount(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/result-loading-${lang}.png` });
    release();
    await expect(page.locator('.result .sources li a').first()).toBeVisible();
    await expect(page.locator('[data-result-actions]')).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/result-loaded-${lang}.png`, fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });
}

// A prerendered page is on screen from its HTML: what its screen loads beyond the files the HTML names (the rules
// and data, sources) waits for that first paint, and so does the hydration's work, rather than competing with it.
// With a query (a municipality chosen), the page is rendered over its own HTML, reusing its elements.
const PRERENDERED = ['/check/service/', '/guide/eid-pins/', '/centres/', '/centres/?municipality=LV-022', '/link/', '/open/', '/rules/preschool-registration/LV-002/'];
for (const path of PRERENDERED) {
  test(`prerendered ${path}: only the files its HTML names load before its first paint, and its elements stay`, async ({ page }) => {
    // Elements taken out of the page once the script runs (it should adopt them all; a <noscript>'s content is only text).
    // Watched from before the HTML is parsed, so a script that ran early would be caught too.
    await page.addInitScript(() => {
      const removed: string[] = ((window as unknown as { removed: string[] }).removed = []);
      new MutationObserver((list) => {
        for (const m of list)
          for (const n of m.removedNodes)
            if (n.nodeType === 1 && m.target.nodeName !== 'NOSCRIPT' && (m.target as Element).closest?.('#app')) removed.push(`${m.target.nodeName} > ${n.nodeName}`);
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(path);
    await expect(page.locator('html[data-ready]')).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { removed: string[] }).removed)).toEqual([]);
    // The HTML as served (the loader adds preload links of its own to the live document).
    const named = [...(await (await page.request.get(path)).text()).matchAll(/(?:href|src)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    const { fcp, loaded } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      loaded: performance.getEntriesByType('resource').map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })).filter((r) => r.path.startsWith('/assets/')),
    }));
    expect(fcp, 'the page painted').toBeGreaterThan(0);
    const later = loaded.filter((r) => !named.includes(r.path));
    expect(later.length, 'the screen loads more than its HTML names').toBeGreaterThan(0);
    expect(later.filter((r) => r.start < fcp!).map((r) => r.path)).toEqual([]);
  });
}

// On a slow phone the HTML paints long before the script has run: a result from its link shows "preparing", the
// centres page its form, and the screen then fills in. Nothing already on screen may move when it does (CLS 0),
// in any browser language (the words' lengths decide what sits at the screen's edge). The scripts are held here
// until the page has painted, as that network would.
const FILLED_IN = [
  DEEP,
  '/result/?service=preschool-registration&municipality=LV-067&device=computer&have=bank',
  '/check/device/?service=preschool-registration',
  '/centres/',
  '/centres/?municipality=LV-022',
  '/link/?service=preschool-registration&municipality=LV-067',
  '/guide/eid-pins/',
];
for (const lang of LANGS)
  for (const path of FILLED_IN) {
    test(`painted before its script (${lang}) ${path}: nothing on screen moves when the screen fills in`, async ({ page }) => {
      let painted!: () => void;
      const paint = new Promise<void>((r) => (painted = r));
      await page.exposeFunction('painted', () => painted());
      await page.route(/\/assets\/.*\.js$/, async (route) => {
        await paint;
        await route.continue();
      });
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: string[]; painted: () => void };
        new PerformanceObserver((l) => l.getEntriesByName('first-contentful-paint').length && w.painted()).observe({ type: 'paint', buffered: true });
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
            w.shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | undefined)?.className || s.node?.nodeName).join(', ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(prefix(lang) + path);
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 1000 })));
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    });
  }
