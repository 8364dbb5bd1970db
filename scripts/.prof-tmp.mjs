import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
const [dir, path] = process.argv.slice(2);
const server = await serve(dir, 4440);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 360, height: 640 } });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await p.goto('http://127.0.0.1:4440' + path);
await p.waitForSelector('.verdict h1, form[data-question]');
await p.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
const nav = await p.evaluate(() => { const lcp = performance.getEntriesByType('largest-contentful-paint'); return { ready: performance.now() }; });
// self time by function+url
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
const byUrl = new Map(); for (const [id, us] of counts) { const n = byId.get(id); const u = n.callFrame.url.split('/').pop() || n.callFrame.functionName; byUrl.set(u, (byUrl.get(u) ?? 0) + us); }
console.log('by url (ms):', [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(' | '));
console.log('top self (ms):\n' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`).join('\n'));
await b.close(); server.close();
