// The app runs under its Content Security Policy (served by the preview server exactly as public/_headers
// declares it) with no violation: a whole check, assisted mode, the QR hand-over, print and the link builder.
import { test, expect } from '@playwright/test';
import { answer, watchErrors, showResultQr } from './helpers';
import { CSP } from '../../scripts/security-headers';

test('a full check, assisted mode, print and the link builder run with no CSP violation', async ({ page }) => {
  // Reported to the test process, so violations on every page visited count (not only the last page's).
  const violations: string[] = [];
  await page.exposeBinding('reportCsp', (_source, v: string) => void violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as never as { reportCsp(v: string): void }).reportCsp(`${location.pathname} ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const errors = watchErrors(page);
  const response = await page.goto('/?mode=assist');
  expect(response!.headers()['content-security-policy']).toBe(CSP);
  await page.locator('a.button-start').click();
  await answer(page, 'service', ['preschool-registration']);
  await answer(page, 'municipality', ['LV-RIX']);
  await answer(page, 'device', ['computer']);
  await answer(page, 'have', ['eid-card', 'smart-id']);
  await answer(page, 'pins', ['known']);
  await answer(page, 'software', ['unsure']);
  // Whether Smart-ID's level is asked depends on today's date: wait for whichever page comes.
  await expect(page.locator('.result, form[data-question="smart-id-level"]')).toBeVisible();
  if (await page.locator('form[data-question="smart-id-level"]').count()) await answer(page, 'smart-id-level', ['unsure']);
  await expect(page.locator('.result[data-complete]')).toBeVisible();
  await showResultQr(page);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('[data-assist-switch]').click();
  await page.goto('/en/link/');
  await page.locator('#lb-service').selectOption('preschool-registration');
  await page.locator('#lb-municipality').selectOption('LV-RIX');
  await expect(page.locator('[data-preview] a')).toHaveAttribute('href', /municipality=LV-RIX/);
  const download = page.waitForEvent('download');
  await page.locator('[data-download="png"]').click();
  await download;
  await page.goto('/ru/centres/');
  await expect(page.locator('.locate button')).toBeVisible(); // the lazy screen has loaded and hydrated
  expect(errors()).toEqual([]);
  // An unknown guide: the host answers 404 (Chromium logs that status), the app shows its own notice.
  const missing = await page.goto('/guide/not-a-guide/');
  expect(missing!.status()).toBe(404);
  await expect(page.locator('[data-guide-missing]')).toBeVisible();
  expect(violations).toEqual([]);
  expect(errors().filter((e) => !/status of 404/.test(e))).toEqual([]);
});

test('an inline script is refused (the policy is really enforced)', async ({ page }) => {
  await page.goto('/');
  const ran = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', () => done('blocked'), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    setTimeout(() => done((window as never as { __inline?: number }).__inline ? 'ran' : 'blocked'), 500);
  }));
  expect(ran).toBe('blocked');
});
