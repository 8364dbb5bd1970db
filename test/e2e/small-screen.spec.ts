// Feature-phone size (240×320): a whole check without horizontal scrolling at any step.
import { test, expect, type Page } from '@playwright/test';
import { answer } from './helpers';

test.use({ viewport: { width: 240, height: 320 } });

const noHorizontalScroll = async (page: Page, where: string) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    `horizontal overflow on ${where}`,
  ).toBeLessThanOrEqual(0);

test('a check can be completed at 240×320 without horizontal scrolling', async ({ page }) => {
  await page.goto('/');
  await noHorizontalScroll(page, 'start');
  await page.locator('a.button-start').click();
  for (const [q, v] of [['service', 'residence-declaration'], ['device', 'computer'], ['have', 'eid-card'], ['pins', 'known'], ['software', 'yes'], ['smartphone', 'yes']] as const) {
    await expect(page.locator(`form[data-question="${q}"]`)).toBeVisible();
    await noHorizontalScroll(page, q);
    await answer(page, q, [v]);
  }
  await expect(page.locator('.result[data-complete]')).toHaveAttribute('data-verdict', 'after-steps');
  await noHorizontalScroll(page, 'result');
  await page.goto('/centres/');
  await noHorizontalScroll(page, 'centres');
});
