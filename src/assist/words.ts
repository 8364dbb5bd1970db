// WARNING: first-load path (imported by AssistLayer, which the shell mounts). Keep it small.
// The 'assist' namespace (locales/*/assist.json) is loaded only when a screen needs it.
import { useEffect, useState } from 'preact/hooks';
import { hasNamespace, loadNamespace } from '../i18n';

// Not cached here: each language (and each prerendered page) has its own i18next instance.
const load = () => loadNamespace('assist');

/** For components outside the page's error boundary (the shell): render nothing until the words are there. */
export function useAssistWords(enabled: boolean): boolean {
  const [ready, setReady] = useState(() => hasNamespace('assist'));
  useEffect(() => {
    if (enabled && !ready) load().then(() => setReady(true), (e) => console.error(e));
  }, [enabled]);
  return ready;
}
