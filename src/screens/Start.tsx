// WARNING: first-load path. Keep it small: no data, no rules here.
// The start page: what the check does, how long it takes, that nothing leaves the device.
import { useLocation } from 'preact-iso';
import { lang, t } from '../i18n';
import { useEffect } from 'preact/hooks';
import { pathFor } from '../routes';

export function Start() {
  const { url } = useLocation();
  // A municipal deep link (?service=…&municipality=…) passes straight through to the check,
  // which validates it; the start page itself never interprets the query.
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  useEffect(() => {
    document.title = t('app.title'); // the service's own title: this page is its front door
  }, []);
  return (
    <>
      <h1>{t('start.title')}</h1>
      <p class="lead">{t('start.lead')}</p>
      <ul class="ticks">
        <li>{t('start.minute')}</li>
        <li>{t('start.private')}</li>
        <li>{t('start.offline')}</li>
      </ul>
      <p>
        <a class="button button-start" href={pathFor(lang(), { name: 'question', id: 'next' }) + search} draggable={false}>
          {t('start.button')}
        </a>
      </p>
      <noscript><p class="notice">{t('start.noscript')}</p></noscript>
      <h2>{t('start.whatYouNeed')}</h2>
      <p>{t('start.whatYouNeedBody')}</p>
      <h2>{t('start.stuck')}</h2>
      <p>
        {t('start.stuckBody')}{' '}
        <a href={pathFor(lang(), { name: 'centres' })}>{t('app.findCentre')}</a>
      </p>
      <p><a href={pathFor(lang(), { name: 'open' })}>{t('app.openSigned')}</a></p>
    </>
  );
}
