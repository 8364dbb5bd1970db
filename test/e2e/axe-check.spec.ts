// The accessibility check every spec relies on must itself fail on a violation: a guard against an axe setup
// (mode, tags, injection) that silently checks nothing.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './helpers';

test('the axe check fails on low contrast and an image without a text alternative', async ({ page }) => {
  await page.goto('/en/guide/eid-pins/');
  await expectAccessible(page);
  await page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('beforeend', '<p style="color:#eee">faint</p><img src="/icon.svg">');
  });
  const failure = await expectAccessible(page).then(() => 'passed', (e: Error) => e.message);
  expect(failure).toContain('color-contrast');
  expect(failure).toContain('image-alt');
});
