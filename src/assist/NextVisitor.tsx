// WARNING: first-load path (the assist note uses it). Keep it small.
// "Next visitor" / "Clear my answers": one click asks, a second one clears; "Cancel" keeps the check.
// A confirm rather than an undo: an undo would have to keep the answers somewhere after "clearing" them.
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { nextVisitor } from './visit';

export function NextVisitor({ assist, hint = true }: { assist: boolean; hint?: boolean }) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const ask = () => {
    setAsking(true);
    setTimeout(() => yes.current?.focus());
  };
  const cancel = () => {
    setAsking(false);
    setTimeout(() => first.current?.focus());
  };
  if (!asking)
    return (
      <p class="assist-next">
        <button type="button" class="button button-secondary" ref={first} onClick={ask} aria-describedby={hint ? 'next-hint' : undefined} data-next-visitor>
          {t(assist ? 'assist:next.button' : 'assist:next.plain')}
        </button>
        {hint && <span class="hint" id="next-hint"> {t('assist:next.hint')}</span>}
      </p>
    );
  return (
    <div class="assist-next" role="group" aria-labelledby="next-confirm" data-next-visitor-asking>
      <p id="next-confirm"><strong>{t('assist:next.confirm')}</strong></p>
      <p>
        <button type="button" class="button" ref={yes} onClick={() => nextVisitor(assist)} data-next-visitor-confirm>{t('assist:next.yes')}</button>{' '}
        <button type="button" class="button button-secondary" onClick={cancel} data-next-visitor-cancel>{t('assist:next.cancel')}</button>
      </p>
    </div>
  );
}
