// Headers from one source (scripts/security-headers.ts): dist/_headers is written from it at build,
// scripts/serve.mjs applies that file, and README's nginx block must say the same on every path class.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { CONTENT_TYPES, IMMUTABLE, REVALIDATE, SECURITY_HEADERS, cacheControl, headersFile } from '../../scripts/security-headers';
import { applyRules, parseHeaders, serve } from '../../scripts/serve.mjs';

const readme = readFileSync('README.md', 'utf8');
const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

// A small built site: what exists decides between a page, an asset and a 404.
const FILES = ['index.html', 'check/device/index.html', 'en/index.html', 'en/check/device/index.html', 'ru/guide/eid-pins/index.html',
  '404/index.html', 'en/404/index.html', 'ru/404/index.html', 'assets/main-AbC123.js', 'assets/app-x1.css', 'sw.js', 'manifest.webmanifest',
  'icon.svg', 'icons/icon-192.png', 'robots.txt'];
const ASSETS = FILES.filter((f) => f.startsWith('assets/'));
const exists = (path: string) => {
  const p = path.replace(/^\//, '');
  return FILES.includes(p) || FILES.includes(`${p.replace(/\/?$/, '/')}index.html`.replace(/^\//, ''));
};

/** What README's nginx block does: try_files (or error_page to the language's 404 page), then the map on $uri. */
function nginxCache(path: string): string {
  const map = /map \$uri \$e_gatavs_cache \{([\s\S]*?)\}/.exec(nginx)![1];
  const rules = [...map.matchAll(/^\s*(\S+)\s+"([^"]+)";/gm)].map((m) => [m[1], m[2]] as const);
  const lang = /^\/(en|ru)\//.exec(path)?.[1];
  const uri = exists(path) ? (path.endsWith('/') ? `${path}index.html` : path) : `${lang ? '/' + lang : ''}/404/index.html`;
  for (const [pattern, value] of rules) {
    if (pattern === 'default') continue;
    if (pattern.startsWith('~') && new RegExp(pattern.slice(1)).test(uri)) return value;
  }
  return rules.find(([p]) => p === 'default')![1];
}

const TABLE: [string, string][] = [
  ['/', 'page'], ['/index.html', 'page'], ['/check/device/', 'page'], ['/check/device', 'page without slash'],
  ['/check/device/index.html', 'page'], ['/en/', 'page'], ['/en', 'page without slash'], ['/en/check/device', 'page without slash'],
  ['/ru/guide/eid-pins/', 'page'], ['/nope', '404'], ['/en/nope/', '404 en'], ['/ru/nope', '404 ru'], ['/check/nope/', '404'],
  ['/assets/main-AbC123.js', 'asset'], ['/assets/app-x1.css', 'asset'], ['/assets/nope.js', 'missing asset'],
  ['/sw.js', 'service worker'], ['/manifest.webmanifest', 'manifest'], ['/icons/icon-192.png', 'icon'], ['/robots.txt', 'robots'],
  ['/.vite/manifest.json', 'build-only (not deployed)'],
];

describe('one source of headers: _headers, nginx and the rule agree on every path class', () => {
  const rules = parseHeaders(headersFile(ASSETS));
  it.each(TABLE)('%s (%s)', (path) => {
    const want = cacheControl(path, exists(path));
    const fromFile = applyRules(rules, path);
    expect(fromFile['cache-control']).toBe(want);
    expect(nginxCache(path)).toBe(want);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(fromFile[k.toLowerCase()]).toBe(v);
    if (CONTENT_TYPES[path]) expect(fromFile['content-type']).toBe(CONTENT_TYPES[path]);
  });
  it('hashed assets that exist are immutable; a missing one is not', () => {
    expect(cacheControl('/assets/main-AbC123.js', true)).toBe(IMMUTABLE);
    expect(cacheControl('/assets/nope.js', false)).toBe(REVALIDATE);
  });
});

describe("README's nginx configuration", () => {
  const headers = Object.fromEntries([...nginx.matchAll(/^\s*add_header (\S+) "?(.*?)"? always;$/gm)].map((m) => [m[1], m[2]]));
  it('sends exactly the security headers of the one source', () => {
    const { 'Cache-Control': cache, ...security } = headers;
    expect(cache).toBe('$e_gatavs_cache');
    expect(security).toEqual(SECURITY_HEADERS);
  });
  it('sets headers only at server level (a location with its own add_header would drop them all)', () => {
    const locations = [...nginx.matchAll(/location [^{]*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1]);
    expect(locations.length).toBeGreaterThan(2);
    for (const body of locations) expect(body).not.toContain('add_header');
  });
  it('does not serve /_headers', () => {
    expect(nginx).toMatch(/location = \/_headers \{\s*return 404;\s*\}/);
  });
  it('the policy is strict where it matters', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    // Our own files, and inline scripts only by hash (the language offer, scripts/offer-script.ts).
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const d of ["connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  });
});

describe('scripts/serve.mjs, the one static server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  let server: Server;
  const PORT = 4390 + Math.floor(Math.random() * 50);
  beforeAll(async () => {
    for (const f of FILES) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), f.endsWith('.html') ? `<h1>${f}</h1>` : f);
    }
    writeFileSync(join(dir, '_headers'), headersFile(ASSETS));
    server = await serve(dir, PORT);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const get = (path: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((ok, fail) => {
      const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', fail);
      req.end();
    });

  it('answers malformed paths with 400 and keeps running', async () => {
    for (const p of ['/%', '/%E0%A4%A', '/check/%zz/', '/a%00b']) expect((await get(p)).status, p).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
  it('never serves _headers; redirects …/index.html to the page address', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect(await get('/index.html')).toMatchObject({ status: 301, headers: { location: '/' } });
    expect(await get('/check/device/index.html?service=x')).toMatchObject({ status: 301, headers: { location: '/check/device/?service=x' } });
  });
  it.each(TABLE.filter(([p]) => !p.endsWith('index.html')))('%s (%s): status and Cache-Control as the rule says', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(exists(path) ? 200 : 404);
    expect(r.headers['cache-control']).toBe(cacheControl(path, exists(path)));
    if (!exists(path)) expect(r.body).toContain(`${/^\/(en|ru)\//.exec(path)?.[1] ? /^\/(en|ru)\//.exec(path)![1] + '/' : ''}404/index.html`);
  });
});

describe('the build leaves build-only files out of dist/ and writes _headers there', () => {
  it('moves the Vite manifest out, deletes the prerender chunk, lists only real assets as immutable', async () => {
    const { deployFiles, manifestOutside } = await import('../../scripts/vite-plugin-deploy');
    const out = join(mkdtempSync(join(tmpdir(), 'deploy-')), 'dist');
    for (const f of ['.vite/manifest.json', 'assets/prerender-Xy1.js', 'assets/main-AbC.js', 'index.html']) {
      mkdirSync(dirname(join(out, f)), { recursive: true });
      writeFileSync(join(out, f), '{}');
    }
    const plugin = deployFiles() as unknown as { configResolved(c: unknown): void; closeBundle: { handler(): void } };
    plugin.configResolved({ root: '/', build: { outDir: out } });
    plugin.closeBundle.handler();
    const { existsSync, readdirSync } = await import('node:fs');
    expect(existsSync(join(out, '.vite'))).toBe(false);
    expect(readdirSync(join(out, 'assets'))).toEqual(['main-AbC.js']);
    expect(existsSync(manifestOutside(out))).toBe(true);
    const rules = parseHeaders(readFileSync(join(out, '_headers'), 'utf8'));
    expect(applyRules(rules, '/assets/main-AbC.js')['cache-control']).toBe(IMMUTABLE);
    expect(applyRules(rules, '/assets/prerender-Xy1.js')['cache-control']).toBe(REVALIDATE);
  });
});
