// Renders the PNG icons in public/icons/ from public/icon.svg with Debian's Chromium (via Playwright).
// Run once when the icon changes: `node scripts/icons.mjs`; the PNGs are committed, so builds need no browser.
// "any" icons are the SVG as drawn; maskable icons put the mark inside the 80 % safe zone on a full-bleed fill.
import { chromium } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';

const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');
const out = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const jobs = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'maskable-192.png', size: 192, maskable: true },
  { name: 'maskable-512.png', size: 512, maskable: true },
  { name: 'apple-touch-icon.png', size: 180, maskable: true },
];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const { name, size, maskable } of jobs) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable: brand colour everywhere, the mark scaled to 70 % (inside the 80 % safe circle), no rounded corners.
  const inner = maskable ? Math.round(size * 0.7) : size;
  await page.setContent(`<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#0b4f6c' : 'transparent'}">
    <img src="${data}" width="${inner}" height="${inner}"></body>`);
  await page.waitForFunction(() => document.images[0].complete);
  await page.screenshot({ path: out + name, omitBackground: !maskable });
  console.log('wrote public/icons/' + name);
}
await browser.close();
