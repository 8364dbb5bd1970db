// Helpers for the service-worker specs: wait for a truly activated worker (navigator.serviceWorker.ready
// alone can still report 'activating', which made tests flaky), and a tiny static server whose root can
// be swapped between two builds.
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** Resolves once this page has an active service worker in state 'activated' that controls it. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active!;
    if (sw.state !== 'activated')
      await new Promise<void>((resolve) => {
        const check = () => sw.state === 'activated' && resolve();
        sw.addEventListener('statechange', check);
        check();
      });
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json', '.txt': 'text/plain',
};

/** Serves `root()` on 127.0.0.1:port like a static host: /a/b/ → /a/b/index.html, /a/b → /a/b/index.html. */
export function staticServer(root: () => string, port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = path.endsWith('/') ? [path + 'index.html'] : [path, path + '/index.html'];
    for (const c of candidates) {
      const file = join(root(), c);
      try {
        if (!(await stat(file)).isFile()) continue;
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(await readFile(file));
        return;
      } catch {
        /* try the next candidate */
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
