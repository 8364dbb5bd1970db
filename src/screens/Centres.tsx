// Lazy chunk. Placeholder until issue 4 lands the centre finder.
import { t } from '../i18n';
export function Centres() {
  return (<><h1>{t('app.findCentre')}</h1><p><a href="https://www.pakalpojumucentri.lv/vpvkac">pakalpojumucentri.lv/vpvkac</a></p></>);
}
