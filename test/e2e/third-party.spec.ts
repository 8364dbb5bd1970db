// No request ever leaves the app's origin: a walk through every page the app links to, in every
// language, plus assisted mode, a result with its QR code, print, the link builder's downloads and the
// centre finder.
import { test, expect, type Page } from '@playwright/test';
import { LANGS, prefix, watchErrors, watchForeignRequests, showResultQr } from './helpers';

const RESULTS = [
  '?service=residence-declaration&device=computer&have=eid-card&pins=known&software=yes&smartphone=yes',
  '?service=preschool-registration&municipality=LV-RIX&device=phone&have=none',
  '?service=income-declaration&device=phone&have=eparaksts-mobile&eparaksts-status=works',
];

async function crawl(page: Page, starts: string[], limit: number) {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length && seen.size < limit) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url, { waitUntil: 'load' });
    await expect(page.locator('main h1'), url).toHaveCount(1);
    await expect(page.locator('main h1'), url).toBeVisible();
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const l of links) {
      // Canonical paths end in '/'. (The language links drop it: see the report; /result without it is
      // served the start page's HTML by the preview server and hydrates badly.)
      const path = l.split('?')[0].split('#')[0].replace(/([^/])$/, '$1/');
      if (!seen.has(path) && !queue.includes(path)) queue.push(path); // each page once, without answers
    }
  }
  return seen;
}

for (const lang of LANGS) {
  test(`no third-party request: every page in ${lang}`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const foreign = watchForeignRequests(page, baseURL!);
    const errors = watchErrors(page);
    const p = prefix(lang);
    const starts = [`${p}/`, `${p}/?mode=assist`, `${p}/link/`, `${p}/centres/`, ...RESULTS.map((q) => `${p}/result/${q}`),
      ...RESULTS.map((q) => `${p}/result/${q}&mode=assist`)];
    const pages = await crawl(page, starts, 80);
    expect(pages.size).toBeGreaterThan(10);
    // Print and the QR code of a result, assisted.
    await page.goto(`${p}/result/${RESULTS[0]}&mode=assist`);
    await showResultQr(page);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    // The link builder's QR downloads are made on the device.
    await page.goto(`${p}/link/`);
    for (const kind of ['png', 'svg']) {
      const download = page.waitForEvent('download');
      await page.locator(`[data-download="${kind}"]`).click();
      expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
    }
    expect(foreign(), `requests that left ${baseURL}`).toEqual([]);
    expect(errors()).toEqual([]);
  });
}
