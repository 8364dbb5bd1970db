// The /rules/ pages for web editors and the link builder's warning, on a 360-px phone in every language:
// Ogre's preschool channel with its source, the question list, a pre-filled correction e-mail; axe clean.
import { test, expect } from '@playwright/test';
import { LANGS, prefix, expectAccessible, watchErrors, watchForeignRequests, expectReady } from './helpers';
import { waitForServiceWorker } from './sw-helpers';

for (const lang of LANGS) {
  test(`/rules/preschool-registration/LV-067/ shows Ogre's channel with its source (${lang})`, async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page, baseURL!);
    await page.goto(`${prefix(lang)}/rules/preschool-registration/LV-067/`);
    const rules = page.locator('[data-rules="municipality"]');
    await expect(rules).toHaveAttribute('data-municipality', 'LV-067');
    await expect(rules.locator('[data-channel="portal"]')).toContainText('piirinda.ogresnovads.lv');
    await expect(rules.locator('[data-sources] a[href^="https://www.izm.gov.lv/lv/pakalpojumi/berna-uznemsana-pasvaldibas-pii-rinda-ogres-novada-pasvaldiba"]')).toBeVisible();
    await expect(rules.locator('[data-graph] > li')).toHaveCount(11); // ten questions (smartphone among them), then the result
    await expect(rules.locator('[data-graph]')).not.toContainText('{{'); // facts named in a question are filled in
    const mailto = rules.locator('[data-mailto]');
    await expect(mailto).toHaveAttribute('href', /^mailto:[^?]+\?subject=e-Gatavs%3A%20preschool-registration%20%2F%20LV-067&body=.*%22municipality%22%3A%20%22LV-067%22/);
    await expect(rules.locator('[data-record]')).toContainText('"portal": "ogre-piirinda"');
    await expectReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
    await expectAccessible(page, `rules Ogre ${lang}`);
    if (process.env.SHOTS) await page.screenshot({ path: `test-results/rules-ogre-${lang}.png`, fullPage: true });
    expect(errors()).toEqual([]);
    expect(foreign()).toEqual([]);
  });

  test(`the link builder warns when the channel is not known, and shows what a resident will see (${lang})`, async ({ page }) => {
    await page.goto(`${prefix(lang)}/link/`);
    await expectReady(page);
    await page.locator('#lb-service').selectOption('preschool-registration');
    await page.locator('#lb-municipality').selectOption('LV-007'); // Alūksnes novads: no page found
    const warning = page.locator('[data-channel-warning="unknown"]');
    await expect(warning).toContainText('Alūksnes novads');
    await expect(warning.locator('[data-resident-sees]')).toContainText('aluksne.lv');
    await expect(page.locator('[data-rules-link]')).toHaveAttribute('href', `${prefix(lang)}/rules/preschool-registration/LV-007/`);
    await expectAccessible(page, `link builder warning ${lang}`);
    if (process.env.SHOTS) await page.screenshot({ path: `test-results/link-warning-${lang}.png`, fullPage: true });
    await page.locator('#lb-municipality').selectOption('LV-067'); // Ogre: known
    await expect(page.locator('[data-channel-warning]')).toHaveCount(0);
  });
}

test('the service page lists every municipality with its channel; an unknown municipality shows the not-found page', async ({ page }) => {
  await page.goto('/en/rules/preschool-registration/');
  await expect(page.locator('[data-rules="service"] tbody tr')).toHaveCount(42);
  await expect(page.locator('tr[data-row="LV-067"] a')).toHaveAttribute('href', '/en/rules/preschool-registration/LV-067/');
  await expectAccessible(page, 'rules service');
  await page.goto('/en/rules/preschool-registration/LV-999/');
  await expect(page.locator('[data-rules]')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('a /rules/ page is not precached but kept once visited', async ({ page, context }) => {
    await page.goto('/en/');
    await waitForServiceWorker(page);
    const urls = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat());
    expect(urls.filter((u) => u.includes('/rules/'))).toEqual([]);
    await page.goto('/en/rules/preschool-registration/LV-067/');
    await expect(page.locator('[data-rules="municipality"]')).toBeVisible();
    await context.setOffline(true);
    const again = await page.reload();
    expect(again?.fromServiceWorker()).toBe(true);
    await expect(page.locator('[data-rules="municipality"]')).toBeVisible();
    await context.setOffline(false);
  });
});
