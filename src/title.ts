// WARNING: first-load path. Keep it small.
// Every page's <title> names what is on it and the service (WCAG 2.4.2); a page showing an error says so
// first, as GOV.UK does. The prerender (src/main.tsx) writes the same text into the HTML.
import { useEffect } from 'preact/hooks';
import { t } from './i18n';

export const titleText = (what: string, error = false) => `${error ? `${t('app.errorPrefix')} ` : ''}${what} – ${t('app.name')}`;

export function useTitle(what: string, error = false) {
  const text = titleText(what, error);
  useEffect(() => {
    document.title = text;
  }, [text]);
}
