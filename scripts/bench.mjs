// npm run bench: a comparison, not a test (issue #11). Builds dist/ and a peer page (scripts/bench-peer/build.mjs: the
// same Latvian service question as a GOV.UK Frontend page, from the govuk-frontend devDependency), serves each folder
// with scripts/serve.mjs (gzip level 9; dist/ with its _headers) on 127.0.0.1 (BENCH_PORT, the peer on a free port), and
// runs Lighthouse (mobile, default simulated throttling, Debian Chromium, a temporary profile per browser) on the peer
// and every e-Gatavs page type, as a Latvian, an English and a Russian browser (--lang/--accept-lang:
// navigator.languages and Accept-Language) opening the same Latvian addresses, as a municipal link opens them.
// Each run goes round the peer and every page in turn, so slow spells of a busy machine fall on both alike.
// Medians over BENCH_RUNS go to bench/results.md and bench/results.json, with a compact table on the console.
// Accessibility, best practices and SEO (deterministic) are audited in each browser's first run only.
//
// Each page's LCP, FCP, TBT, bytes before paint and total bytes are reported as a ratio to the peer's, measured in the
// same browser, with the absolute figures beside them; per page, each browser's LCP against the Latvian browser's
// (issue #14: within 5%) and any file one page load downloaded twice (a redirect after load would show here).
//
// Definitions.
// - LCP, FCP, TBT, CLS: Lighthouse's (simulated) values.
// - Total bytes: transfer size (gzip on the wire, headers included) of the page's own requests; the service worker's
//   precache downloads after load are not counted (their sessionTargetType is not 'page').
// - Bytes before paint: what the first paint had to wait for: the main document plus every request Chrome itself
//   marked render-blocking (trace event ResourceSendRequest, args.data.renderBlocking 'blocking' or
//   'in_body_parser_blocking') that finished before the observed first contentful paint (trace ResourceFinish ts
//   against metrics' observedFirstContentfulPaintTs: one clock). Transfer sizes as for total bytes. Not "everything
//   that happened to arrive before the paint": on loopback a deferred module script often lands before the first
//   paint without the paint waiting for it. Fonts (font-display) and images do not block the paint and are not counted.
// - Downloaded twice: a path (query ignored) the page fetched twice with bytes on the wire (a cache hit is not a
//   download).
// - The request chain of the deep-linked result (first browser, the run with the median LCP): Lighthouse's
//   network-dependency-tree-insight (each request under the one that started it; observed, unthrottled times), and
//   every request of that load by start time with the observed FCP and LCP between them (the lead's before/after).
//
// Options: BENCH_RUNS=3, BENCH_PORT=4314, BENCH_PEER_PORT (default: a free one), BENCH_BROWSERS=lv,en,ru,
// BENCH_PAGES=start,question,result,guide,centres,link,open,rules (a subset; the peer always runs),
// CHROME_PATH=/usr/bin/chromium, BENCH_SKIP_BUILD=1, and BENCH_CPU_SLOWDOWN (default 4, Lighthouse's own; lower it
// only to calibrate a slow machine, and say so).
import { execSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { defaultConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
import { buildPeer, PEER_PATH, PEER_VERSION, services } from './bench-peer/build.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4314);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RESULT = '/result/?service=residence-declaration&device=phone&have=eparaksts-mobile&eparaksts-status=works';
const ALL_PAGES = [
  { id: 'start', name: 'start', path: '/' },
  { id: 'question', name: 'question', path: '/check/service/' },
  { id: 'result', name: 'result (deep link)', path: RESULT },
  { id: 'guide', name: 'guide', path: '/guide/eid-pins/' },
  { id: 'centres', name: 'centres', path: '/centres/?municipality=LV-022' },
  { id: 'link', name: 'link builder', path: '/link/' },
  { id: 'open', name: 'signed-document opener', path: '/open/' },
  { id: 'rules', name: 'rules', path: '/rules/preschool-registration/LV-067/' },
];
const WANTED = process.env.BENCH_PAGES?.split(',').map((s) => s.trim());
const PAGES = WANTED ? ALL_PAGES.filter((p) => WANTED.includes(p.id)) : ALL_PAGES;
if (WANTED && PAGES.length !== WANTED.length) throw new Error(`BENCH_PAGES: unknown page; known: ${ALL_PAGES.map((p) => p.id).join(',')}`);
const PEER = { id: 'peer', name: `peer (GOV.UK Frontend ${PEER_VERSION})`, path: PEER_PATH, peer: true };
const DEFAULT_THROTTLING = defaultConfig.settings?.throttling ?? {};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Browsers whose languages are Latvian, English or Russian (as many residents' phones are set). */
const BROWSERS = { lv: ['lv', 'lv,en'], en: ['en-GB', 'en-GB,en'], ru: ['ru', 'ru,en'] };
const LANGS = (process.env.BENCH_BROWSERS ?? 'lv,en,ru').split(',').filter((l) => l in BROWSERS);
const BROWSER_NAMES = { lv: 'Latvian', en: 'English', ru: 'Russian' };

const started = Date.now();
if (!process.env.BENCH_SKIP_BUILD) execSync('npm run build', { stdio: 'inherit' });
const peerDir = buildPeer(join('bench', 'out', 'peer'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pageRequests = (lhr) => (lhr.audits['network-requests']?.details?.items ?? [])
  .filter((r) => !r.sessionTargetType || r.sessionTargetType === 'page');

/** Bytes the page itself transferred, by type; the service worker's precache fetches apart. */
function bytes(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const sum = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, precache: 0, twice: [] };
  const seen = new Map();
  for (const r of items) {
    if (r.sessionTargetType && r.sessionTargetType !== 'page') { sum.precache += r.transferSize ?? 0; continue; }
    const size = r.transferSize ?? 0;
    const path = new URL(r.url).pathname; // the same file, whatever the query (a redirect would fetch it again)
    if (size > 0) {
      seen.set(path, (seen.get(path) ?? 0) + 1);
      if (seen.get(path) === 2) sum.twice.push(path);
    }
    const key = r.resourceType === 'Document' ? 'html' : r.resourceType === 'Stylesheet' ? 'css' : r.resourceType === 'Script' ? 'js' : 'other';
    sum[key] += size;
    sum.total += size;
    sum.requests += 1;
  }
  return sum;
}

/** The main document and the requests Chrome marked render-blocking that finished before the observed FCP (see top). */
function beforePaint(lhr, trace) {
  const fcpTs = lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaintTs;
  const items = pageRequests(lhr);
  const doc = items.find((r) => r.resourceType === 'Document');
  const sizeOf = (url) => items.find((r) => r.url === url && r.transferSize > 0)?.transferSize ?? 0;
  const sent = new Map();
  const finished = new Map();
  for (const e of trace?.traceEvents ?? []) {
    if (e.name === 'ResourceSendRequest') sent.set(e.args.data.requestId, e.args.data);
    else if (e.name === 'ResourceFinish' && !finished.has(e.args.data.requestId)) finished.set(e.args.data.requestId, e.ts);
  }
  const files = [];
  for (const [id, d] of sent) {
    if (!['blocking', 'in_body_parser_blocking'].includes(d.renderBlocking) || d.url === doc?.url) continue;
    if (!(finished.get(id) <= fcpTs)) continue;
    files.push({ url: d.url, bytes: sizeOf(d.url) });
  }
  const unique = [...new Map(files.map((f) => [f.url, f])).values()];
  return {
    bytes: (doc?.transferSize ?? 0) + unique.reduce((s, f) => s + f.bytes, 0),
    files: [doc?.url, ...unique.map((f) => f.url)].filter(Boolean).map((u) => new URL(u).pathname),
  };
}

/** The request tree of network-dependency-tree-insight, flattened to [{ depth, path, endMs, bytes }]. */
function chain(lhr) {
  const section = lhr.audits['network-dependency-tree-insight']?.details?.items?.find((i) => i.value?.type === 'network-tree');
  const out = [];
  const walk = (nodes, depth) => {
    for (const n of Object.values(nodes ?? {}).sort((a, b) => a.navStartToEndTime - b.navStartToEndTime)) {
      const u = new URL(n.url);
      out.push({ depth, path: u.pathname + u.search, endMs: Math.round(n.navStartToEndTime), bytes: n.transferSize ?? 0 });
      walk(n.children, depth + 1);
    }
  };
  walk(section?.value?.chains, 0);
  // Every request of the page by start time, modulepreloads included (the tree leaves preloads out), with the
  // observed first contentful and largest contentful paint on the same clock (ms from the first request).
  const t0 = lhr.audits['network-requests']?.details?.debugData?.networkStartTimeTs;
  const m = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const at = (ts) => (t0 && ts ? Math.round((ts - t0) / 1000) : null);
  const waterfall = pageRequests(lhr)
    .map((r) => ({ path: new URL(r.url).pathname + new URL(r.url).search, type: r.resourceType, startMs: Math.round(r.networkRequestTime ?? 0), endMs: Math.round(r.networkEndTime ?? 0), bytes: r.transferSize ?? 0 }))
    .sort((a, b) => a.startMs - b.startMs);
  return { requests: out, longestMs: Math.round(section?.value?.longestChain?.duration ?? 0), waterfall,
    observedFcpMs: at(m.observedFirstContentfulPaintTs), observedLcpMs: at(m.observedLargestContentfulPaintTs) };
}

/** Accessibility, best practices and SEO do not vary from run to run: audited in the first run only, and never for the peer. */
async function measure(port, origin, page, run) {
  const categories = page.peer || run > 0 ? ['performance'] : CATEGORIES;
  const runnerResult = await lighthouse(origin + page.path, {
    port, output: 'json', logLevel: 'error', onlyCategories: categories, formFactor: 'mobile',
    ...(process.env.BENCH_CPU_SLOWDOWN ? { throttling: { ...DEFAULT_THROTTLING, cpuSlowdownMultiplier: Number(process.env.BENCH_CPU_SLOWDOWN) } } : {}),
  });
  const { lhr, artifacts } = runnerResult;
  if (lhr.runtimeError) return { error: lhr.runtimeError.code, message: lhr.runtimeError.message };
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
    .map((a) => a.id);
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    finalUrl: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bytes: bytes(lhr),
    beforePaint: beforePaint(lhr, artifacts?.Trace),
    chain: page.id === 'result' ? chain(lhr) : undefined,
    failed,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const server = await serve('dist', PORT);
// The peer on a free port (another origin, so neither shares the other's cache or service worker).
const peerServer = await serve(peerDir, Number(process.env.BENCH_PEER_PORT ?? 0));
const PEER_ORIGIN = `http://127.0.0.1:${peerServer.address().port}`;
/** browser -> page id -> runs */
const runsOf = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries([PEER, ...PAGES].map((p) => [p.id, []]))]));
let lighthouseVersion = '';
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
      for (let i = 0; i < RUNS; i++) {
        for (const page of [PEER, ...PAGES]) {
          const runs = runsOf[browser][page.id];
          if (runs[0]?.error) continue; // a page that does not load is reported, not retried
          const r = await measure(chrome.port, page.peer ? PEER_ORIGIN : ORIGIN, page, i);
          runs.push(r);
          if (r.error) { console.error(`  ${browser} browser, ${page.name}: ${r.error} (${r.message.slice(0, 120)})`); continue; }
          lighthouseVersion = r.lighthouseVersion;
          process.stdout.write(`  ${browser} browser, run ${i + 1}, ${page.name}: LCP ${Math.round(r.lcp)} ms, FCP ${Math.round(r.fcp)} ms, TBT ${Math.round(r.tbt)} ms (${r.finalUrl})\n`);
        }
      }
    } finally {
      await chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await new Promise((r) => server.close(r));
  await new Promise((r) => peerServer.close(r));
}

/** Medians of one browser's runs of one page. */
function summary(browser, page) {
  const runs = runsOf[browser][page.id];
  if (!runs.length || runs[0].error) return { browser, page: page.name, id: page.id, path: page.path, error: runs[0]?.error ?? 'no run' };
  const m = (f) => median(runs.map(f));
  const byLcp = [...runs].sort((a, b) => a.lcp - b.lcp)[Math.floor((runs.length - 1) / 2)];
  return {
    browser, page: page.name, id: page.id, path: page.path, runs: runs.length,
    finalUrl: runs[0].finalUrl.replace(page.peer ? PEER_ORIGIN : ORIGIN, ''),
    scores: Object.fromEntries(Object.keys(runs[0].scores).map((c) => [c, median(runs.filter((r) => c in r.scores).map((r) => r.scores[c]))])),
    lcpMs: Math.round(m((r) => r.lcp)),
    fcpMs: Math.round(m((r) => r.fcp)),
    tbtMs: Math.round(m((r) => r.tbt)),
    cls: Number(m((r) => r.cls).toFixed(3)),
    bytes: Object.fromEntries(Object.keys(runs[0].bytes).filter((k) => k !== 'twice').map((k) => [k, m((r) => r.bytes[k])])),
    beforePaintBytes: m((r) => r.beforePaint.bytes),
    beforePaintFiles: byLcp.beforePaint.files,
    twice: [...new Set(runs.flatMap((r) => r.bytes.twice))],
    chain: byLcp.chain,
    benchmarkIndex: Math.round(m((r) => r.benchmarkIndex)),
    auditsBelowFull: [...new Set(runs.flatMap((r) => r.failed))],
  };
}
const peers = Object.fromEntries(LANGS.map((l) => [l, summary(l, PEER)]));
const ratio = (a, b) => (b > 0 && Number.isFinite(a) ? Number((a / b).toFixed(2)) : null);
/** A TBT ratio to a peer that hardly blocked (under 50 ms) says nothing; the absolute figure stands alone then. */
const TBT_FLOOR_MS = 50;
const results = LANGS.flatMap((l) => PAGES.map((p) => {
  const r = summary(l, p);
  const peer = peers[l];
  if (r.error || peer.error) return r;
  return {
    ...r,
    vsPeer: {
      lcp: ratio(r.lcpMs, peer.lcpMs), fcp: ratio(r.fcpMs, peer.fcpMs), tbt: peer.tbtMs < TBT_FLOOR_MS ? null : ratio(r.tbtMs, peer.tbtMs),
      bytesBeforePaint: ratio(r.beforePaintBytes, peer.beforePaintBytes), totalBytes: ratio(r.bytes.total, peer.bytes.total),
    },
  };
}));

const kb = (n) => (n / 1024).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const x = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(2)}×`);
const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const minutes = ((Date.now() - started) / 60000).toFixed(0);
const ok = results.filter((r) => !r.error);
const of = (browser, id) => ok.find((r) => r.browser === browser && r.id === id);
const short = (p) => (p.length > 34 ? p.slice(0, 34) + '…' : p);
const throttling = process.env.BENCH_CPU_SLOWDOWN
  ? `simulated throttling with CPU slowdown ${process.env.BENCH_CPU_SLOWDOWN}× (NOT the default 4×)` : 'default (simulated) throttling';
const command = [process.env.BENCH_RUNS && `BENCH_RUNS=${RUNS}`, process.env.BENCH_PAGES && `BENCH_PAGES=${process.env.BENCH_PAGES}`,
  process.env.BENCH_BROWSERS && `BENCH_BROWSERS=${LANGS.join(',')}`, process.env.BENCH_CPU_SLOWDOWN && `BENCH_CPU_SLOWDOWN=${process.env.BENCH_CPU_SLOWDOWN}`,
  'npm run bench'].filter(Boolean).join(' ');

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({
  date, command, lighthouse: lighthouseVersion, runs: RUNS, browsers: LANGS, minutes: Number(minutes),
  peer: { govukFrontend: PEER_VERSION, path: PEER_PATH, services: services().map((s) => s.id), byBrowser: peers },
  definitions: {
    bytesBeforePaint: "main document + requests Chrome marked render-blocking (trace ResourceSendRequest renderBlocking 'blocking'/'in_body_parser_blocking') that finished before the observed FCP; transfer sizes",
    totalBytes: "transfer sizes of the page's own requests (service worker precache excluded)",
    vsPeer: 'page median / peer median, same browser, same session',
  },
  results,
}, null, 2) + '\n');

const peerRows = LANGS.map((l) => {
  const p = peers[l];
  return p.error ? `| ${l} | ${p.error} | | | | | |`
    : `| ${l} | ${sec(p.lcpMs)} | ${sec(p.fcpMs)} | ${p.tbtMs} ms | ${kb(p.beforePaintBytes)} KB | ${kb(p.bytes.total)} KB | ${p.scores.performance} |`;
});
const vsRows = results.map((r) => r.error ? `| ${r.browser} | ${r.page} | ${r.error} | | | | |` : [
  `| ${r.browser} | ${r.page} \`${short(r.path)}\``,
  `${x(r.vsPeer?.lcp)} (${sec(r.lcpMs)})`, `${x(r.vsPeer?.fcp)} (${sec(r.fcpMs)})`, `${x(r.vsPeer?.tbt)} (${r.tbtMs} ms)`,
  `${x(r.vsPeer?.bytesBeforePaint)} (${kb(r.beforePaintBytes)} KB)`, `${x(r.vsPeer?.totalBytes)} (${kb(r.bytes.total)} KB) |`,
].join(' | '));
/** Per page: each browser's LCP beside the Latvian one's, and any file a single page load downloaded twice. */
const sideBySide = PAGES.map((page) => {
  const base = of('lv', page.id);
  const cells = LANGS.map((l) => {
    const r = of(l, page.id);
    if (!r) return '–';
    const diff = base && l !== 'lv' ? ` (${r.lcpMs <= base.lcpMs * 1.05 ? '' : '⚠ '}${r.lcpMs >= base.lcpMs ? '+' : ''}${((r.lcpMs / base.lcpMs - 1) * 100).toFixed(0)}%)` : '';
    return `${sec(r.lcpMs)}${diff}`;
  });
  const twice = [...new Set(LANGS.flatMap((l) => (of(l, page.id)?.twice ?? []).map((p) => `${l}: ${p}`)))];
  const urls = [...new Set(LANGS.map((l) => of(l, page.id)?.finalUrl).filter(Boolean))];
  return `| ${page.name} | ${cells.join(' | ')} | ${twice.length ? '⚠ ' + twice.join(', ') : 'none'} | ${urls.length === 1 ? 'same' : urls.join(' / ')} |`;
});
function waterfallLines(c) {
  const marks = [['first contentful paint', c.observedFcpMs], ['largest contentful paint', c.observedLcpMs]].filter(([, t]) => t !== null);
  const lines = [];
  for (const r of c.waterfall) {
    while (marks.length && marks[0][1] <= r.startMs) { const [name, t] = marks.shift(); lines.push(`${lpad(t, 5)}       ── ${name} (observed)`); }
    const p = r.path.length > 60 ? r.path.slice(0, 60) + '…' : r.path;
    lines.push(`${lpad(r.startMs, 5)}–${pad(r.endMs, 5)} ${pad(r.type, 10)} ${lpad(kb(r.bytes), 5)}  ${p}`);
  }
  for (const [name, t] of marks) lines.push(`${lpad(t, 5)}       ── ${name} (observed)`);
  return lines;
}
const peerTwice = [...new Set(LANGS.flatMap((l) => peers[l].twice ?? []))];
const resultChain = of(LANGS[0], 'result')?.chain;
const md = [
  `# Bench: e-Gatavs beside a GOV.UK Frontend ${PEER_VERSION} question page`,
  '',
  `Lighthouse ${lighthouseVersion}, mobile, ${throttling}, Debian Chromium, ${RUNS} run${RUNS === 1 ? '' : 's'} per page and browser, medians. ${date}; took ${minutes} min.`,
  `Made with \`${command}\` (scripts/bench.mjs; both sites served by scripts/serve.mjs on 127.0.0.1 with gzip level 9, dist/ with its _headers).`,
  '',
  `The peer: "Ko vēlaties izdarīt?" with our first ${services().length} services as radios, in Latvian, on GOV.UK's page template`,
  `(header, service name, back link, radios, button, footer; govuk-frontend.min.css and .min.js, \`initAll()\`), built at`,
  `bench time by scripts/bench-peer/build.mjs. It runs in every browser, in turn with our pages; ratios are to the peer in the same browser.`,
  '',
  '## The peer',
  '',
  '| Browser | LCP | FCP | TBT | Bytes before paint | Total bytes | Perf |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...peerRows,
  '',
  `Before paint (peer): ${(peers[LANGS[0]].beforePaintFiles ?? []).map((f) => `\`${f}\``).join(', ')}.${peerTwice.length ? ` The peer downloads twice: ${peerTwice.join(', ')} (GOV.UK's favicon and manifest icon).` : ''}`,
  '',
  '## Each page as a ratio to the peer (absolute in brackets)',
  '',
  'Below 1.00× is better than the peer. Bytes before paint: the main document plus the requests Chrome marked',
  'render-blocking that finished before the first contentful paint (see scripts/bench.mjs). Total bytes: everything the',
  "page itself transferred, gzip on the wire; the service worker's precache downloads after load are not counted.",
  `TBT shows – when the peer blocked for less than ${TBT_FLOOR_MS} ms (a ratio to almost nothing says nothing).`,
  '',
  '| Browser | Page | LCP | FCP | TBT | Bytes before paint | Total bytes |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...vsRows,
  '',
  '## Browser languages',
  '',
  `The same Latvian addresses opened by a ${LANGS.map((l) => BROWSER_NAMES[l]).join(', ')} browser (navigator.languages and Accept-Language),`,
  'as a municipal link is opened. LCP, and in brackets the difference from the Latvian browser (target: within 5%);',
  'files one page load downloaded twice; whether every browser ended on the same address (no redirect).',
  '',
  `| Page | ${LANGS.map((l) => `LCP, ${l} browser`).join(' | ')} | Downloaded twice | Final address |`,
  `|---|${LANGS.map(() => '---:').join('|')}|---|---|`,
  ...sideBySide,
  '',
  '## Each browser in full',
  '',
  'KB on the wire; CSS is inline in the HTML except where a screen loads its own.',
  '',
  '| Browser | Page | HTML | CSS | JS | Other | Total | Requests | LCP | TBT | CLS | Perf | A11y | Best pr. | SEO |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => r.error ? `| ${r.browser} | ${r.page} \`${short(r.path)}\` | ${r.error} | | | | | | | | | | | | |` :
    `| ${r.browser} | ${r.page} \`${short(r.path)}\` | ${kb(r.bytes.html)} | ${kb(r.bytes.css)} | ${kb(r.bytes.js)} | ${kb(r.bytes.other)} | ${kb(r.bytes.total)} | ${r.bytes.requests} | ${sec(r.lcpMs)} | ${r.tbtMs} ms | ${r.cls} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`),
  '',
  ...(resultChain ? [
    `## Request chain of the deep-linked result (${LANGS[0]} browser, the run with the median LCP)`,
    '',
    `\`${RESULT}\`.`,
    "Lighthouse's network-dependency-tree-insight: each request under the one that started it, with the time from",
    'navigation start to its end as observed (unthrottled, loopback, so only the order and depth carry over) and KB on',
    `the wire. Longest chain: ${resultChain.longestMs} ms observed.`,
    '',
    '```',
    ...resultChain.requests.map((c) => `${'  '.repeat(c.depth)}${c.path.length > 60 ? c.path.slice(0, 60) + '…' : c.path}  ${c.endMs} ms  ${kb(c.bytes)} KB`),
    '```',
    '',
    'The tree leaves out modulepreloads. Every request of the same load by start time (ms from the first request, observed;',
    'start–end, type, KB), with the observed first contentful paint and largest contentful paint on the same clock:',
    '',
    '```',
    ...waterfallLines(resultChain),
    '```',
    '',
  ] : []),
  '## Targets',
  '',
  'Issue #11: every page LCP ≤ 1.0× the peer (moonshot 0.6×); the deep-linked result: bytes before paint ≤ 0.5×, CLS 0.',
  'Issue #14: every browser within 5% of the Latvian LCP; nothing downloaded twice. Scores: performance ≥ 98, accessibility,',
  'best practices and SEO 100.',
  '',
  `Lighthouse benchmarkIndex of this machine during the runs (median per page): ${ok.map((r) => r.benchmarkIndex).join(', ')}`
    + ' (a desktop is ~1000–2000; below that the 4× CPU slowdown over-states TBT).',
  ...results.filter((r) => r.auditsBelowFull?.length).map((r) => `- ${r.browser} ${r.page}: audits below full score: ${r.auditsBelowFull.join(', ')}`),
  '',
].join('\n');
writeFileSync('bench/results.md', md);

