// npm run bench: builds, serves dist/ on 127.0.0.1 like the production host (gzip + _headers), runs
// Lighthouse 12 (mobile, default simulated throttling, Debian Chromium, a temporary profile) on four pages,
// three runs each, and writes bench/results.md and bench/results.json (medians).
// Options: BENCH_RUNS=3, BENCH_PORT=4314, CHROME_PATH=/usr/bin/chromium, BENCH_SKIP_BUILD=1, and
// BENCH_CPU_SLOWDOWN (default 4, Lighthouse's own; lower it only to calibrate a slow machine, and say so).
import { execSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { defaultConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4314);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
  { name: 'start', path: '/' },
  { name: 'question', path: '/check/service/' },
  { name: 'result (deep link)', path: '/result/?service=residence-declaration&device=phone&have=eparaksts-mobile&eparaksts-status=works' },
  { name: 'guide', path: '/guide/eid-pins/' },
];
const DEFAULT_THROTTLING = defaultConfig.settings?.throttling ?? {};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--lang=lv', '--accept-lang=lv,en']; // a Latvian browser: the start page is not redirected to /en/

if (!process.env.BENCH_SKIP_BUILD) execSync('npm run build', { stdio: 'inherit' });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Bytes the page itself transferred (gzip on the wire), by type; the service worker's precache fetches excluded. */
function bytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const sum = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, precache: 0 };
  for (const r of items) {
    if (r.sessionTargetType && r.sessionTargetType !== 'page') { sum.precache += r.transferSize ?? 0; continue; }
    const size = r.transferSize ?? 0;
    const key = r.resourceType === 'Document' ? 'html' : r.resourceType === 'Stylesheet' ? 'css' : r.resourceType === 'Script' ? 'js' : 'other';
    sum[key] += size;
    sum.total += size;
    sum.requests += 1;
  }
  return sum;
}

const profile = mkdtempSync(join(tmpdir(), 'e-gatavs-bench-'));
const server = await serve('dist', PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: FLAGS,
  userDataDir: profile,
});
const results = [];
try {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(ORIGIN + page.path, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile',
        ...(process.env.BENCH_CPU_SLOWDOWN ? { throttling: { ...DEFAULT_THROTTLING, cpuSlowdownMultiplier: Number(process.env.BENCH_CPU_SLOWDOWN) } } : {}),
      });
      if (lhr.runtimeError) {
        console.error(`  ${page.path}: ${lhr.runtimeError.code} (${lhr.runtimeError.message.slice(0, 120)})`);
        runs.push({ error: lhr.runtimeError.code });
        break; // a page that does not load is reported, not retried
      }
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      runs.push({
        finalUrl: lhr.finalDisplayedUrl,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        bytes: bytes(lhr),
        failed,
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
      process.stdout.write(`  ${page.name} run ${i + 1}: perf ${runs.at(-1).scores.performance} (${runs.at(-1).finalUrl})\n`);
    }
    if (runs[0].error) {
      results.push({ page: page.name, path: page.path, error: runs[0].error });
      continue;
    }
    results.push({
      page: page.name,
      path: page.path,
      runs: RUNS,
      finalUrl: runs[0].finalUrl,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
      lcpMs: Math.round(median(runs.map((r) => r.lcp))),
      fcpMs: Math.round(median(runs.map((r) => r.fcp))),
      tbtMs: Math.round(median(runs.map((r) => r.tbt))),
      cls: Number(median(runs.map((r) => r.cls)).toFixed(3)),
      bytes: Object.fromEntries(Object.keys(runs[0].bytes).map((k) => [k, median(runs.map((r) => r.bytes[k]))])),
      benchmarkIndex: Math.round(median(runs.map((r) => r.benchmarkIndex))),
      auditsBelowFull: [...new Set(runs.flatMap((r) => r.failed))],
    });
  }
} finally {
  await chrome.kill();
  await new Promise((r) => server.close(r));
  rmSync(profile, { recursive: true, force: true });
}

const kb = (n) => (n / 1024).toFixed(1);
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const md = [
  `Lighthouse 12.8.2, mobile, ${process.env.BENCH_CPU_SLOWDOWN ? `simulated throttling with CPU slowdown ${process.env.BENCH_CPU_SLOWDOWN}× (NOT the default 4×)` : 'default (simulated) throttling'}, Debian Chromium, ${RUNS} runs per page, medians. ${date}.`,
  `Made with \`npm run bench\` (served by scripts/serve.mjs: gzip level 9 and the rules in dist/_headers).`,
  `Bytes are what the page itself transferred, gzip on the wire, KB; CSS is inline in the HTML; the service worker's`,
  `precache downloads after load are not counted.`,
  '',
  '| Page | HTML | CSS | JS | Total | LCP | TBT | CLS | Perf | A11y | Best pr. | SEO |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => r.error ? `| ${r.page} \`${r.path}\` | ${r.error} | | | | | | | | | | |` :
    `| ${r.page} \`${r.path.length > 30 ? r.path.slice(0, 30) + '…' : r.path}\` | ${kb(r.bytes.html)} | ${kb(r.bytes.css)} | ${kb(r.bytes.js)} | ${kb(r.bytes.total)} | ${(r.lcpMs / 1000).toFixed(1)} s | ${r.tbtMs} ms | ${r.cls} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`),
  '',
  'Targets: performance ≥ 98, accessibility 100, best practices 100, SEO 100.',
  `Lighthouse benchmarkIndex of this machine during the runs (median per page): ${results.filter((r) => !r.error).map((r) => r.benchmarkIndex).join(', ')}`
    + ' (a desktop is ~1000–2000; below that the 4× CPU slowdown over-states TBT).',
  ...results.filter((r) => r.auditsBelowFull?.length).map((r) => `- ${r.page}: audits below full score: ${r.auditsBelowFull.join(', ')}`),
  '',
].join('\n');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.md', md);
writeFileSync('bench/results.json', JSON.stringify({ date, lighthouse: '12.8.2', runs: RUNS, results }, null, 2) + '\n');
console.log('\n' + md);
const missed = results.filter((r) => r.error || r.scores.performance < 98 || r.scores.accessibility < 100 || r.scores['best-practices'] < 100 || r.scores.seo < 100);
if (missed.length) console.log(`Targets missed on: ${missed.map((r) => r.page).join(', ')}`);
