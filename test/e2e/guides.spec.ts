// The seven guides in a real browser on a 360×740 phone viewport, in every language: each loads, is
// axe-clean, reads the same with JavaScript off, prints on at most two A4 pages, and is reached from a
// result's "What now?" link.
import { test, expect } from '@playwright/test';
import { LANGS, prefix, expectAccessible, pdfPages, watchErrors, watchForeignRequests } from './helpers';

const GUIDES = ['eid-pins', 'eid-computer', 'eparaksts-mobile', 'smart-id-level', 'no-eid-tools', 'lost-card', 'signed-documents'];


for (const lang of LANGS) {
  test.describe(`guides (${lang})`, () => {
    for (const id of GUIDES) {
      test(`${id}: loads, is accessible, has numbered steps and sources`, async ({ page, baseURL }) => {
        const errors = watchErrors(page);
        const foreign = watchForeignRequests(page, baseURL!);
        await page.goto(`${prefix(lang)}/guide/${id}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const guide = page.locator(`article[data-guide="${id}"]`);
        await expect(guide).toBeVisible();
        const h1 = guide.locator('h1');
        await expect(h1).not.toHaveText(new RegExp(`^${id}|\\.title$`));
        await expect(guide.locator('ol.guide-steps > li').first()).toBeVisible();
        await expect(guide.locator('.guide-facts dt')).toHaveCount(4);
        await expect(guide.locator('.guide-sources li').first()).toBeVisible();
        await expect(guide.locator('.guide-sources [data-checked]')).toHaveAttribute('data-checked', /^\d{4}-\d{2}-\d{2}$/);
        // No raw keys or empty placeholders leak through.
        await expect(guide).not.toContainText(/\{\{|parts\.|\.items\.|<\/?(lv|en|ru)>/);
        await expect(page).toHaveTitle(new RegExp(`^${(await h1.innerText()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        await expectAccessible(page, `${lang} guide ${id}`);
        expect(errors()).toEqual([]);
        expect(foreign()).toEqual([]);
      });
    }

    test('every guide reads the same with JavaScript switched off', async ({ browser, page }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const noJs = await context.newPage();
      for (const id of GUIDES) {
        const path = `${prefix(lang)}/guide/${id}/`;
        await page.goto(path);
        await noJs.goto(path);
        const withJs = page.locator(`article[data-guide="${id}"]`);
        await expect(withJs.locator('.guide-print')).toBeVisible(); // only the hydrated guide has it: compare with what the app drew
        const without = noJs.locator(`article[data-guide="${id}"]`);
        await expect(without.locator('h1')).toHaveText(await withJs.locator('h1').innerText());
        const steps = await withJs.locator('ol.guide-steps > li').allInnerTexts();
        expect(steps.length).toBeGreaterThan(0);
        expect(await without.locator('ol.guide-steps > li').allInnerTexts()).toEqual(steps);
        await expect(without.locator('.guide-sources li')).toHaveCount(await withJs.locator('.guide-sources li').count());
      }
      // The phone number to call for a lost card is a tel: link, without JavaScript too.
      await noJs.goto(`${prefix(lang)}/guide/lost-card/`);
      await expect(noJs.locator('a[href="tel:+37167108787"]').first()).toBeVisible();
      await context.close();
    });

    test('official labels in another language carry their own lang attribute', async ({ page }) => {
      await page.goto(`${prefix(lang)}/guide/eid-pins/`);
      const marked = page.locator('article[data-guide="eid-pins"] span[lang]');
      if (lang === 'lv') await expect(marked).toHaveCount(0);
      else await expect(marked.filter({ hasText: 'Atbloķēt PIN1' })).toHaveAttribute('lang', 'lv');
      await page.goto(`${prefix(lang)}/guide/eparaksts-mobile/`);
      const en = page.locator('article[data-guide="eparaksts-mobile"] span[lang="en"]', { hasText: 'Renew the highest level' });
      await expect(en).toHaveCount(lang === 'en' ? 0 : 1);
    });

    test('the list of guides and an unknown guide link to every guide', async ({ page }) => {
      await page.goto(`${prefix(lang)}/guide/`);
      await expect(page.locator('[data-guide-index] a[data-guide-link]')).toHaveCount(GUIDES.length);
      await expectAccessible(page, `${lang} guide index`);
      await page.goto(`${prefix(lang)}/guide/no-such-guide/`);
      await expect(page.locator('[data-guide-missing="no-such-guide"] h1')).toBeVisible();
      const links = page.locator('[data-guide-missing] a[data-guide-link]');
      await expect(links).toHaveCount(GUIDES.length);
      await expectAccessible(page, `${lang} unknown guide`);
      await links.nth(5).click();
      await expect(page.locator(`article[data-guide="${GUIDES[5]}"] h1`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${prefix(lang)}/guide/${GUIDES[5]}/$`));
    });

    test("a result's “What now?” link leads to its guide", async ({ page }) => {
      await page.goto(`${prefix(lang)}/result/?service=residence-declaration&device=computer&have=eid-card&pins=lost&software=yes&smartphone=yes`);
      const link = page.locator('a.what-now[data-guide="eid-pins"]').first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${prefix(lang)}/guide/eid-pins/$`));
      await expect(page.locator('article[data-guide="eid-pins"] h1')).toBeVisible();
      await expect(page.locator('article[data-guide="eid-pins"] [data-part="part-envelope"]')).toBeVisible();
      await expectAccessible(page, `${lang} guide from result`);
      // The result's one-page print rules stay loaded but must not strip the guide's sources from paper.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.guide-sources ul')).toBeVisible();
      await expect(page.locator('.guide-sources h2')).toBeVisible();
    });

    test('every guide prints on one or two A4 pages', async ({ page }, info) => {
      await page.emulateMedia({ media: 'print' });
      for (const id of GUIDES) {
        await page.goto(`${prefix(lang)}/guide/${id}/`);
        await expect(page.locator(`article[data-guide="${id}"]`)).toBeVisible();
        const pdf = await page.pdf({ format: 'A4', printBackground: true, path: info.outputPath(`${lang}-${id}.pdf`) });
        const pages = pdfPages(pdf);
        expect(pages, `${lang} ${id} prints on ${pages} pages`).toBeGreaterThanOrEqual(1);
        expect(pages, `${lang} ${id} prints on ${pages} pages`).toBeLessThanOrEqual(2);
      }
    });
  });
}
