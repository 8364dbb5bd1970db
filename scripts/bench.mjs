// npm run bench: builds, serves dist/ on 127.0.0.1 like the production host (gzip + _headers), runs
// Lighthouse 12 (mobile, default simulated throttling, Debian Chromium, a temporary profile) on four pages,
// three runs each, as a Latvian, an English and a Russian browser (--lang/--accept-lang: navigator.languages
// and Accept-Language), side by side on the same Latvian addresses, as a municipal link opens them; and writes
// bench/results.md and bench/results.json (medians). Per page: LCP per browser against the Latvian one (target:
// within 5%), and any file one page load downloaded twice (a redirect after load would show here).
// Options: BENCH_RUNS=3, BENCH_PORT=4314, CHROME_PATH=/usr/bin/chromium, BENCH_SKIP_BUILD=1, BENCH_BROWSERS=lv,en,ru and
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
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Browsers whose languages are Latvian, English or Russian (as many residents' phones are set). */
const BROWSERS = { lv: ['lv', 'lv,en'], en: ['en-GB', 'en-GB,en'], ru: ['ru', 'ru,en'] };
const LANGS = (process.env.BENCH_BROWSERS ?? 'lv,en,ru').split(',').filter((l) => l in BROWSERS);

if (!process.env.BENCH_SKIP_BUILD) execSync('npm run build', { stdio: 'inherit' });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Bytes the page itself transferred (gzip on the wire), by type; the service worker's precache fetches excluded. */
function bytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const sum = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, precache: 0, twice: [] };
  const seen = new Map();
  for (const r of items) {
    if (r.sessionTargetType && r.sessionTargetType !== 'page') { sum.precache += r.transferSize ?? 0; continue; }
    const path = new URL(r.url).pathname; // the same file, whatever the query (a redirect would fetch it again)
    seen.set(path, (seen.get(path) ?? 0) + 1);
    if (seen.get(path) === 2) sum.twice.push(path);
    const size = r.transferSize ?? 0;
    const key = r.resourceType === 'Document' ? 'html' : r.resourceType === 'Stylesheet' ? 'css' : r.resourceType === 'Script' ? 'js' : 'other';
    sum[key] += size;
    sum.total += size;
    sum.requests += 1;
  }
  return sum;
}

const server = await serve('dist', PORT);
const results = [];
try {
 for (const browser of LANGS) {
  const [lang, acceptLang] = BROWSERS[browser];
  const profile = mkdtempSync(join(tmpdir(), 'e-gatavs-bench-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [...FLAGS, `--lang=${lang}`, `--accept-lang=${acceptLang}`],
    userDataDir: profile,
  });
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
      process.stdout.write(`  ${browser} browser, ${page.name} run ${i + 1}: perf ${runs.at(-1).scores.performance}, LCP ${Math.round(runs.at(-1).lcp)} ms (${runs.at(-1).finalUrl})\n`);
    }
    if (runs[0].error) {
      results.push({ browser, page: page.name, path: page.path, error: runs[0].error });
      continue;
    }
    results.push({
      browser,
      page: page.name,
      path: page.path,
      runs: RUNS,
      finalUrl: runs[0].finalUrl,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
      lcpMs: Math.round(median(runs.map((r) => r.lcp))),
      fcpMs: Math.round(median(runs.map((r) => r.fcp))),
      tbtMs: Math.round(median(runs.map((r) => r.tbt))),
      cls: Number(median(runs.map((r) => r.cls)).toFixed(3)),
      bytes: Object.fromEntries(Object.keys(runs[0].bytes).filter((k) => k !== 'twice').map((k) => [k, median(runs.map((r) => r.bytes[k]))])),
      twice: [...new Set(runs.flatMap((r) => r.bytes.twice))],
      benchmarkIndex: Math.round(median(runs.map((r) => r.benchmarkIndex))),
      auditsBelowFull: [...new Set(runs.flatMap((r) => r.failed))],
    });
  }
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
 }
} finally {
  await new Promise((r) => server.close(r));
}

