/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa, injectManifest). Offline after one visit, in the reader's
// language: the files every language shares (JS, CSS, icons, manifest) are precached by Workbox; each
// language's pages and words (tagged `lang` at build, scripts/sw-languages.ts) are cached only for the
// languages in use: the language of the pages open when the worker installs, any language an earlier version
// had cached, and a language the page asks for when the person switches to it (src/pwa/register.ts). Four
// languages in full would not fit the precache budget; one does, with room to spare.
// Answers live in the query, so a page is found by its path alone: /result/?service=… → /result/index.html.
// Not cached until used: the /rules/ pages (for web editors), pdf.js (for /open/), a file shared to the app.
import { precacheAndRoute, cleanupOutdatedCaches, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';

type Entry = PrecacheEntry & { revision: string; lang?: string };
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

// Cache names (README, "Offline, install and updates"): "e-gatavs-precache-<CACHE_VERSION>-<scope>" for the shared
// files, "e-gatavs-lang-<CACHE_VERSION>-<scope>" for the languages in use; each entry carries its own revision
// (content hash), so an update downloads only what changed and drops what is gone. Raise CACHE_VERSION only when
// the caches' format changes: activation then deletes the old caches.
const CACHE_VERSION = 'v1';
const SCOPE = self.registration.scope;
setCacheNameDetails({ prefix: 'e-gatavs', precache: 'precache', suffix: `${CACHE_VERSION}-${SCOPE}` });
const PRECACHE = `e-gatavs-precache-${CACHE_VERSION}-${SCOPE}`;
const LANG_CACHE = `e-gatavs-lang-${CACHE_VERSION}-${SCOPE}`;
const RULES_CACHE = 'e-gatavs-rules-v1';
const PDF_CACHE = 'e-gatavs-pdf';
const SHARE_CACHE = 'e-gatavs-share';
const OURS = new Set([PRECACHE, LANG_CACHE, RULES_CACHE, PDF_CACHE, SHARE_CACHE]);
cleanupOutdatedCaches(); // Workbox's own older formats
// Every other cache of ours (an earlier name scheme or version) and Workbox's default-named ones go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((n) => !OURS.has(n) && /^(e-gatavs-|workbox-precache)/.test(n)).map((n) => caches.delete(n))),
    ),
  );
});

const manifest = self.__WB_MANIFEST as Entry[]; // every entry is an object with a revision (scripts/sw-languages.ts)
precacheAndRoute(manifest.filter((e) => !e.lang).map(({ url, revision }) => ({ url, revision })), {
  ignoreURLParametersMatching: [/.*/], // answers, ?lang=, ?on= never change which file is served
  cleanURLs: false,
});

// --- Each language's pages and words -------------------------------------------------------------------
const LANG_PATH = /^\/(en|ru|uk)(?:\/|$)/;
const abs = (url: string) => new URL(url, self.location.href).href;
const byUrl = new Map(manifest.filter((e) => e.lang).map((e) => [abs(e.url), e]));
const keyOf = (e: Entry) => `${abs(e.url)}?__rev=${e.revision}`;
const langOfPath = (path: string) => LANG_PATH.exec(path)?.[1] ?? 'lv';

/** The entry a request is for: the file itself, or a page's index.html (/en/check/device → /en/check/device/index.html). */
function entryFor(url: URL): Entry | undefined {
  if (url.origin !== self.location.origin) return undefined;
  return byUrl.get(url.origin + url.pathname) ?? byUrl.get(url.origin + url.pathname.replace(/\/?$/, '/') + 'index.html');
}

async function cacheLanguage(lang: string) {
  const cache = await caches.open(LANG_CACHE);
  await Promise.all(manifest.filter((e) => e.lang === lang).map(async (e) => {
    if (await cache.match(keyOf(e))) return;
    let response = await fetch(abs(e.url), { cache: 'no-cache' });
    // A host may redirect /x/index.html to /x/ (scripts/serve.mjs does): a redirected response cannot answer a
    // navigation, so keep a plain copy (as Workbox's precache does).
    if (response.redirected) response = new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
    if (response.ok) await cache.put(keyOf(e), response);
  }));
}

