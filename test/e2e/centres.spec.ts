// The centre finder in a real browser on a 360×740 phone, in every language: axe on each state; a
// resident in Cēsis who shares their location sees Cēsis first with the right "open now"; denied,
// unavailable, timed-out and missing geolocation each get a useful screen; a municipality without data
// gets the honest fallback; no request leaves the app's origin.
import { test, expect, type Page } from '@playwright/test';
import { LANGS, prefix, expectAccessible, watchErrors, watchForeignRequests } from './helpers';

const CESIS = { latitude: 57.31, longitude: 25.27 };
// Friday 27 November 2026, 15:30 in Rīga (UTC+2): PMLP branches close at 16:00 on Fridays.
const FRIDAY_1530 = new Date('2026-11-27T13:30:00Z');
// The same Friday at 16:15: closed until Monday 9:00.
const FRIDAY_1615 = new Date('2026-11-27T14:15:00Z');

/** Makes the page's geolocation fail with a given PositionError code, or vanish altogether. */
async function breakGeolocation(page: Page, code: 2 | 3 | 'missing') {
  await page.addInitScript((c) => {
    if (c === 'missing') Object.defineProperty(Navigator.prototype, 'geolocation', { get: () => undefined, configurable: true });
    else
      navigator.geolocation.getCurrentPosition = (_ok, err) =>
        setTimeout(() => err?.({ code: c, message: 'test', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError), 50);
  }, code);
}

for (const lang of LANGS) {
  test.describe(`centres (${lang})`, () => {
    test('a resident in Cēsis who shares their location sees Cēsis first, open-now correct', async ({ page, context, baseURL }) => {
      const errors = watchErrors(page);
      const foreign = watchForeignRequests(page, baseURL!);
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation(CESIS);
      await page.clock.setFixedTime(FRIDAY_1530);
      await page.goto(`${prefix(lang)}/centres/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectAccessible(page, 'centres start');
      await page.locator('.locate button').click();
      const results = page.locator('[data-mode="location"]');
      await expect(results).toBeVisible();
      await expect(page.locator('#results')).toBeFocused();
      const vpvkac = results.locator('[data-list="vpvkac"] > li');
      await expect(vpvkac.first()).toHaveAttribute('data-place', 'cesis');
      await expect(vpvkac.first()).toContainText('Raunas iela 4, Cēsis');
      await expect(vpvkac.first()).toHaveAttribute('data-open', 'unknown'); // no source gives its hours
      await expect(vpvkac.first().locator('a[href="tel:+37164161800"]')).toBeVisible();
      // A link to a public map (works on iPhone and desktop too), searching for the street address.
      await expect(vpvkac.first().locator('a.map-link')).toHaveAttribute('href', 'https://www.openstreetmap.org/search?query=Raunas%20iela%204%2C%20C%C4%93sis%2C%20C%C4%93su%20nov.');
      // PMLP in Cēsis is known by town only (an old leaflet): call PMLP's information line first.
      const pmlpCesis = results.locator('[data-list="pmlp"] > li').first();
      await expect(pmlpCesis).toHaveAttribute('data-place', 'pmlp-cesis');
      await expect(pmlpCesis.locator('[data-call-first]')).toBeVisible();
      await expect(pmlpCesis.locator('a[href="tel:+37167209400"]')).toBeVisible();
      // The next one (Valmiera) has only PMLP's general branch hours: shown as such, never as "open now".
      const pmlp = results.locator('[data-list="pmlp"] > li').nth(1);
      await expect(pmlp).toHaveAttribute('data-place', 'pmlp-valmieras');
      await expect(pmlp).toHaveAttribute('data-open', 'general');
      await expect(pmlp.locator('table.hours')).toBeVisible();
      await expect(page.locator('[data-point="you"]')).toBeVisible();
      await expect(page.locator('[data-nearest-municipality]')).toHaveAttribute('data-nearest-municipality', 'LV-022');
      await expectAccessible(page, 'centres near Cēsis');
      await page.locator('[data-nearest-municipality]').click();
      await expect(page.locator('[data-mode="municipality"]')).toHaveAttribute('data-municipality', 'LV-022');
      expect(errors()).toEqual([]);
      expect(foreign()).toEqual([]);
    });

    test('after 16:15 on a Friday a centre with its own hours says it opens on Monday at 8:30', async ({ page }) => {
      await page.clock.setFixedTime(FRIDAY_1615);
      await page.goto(`${prefix(lang)}/centres/?municipality=LV-JUR`);
      const jurmala = page.locator('[data-mode="municipality"] li[data-place="jurmala"]');
      await expect(jurmala).toHaveAttribute('data-open', 'closed');
      await expect(jurmala.locator('[data-open-text]')).toContainText('8:30');
      await expect(jurmala.locator('[data-open-text]')).toContainText({ lv: 'pirmdiena', en: 'Monday', ru: 'понедельник', uk: 'понеділок' }[lang]);
    });

    test('the result page link preselects Cēsu novads and lists its nine centres', async ({ page }) => {
      await page.goto(`${prefix(lang)}/centres/?municipality=LV-022`);
      const results = page.locator('[data-mode="municipality"]');
      await expect(results).toHaveAttribute('data-municipality', 'LV-022');
      await expect(page.locator('select#municipality')).toHaveValue('LV-022');
      await expect(results.locator('[data-list="vpvkac"] > li')).toHaveCount(9);
      await expect(results.locator('[data-fallback]')).toHaveCount(0);
      await expectAccessible(page, 'Cēsu novads');
      if (process.env.SHOTS) await page.screenshot({ path: `test-results/centres-cesu-${lang}.png`, fullPage: true });
    });

    test('a municipality without data gets the honest fallback and the official list', async ({ page }) => {
      await page.goto(`${prefix(lang)}/centres/`);
      await expect(page.locator('.locate button')).toBeVisible(); // hydrated
      await page.locator('select#municipality').selectOption('LV-106'); // Ventspils novads
      await page.locator('form.choose button[type="submit"]').click();
      await expect(page).toHaveURL(/\?municipality=LV-106$/);
      const fallback = page.locator('[data-fallback="LV-106"]');
      await expect(fallback).toBeVisible();
      await expect(fallback).toContainText('Ventspils novads');
      await expect(fallback.locator('[data-contacts] a[href="http://ventspilsnovads.lv"]')).toBeVisible(); // the municipality's own website
      await expect(fallback.locator('a[href="https://www.pakalpojumucentri.lv/vpvkac"]')).toBeVisible();
      await expect(page.locator('[data-list="vpvkac"]')).toHaveCount(0);
      await expect(page.locator('[data-list="elsewhere"] > li')).toHaveCount(3);
      await expect(page.locator('[data-list="pmlp"] > li')).toHaveCount(1);
      await expectAccessible(page, 'fallback');
      if (process.env.SHOTS) await page.screenshot({ path: `test-results/centres-fallback-${lang}.png`, fullPage: true });
    });

    test('denied location: a useful message and the municipality list', async ({ page, context }) => {
      await context.clearPermissions();
      await page.goto(`${prefix(lang)}/centres/`);
      await page.locator('.locate button').click();
      const box = page.locator('[data-geo-error="denied"]');
      await expect(box).toBeVisible();
      await expect(box).toBeFocused();
      await expect(page.locator('select#municipality')).toBeVisible();
      await expect(page.locator('[data-mode]')).toHaveCount(0);
      await expectAccessible(page, 'denied');
      if (process.env.SHOTS) await page.screenshot({ path: `test-results/centres-denied-${lang}.png`, fullPage: true });
    });

    for (const [code, kind] of [[2, 'unavailable'], [3, 'timeout'], ['missing', 'unsupported']] as const) {
      test(`${kind} location: a useful message and the municipality list`, async ({ page }) => {
        await breakGeolocation(page, code);
        await page.goto(`${prefix(lang)}/centres/`);
        await page.locator('.locate button').click();
        await expect(page.locator(`[data-geo-error="${kind}"]`)).toBeVisible();
        await expect(page.locator('select#municipality')).toBeVisible();
        await expectAccessible(page, kind);
      });
    }
  });
}

test('an unknown municipality code in the link is dropped with a visible notice', async ({ page }) => {
  await page.goto('/en/centres/?municipality=LV-999');
  await expect(page.locator('[data-notice="municipality"]')).toContainText('LV-999');
  await expect(page.locator('[data-mode]')).toHaveCount(0);
});

for (const lang of LANGS) {
  test(`state cities list their own centres: Rīga and Jūrmala (${lang})`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    await page.goto(`${prefix(lang)}/centres/?municipality=LV-RIX`);
    const riga = page.locator('[data-mode="municipality"][data-municipality="LV-RIX"]');
    await expect(riga.locator('[data-fallback]')).toHaveCount(0);
    await expect(riga.locator('[data-count]')).toHaveAttribute('data-count', '1');
    await expect(riga.locator('[data-list="vpvkac"] > li[data-place="riga-apkaimes"] a[href="tel:+37180000800"]')).toBeVisible();
    // Rīga's PMLP divisions: the one with a confirmed address shows it, the others are known by town, with their phone.
    await expect(riga.locator('[data-list="pmlp"] > li')).toHaveCount(4);
    await expect(riga.locator('[data-list="pmlp"] > li[data-place="pmlp-rigas-1"]')).toContainText('Čiekurkalna 1. līnija 1');
    await expect(riga.locator('[data-list="pmlp"] > li[data-place="pmlp-rigas-2"] [data-call-first]')).toBeVisible();
    await expectAccessible(page, `Rīga ${lang}`);
    if (process.env.SHOTS) await page.screenshot({ path: `test-results/centres-riga-${lang}.png`, fullPage: true });

    await page.goto(`${prefix(lang)}/centres/?municipality=LV-JUR`);
    const jurmala = page.locator('[data-mode="municipality"][data-municipality="LV-JUR"]');
    await expect(jurmala.locator('[data-list="vpvkac"] > li')).toHaveCount(3);
    await expect(jurmala.locator('[data-list="vpvkac"]')).toContainText('Jomas ielā 1/5');
    await expect(jurmala.locator('[data-list="vpvkac"] > li').first()).toHaveAttribute('data-kind', 'municipal');
    await expectAccessible(page, `Jūrmala ${lang}`);
    if (process.env.SHOTS) await page.screenshot({ path: `test-results/centres-jurmala-${lang}.png`, fullPage: true });
    expect(foreign()).toEqual([]);
  });
}

test('an old link to Varakļānu novads shows Madonas novads, and says so', async ({ page }) => {
  await page.goto('/en/centres/?municipality=LV-102');
  await expect(page.locator('[data-notice="merged"]')).toContainText('Varakļānu novads → Madonas novads');
  await expect(page.locator('[data-mode="municipality"]')).toHaveAttribute('data-municipality', 'LV-059');
});
