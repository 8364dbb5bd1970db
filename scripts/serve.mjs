// A small static server that behaves like the production host: serves dist/ on 127.0.0.1, gzips text,
// applies the rules in dist/_headers, maps /a/b and /a/b/ to /a/b/index.html, and answers unknown paths
// with the 404 page of their language. Used by `npm run bench`; also `node scripts/serve.mjs [dir] [port]`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Parses a Netlify/Cloudflare-style _headers file into [{ pattern: RegExp, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = '^' + line.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$';
      rules.push({ pattern: new RegExp(re), headers: [] });
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export function serve(dir = 'dist', port = 4314, host = '127.0.0.1') {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file;
    for (const c of path.endsWith('/') ? [path + 'index.html'] : [path, path + '/index.html']) {
      try {
        if ((await stat(join(dir, c))).isFile()) { file = c; break; }
      } catch { /* next */ }
    }
    let status = 200;
    if (!file || file === '/_headers') {
      status = 404;
      file = `${/^\/(en|ru|uk)(\/|$)/.exec(path)?.[0]?.replace(/\/?$/, '') ?? ''}/404/index.html`;
    }
    let body = await readFile(join(dir, file));
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, vary: 'Accept-Encoding' };
    for (const r of rules) if (r.pattern.test(path)) for (const [k, v] of r.headers) headers[k] = v;
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
