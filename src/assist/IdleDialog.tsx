// WARNING: first-load path (imported by AssistLayer, which the shell mounts). Keep it small.
// After IDLE_MS without any input in assisted mode, a modal dialog (native <dialog>: focus moves in,
// the page behind is inert, Escape closes) asks whether the visitor is still here. If nobody answers
// within GRACE_MS, everything is cleared for the next visitor.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { nextVisitor } from './visit';

export const IDLE_MS = 5 * 60_000;
export const GRACE_MS = 60_000;
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

export function IdleDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  // undefined until the timer is armed, so a test (or anyone) can tell "watching" from "not yet mounted".
  const [open, setOpen] = useState<boolean>();

  useEffect(() => {
    let idle: ReturnType<typeof setTimeout> | undefined;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(show, IDLE_MS);
    };
    const show = () => {
      const d = dialog.current;
      if (!d || d.open) return;
      d.showModal();
      stay.current?.focus();
      setOpen(true);
      grace = setTimeout(() => nextVisitor(true), GRACE_MS);
    };
    const onActivity = () => {
      if (!dialog.current?.open) arm();
    };
    const onClose = () => {
      clearTimeout(grace);
      setOpen(false);
      arm();
    };
    ACTIVITY.forEach((e) => addEventListener(e, onActivity, { capture: true, passive: true }));
    dialog.current?.addEventListener('close', onClose);
    arm();
    setOpen(false);
    return () => {
      clearTimeout(idle);
      clearTimeout(grace);
      ACTIVITY.forEach((e) => removeEventListener(e, onActivity, { capture: true }));
      dialog.current?.removeEventListener('close', onClose);
    };
  }, []);

  return (
    <dialog ref={dialog} class="idle-dialog" aria-labelledby="idle-title" aria-describedby="idle-body" data-idle-open={open === undefined ? undefined : String(open)}>
      <h2 id="idle-title">{t('assist:idle.title')}</h2>
      <div id="idle-body">
        {/* The numbers come from the timers themselves (the words suit 5 and 1 minutes). */}
        <p>{t('assist:idle.body', { minutes: IDLE_MS / 60_000 })}</p>
        <p>{t('assist:idle.auto', { minutes: GRACE_MS / 60_000 })}</p>
      </div>
      <p class="idle-actions">
        <button type="button" class="button" onClick={() => nextVisitor(true)} data-idle-clear>{t('assist:idle.clear')}</button>{' '}
        <button type="button" class="button button-secondary" ref={stay} onClick={() => dialog.current?.close()} data-idle-stay>
          {t('assist:idle.stay')}
        </button>
      </p>
    </dialog>
  );
}
