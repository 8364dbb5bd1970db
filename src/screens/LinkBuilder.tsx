// Lazy chunk. Placeholder until issue 5 lands the link builder.
import { t } from '../i18n';
export function LinkBuilder() {
  return <h1>{t('app.linkBuilder')}</h1>;
}
