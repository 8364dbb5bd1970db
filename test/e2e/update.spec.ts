// Updates never lose answers: version 1 is open mid-check, version 2 is deployed, the page is reloaded
// (still version 1, from the service worker) and offers the new version without interrupting; accepting
// it shows version 2 with the same screen and the same answers.
// Builds two versions into temporary folders and serves them with a static server whose root is swapped.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { answer } from './helpers';
import { staticServer, waitForServiceWorker } from './sw-helpers';

const PORT = Number(process.env.UPDATE_PORT ?? 4313);
const base = `http://127.0.0.1:${PORT}`;
let dirs: string[] = [];
let root = '';
let server: Server;

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const tmp = mkdtempSync(join(tmpdir(), 'e-gatavs-update-'));
  dirs = ['v1', 'v2'].map((v) => {
    const out = join(tmp, v);
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, E_GATAVS_BUILD_MARK: v, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: 'pipe',
      timeout: 110_000,
    });
    return out;
  });
  root = dirs[0];
  server = await staticServer(() => root, PORT);
});

test.afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (dirs[0]) rmSync(join(dirs[0], '..'), { recursive: true, force: true });
});

test('a new version is offered politely and keeps the answers', async ({ page }) => {
  await page.goto(`${base}/check/next/?service=residence-declaration`);
  await expect(page.locator('[data-build="v1"]')).toBeVisible();
  await answer(page, 'device', ['phone']);
  await expect(page.locator('form[data-question="have"]')).toBeVisible();
  await waitForServiceWorker(page);
  const midCheck = page.url();

  root = dirs[1]; // deploy version 2
  await page.reload();
  // Still version 1 (from the service worker), mid-check, and the banner offers version 2 without moving on.
  await expect(page.locator('[data-update="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-build="v1"]')).toBeVisible();
  await expect(page.locator('form[data-question="have"]')).toBeVisible();
  expect(page.url()).toBe(midCheck);
  await expect(page.locator('[role="status"]')).toContainText('Ir gatava jauna versija');
  // The person keeps answering; the banner stays put and nothing reloads.
  await page.locator('input[name="have"][value="eparaksts-mobile"]').check();
  await expect(page.locator('[data-update="ready"]')).toBeVisible();

  await Promise.all([page.waitForEvent('load'), page.locator('[data-update="ready"] button').first().click()]);
  await expect(page.locator('[data-build="v2"]')).toBeVisible();
  expect(page.url()).toBe(midCheck);
  await expect(page.locator('form[data-question="have"]')).toBeVisible();
  await expect(page.locator('[data-update="ready"]')).toHaveCount(0);
  // The answers given before the update are still there: finishing the check uses them.
  await answer(page, 'have', ['eparaksts-mobile']);
  await answer(page, 'eparaksts-status', ['works']);
  await expect(page.locator('.result[data-complete]')).toHaveAttribute('data-verdict', 'online-now');
  expect(new URL(page.url()).searchParams.get('service')).toBe('residence-declaration');
  expect(new URL(page.url()).searchParams.get('device')).toBe('phone');
});

test('two tabs: Reload works in each, whichever updated first; the old cache scheme is deleted', async ({ context }) => {
  root = dirs[0];
  const a = await context.newPage();
  await a.goto(`${base}/check/next/?service=residence-declaration&device=phone`);
  await waitForServiceWorker(a);
  // A cache under the earlier name scheme (as version 1 of the app named it), left behind by an old worker.
  await a.evaluate(async () => (await caches.open('e-gatavs-precache-v2-v1')).put('/x', new Response('x')));
  const b = await context.newPage();
  await b.goto(`${base}/check/next/?service=income-declaration&device=computer`);
  await expect(b.locator('[data-build="v1"]')).toBeVisible();

  root = dirs[1];
  await a.reload();
  await b.reload();
  await expect(a.locator('[data-update="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(b.locator('[data-update="ready"]')).toBeVisible({ timeout: 30_000 });
  const [urlA, urlB] = [a.url(), b.url()];
  await Promise.all([a.waitForEvent('load'), a.locator('[data-update="ready"] button').first().click()]);
  await expect(a.locator('[data-build="v2"]')).toBeVisible();
  // Tab B's controller changed already: its Reload must still reload.
  await Promise.all([b.waitForEvent('load', { timeout: 10_000 }), b.locator('[data-update="ready"] button').first().click()]);
  await expect(b.locator('[data-build="v2"]')).toBeVisible();
  expect([a.url(), b.url()]).toEqual([urlA, urlB]);
  const names = await a.evaluate(() => caches.keys());
  // Ours in the current scheme only: the shared files and the languages in use (src/sw.ts).
  expect(names.sort()).toEqual([`e-gatavs-lang-v1-${base}/`, `e-gatavs-precache-v1-${base}/`]);
  await a.close();
  await b.close();
});

test('an old tab that cannot load a chunk reloads once to the current version, same address, no loop', async ({ browser }) => {
  root = dirs[0];
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  // Documents requested: a new one asks for its screen's chunk before its load event (its HTML preloads it), so the
  // old document is told apart by its request, not by its load.
  let documents = 0;
  page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) documents++; });
  await page.goto(`${base}/`);
  await expect(page.locator('[data-build="v1"]')).toBeVisible();
  await expect(page.locator('html[data-ready]')).toBeAttached();
  // Version 2 is deployed; version 1's check chunk is gone from the server and the HTTP cache.
  root = dirs[1];
  // (Both test builds share chunk names, so the check chunk asked for by the old document stands for the old one.)
  const oldDocument = documents;
  await page.route(/\/assets\/Check-[^/]+\.js$/, (r) => (documents === oldDocument ? r.fulfill({ status: 404, body: '' }) : r.fallback()));
  await page.locator('a.button-start').click();
  await expect(page.locator('[data-build="v2"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('form[data-question="service"]')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/check/service/');

  // If even the current version cannot load it, one reload and no more (the guard).
  await page.route(/\/assets\/Check-[^/]+\.js$/, (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(`${base}/`);
  const before = loads;
  await page.locator('a.button-start').click();
  await page.waitForTimeout(3000);
  expect(loads - before).toBeLessThanOrEqual(1);
  await context.close();
});
