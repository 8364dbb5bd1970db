// Lazy chunk (never on the first-load path): registers the service worker with workbox-window and reports
// a new version once it is installed and waiting. Nothing reloads until the person says so.
import { Workbox } from 'workbox-window';

/** Calls `onUpdate` once with a function that activates the waiting version and reloads the same URL. */
export async function registerServiceWorker(onUpdate: (accept: () => void) => void): Promise<void> {
  const wb = new Workbox('/sw.js');
  let offered = false;
  const offer = (sw: ServiceWorker | null | undefined) => {
    if (offered || !sw || !navigator.serviceWorker.controller) return; // first install: nothing to update
    offered = true;
    onUpdate(() => {
      // Answers live in the URL, so reloading the same address shows the same screen with the same answers.
      // Another tab may have activated this version already: the controller has changed and no
      // 'controllerchange' will come, so reload at once.
      const active = sw.state === 'activated' || sw.state === 'activating' || sw.state === 'redundant' || navigator.serviceWorker.controller === sw;
      if (active) return location.reload();
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      sw.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  wb.addEventListener('waiting', (e) => offer(e.sw));
  const reg = await wb.register();
  if (!reg) return;
  // The worker caches the pages and words of the languages in use (src/sw.ts): after a switch, this one too.
  navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: 'CACHE_LANG', lang: document.documentElement.lang }));
  // The browser checks for a new sw.js on every navigation, so it may already be installing (or waiting)
  // by the time this runs, after page load; workbox-window does not report that case.
  const watch = (sw: ServiceWorker | null) =>
    sw?.addEventListener('statechange', () => sw.state === 'installed' && offer(reg.waiting ?? sw));
  if (reg.waiting) offer(reg.waiting);
  watch(reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
  // A long session (a staff computer left open): look again whenever the tab comes back.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') reg.update().catch(() => {});
  });
}
