// Helpers for the shared-computer specs: what Back and Forward can still reach, and a clear with its confirm.
import type { Page } from '@playwright/test';

/** A query key that carries an answer (the mode and the language do not). */
export const ANSWERS = /[?&](service|municipality|device|have|pins|software|new-card|smart-id-level|eparaksts-status|on)=/;

/** Every address in the tab's session history, i.e. everything Back and Forward can reach (Chromium's own list, over
 * the DevTools protocol: it includes entries the Back button would skip, so it is the stricter measure). */
export async function reachable(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { entries } = await cdp.send('Page.getNavigationHistory');
    return entries.map((e) => e.url);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Press "Next visitor" (or "Clear my answers") and confirm; wait for the clean start page. */
export async function clearVisit(page: Page, scope = '', assist = true) {
  await page.locator(`${scope} [data-next-visitor]`.trim()).first().click();
  await page.locator('[data-next-visitor-confirm]').click();
  await page.waitForURL((u) => u.pathname === '/' && u.search === (assist ? '?mode=assist' : ''));
  await cleared(page);
}

/** Wait until a tab has finished a reset (it may be one started by another tab): clean address, app ready. */
export async function cleared(page: Page) {
  await page.waitForFunction(
    (answers) => !sessionStorage.getItem('e-gatavs.assist.reset') && document.documentElement.hasAttribute('data-ready') && !new RegExp(answers).test(location.search),
    ANSWERS.source,
    { timeout: 15_000 },
  ).catch(async (e) => {
    const state = await page.evaluate(() => ({ reset: sessionStorage.getItem('e-gatavs.assist.reset'), visit: sessionStorage.getItem('e-gatavs.assist.visit'), ready: document.documentElement.hasAttribute('data-ready'), url: location.href, state: JSON.stringify(history.state), len: history.length }));
    throw new Error(`not cleared: ${JSON.stringify(state)}\n${e}`);
  });
}
