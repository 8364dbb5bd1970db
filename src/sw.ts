/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa, injectManifest): precaches every page in every language,
// the JS/CSS/locale chunks, icons and the manifest, so the app works offline after one visit.
// Answers live in the query, so a page is found by its path alone: /result/?service=… → /result/index.html.
import { precacheAndRoute, cleanupOutdatedCaches, matchPrecache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

// Cache names carry a format version ("e-gatavs-precache-v1-<scope>"); each entry carries its own revision
// (content hash), so an update downloads only what changed and drops what is gone.
setCacheNameDetails({ prefix: 'e-gatavs', suffix: 'v1' });
cleanupOutdatedCaches();

precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/], // answers, ?lang=, ?on= never change which file is served
  cleanURLs: false,
  // /en/check/device (no trailing slash) → /en/check/device/index.html
  urlManipulation: ({ url }) => [new URL(url.pathname.replace(/\/?$/, '/') + 'index.html', url.origin)],
});

// Any other page (an old or mistyped link): try the network, and offline show the 404 page of its language.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch {
      const lang = /^\/(en|ru|uk)(\/|$)/.exec(url.pathname)?.[1];
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