const kb = (n) => (n / 1024).toFixed(1);
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ date, lighthouse: '12.8.2', runs: RUNS, browsers: LANGS, results }, null, 2) + '\n');
const ok = results.filter((r) => !r.error);
const of = (browser, page) => ok.find((r) => r.browser === browser && r.page === page.name);
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** Per page: each browser's LCP beside the Latvian one's, and any file a single page load downloaded twice. */
const sideBySide = PAGES.map((page) => {
  const base = of('lv', page);
  const cells = LANGS.map((l) => {
    const r = of(l, page);
    if (!r) return '–';
    const ratio = base && l !== 'lv' ? ` (${r.lcpMs <= base.lcpMs * 1.05 ? '' : '⚠ '}${((r.lcpMs / base.lcpMs - 1) * 100).toFixed(0)}%)` : '';
    return `${sec(r.lcpMs)}${ratio}`;
  });
  const twice = [...new Set(LANGS.flatMap((l) => (of(l, page)?.twice ?? []).map((p) => `${l}: ${p}`)))];
  const urls = [...new Set(LANGS.map((l) => of(l, page)?.finalUrl?.replace(ORIGIN, '')).filter(Boolean))];
  return `| ${page.name} | ${cells.join(' | ')} | ${twice.length ? '⚠ ' + twice.join(', ') : 'none'} | ${urls.length === 1 ? 'same' : urls.join(' / ')} |`;
});
const md = [
  `Lighthouse 12.8.2, mobile, ${process.env.BENCH_CPU_SLOWDOWN ? `simulated throttling with CPU slowdown ${process.env.BENCH_CPU_SLOWDOWN}× (NOT the default 4×)` : 'default (simulated) throttling'}, Debian Chromium, ${RUNS} run${RUNS === 1 ? '' : 's'} per page and browser, medians. ${date}.`,
  `Made with \`npm run bench\` (served by scripts/serve.mjs: gzip level 9 and the rules in dist/_headers).`,
  `Bytes are what the page itself transferred, gzip on the wire, KB; CSS is inline in the HTML; the service worker's`,
  `precache downloads after load are not counted.`,
  '',
  `The same Latvian addresses opened by a ${LANGS.map((l) => ({ lv: 'Latvian', en: 'English', ru: 'Russian' })[l]).join(', ')} browser (navigator.languages and Accept-Language),`,
  'as a municipal link is opened. LCP, and in brackets the difference from the Latvian browser (target: within 5%);',
  'files one page load downloaded twice; whether every browser ended on the same address (no redirect).',
  '',
  `| Page | ${LANGS.map((l) => `LCP, ${l} browser`).join(' | ')} | Downloaded twice | Final address |`,
  `|---|${LANGS.map(() => '---:').join('|')}|---|---|`,
  ...sideBySide,
  '',
  'Each browser in full. Bytes are what the page itself transferred, gzip on the wire, KB; CSS is inline in the HTML;',
  "the service worker's cache downloads after load are not counted.",
  '',
  '| Browser | Page | HTML | CSS | JS | Total | LCP | TBT | CLS | Perf | A11y | Best pr. | SEO |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => r.error ? `| ${r.browser} | ${r.page} \`${r.path}\` | ${r.error} | | | | | | | | | | |` :
    `| ${r.browser} | ${r.page} \`${r.path.length > 30 ? r.path.slice(0, 30) + '…' : r.path}\` | ${kb(r.bytes.html)} | ${kb(r.bytes.css)} | ${kb(r.bytes.js)} | ${kb(r.bytes.total)} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms | ${r.cls} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`),
  '',
  'Targets: performance ≥ 98, accessibility 100, best practices 100, SEO 100; every browser within 5% of the Latvian LCP; nothing downloaded twice.',
  `Lighthouse benchmarkIndex of this machine during the runs (median per page): ${ok.map((r) => r.benchmarkIndex).join(', ')}`
    + ' (a desktop is ~1000–2000; below that the 4× CPU slowdown over-states TBT).',
  ...results.filter((r) => r.auditsBelowFull?.length).map((r) => `- ${r.browser} ${r.page}: audits below full score: ${r.auditsBelowFull.join(', ')}`),
  '',
].join('\n');
writeFileSync('bench/results.md', md);
console.log('\n' + md);
const slow = (r) => { const base = of('lv', { name: r.page }); return base && r.lcpMs > base.lcpMs * 1.05; };
const missed = results.filter((r) => r.error || r.scores.performance < 98 || r.scores.accessibility < 100 || r.scores['best-practices'] < 100 || r.scores.seo < 100 || r.twice.length || slow(r));
if (missed.length) console.log(`Targets missed on: ${missed.map((r) => `${r.browser} ${r.page}`).join(', ')}`);
