// WARNING: first-load path (src/pwa/UpdateBanner.tsx). Keep it small.
/** Runs `task` once the browser is idle (at the latest after `timeout` ms): work that must not compete with what
 * the page still needs to paint. Returns a cancel function. */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
