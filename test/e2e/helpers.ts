// Shared e2e helpers: one axe check with the tags we promise (WCAG 2.2 AA), console-error capture,
// and third-party-request capture.
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, type Page } from '@playwright/test';

export { LANGS } from '../../src/routes';
export const prefix = (lang: string) => (lang === 'lv' ? '' : `/${lang}`);

/** Zero violations of WCAG 2.0/2.1/2.2 A and AA. Exceptions, if ever needed, are listed here with a reason.
 * Legacy mode runs axe.run() in the page itself (same-origin frames included) instead of finishing each run in
 * a new blank page: half the time per check (about 0.9 s, not 1.9 s), and the app has no cross-origin frame. */
export async function expectAccessible(page: Page, where = page.url()) {
  const results = await new AxeBuilder({ page }).setLegacyMode().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Collects console errors and uncaught exceptions; call the returned function to read them. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return () => errors;
}

/** Records every request that leaves the app's origin. */
export function watchForeignRequests(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return () => foreign;
}

/** Answer the current question page: click options by value, then Continue. */
export async function answer(page: Page, question: string, values: string[]) {
  await expectReady(page);
  await expect(page.locator(`form[data-question="${question}"]`)).toBeVisible();
  for (const v of values) {
    if (question === 'municipality') await page.locator('select[name="municipality"]').selectOption(v);
    else await page.locator(`input[name="${question}"][value="${v}"]`).check();
  }
  await page.locator('form[data-question] button[type="submit"]').click();
  // Done when this question has gone, or shows its error summary (nothing chosen).
  await expect(page.locator(`form[data-question="${question}"]:not(:has(.error-summary))`)).toHaveCount(0);
}

/** Scroll the result's QR code into view (it is drawn only then, to keep the first render light) and wait for it. */
export async function showResultQr(page: Page) {
  await page.locator('[data-result-actions] .take-qr').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-result-actions] svg.qr')).toBeVisible();
}

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page. */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The text of the QR code in a PNG image (a screenshot or a downloaded file), or undefined if none is found. */
export function decodeQrPng(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data;
}

/** Wait until the app has hydrated or rendered the page (src/main.tsx marks <html data-ready>): before that, a
 * click on the prerendered markup does nothing. */
export const expectReady = (page: Page) => expect(page.locator('html[data-ready]')).toBeAttached();