// The console: one compact line per browser and page.
console.log(`\nRatios to the peer (GOV.UK Frontend ${PEER_VERSION}), same browser; medians of ${RUNS} run${RUNS === 1 ? '' : 's'}; ${minutes} min.`);
console.log(`${pad('', 3)}${pad('page', 24)}${['LCP', 'FCP', 'TBT', 'paintKB', 'totalKB'].map((h) => lpad(h, 9)).join('')}   LCP s  twice`);
for (const l of LANGS) {
  const p = peers[l];
  if (!p.error) console.log(`${pad(l, 3)}${pad('peer', 24)}${[sec(p.lcpMs), sec(p.fcpMs), `${p.tbtMs}ms`, kb(p.beforePaintBytes), kb(p.bytes.total)].map((v) => lpad(v, 9)).join('')}`);
  for (const r of results.filter((r) => r.browser === l)) {
    if (r.error) { console.log(`${pad(l, 3)}${pad(r.page, 24)}${r.error}`); continue; }
    const v = r.vsPeer ?? {};
    console.log(`${pad(l, 3)}${pad(r.page.slice(0, 23), 24)}${[v.lcp, v.fcp, v.tbt, v.bytesBeforePaint, v.totalBytes].map((n) => lpad(x(n), 9)).join('')}${lpad(sec(r.lcpMs), 8)}  ${r.twice.join(' ') || '–'}`);
  }
}
console.log('\nWritten: bench/results.md, bench/results.json');
const slow = (r) => { const base = of('lv', r.id); return base && r.lcpMs > base.lcpMs * 1.05; };
const missed = results.filter((r) => r.error || r.vsPeer?.lcp > 1 || r.scores.performance < 98 || r.scores.accessibility < 100
  || r.scores['best-practices'] < 100 || r.scores.seo < 100 || r.twice.length || slow(r));
if (missed.length) console.log(`Targets missed on: ${missed.map((r) => `${r.browser} ${r.page}`).join(', ')}`);
