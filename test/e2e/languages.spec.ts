// Languages in a real browser: the address decides the language (no redirect after load), a browser or a
// remembered choice that prefers another language gets a one-line offer that moves nothing, ?lang= switches
// without reloading, every page's <title> names what is on it, and no rendered page leaves a {{placeholder}}
// or repeats a name in brackets. SHOTS=1 saves the result page at 360 px in every language.
import { test, expect, type Page } from '@playwright/test';
import { LANGS, prefix, answer, expectAccessible, expectReady, watchErrors } from './helpers';
import { prerenderRoutes } from '../../src/prerender-routes';
import { waitForServiceWorker } from './sw-helpers';

const RESULT = '/result/?service=e-health&device=phone&have=smart-id,internet-bank&smart-id-level=basic';
const OFFER = { lv: 'Šī lapa ir arī latviski', en: 'This page is also in English', ru: 'Эта страница есть на русском', uk: 'Ця сторінка є українською' };
const ERROR = { lv: 'Kļūda:', en: 'Error:', ru: 'Ошибка:', uk: 'Помилка:' };
const GENERIC = ['e-Gatavs', 'e-Gatavs – vai varat to izdarīt tiešsaistē?'];

/** Layout shifts the page reports (none is user-initiated here). */
const shifts = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  let sum = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(sum), 300);
}));