/** Languages of the open pages (the one that registered us among them), and of pages an earlier version cached. */
async function languagesInUse(): Promise<Set<string>> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const langs = new Set(windows.map((c) => langOfPath(new URL(c.url).pathname)));
  const cache = await caches.open(LANG_CACHE);
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.pathname.endsWith('.html')) langs.add(langOfPath(url.pathname));
  }
  return langs;
}

self.addEventListener('install', (event) => {
  event.waitUntil(languagesInUse().then((langs) => Promise.all([...langs].map(cacheLanguage))));
});

// Drop what this version no longer has (old revisions, removed pages).
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keep = new Set(manifest.filter((e) => e.lang).map(keyOf));
    const cache = await caches.open(LANG_CACHE);
    await Promise.all((await cache.keys()).filter((r) => !keep.has(r.url)).map((r) => cache.delete(r)));
  })());
});

async function fromLangCache(e: Entry | undefined) {
  return e ? caches.match(keyOf(e), { cacheName: LANG_CACHE }) : undefined;
}

registerRoute(
  ({ url }) => entryFor(url) !== undefined,
  async ({ url, request }) => {
    const e = entryFor(url)!;
    const cached = await fromLangCache(e);
    if (cached) return cached;
    try {
      return await fetch(request); // a language not cached yet: from the network while online
    } catch {
      return (await notFound(url)) ?? Response.error();
    }
  },
);

/** Offline, a page we cannot show: its language's 404 page, or any cached language's. */
async function notFound(url: URL) {
  const lang = langOfPath(url.pathname);
  const page = (l: string) => byUrl.get(abs(`${l === 'lv' ? '' : l + '/'}404/index.html`));
  return (await fromLangCache(page(lang))) ?? (await fromLangCache(page('lv'))) ?? (await fromLangCache(page('en')))
    ?? (await fromLangCache(page('ru'))) ?? (await fromLangCache(page('uk')));
}

// The /rules/ pages (for web editors) are not precached: network first, and each page visited is kept for offline.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && /^\/(?:(?:en|ru|uk)\/)?rules\//.test(url.pathname),
  async ({ request, url }) => {
    const key = new URL(url.pathname.replace(/\/?$/, '/'), url.origin).href;
    const cache = await caches.open(RULES_CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(key, response.clone());
      return response;
    } catch {
      return (await cache.match(key)) ?? (await notFound(url)) ?? Response.error();
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
      return (await notFound(url)) ?? Response.error();
    }
  },
);

self.addEventListener('message', (event) => {
  // The page asks for this only when the person accepts the "new version" banner.
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
  // Every page asks for its own language (src/pwa/register.ts): after a switch, the new language works offline too.
  if (event.data?.type === 'CACHE_LANG' && typeof event.data.lang === 'string' && manifest.some((e) => e.lang === event.data.lang))
    event.waitUntil(cacheLanguage(event.data.lang));
});
// The first install takes the open page at once (nothing older to conflict with).
clientsClaim();

// The PDF renderer (pdf.js and its worker, /assets/pdf-*.js and /assets/pdf.worker*.mjs) is not precached for
// everyone: it is cached the first time someone opens a PDF on /open/, and works offline from then on.
// Names carry a content hash, so a cached copy never goes stale; older versions are dropped when a new one arrives.
function cachePdfRendererOnFirstUse() {
  const CACHE = PDF_CACHE;
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
    if (event.request.method !== 'POST' || url.origin !== self.location.origin || !/^\/(?:(?:en|ru|uk)\/)?open\/?$/.test(url.pathname)) return;
    event.respondWith(
      (async () => {
        const file = (await event.request.formData()).get('file');
        if (file instanceof File) {
          const cache = await caches.open(SHARE_CACHE);
          await cache.put('/open/shared-file', new Response(file, { headers: { 'x-name': encodeURIComponent(file.name) } }));
        }
        return Response.redirect(`${url.pathname.replace(/\/?$/, '/')}?shared=1`, 303);
      })(),
    );
  });
}
receiveSharedFile();
