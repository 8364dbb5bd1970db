// Installable: Chromium reports no installability errors (DevTools protocol), and the manifest has what
// the issue asks for (Latvian short name, maskable PNG icons, shortcuts).
import { test, expect, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from './sw-helpers';

// Ordinary browser contexts are off-the-record, where Chromium never offers installation ("in-incognito"),
// so this test uses a real, temporary profile.
test('Chromium finds the app installable', async ({ baseURL, launchOptions }) => {
  const profile = mkdtempSync(join(tmpdir(), 'e-gatavs-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test('the manifest names, icons and shortcuts', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const m = await res.json();
  expect(m.short_name).toBe('e-Gatavs');
  expect(m.lang).toBe('lv');
  expect(m.start_url).toBe('/');
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of ['192x192', '512x512']) {
    const icon = m.icons.find((i: { sizes: string; purpose: string }) => i.sizes === size && i.purpose === 'maskable');
    expect(icon, `maskable ${size} icon`).toBeTruthy();
    const png = await request.get(icon.src);
    expect(png.headers()['content-type']).toContain('image/png');
  }
  expect(m.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/check/next/', '/centres/', '/en/check/next/', '/ru/check/next/', '/uk/check/next/']);
  for (const s of m.shortcuts) expect((await request.get(s.url)).ok()).toBe(true);
});
