// Real-browser tests in Debian's Chromium (never a downloaded browser). The project's one static server
// (scripts/serve.mjs, as `npm start` and the bench use) serves the built dist/ on 127.0.0.1 with the
// headers of dist/_headers; PORT lets parallel worktrees use their own.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  // Fail loudly: browser tests are never skipped silently.
  throw new Error(`Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
}
const PORT = Number(process.env.PORT ?? 4173);

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: 'test/e2e',
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI, // a stray test.only must not shrink CI to one green test
  timeout: 60_000,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 360, height: 740 },
    locale: 'lv-LV',
    serviceWorkers: 'block', // the offline specs opt in
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
