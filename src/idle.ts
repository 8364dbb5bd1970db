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

/** Resolves once the page has painted its first content: at once if it already has (a slow network: the HTML
 * painted long before the script arrived) or cannot (a hidden tab does not paint), else on that paint, or after
 * `max` ms at the latest. */
export function afterFirstPaint(max = 1000): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (typeof PerformanceObserver !== 'function' || document.visibilityState === 'hidden' || painted()) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(() => painted() && done());
    const timer = setTimeout(done, max);
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done();
    }
  });
}
