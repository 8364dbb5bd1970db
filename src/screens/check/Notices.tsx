// What we dropped from the link, said plainly, with the way forward being the page itself.
import { t } from '../../i18n';
import { ON_MIN, type Notice } from '../../flow/url';

export function Notices({ notices }: { notices: Notice[] }) {
  if (!notices.length) return null;
  return (
    <div class="notice" role="region" aria-labelledby="notices-title" data-notices={notices.length}>
      <h2 id="notices-title">{t('notice.title')}</h2>
      <ul>
        {notices.slice(0, 5).map((n, i) => (
          <li key={i} data-notice={n.key}>
            {t(`notice.${n.problem}`, { key: t(`notice.keys.${n.key}`, { defaultValue: n.key }), value: n.value, minYear: ON_MIN.slice(0, 4) })}
          </li>
        ))}
        {notices.length > 5 && <li>{t('notice.more', { count: notices.length - 5 })}</li>}
      </ul>
    </div>
  );
}
