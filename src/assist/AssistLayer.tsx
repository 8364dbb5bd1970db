// WARNING: first-load path (mounted by the shell). Keep it small.
// Assisted mode: larger type (a class on <html>), a helper's note for the current step, a "next visitor"
// button, and after inactivity a dialog that offers to clear. Also finishes a "next visitor" reset that
// is in progress (see visit.ts), in any mode.
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n';
import { parsePath } from '../routes';
import { isAssist, withAssist, sticky, hasMode } from './mode';
import { markVisitStart, nextVisitor, resumeReset } from './visit';
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

export function AssistLayer() {
  const { url, route } = useLocation();
  const [path, search] = splitUrl(url);
  const on = isAssist(search);

  useEffect(() => {
    resumeReset();
    const onShow = () => resumeReset();
    addEventListener('pageshow', onShow);
    addEventListener('popstate', onShow);
    return () => {
      removeEventListener('pageshow', onShow);
      removeEventListener('popstate', onShow);
    };
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle('assist', on);
    if (on) {
      sticky.on = true;
      markVisitStart();
    } else if (sticky.on && !hasMode(search)) route(withAssist(path, search, true), true);
  }, [on, url]);

  const ready = useAssistWords(on);
  if (!on || !ready) return null;
  const key = noteKey(path);
  return (
    <>
      <aside class="assist-note" aria-label={t('assist:note.label')} data-assist-note={key ?? 'always'}>
        <p class="assist-note-label">{t('assist:note.label')}</p>
        {key && <p>{t(`assist:note.${key}`)}</p>}
        <p>{t('assist:note.always')}</p>
        <button type="button" class="button button-secondary assist-next" onClick={() => nextVisitor(true)} data-next-visitor>
          {t('assist:next.button')}
        </button>
      </aside>
      <IdleDialog />
    </>
  );
}
