// WARNING: first-load path (the shell tracks history entries and resumes a reset on every load). Keep it small.
// "Next visitor" / "delete my answers" / the idle clear: forget everything about this visit on a shared computer.
//
// Storage: every key of ours starts with KEY_PREFIX; all of them go, in localStorage and sessionStorage.
//
// History: a page cannot delete its history entries, and every entry of a check carries the answers in its
// address. So every entry of ours carries its absolute position in the tab's history in history.state
// ({ eg: n }). It is exact: a new entry is pushed on top of the current one (position + 1, see trackHistory),
// and a new document's entry is the last one (history.length - 1) because creating an entry drops every
// Forward entry. Where the visit began is kept per tab (sessionStorage VISIT_KEY, a number: nothing about
// the visitor). A reset then (1) goes back exactly to the visit's first entry, whatever Back, Forward,
// external links or a mode switch did in between; (2) replaces that entry with the start page
// (and reloads it, which drops the page from memory); (3) pushes one entry on top, which makes the browser
// discard every Forward entry, i.e. all pages of the visit. The replaced entry is remembered as the base (BASE_KEY):
// the next reset goes back to it rather than to the pushed one, so the tab's history does not grow by one entry per
// visitor until it reaches Chromium's cap of 50 (measured before: with 45 entries before the first visit, from the
// third visitor on every reset left the earlier visitors' answer pages behind Back, with the close-tab warning).
// A page load we did not cause forgets the base: the entry before the visit may then be someone else's page. Other tabs of the app hear of it on a
// BroadcastChannel and do the same with their own history. Where the position is not known (storage
// blocked; history longer than Chromium's 50 entries) the app says so and asks staff to close the tab.
import { BASE_KEY, KEY_PREFIX, RESET_KEY, VISIT_KEY } from './mode';

export const CLOSE_TAB_KEY = 'e-gatavs.assist.close-tab';

function session(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** Remove every key of ours from both storages. Foreign keys (other apps on the origin) are left alone. */
export function clearStored() {
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      const s = get();
      const ours: string[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k && k.startsWith(KEY_PREFIX)) ours.push(k);
      }
      ours.forEach((k) => s.removeItem(k));
    } catch {
      /* storage blocked: nothing stored either */
    }
  }
}

const MAX = 50; // Chromium keeps at most 50 entries per tab; beyond that positions are no longer exact.
const valid = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < MAX;

/** This entry's position in the tab's history, if we stamped it. */
export const position = (): number | undefined => {
  const n = (history.state as { eg?: unknown } | null)?.eg;
  return valid(n) ? n : undefined;
};

/** The position where this visit began (or the base, see above), if the stored value is one we could have written. */
export function visitStart(key = VISIT_KEY): number | undefined {
  const raw = session()?.getItem(key);
  if (!raw || !/^\d{1,2}$/.test(raw)) return undefined;
  const n = Number(raw);
  return valid(n) ? n : undefined;
}

const stamp = (pos: number) => ({ ...(history.state ?? {}), eg: pos });

/** Stamps every entry with its position: the current one now, every pushed or replaced one as it is made. */
export function trackHistory() {
  if ((history as { egTracked?: boolean }).egTracked) return;
  (history as { egTracked?: boolean }).egTracked = true;
  const push = history.pushState.bind(history);
  const replace = history.replaceState.bind(history);
  history.pushState = (_s, t, u) => {
    const pos = position();
    push({ eg: pos === undefined ? history.length : pos + 1 }, t, u);
  };
  history.replaceState = (_s, t, u) => {
    const pos = position();
    replace(pos === undefined ? null : { eg: pos }, t, u);
  };
  const s = session();
  // A new document: its entry is the last one (loading it dropped every Forward entry). Not one a reset reloaded
  // (that keeps its state), so the entry before the visit may no longer be the base.
  if (position() === undefined) {
    s?.removeItem(BASE_KEY);
    if (history.length <= MAX) replace(stamp(history.length - 1), '');
  }
  const pos = position();
  if (s && visitStart() === undefined && pos !== undefined) s.setItem(VISIT_KEY, String(pos));
}

const startOf = (assist: boolean) => (assist ? '/?mode=assist' : '/');

function finish(assist: boolean) {
  session()?.setItem(RESET_KEY, 'truncate' + (assist ? '' : ':plain'));
  // Replace this entry's address (its position stays in history.state), then load it afresh so nothing of
  // the visit stays in the page's memory.
  history.replaceState(null, '', startOf(assist));
  location.reload();
}

let channel: BroadcastChannel | undefined;
const CHANNEL = 'e-gatavs.visit';

/** Other tabs of the app: a reset in one clears them all (a shared computer has one visitor at a time). */
export function listenToOtherTabs() {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e) => e.data === 'next-visitor' && nextVisitor(new URLSearchParams(location.search).get('mode') === 'assist', false);
}

/** Clear everything and go to the start. The language follows the device again (the choice is cleared). */
export function nextVisitor(assist: boolean, tellOthers = true) {
  const start = visitStart();
  const base = visitStart(BASE_KEY);
  const pos = position();
  clearStored();
  if (tellOthers) {
    try {
      (channel ?? new BroadcastChannel(CHANNEL)).postMessage('next-visitor');
    } catch {
      /* no BroadcastChannel: other tabs keep what they show */
    }
  }
  const s = session();
  if (!s || start === undefined || pos === undefined) {
    // We cannot tell which entries are this visit's: say so on the start page (if storage lets us).
    s?.setItem(CLOSE_TAB_KEY, '1');
    return finish(assist);
  }
  // Back to the base when the visit began just after it (see above), else to the visit's first entry.
  const to = base !== undefined && base === start - 1 ? base : start;
  const back = pos - to;
  if (back > 0) {
    s.setItem(RESET_KEY, assist ? 'back' : 'back:plain');
    s.setItem(VISIT_KEY, String(to));
    history.go(-back);
    // If the browser does not move (e.g. the entries are gone), finish here.
    setTimeout(() => s.getItem(RESET_KEY)?.startsWith('back') && finish(assist), 1500);
  } else {
    s.setItem(VISIT_KEY, String(Math.min(to, pos)));
    finish(assist);
  }
}

/** Called on every load, popstate and pageshow: carries a reset in progress on to its next phase. */
export function resumeReset() {
  const s = session();
  const raw = s?.getItem(RESET_KEY);
  if (!s || raw === null || raw === undefined) return;
  const m = /^(back|truncate)(:plain)?$/.exec(raw);
  if (!m) return void s.removeItem(RESET_KEY); // not a value we write: ignore it, safely
  const assist = !m[2];
  if (m[1] === 'back') {
    // Landed short of the visit's start (an entry of ours that was never stamped): go on back.
    const pos = position();
    const start = visitStart();
    if (pos !== undefined && start !== undefined && pos > start) return history.go(start - pos);
    return finish(assist);
  }
  s.removeItem(RESET_KEY);
  history.pushState(null, '', location.pathname + location.search);
  const pos = position();
  if (pos !== undefined) s.setItem(VISIT_KEY, String(pos));
  // The entry just replaced with the start page and left behind: the next reset's base.
  if (pos) s.setItem(BASE_KEY, String(pos - 1));
}

/** Whether the last reset could not reach every entry (shown once, on the start page). */
export function takeCloseTabWarning(): boolean {
  const s = session();
  const v = s?.getItem(CLOSE_TAB_KEY) === '1';
  s?.removeItem(CLOSE_TAB_KEY);
  return v;
}
