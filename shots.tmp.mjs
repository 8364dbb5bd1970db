import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4201';
const urls = {
  ex1q: '/result/?service=residence-declaration&device=computer&have=eid-card&pins=lost&software=unsure',
  ex1: '/result/?service=residence-declaration&device=computer&have=eid-card&pins=lost&software=unsure&smartphone=no',
  ex2: '/result/?service=preschool-registration&municipality=LV-RIX&device=phone&have=internet-bank',
  ex3: '/result/?service=preschool-registration&municipality=LV-067&device=phone&have=eparaksts-mobile&eparaksts-status=works',
  ur: '/result/?service=company-registration&device=phone&have=smart-id&smart-id-level=qualified',
  fee24: '/result/?service=residence-declaration&device=phone&have=none&on=2024-06-01',
  fee26: '/result/?service=residence-declaration&device=phone&have=none',
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
const only = process.argv.slice(2);
for (const lang of (process.env.LANGS ?? ',/en,/ru').split(',')) for (const [name, u] of Object.entries(urls)) {
  if (only.length && !only.includes(name)) continue;
  await page.goto(base + lang + u);
  await page.waitForSelector('.result, form[data-question]');
  await page.waitForTimeout(300);
  const file = `/tmp/facts/${name}-${lang.replace('/', '') || 'lv'}.png`;
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < Math.min(h, 3600); y += 900, i++)
    await page.screenshot({ path: file.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y, width: 360, height: Math.min(900, h - y) } });
  const v = await page.locator('.result').getAttribute('data-verdict').catch(() => null);
  const q = await page.locator('form[data-question]').getAttribute('data-question').catch(() => null);
  console.log(file, v ?? 'question:' + q);
}
await browser.close();
