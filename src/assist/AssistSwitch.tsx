// WARNING: first-load path (in the header of every page). Keep it small.
// The visible switch for assisted mode: same page, same answers, only ?mode=assist added or removed.
import { useLocation } from 'preact-iso';
import { t } from '../i18n';
import { isAssist, withAssist, sticky } from './mode';

export const splitUrl = (url: string): [string, string] => {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
};

export function AssistSwitch() {
  const { url, route } = useLocation();
  const [path, search] = splitUrl(url);
  const on = isAssist(search);
  const toggle = () => {
    sticky.on = !on;
    route(withAssist(path, search, !on));
  };
  return (
    <button type="button" class="assist-switch" aria-pressed={on ? 'true' : 'false'} onClick={toggle} data-assist-switch>
      {t('app.assist')}
    </button>
  );
}
