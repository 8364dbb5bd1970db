/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa, injectManifest): precaches every page in every language,
// the JS/CSS/locale chunks, icons and the manifest, so the app works offline after one visit.
// Answers live in the query, so a page is found by its path alone: /result/?service=… → /result/index.html.
import { precacheAndRoute, cleanupOutdatedCaches, matchPrecache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

// One cache, named "e-gatavs-precache-<CACHE_VERSION>-<scope>" (README, "Offline, install and updates"); each
// entry carries its own revision (content hash), so an update downloads only what changed and drops what is
// gone. Raise CACHE_VERSION only when the cache's format changes: activation then deletes the old cache.
const CACHE_VERSION = 'v1';
setCacheNameDetails({ prefix: 'e-gatavs', precache: 'precache', suffix: `${CACHE_VERSION}-${self.registration.scope}` });
const CURRENT = `e-gatavs-precache-${CACHE_VERSION}-${self.registration.scope}`;
cleanupOutdatedCaches(); // Workbox's own older formats
// Every other cache of ours (an earlier name scheme or version) and Workbox's default-named ones go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((n) => n !== CURRENT && /^(e-gatavs-|workbox-precache)/.test(n)).map((n) => caches.delete(n))),
    ),
  );
});

precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/], // answers, ?lang=, ?on= never change which file is served
  cleanURLs: false,
  // /en/check/device (no trailing slash) → /en/check/device/index.html
  urlManipulation: ({ url }) => [new URL(url.pathname.replace(/\/?$/, '/') + 'index.html', url.origin)],
});

// The /rules/ pages (for web editors) are not precached: network first, and each page visited is kept for offline.
const RULES_CACHE = 'e-gatavs-rules-v1';
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && /^\/(?:(?:en|ru)\/)?rules\//.test(url.pathname),
  async ({ request, url }) => {
    const key = new URL(url.pathname.replace(/\/?$/, '/'), url.origin).href;
    const cache = await caches.open(RULES_CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    } catch {
      return (await cache.match(key)) ?? (await matchPrecache(`${/^\/(en|ru)\//.test(url.pathname) ? url.pathname.slice(0, 3) : ''}/404/index.html`)) ?? Response.error();
    }
  },
);

// Any other page (an old or mistyped link): try the network, and offline show the 404 page of its language.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch {
      const lang = /^\/(en|ru)(\/|$)/.exec(url.pathname)?.[1];
      return (await matchPrecache(`${lang ? '/' + lang : ''}/404/index.html`)) ?? Response.error();
    }
  },
);

// The page asks for this only when the person accepts the "new version" banner.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});
// The first install takes the open page at once (nothing older to conflict with).
clientsClaim();

// The PDF renderer (pdf.js and its worker, /assets/pdf-*.js and /assets/pdf.worker*.mjs) is not precached for
// everyone: it is cached the first time someone opens a PDF on /open/, and works offline from then on.
// Names carry a content hash, so a cached copy never goes stale; older versions are dropped when a new one arrives.
function cachePdfRendererOnFirstUse() {
  const CACHE = 'e-gatavs-pdf';
  const kind = (path: string) => (path.includes('pdf.worker') ? 'worker' : 'main');
  registerRoute(
    ({ url }) => url.origin === self.location.origin && /^\/assets\/pdf[.-][^/]*\.m?js$/.test(url.pathname),
    async ({ request, url }) => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request);
      if (hit) return hit;
      const res = await fetch(request);
      if (res.ok) {
        for (const old of await cache.keys()) if (kind(new URL(old.url).pathname) === kind(url.pathname)) await cache.delete(old);
        await cache.put(request, res.clone());
      }
      return res;
    },
  );
}
cachePdfRendererOnFirstUse();

// Android share_target (public/manifest.webmanifest): the shared file arrives as a POST to /open/. Keep it in a
// cache for the page to pick up (src/screens/open/Open.tsx reads and deletes it), and show /open/?shared=1.
function receiveSharedFile() {
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'POST' || url.origin !== self.location.origin || !/^\/(?:(?:en|ru)\/)?open\/?$/.test(url.pathname)) return;
    event.respondWith(
      (async () => {
        const file = (await event.request.formData()).get('file');
        if (file instanceof File) {
          const cache = await caches.open('e-gatavs-share');
          await cache.put('/open/shared-file', new Response(file, { headers: { 'x-name': encodeURIComponent(file.name) } }));
        }
        return Response.redirect(`${url.pathname.replace(/\/?$/, '/')}?shared=1`, 303);
      })(),
    );
  });
}
receiveSharedFile();
