// WARNING: first-load path (the shell resumes a reset in progress on every load). Keep it small.
// "Next visitor": forget everything about this visit on a shared computer.
//
// Storage: every key of ours starts with KEY_PREFIX; all of them go, in localStorage and sessionStorage.
//
// History: a page cannot delete its history entries, and every entry of a check carries the answers in
// its address. So we (1) remember, per tab, how long the history was when this visit began (VISIT_KEY,
// a number: nothing about the visitor); (2) on "next visitor" go back that many entries, to where the
// visit began; (3) replace that entry with the start page (location.replace also drops the page from
// memory); (4) push one entry on top, which makes the browser discard every "forward" entry, i.e. all
// pages of the visit. What is left behind the start page are entries from before this visit, which were
// cleared the same way. Where the count is missing or implausible we skip (2): the visit's entries stay
// reachable with Back (the one limit the browser leaves us), but storage and the page are clean.
import { KEY_PREFIX, RESET_KEY, VISIT_KEY } from './mode';

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

/** The history length when this visit began, if the stored value is one we could have written. */
export function visitStart(): number | undefined {
  const raw = session()?.getItem(VISIT_KEY);
  if (!raw || !/^\d{1,3}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= history.length ? n : undefined;
}

export function markVisitStart() {
  if (visitStart() === undefined) session()?.setItem(VISIT_KEY, String(history.length));
}

const startOf = (assist: boolean) => (assist ? '/?mode=assist' : '/');

function finish(assist: boolean) {
  session()?.setItem(RESET_KEY, 'truncate' + (assist ? '' : ':plain'));
  location.replace(startOf(assist));
}

/** Clear everything and go to the start. The language follows the device again (the choice is cleared). */
export function nextVisitor(assist: boolean) {
  const start = visitStart();
  clearStored();
  const back = start === undefined ? 0 : history.length - start;
  const s = session();
  if (back > 0 && s) {
    s.setItem(RESET_KEY, assist ? 'back' : 'back:plain');
    history.go(-back);
    // If the browser does not move (e.g. the entries are gone), finish here.
    setTimeout(() => s.getItem(RESET_KEY)?.startsWith('back') && finish(assist), 1500);
  } else finish(assist);
}

/** Called on every load, popstate and pageshow: carries a reset in progress on to its next phase. */
export function resumeReset() {
  const s = session();
  const raw = s?.getItem(RESET_KEY);
  if (!s || raw === null || raw === undefined) return;
  const m = /^(back|truncate)(:plain)?$/.exec(raw);
  if (!m) return void s.removeItem(RESET_KEY); // not a value we write: ignore it, safely
  const assist = !m[2];
  if (m[1] === 'back') return finish(assist);
  s.removeItem(RESET_KEY);
  history.pushState(null, '', location.pathname + location.search);
  if (assist) s.setItem(VISIT_KEY, String(history.length));
}