test.describe('an English browser on a Latvian address', () => {
  test.use({ locale: 'en-GB' });

  test('stays Latvian, offers English in one line that moves nothing, and downloads nothing twice', async ({ page }) => {
    const errors = watchErrors(page);
    const seen = new Map<string, number>();
    page.on('request', (r) => seen.set(r.url(), (seen.get(r.url()) ?? 0) + 1));
    await page.goto('/check/service/');
    await expectReady(page);
    expect(new URL(page.url()).pathname).toBe('/check/service/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    const offer = page.locator('.lang-offer[lang="en"]');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveText(new RegExp(OFFER.en));
    await expect(page.locator('.lang-offer:visible')).toHaveCount(1);
    expect(await shifts(page)).toBe(0);
    await expectAccessible(page, 'offer line');
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    // Taking the offer keeps the page and remembers the choice.
    await offer.locator('a').click();
    await expect(page).toHaveURL(/\/en\/check\/service\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => localStorage.getItem('e-gatavs.lang'))).toBe('en');
    expect(errors()).toEqual([]);
  });

  test('closing the line keeps it closed', async ({ page }) => {
    await page.goto('/');
    await expectReady(page);
    await page.locator('.lang-offer[lang="en"] .offer-close').click();
    await expect(page.locator('.lang-offer:visible')).toHaveCount(0);
    await page.reload();
    await expectReady(page);
    await expect(page.locator('.lang-offer:visible')).toHaveCount(0);
  });

  test('the link builder’s Latvian link opens Latvian', async ({ page }) => {
    await page.goto('/?service=residence-declaration');
    await expectReady(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
  });

  test('no offer in assisted mode', async ({ page }) => {
    await page.goto('/?mode=assist');
    await expectReady(page);
    await expect(page.locator('.lang-offer:visible')).toHaveCount(0);
  });
});

test.describe('a Ukrainian browser', () => {
  test.use({ locale: 'uk-UA' });
  test('is offered Ukrainian on a Russian page', async ({ page }) => {
    await page.goto('/ru/');
    await expect(page.locator('.lang-offer[lang="uk"]')).toBeVisible();
    await expect(page.locator('.lang-offer[lang="uk"]')).toContainText(OFFER.uk);
  });
});

test('a Latvian browser sees no offer', async ({ page }) => {
  await page.goto('/');
  await expectReady(page);
  await expect(page.locator('.lang-offer:visible')).toHaveCount(0);
});

test('?lang= shows the asked language without loading the page again', async ({ page }) => {
  let documents = 0;
  page.on('request', (r) => r.resourceType() === 'document' && documents++);
  await page.goto('/check/have/?service=my-data&device=phone&lang=uk');
  await expect(page.locator('form[data-question="have"]')).toBeVisible();
  await expect(page).toHaveURL(/\/uk\/check\/have\/\?service=my-data&device=phone$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('h1')).toHaveText('Що з цього у вас є?');
  await expect(page).toHaveTitle('Що з цього у вас є? – e-Gatavs');
  expect(documents).toBe(1);
});

test('switching language remembers it; the result offers to forget it', async ({ page }) => {
  await page.goto('/result/?service=residence-declaration&device=phone&have=eparaksts-mobile&eparaksts-status=works');
  await expectReady(page);
  await expect(page.locator('[data-forget-language]')).toHaveCount(0); // nothing remembered: nothing to offer
  await page.locator('.langs a[lang="ru"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('[data-forget-language]')).toBeVisible();
  await page.locator('[data-forget-language]').click();
  await expect(page.locator('[role="status"]', { hasText: 'больше не помнит' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('e-gatavs.lang'))).toBeNull();
});

test('every prerendered page has a specific title; errors say so first', async ({ request }) => {
  const titles = new Map<string, string>();
  for (const path of prerenderRoutes) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    titles.set(path, title);
    const lang = (/^\/(en|ru|uk)\//.exec(path)?.[1] ?? 'lv') as keyof typeof ERROR;
    expect(title, path).toMatch(/ – e-Gatavs$/);
    expect(GENERIC, path).not.toContain(title);
    if (path.endsWith('/404/')) expect(title, path).toMatch(new RegExp(`^${ERROR[lang]} `));
  }
  // Each question names its own step: no two question pages share a title.
  const questions = [...titles].filter(([p]) => /^\/check\/(?!next)/.test(p)).map(([, t]) => t);
  expect(new Set(questions).size).toBe(questions.length);
});

for (const lang of LANGS) {
  test.describe(`titles and words (${lang})`, () => {
    test('a directly opened question, its error, and a result name the step or verdict', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${prefix(lang)}/check/have/?service=my-data&device=phone`);
      await expectReady(page);
      const h1 = await page.locator('form[data-question="have"] h1').textContent();
      await expect(page).toHaveTitle(`${h1} – e-Gatavs`);
      await page.locator('form[data-question] button[type="submit"]').click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expect(page).toHaveTitle(`${ERROR[lang]} ${h1} – e-Gatavs`);
      await answer(page, 'have', ['smart-id']);
      await answer(page, 'smart-id-level', ['qualified']);
      await expect(page.locator('.result[data-complete]')).toHaveAttribute('data-verdict', 'online-now');
      const verdict = await page.locator('.result h1').textContent();
      await expect(page).toHaveTitle(new RegExp(`: ${verdict!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – e-Gatavs$`));
      expect(errors()).toEqual([]);
      // An unknown page is answered with its language's 404 page and a 404 status (scripts/serve.mjs), which the
      // console reports; nothing else may go wrong.
      await page.goto(`${prefix(lang)}/check/nonsense/`);
      await expect(page).toHaveTitle(new RegExp(`^${ERROR[lang]} `));
      expect(errors().filter((e) => !/status of 404/.test(e))).toEqual([]);
    });

    test('pages reached inside the app (no reload) get their own title', async ({ page }) => {
      await page.goto(`${prefix(lang)}/`);
      await expectReady(page);
      for (const href of ['/centres/', '/guide/', '/link/']) {
        await page.locator(`footer a[href="${prefix(lang)}${href}"]`).click();
        await expect(page.locator('main h1')).toBeVisible();
        const h1 = (await page.locator('main h1').textContent())!.trim();
        // The page's heading (the link builder's title adds who it is for), then the service.
        await expect(page, href).toHaveTitle(new RegExp(`^${h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* – e-Gatavs$`));
      }
    });

    test('the result leaves no placeholder and repeats no name in brackets', async ({ page }) => {
      await page.goto(prefix(lang) + RESULT);
      await expect(page.locator('.result[data-complete]')).toBeVisible();
      await page.locator('details.other-ways summary').click();
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/\{\{|\}\}|\$t\(/);
      const repeated = [...text.matchAll(/([^\s()]+(?: [^\s()]+)?) \(\1\)/g)].map((m) => m[0]);
      expect(repeated).toEqual([]);
      expect(text).not.toMatch(/\([^()\n]*\(/);
      if (process.env.SHOTS) {
        await page.locator('details.other-ways').evaluate((d) => d.removeAttribute('open'));
        await page.screenshot({ path: `test-results/result-${lang}-360.png`, fullPage: true });
      }
    });
  });
}

test.describe('offline, one language at a time', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the worker caches the language in use, and the one switched to', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    const cachedLangs = () => page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith('e-gatavs-lang-'))!;
      const paths = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('/index.html'));
      return [...new Set(paths.map((p) => /^\/(en|ru|uk)\//.exec(p)?.[1] ?? 'lv'))].sort();
    });
    expect(await cachedLangs()).toEqual(['lv']);
    await page.locator('.langs a[lang="uk"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect.poll(cachedLangs, { timeout: 15_000 }).toEqual(['lv', 'uk']);
    await context.setOffline(true);
    await page.goto('/uk/result/?service=residence-declaration&device=phone&have=eparaksts-mobile&eparaksts-status=works');
    await expect(page.locator('.result[data-complete]')).toHaveAttribute('data-verdict', 'online-now');
    await page.locator('.langs a[lang="lv"]').click(); // the switch, offline, back to a language in use
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    await expect(page.locator('.result[data-complete]')).toHaveAttribute('data-verdict', 'online-now');
    const never = await page.goto('/ru/'); // a language never used: its page is not here, a 404 page in one that is
    expect(never?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
  });
});
