// The one static server (Playwright, `npm start`, `npm run bench`): serves a built folder on 127.0.0.1 like
// the production host. It gzips text, applies the folder's _headers (written at build from
// scripts/security-headers.ts, with Cloudflare Pages' rules: every matching block applies in order, "! Name"
// drops a header set before), maps /a/b and /a/b/ to /a/b/index.html, redirects /a/b/index.html to /a/b/,
// answers unknown paths with the 404 page of their language, never serves _headers, and answers a malformed
// path (GET /%) with 400. `node scripts/serve.mjs [dir] [port]`; serve(() => dir) lets a test swap builds.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Parses a Netlify/Cloudflare-style _headers file into [{ pattern, headers: [[name, value | null]] }] (null: "! name"). */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = '^' + line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$';
      rules.push({ pattern: new RegExp(re), headers: [] });
    } else if (/^\s+!/.test(line)) {
      rules.at(-1)?.headers.push([line.replace(/^\s+!\s*/, '').trim().toLowerCase(), null]);
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** The headers the rules give a request path; a header set by two blocks is joined with ", " (as Cloudflare does). */
export function applyRules(rules, path) {
  const out = {};
  for (const r of rules) {
    if (!r.pattern.test(path)) continue;
    for (const [k, v] of r.headers) {
      if (v === null) delete out[k];
      else out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
    }
  }
  return out;
}

const rulesCache = new Map();
function rulesOf(dir) {
  const file = join(dir, '_headers');
  if (!rulesCache.has(dir)) rulesCache.set(dir, existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : []);
  return rulesCache.get(dir);
}

export function serve(dir = 'dist', port = 4314, host = '127.0.0.1') {
  const rootOf = typeof dir === 'function' ? dir : () => dir;
  const server = createServer(async (req, res) => {
    const root = rootOf();
    let url, path;
    try {
      url = new URL(req.url ?? '/', 'http://x');
      path = decodeURIComponent(url.pathname);
      if (path.includes('\0')) throw new Error('NUL');
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Bad request\n');
    }
    path = normalize(path).replace(/^(\.\.[/\\])+/, '');
    // /a/b/index.html and /index.html: one address per page, the one the app links to.
    if (/\/index\.html$/.test(url.pathname)) {
      res.writeHead(301, { location: url.pathname.replace(/index\.html$/, '') + url.search });
      return res.end();
    }
    let file;
    if (path !== '/_headers')
      for (const c of path.endsWith('/') ? [path + 'index.html'] : [path, path + '/index.html']) {
        try {
          if ((await stat(join(root, c))).isFile()) { file = c; break; }
        } catch { /* next */ }
      }
    let status = 200;
    if (!file) {
      status = 404;
      file = `${/^\/(en|ru|uk)(\/|$)/.exec(path)?.[0]?.replace(/\/?$/, '') ?? ''}/404/index.html`;
    }
    let body = await readFile(join(root, file));
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'Accept-Encoding', ...applyRules(rulesOf(root), path) };
    const type = headers['content-type'];
    if (/text|javascript|json|svg|manifest/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4314'] = process.argv.slice(2);
  serve(dir, Number(port)).then(() => console.log(`Serving ${dir} on http://127.0.0.1:${port}/`));
}
