// The check in a real browser on a 360×740 phone viewport, in every language: the three personas of
// issue 2, with axe on every step and on each verdict.
import { test, expect } from '@playwright/test';
import { LANGS, prefix, answer, expectAccessible, watchErrors } from './helpers';

for (const lang of LANGS) {
  test.describe(`check (${lang})`, () => {
    test('bank login only: residence declaration today needs steps, and was online in mid-2024', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${prefix(lang)}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAccessible(page, 'start');
      await page.locator('a.button-start').click();
      await expect(page.locator('form[data-question="service"]')).toBeVisible();
      await expectAccessible(page, 'service question');
      await answer(page, 'service', ['residence-declaration']);
      await expectAccessible(page, 'device question');
      await answer(page, 'device', ['phone']);
      await expectAccessible(page, 'have question');
      await answer(page, 'have', ['internet-bank']);
      const result = page.locator('.result');
      await expect(result).toHaveAttribute('data-verdict', /after-steps|in-person/);
      await expect(page.locator('[data-means="internet-bank"] [data-item="accepted"]')).toHaveAttribute('data-status', 'missing');
      await expectAccessible(page, 'result after-steps');
      const url = new URL(page.url());
      url.searchParams.set('on', '2024-06-01');
      await page.goto(url.pathname + url.search.replace(/%2C/g, ','));
      await expect(page.locator('.result')).toHaveAttribute('data-verdict', 'online-now');
      await expectAccessible(page, 'result online-now');
      expect(errors()).toEqual([]);
    });

    test('eParaksts mobile: online now', async ({ page }) => {
      await page.goto(`${prefix(lang)}/check/next/?service=residence-declaration&device=phone&have=eparaksts-mobile`);
      await answer(page, 'eparaksts-status', ['works']);
      await expect(page.locator('.result')).toHaveAttribute('data-verdict', 'online-now');
    });

    test('eID card, known PINs, no reader, on a computer: a card reader comes first', async ({ page }) => {
      await page.goto(`${prefix(lang)}/check/next/?service=residence-declaration`);
      await answer(page, 'device', ['computer']);
      await answer(page, 'have', ['eid-card']);
      await expectAccessible(page, 'pins question');
      await answer(page, 'pins', ['known']);
      await answer(page, 'software', ['yes']);
      await expect(page.locator('.result')).toHaveAttribute('data-verdict', 'after-steps');
      await expect(page.locator('[data-item="card-reader"]')).toHaveAttribute('data-status', 'missing');
      await expect(page.locator('.way[data-rank="1"] [data-step]').first()).toHaveAttribute('data-step', 'get-card-reader');
      await expectAccessible(page, 'result eid');
    });
  });
}
