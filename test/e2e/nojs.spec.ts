// Without JavaScript: the start page and a guide read correctly from the prerendered HTML; the check pages
// say plainly what they need and point to help that works without it.
import { test, expect } from '@playwright/test';
import { LANGS, prefix } from './helpers';

test.use({ javaScriptEnabled: false });

for (const lang of LANGS) {
  test(`start page reads without JavaScript (${lang})`, async ({ page }) => {
    const css: string[] = [];
    page.on('request', (r) => r.url().endsWith('.css') && css.push(r.url()));
    await page.goto(`${prefix(lang)}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main p.lead')).not.toBeEmpty();
    await expect(page.locator('a.button-start')).toBeVisible();
    await expect(page.locator('noscript, .notice').first()).toBeAttached();
    // The inline CSS applies (no stylesheet request is needed for the first paint; a disabled link only tells the
    // chunk loader the inlined sheet is there, and is never fetched).
    expect(await page.locator('link[rel="stylesheet"]:not([disabled])').count()).toBe(0);
    expect(css).toEqual([]);
    expect(await page.locator('.button-start').evaluate((e) => getComputedStyle(e).display)).toBe('inline-block');
  });

  test(`check pages say what they need (${lang})`, async ({ page }) => {
    await page.goto(`${prefix(lang)}/check/service/`);
    const notice = page.locator('.noscript');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('JavaScript');
    await expect(notice.locator('a')).toHaveAttribute('href', `${prefix(lang)}/centres/`);
    await page.goto(`${prefix(lang)}/result/?service=residence-declaration`);
    await expect(page.locator('.noscript')).toBeVisible();
  });
}

// The issue names a guide as the other page that must read without JavaScript (guides.spec.ts checks every guide).
test('a guide reads without JavaScript', async ({ page }) => {
  const res = await page.goto('/guide/eid-pins/');
  expect(res?.status()).toBe(200);
  await expect(page.locator('main h1')).toBeVisible();
  // The guide's own prerendered page (not a fallback): its language links point at the same guide.
  await expect(page.locator('.langs a[hreflang="en"]')).toHaveAttribute('href', /\/en\/guide\/eid-pins/);
  expect(((await page.locator('main').textContent()) ?? '').length).toBeGreaterThan(200);
});
