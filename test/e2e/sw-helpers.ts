// Helpers for the service-worker specs: wait for a truly activated worker (navigator.serviceWorker.ready
// alone can still report 'activating', which made tests flaky), and the static server with a root that
// can be swapped between two builds.
import type { Page } from '@playwright/test';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve.mjs';

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

/** Serves `root()` on 127.0.0.1:port with the project's one static server (scripts/serve.mjs). */
export const staticServer = (root: () => string, port: number): Promise<Server> => serve(root, port);
