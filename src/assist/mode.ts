// WARNING: first-load path (the header switch uses it). Keep it small.
// Assisted mode lives in the URL (?mode=assist), never in storage: a link or a bookmark on the staff
// computer turns it on, and nothing about it outlives the tab. Storage keys of ours all start with
// KEY_PREFIX so "next visitor" can remove every one of them, whoever added it.
export const KEY_PREFIX = 'e-gatavs.';
/** sessionStorage: where this visit began in the tab's history, and a reset in progress (see clear.ts). */
export const VISIT_KEY = 'e-gatavs.assist.visit';
export const RESET_KEY = 'e-gatavs.assist.reset';
/** sessionStorage: the clean start-page entry the last reset left just before the visit (see visit.ts). */
export const BASE_KEY = 'e-gatavs.assist.base';

/** Whether a query string turns assisted mode on. Never throws. */
export function isAssist(search: string): boolean {
  try {
    return new URLSearchParams(search).get('mode') === 'assist';
  } catch {
    return false;
  }
}

/** Whether the query says anything about the mode (a wrong value is reported by the check, not replaced). */
export function hasMode(search: string): boolean {
  try {
    return new URLSearchParams(search).has('mode');
  } catch {
    return false;
  }
}

/** The same path and query with assisted mode switched on or off; every other parameter kept as it was. */
export function withAssist(path: string, search: string, on: boolean): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  params.delete('mode');
  if (on) params.set('mode', 'assist');
  const q = params.toString().replace(/%2C/g, ',');
  return path + (q ? `?${q}` : '');
}

/** Once switched on in this page, assisted mode stays on for links that do not carry it (guides, centres),
 * until the switch turns it off. In memory only. */
export const sticky = { on: false };
