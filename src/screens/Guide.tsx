// Lazy chunk. Placeholder until issue 4 lands the guides.
import { lang, t } from '../i18n';
import { pathFor } from '../routes';
export function Guide({ id }: { id: string }) {
  return (<><h1 data-guide={id}>{id}</h1><p><a href={pathFor(lang(), { name: 'start' })}>{t('notFound.start')}</a></p></>);
}
