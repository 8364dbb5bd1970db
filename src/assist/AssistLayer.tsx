// WARNING: first-load path (mounted by the shell). Keep it small.
// Assisted mode: larger type (a class on <html>), a helper's note for the current step, a "next visitor"
// button, and after inactivity a dialog that offers to clear. Also finishes a "next visitor" reset that
// is in progress (see visit.ts), in any mode.
import { useLocation } from 'preact-iso';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { parsePath } from '../routes';
import { isAssist, withAssist, sticky, hasMode } from './mode';
import { listenToOtherTabs, resumeReset, takeCloseTabWarning, trackHistory } from './visit';
import { NextVisitor } from './NextVisitor';
import { splitUrl } from './AssistSwitch';
import { useAssistWords } from './words';
import { IdleDialog } from './IdleDialog';
import './assist.css';

const QUESTION_NOTES = ['service', 'municipality', 'device', 'have', 'pins'];

function noteKey(path: string): string | undefined {
  const { page } = parsePath(path);
  if (page.name === 'start' || page.name === 'result') return page.name;
  if (page.name === 'question') return QUESTION_NOTES.includes(page.id) ? page.id : page.id === 'next' ? undefined : 'tools';
  return undefined;
}

let popped = false;

export function AssistLayer() {
  const { url, route } = useLocation();
  const [path, search] = splitUrl(url);
  const on = isAssist(search);
  const [closeTab, setCloseTab] = useState(false);
  const [wide] = useState(() => typeof matchMedia === 'undefined' || matchMedia('(min-width: 48em)').matches);

  // In the commit itself, not after paint: by the time the page says it is ready, it hears other tabs.
  useLayoutEffect(() => {
    trackHistory();
    listenToOtherTabs();
    resumeReset();
    setCloseTab(takeCloseTabWarning());
    const onShow = () => resumeReset();
    const onPop = () => {
      popped = true;
      resumeReset();
    };
    addEventListener('pageshow', onShow);
    addEventListener('popstate', onPop);
    return () => {
      removeEventListener('pageshow', onShow);
      removeEventListener('popstate', onPop);
    };
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle('assist', on);
    // Sticky only for entries made in this page (a link without the mode); Back and Forward show each entry
    // as it was, so switching the mode off and going Back then Forward does not turn it on again.
    if (popped) sticky.on = on;
    else if (on) sticky.on = true;
    else if (sticky.on && !hasMode(search)) route(withAssist(path, search, true), true);
    popped = false;
  }, [on, url]);

  const ready = useAssistWords(on || closeTab);
  if (!ready) return null;
  const key = noteKey(path);
  const warning = closeTab && (
    <p class="notice" role="alert" data-close-tab>{t('assist:next.closeTab')}</p>
  );
  if (!on) return warning || null;
  return (
    <>
      {warning}
      <aside class="assist-note" aria-label={t('assist:note.label')} data-assist-note={key ?? 'always'}>
        {/* Folded on narrow screens (a phone, or 200 % zoom) so the note never fills the first screen. */}
        <details open={wide}>
          <summary class="assist-note-label">{t('assist:note.label')}</summary>
          {key && <p>{t(`assist:note.${key}`)}</p>}
          <p>{t('assist:note.always')}</p>
        </details>
        {key !== 'result' && <NextVisitor assist hint={false} />}
      </aside>
      <IdleDialog />
    </>
  );
}
