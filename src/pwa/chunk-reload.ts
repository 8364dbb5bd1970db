// WARNING: first-load path (the shell installs it). Keep it small.
// A tab left open across an update may ask for a chunk of its old version that is gone (evicted from the
// HTTP cache, deleted from the server, dropped with the old service-worker cache). Instead of a blank page,
// it reloads once to the current version at the same address (the address holds the answers). The guard
// keeps only a time in sessionStorage (nothing about the visitor): no second reload within a minute.
export const RELOAD_KEY = 'e-gatavs.chunk-reload';
const WINDOW_MS = 60_000;

export const isChunkError = (e: unknown): boolean =>
  /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload|Failed to fetch/i.test(
    String((e as { message?: string } | null)?.message ?? e),
  );

/** Reloads (and returns true) if `e` is a failed chunk load and we have not just reloaded for one. */
export function reloadForChunkError(e: unknown): boolean {
  if (!isChunkError(e)) return false;
  try {
    const last = Number(sessionStorage.getItem(RELOAD_KEY));
    if (last && Date.now() - last < WINDOW_MS && Date.now() >= last) return false;
    sessionStorage.setItem(RELOAD_KEY, String(Date.now()));
  } catch {
    return false; // no storage: no guard against a loop, so no automatic reload
  }
  location.reload();
  return true;
}

export function watchChunkErrors() {
  addEventListener('vite:preloadError', (e) => {
    if (reloadForChunkError((e as Event & { payload?: unknown }).payload)) e.preventDefault();
  });
  addEventListener('unhandledrejection', (e) => {
    if (reloadForChunkError(e.reason)) e.preventDefault();
  });
}
