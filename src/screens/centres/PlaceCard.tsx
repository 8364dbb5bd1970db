// Lazy chunk (centre finder). One centre or office: name, address, hours with open-now, contacts, source.
import { t } from '../../i18n';
import { openState, formatMinute, type Clock } from '../../centres/hours';
import type { Place } from '../../centres/types';
import { openText, dayName, km, dateText } from './format';
import { SourceLink } from '../SourceLink';

/**
 * A link to a public map that searches for the address: it works on iPhone, Android and desktop alike (a geo: URI
 * does nothing on iPhone or desktop). It is a link the person follows; this page requests nothing from it.
 */
const mapHref = (p: Place) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(p.address!)}`;
/** Notes the card says in other words already (no hours; call first: the address line says so). */
const SAID = new Set(['no-hours', 'call-first']);

export function PlaceCard({ place: p, n, distance, clock, headingLevel = 3 }: { place: Place; n?: number; distance?: number; clock: Clock | null; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as 'h3';
  const name = p.name ?? t(p.kind === 'pmlp' ? 'centres:place.unnamedPmlp' : 'centres:place.unnamed', { locality: p.locality });
  // General hours (not this branch's own) never say "open now": the branch may keep other hours.
  const general = !!p.hours?.general;
  const state = clock && !general ? openState(p.hours?.week, clock) : null;
  return (
    <li class={`place place-${p.kind}`} data-place={p.id} data-kind={p.kind} data-open={general ? 'general' : state?.state}>
      <H class="place-name">
        {n !== undefined && <span class="place-n" aria-hidden="true">{n}</span>}
        {name}
      </H>
      <p class="meta">
        {t(`centres:kind.${p.kind}`)}
        {distance !== undefined && <> · {t('centres:near.distance', { km: km(distance) })}</>}
      </p>
      <dl class="facts">
        <dt>{t('centres:place.address')}</dt>
        <dd>
          {p.address ?? <span data-call-first>{t(p.tel ? 'centres:place.callFirst' : 'centres:place.callFirstNoPhone', { locality: p.locality })}</span>}
          {p.address && (
            <>
              {' '}
              <a class="map-link" href={mapHref(p)} rel="noopener">{t('centres:place.map')}<span class="visually-hidden">: {p.address}</span></a>
            </>
          )}
        </dd>
        <dt>{t('centres:place.hours')}</dt>
        <dd>
          {state && state.state !== 'unknown' && <p class={`open open-${state.state}`} data-open-text>{openText(state)}</p>}
          {general && <p class="open open-general" data-open-text>{t('centres:open.general')}</p>}
          {p.hours ? (
            <>
              <table class="hours">
                <caption class="visually-hidden">{t('centres:place.hoursOf', { name })}</caption>
                <tbody>
                  {p.hours.week.map((day, d) => (
                    <tr key={d} aria-current={clock?.day === d ? 'date' : undefined}>
                      <th scope="row">{dayName(d)}</th>
                      <td>{day.length ? day.map(([a, b]) => `${formatMinute(a)}–${formatMinute(b)}`).join(', ') : t('centres:place.closed')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <details class="as-written">
                <summary>{t('centres:place.asWritten')}</summary>
                <ul lang="lv">{Object.entries(p.hours.text).map(([k, v]) => <li key={k}>{k} {v}</li>)}</ul>
              </details>
            </>
          ) : (
            <span>{t(p.tel ? 'centres:place.hoursUnknownCall' : 'centres:place.hoursUnknown')}</span>
          )}
        </dd>
        {p.phone && p.tel && (
          <>
            <dt>{t('centres:place.phone')}</dt>
            <dd><a href={`tel:${p.tel}`}>{p.phone}</a></dd>
          </>
        )}
        {p.email && (
          <>
            <dt>{t('centres:place.email')}</dt>
            <dd><a href={`mailto:${p.email}`}>{p.email}</a></dd>
          </>
        )}
      </dl>
      {p.notes.filter((x) => !SAID.has(x)).length > 0 && (
        <ul class="place-notes">
          {p.notes.filter((x) => !SAID.has(x)).map((x) => <li key={x}>{t(`centres:note.${x}`, { to: p.moveTo })}</li>)}
        </ul>
      )}
      <p class="sources">
        {t('centres:place.source')}{' '}
        {p.source.map((id, i) => (
          <span key={id}>{i > 0 && '; '}<SourceLink id={id} /></span>
        ))}
        . {t('centres:place.dates', { shown: dateText(p.shown), checked: dateText(p.checked) })}
      </p>
    </li>
  );
}
