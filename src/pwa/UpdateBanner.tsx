// WARNING: first-load path (this small component only; workbox-window and the words load lazily).
// The polite "new version" banner. It never moves focus and never reloads on its own: a check in progress
// keeps going, and accepting reloads the same URL, which carries all the answers.
import { useEffect, useState } from 'preact/hooks';
import { loadNamespace, t } from '../i18n';
import { whenIdle } from '../idle';

export function UpdateBanner() {
  const [accept, setAccept] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const register = () =>
      import('./register')
        .then(({ registerServiceWorker }) =>
          registerServiceWorker((reload) => loadNamespace('pwa').then(() => setAccept(() => reload))),
        )
        .catch((e) => console.warn('Service worker not registered', e));
    // Once the first screen is on screen and the browser is idle: installing downloads the offline copy (some
    // 350 KB), which must not compete with what the page itself still needs (a deep-linked result's verdict).
    return whenIdle(register, 3000);
  }, []);
  // The live region exists from the start, so screen readers announce the message when it appears.
  return (
    <div class="update-region" role="status">
      {accept && (
        <div class="update" data-update="ready">
          <p>{t('ready', { ns: 'pwa' })}</p>
          <button type="button" class="button" onClick={accept}>{t('reload', { ns: 'pwa' })}</button>{' '}
          <button type="button" class="button button-secondary" onClick={() => setAccept(null)}>{t('later', { ns: 'pwa' })}</button>
        </div>
      )}
    </div>
  );
}
