// Size budgets, enforced after every `vite build` (npm run build). Sizes are gzip level 9 bytes.
//  - each prerendered page (HTML with its inline CSS) ≤ 14 KB: it arrives in the first network round trip;
//  - JavaScript to make the start page interactive ≤ 34 KB: the scripts the built HTML loads (module scripts
//    and modulepreloads), everything they import statically (from Vite's manifest), and the active
//    language's locale chunk, measured for the start page in each language;
//  - JavaScript on a deep-linked result's critical path (the same count for result/index.html) ≤ 67 KB (70 before the rules became one chunk);
//  - the service worker ≤ 20 KB;
//  - the precache (what a phone downloads for offline use: the shared files plus the largest language's) ≤ 600 KB
//    and ≤ 160 entries. The /rules/ pages for web editors are not in it (vite.config.ts globIgnores).
// Prints a table; exits 1 and names the offender when a budget is exceeded.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const KB = 1024;
const BUDGET = { html: 14 * KB, js: 34 * KB, resultJs: 67 * KB, sw: 20 * KB, precache: 600 * KB, precacheEntries: 160 };
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / KB).toFixed(2);

const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f.startsWith('.') ? [] : walk(p)) : [p];
  });

// Moved out of dist/ at build (scripts/vite-plugin-deploy.ts): it is not deployed.
const manifestPath = existsSync(`${DIST.replace(/\/+$/, '')}.vite-manifest.json`) ? `${DIST.replace(/\/+$/, '')}.vite-manifest.json` : join(DIST, '.vite/manifest.json');
if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing: set build.manifest: true in vite.config.ts`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const byFile = new Map(Object.entries(manifest).map(([key, v]) => [v.file, { key, ...v }]));

/** The JS a page loads before it is interactive: its scripts, their static imports, and the locale chunk. */
export function firstLoadJs(htmlFile, lang) {
  const html = readFileSync(htmlFile, 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g),
  ].map((m) => m[1]);
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file);
  };
  roots.forEach(visit);
  const locale = manifest[`locales/${lang}/app.json`];
  if (!locale) throw new Error(`No locale chunk for ${lang} in the Vite manifest`);
  visit(locale.file);
  return [...files].map((f) => ({ file: f, gzip: gz(readFileSync(join(DIST, f))) }));
}

const rows = [];
const fail = [];
const check = (kind, name, size, budget) => {
  const ok = size <= budget;
  rows.push({ kind, name, size, budget, ok });
  if (!ok) fail.push(`${kind} ${name}: ${kb(size)} KB > ${kb(budget)} KB`);
};

const pages = walk(DIST).filter((f) => f.endsWith('.html')).sort();
if (!pages.length) throw new Error(`No HTML in ${DIST}: run vite build first`);
for (const p of pages) check('HTML+CSS', relative(DIST, p), gz(readFileSync(p)), BUDGET.html);

for (const [lang, page] of [['lv', 'index.html'], ['en', 'en/index.html'], ['ru', 'ru/index.html'], ['uk', 'uk/index.html']]) {
  const parts = firstLoadJs(join(DIST, page), lang);
  const total = parts.reduce((s, p) => s + p.gzip, 0);
  check('first-load JS', `${page} (${parts.map((p) => `${p.file.replace('assets/', '')} ${kb(p.gzip)}`).join(' + ')})`, total, BUDGET.js);
}

// A deep-linked result (a QR hand-over, a municipal "check if you're ready" link) paints its verdict from the
// JS its HTML preloads: the entry, the check screen with the rules and data it imports, and the page's words.
// Below-the-fold parts (sources, print, QR) load after the verdict and are not counted (issue 11).
for (const [lang, page] of [['lv', 'result/index.html'], ['en', 'en/result/index.html'], ['ru', 'ru/result/index.html'], ['uk', 'uk/result/index.html']]) {
  const parts = firstLoadJs(join(DIST, page), lang);
  check('result JS', `${page} (${parts.map((p) => p.file.replace('assets/', '').replace(/-[\w-]{8}\.js$/, '')).join(' + ')})`, parts.reduce((s, p) => s + p.gzip, 0), BUDGET.resultJs);
  // One round trip: each of those files is named in the HTML. One that is only imported by another would be
  // requested after that one has arrived and run: a second round trip before the verdict.
  const html = readFileSync(join(DIST, page), 'utf8');
  const late = parts.filter((p) => !html.includes(`"/${p.file}"`)).map((p) => p.file);
  if (late.length) fail.push(`result JS ${page}: ${late.join(', ')} not preloaded by the page (a second round trip before the verdict)`);
}

const sw = join(DIST, 'sw.js');
if (!existsSync(sw)) fail.push('service worker dist/sw.js missing');
else {
  check('service worker', 'sw.js', gz(readFileSync(sw)), BUDGET.sw);
  // The manifest Workbox injected: {"lang"?,"revision","url"} per entry. Files without a language are precached;
  // a language's pages and words are cached only for the languages in use (src/sw.ts), so what a phone downloads
  // for offline use is the shared files plus one language: budgeted for the largest language.
  const entries = [...readFileSync(sw, 'utf8').matchAll(/\{[^{}]*"url":"[^"]+"[^{}]*\}/g)].map((m) => JSON.parse(m[0]));
  const urls = entries.map((e) => e.url);
  const size = (list) => list.reduce((n, e) => n + gz(readFileSync(join(DIST, e.url))), 0);
  const shared = entries.filter((e) => !e.lang);
  const langs = [...new Set(entries.map((e) => e.lang).filter(Boolean))];
  const perLang = langs.map((l) => ({ l, list: entries.filter((e) => e.lang === l) })).map(({ l, list }) => ({ l, n: list.length, size: size(list) }));
  const largest = perLang.sort((a, b) => b.size - a.size)[0] ?? { l: '-', n: 0, size: 0 };
  const count = shared.length + largest.n;
  check('precache', `${count} entries: ${shared.length} shared + ${largest.n} for "${largest.l}", the largest language (what a phone downloads for offline use)`, size(shared) + largest.size, BUDGET.precache);
  for (const x of perLang) rows.push({ kind: 'info', name: `precache, language "${x.l}" (${x.n} entries)`, size: x.size, budget: NaN, ok: true });
  if (count > BUDGET.precacheEntries) fail.push(`precache: ${count} entries > ${BUDGET.precacheEntries}`);
  if (urls.some((u) => /(^|\/)rules\//.test(u))) fail.push('precache: a /rules/ page is precached (vite.config.ts globIgnores)');
}

// The table: every budgeted item, the largest HTML pages first.
const html = rows.filter((r) => r.kind === 'HTML+CSS').sort((a, b) => b.size - a.size);
const shown = [...rows.filter((r) => r.kind !== 'HTML+CSS'), ...html.slice(0, 5)];
const w = Math.max(...shown.map((r) => r.name.length), 20);
console.log(`\nSize budgets (gzip -9)            ${''.padEnd(Math.max(0, w - 20))}   size KB   budget KB`);
for (const r of shown)
  console.log(`${!r.ok ? 'FAIL' : Number.isNaN(r.budget) ? '    ' : ' ok '}  ${r.kind.padEnd(15)} ${r.name.padEnd(w)} ${kb(r.size).padStart(8)} ${(Number.isNaN(r.budget) ? '–' : kb(r.budget)).padStart(10)}`);
console.log(`(${html.length} HTML pages checked; the 5 largest shown; all ${html.every((r) => r.ok) ? 'within' : 'NOT within'} budget)`);
if (fail.length) {
  console.error(`\nSize budgets failed:\n  ${fail.join('\n  ')}`);
  process.exit(1);
}
