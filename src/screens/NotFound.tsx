// WARNING: first-load path (tiny on purpose).
import { lang, t } from '../i18n';
import { pathFor } from '../routes';
import { useTitle } from '../title';

export function NotFound() {
  useTitle(t('notFound.title'), true);
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p><a class="button" href={pathFor(lang(), { name: 'start' })}>{t('notFound.start')}</a></p>
    </>
  );
}
