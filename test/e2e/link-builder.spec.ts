// The link builder: its snippet works pasted into a plain HTML page, its QR codes hold the link.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeQrPng, expectAccessible, watchErrors } from './helpers';

test('pick a service, a municipality and a language; the snippet works on a plain page', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  await page.goto('/en/link/');
  await page.locator('#lb-service').selectOption('residence-declaration');
  await expect(page.locator('#lb-municipality')).toHaveCount(0); // shown only where the service differs
  await page.locator('#lb-service').selectOption('preschool-registration');
  await page.locator('#lb-municipality').selectOption('LV-RIX');
  await page.locator('#lb-lang-ru').check();
  const link = `${baseURL}/ru/?service=preschool-registration&municipality=LV-RIX`;
  await expect(page.locator('[data-lb-link]')).toHaveAttribute('href', link);
  await expect(page.locator('[data-preview] a')).toHaveAttribute('href', link);
  await expectAccessible(page, 'link builder');
  const snippet = await page.locator('[data-snippet]').inputValue();
  expect(snippet).toContain('href="' + link.replace('&', '&amp;') + '"');
  expect(snippet).not.toMatch(/<script|on\w+=/i);

  // The PNG and SVG downloads hold the same link.
  const png = page.waitForEvent('download');
  await page.locator('[data-download="png"]').click();
  expect(decodeQrPng(readFileSync((await (await png).path())!))).toBe(link);
  const svg = page.waitForEvent('download');
  await page.locator('[data-download="svg"]').click();
  expect(readFileSync((await (await svg).path())!, 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<path d="M/);

  // Pasted into a plain page of a municipal site, the button opens the check with the service chosen.
  const other = await page.context().newPage();
  await other.setContent(`<!doctype html><html lang="lv"><head><title>Pirmsskola</title></head><body><main><h1>Pieteikums pirmsskolā</h1>${snippet}</main></body></html>`);
  await expectAccessible(other, 'pasted snippet');
  await other.getByRole('link').click();
  await other.waitForURL(link);
  await other.locator('a.button-start').click();
  await expect(other.locator('form[data-question="device"]')).toBeVisible(); // service and municipality already known
  expect(errors()).toEqual([]);
});
