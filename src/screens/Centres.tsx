// Lazy chunk. The nearest client centre, offline: choose a municipality (?municipality=LV-022) or use the
// device's location (asked only on tap; the distance is worked out here and nothing is sent anywhere).
import '../check-core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { lang, needNamespaces, t } from '../i18n';
import { pathFor } from '../routes';
import { useTitle } from '../title';
import { inReaderOrder, placeLabel } from './check/names';
import { rigaClock, type Clock } from '../centres/hours';
import { inLatvia, haversineKm, type LatLon } from '../centres/distance';
import { inMunicipality, municipalitiesWith, nearest } from '../centres/select';
import { mergedInto } from '../rules/merged';
import { telOf } from '../centres/contact';
import type { Place } from '../centres/types';
import centresJson from '../data/centres.json';
import municipalitiesJson from '../data/municipalities.json';
import { PlaceCard } from './centres/PlaceCard';
import { sourceUrl, SourceLink } from './SourceLink';
import { LatviaMap, type MapPoint } from './centres/LatviaMap';
import './centres/centres.css';
import { echo } from '../flow/echo'; // link values shown back: capped and bidi-isolated
import { SCREEN_WORDS } from '../screen-words';

const places = centresJson.places as Place[];
interface Contacts { website?: string; phone?: string; email?: string; address?: string; caveats?: string[]; source: string[]; checked: string; shown?: string }
const municipalities = municipalitiesJson.municipalities as { code: string; name: string; type: string; centre: string; lat: number; lon: number; contacts?: Contacts }[];
// The official list is a source like any other: its URL lives in src/data/sources.json.
const OFFICIAL = sourceUrl('pakalpojumucentri');
const NEAR_VPVKAC = 5;
const NEAR_PMLP = 2;

type GeoStatus = 'idle' | 'asking' | 'ok' | 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const Official = () => <a href={OFFICIAL} hrefLang="lv" data-official>{t('centres:official')}</a>;

interface Shown { place: Place; km?: number }

function PlaceList({ items, clock, start, kind }: { items: Shown[]; clock: Clock | null; start: number; kind: string }) {
  return (
    <ol class="places" data-list={kind}>
      {items.map((s, i) => <PlaceCard key={s.place.id} place={s.place} n={start + i} distance={s.km} clock={clock} />)}
    </ol>
  );
}

const points = (lists: Shown[][]): MapPoint[] => {
  let n = 1;
  return lists.flat().map((s) => ({ id: s.place.id, lat: s.place.geo?.lat ?? 0, lon: s.place.geo?.lon ?? 0, kind: (s.place.kind === 'pmlp' ? 'pmlp' : 'vpvkac') as MapPoint['kind'], n: n++, placed: !!s.place.geo })).filter((p) => p.placed);
};

/** The municipality's own website and phone, for when we know no centre there (municipalities.json `contacts`). */
function MunicipalContacts({ contacts: c }: { contacts: Contacts }) {
  const tel = telOf(c.phone?.split(/[;,]| vai /)[0]);
  return (
    <div class="municipal-contacts" data-contacts>
      <h3>{t('centres:muni.contacts')}</h3>
      <dl class="facts">
        {c.website && <><dt>{t('centres:muni.website')}</dt><dd><a href={c.website} hrefLang="lv">{c.website.replace(/^https?:\/\/(www\.)?/, '')}</a></dd></>}
        {c.phone && <><dt>{t('centres:place.phone')}</dt><dd>{tel ? <a href={`tel:${tel}`}>{c.phone}</a> : c.phone}</dd></>}
        {c.address && <><dt>{t('centres:place.address')}</dt><dd>{c.address}</dd></>}
      </dl>
      {c.caveats && <p class="meta">{t('centres:muni.caveat')}</p>}
      <p class="sources meta">{t('centres:place.source')} {c.source.map((id, i) => <span key={id}>{i > 0 && '; '}<SourceLink id={id} /></span>)}.</p>
    </div>
  );
}

export function Centres() {
  needNamespaces(...SCREEN_WORDS.centres);
  useTitle(t('centres:title'));
  const { query, route } = useLocation();
  // An old link may name a municipality that has since merged into another: show the new one, and say so.
  const merged = mergedInto(query.municipality);
  const code = merged?.into ?? query.municipality;
  const muni = municipalities.find((m) => m.code === code);
  const [clock, setClock] = useState<Clock | null>(null);
  const [geo, setGeo] = useState<{ status: GeoStatus; pos?: LatLon }>({ status: 'idle' });
  const focusTarget = useRef<HTMLElement>(null);
  const here = pathFor(lang(), { name: 'centres' });

  // The time is read only in the browser (the prerendered page shows hours without "open now").
  useEffect(() => {
    const tick = () => setClock(rigaClock(new Date()));
    tick();
    const id = setInterval(tick, 60_000);
    return () => clearInterval(id);
  }, []);
  useEffect(() => {
    if (geo.status !== 'idle' && geo.status !== 'asking') focusTarget.current?.focus();
  }, [geo.status]);

  function locate() {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return setGeo({ status: 'unsupported' });
    setGeo({ status: 'asking' });
    navigator.geolocation.getCurrentPosition(
      (p) => setGeo({ status: 'ok', pos: { lat: p.coords.latitude, lon: p.coords.longitude } }),
      (e) => setGeo({ status: e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  }

  function choose(e: Event) {
    e.preventDefault();
    // Read the select itself: it may have been changed before the page finished hydrating.
    const value = ((e.currentTarget as HTMLFormElement).elements.namedItem('municipality') as HTMLSelectElement).value;
    setGeo({ status: 'idle' });
    route(value ? `${here}?municipality=${value}` : here);
  }

  const cities = inReaderOrder(municipalities).filter((m) => m.type !== 'novads');
  const novadi = inReaderOrder(municipalities).filter((m) => m.type === 'novads');
  const geoError = ['denied', 'unavailable', 'timeout', 'unsupported'].includes(geo.status);

  let results = null;
  if (geo.status === 'ok' && geo.pos) {
    const from = geo.pos;
    const v = nearest(places, from, 'centre', NEAR_VPVKAC);
    const p = nearest(places, from, 'pmlp', NEAR_PMLP);
    const centre = [...municipalities].sort((a, b) => haversineKm(from, a) - haversineKm(from, b))[0];
    results = (
      <div data-mode="location">
        <h2 id="results" tabIndex={-1} ref={focusTarget as never}>{t('centres:near.title')}</h2>
        {!inLatvia(from) && <p class="notice">{t('centres:near.outside')}</p>}
        <p>{t('centres:near.approx')}</p>
        <p class="notice">{t('centres:near.coverage', { count: municipalitiesWith(places, 'centre').size, total: municipalities.length })} <Official /></p>
        {inLatvia(from) && (
          <p>
            {t('centres:near.municipality', { centre: centre.centre })}{' '}
            <a href={`${here}?municipality=${centre.code}`} data-nearest-municipality={centre.code} onClick={() => setGeo({ status: 'idle' })}>{t('centres:near.showAll', { name: placeLabel(centre.code, centre.name) })}</a>
          </p>
        )}
        <LatviaMap points={points([v, p])} you={inLatvia(from) ? from : undefined} label={t('centres:map.near')} />
        <h2>{t('centres:near.vpvkac')}</h2>
        <PlaceList items={v} clock={clock} start={1} kind="vpvkac" />
        <h2>{t('centres:near.pmlp')}</h2>
        <PlaceList items={p} clock={clock} start={v.length + 1} kind="pmlp" />
      </div>
    );
  } else if (muni) {
    const from = { lat: muni.lat, lon: muni.lon };
    const v: Shown[] = inMunicipality(places, muni.code, 'centre', from).map((place) => ({ place }));
    const ownPmlp = inMunicipality(places, muni.code, 'pmlp', from);
    const p: Shown[] = ownPmlp.length ? ownPmlp.map((place) => ({ place })) : nearest(places, from, 'pmlp', 1);
    const elsewhere = v.length ? [] : nearest(places, from, 'centre', 3, muni.code);
    results = (
      <div data-mode="municipality" data-municipality={muni.code}>
        <h2 id="results" tabIndex={-1}>{t('centres:muni.title', { name: placeLabel(muni.code, muni.name) })}</h2>
        {v.length ? (
          <>
            <p data-count={v.length}>{t('centres:muni.count', { count: v.length, name: placeLabel(muni.code, muni.name) })} {t('centres:muni.partial')} <Official /></p>
            <PlaceList items={v} clock={clock} start={1} kind="vpvkac" />
          </>
        ) : (
          <div class="notice fallback" data-fallback={muni.code}>
            <p class="fallback-title">{t('centres:muni.none', { name: placeLabel(muni.code, muni.name) })}</p>
            <p>{t('centres:muni.noneBody')}</p>
            <p><Official /></p>
            {muni.contacts && <MunicipalContacts contacts={muni.contacts} />}
          </div>
        )}
        <LatviaMap points={points([v, elsewhere, p])} label={t('centres:map.municipality', { name: placeLabel(muni.code, muni.name) })} />
        {elsewhere.length > 0 && (
          <>
            <h2>{t('centres:muni.elsewhere', { centre: muni.centre })}</h2>
            <PlaceList items={elsewhere} clock={clock} start={v.length + 1} kind="elsewhere" />
          </>
        )}
        <h2>{ownPmlp.length ? t('centres:muni.pmlp', { name: placeLabel(muni.code, muni.name) }) : t('centres:muni.pmlpNearest', { centre: muni.centre })}</h2>
        <PlaceList items={p} clock={clock} start={v.length + elsewhere.length + 1} kind="pmlp" />
      </div>
    );
  }

  return (
    <div class="centres">
      <h1>{t('centres:title')}</h1>
      <p class="lead">{t('centres:lead')}</p>
      <p>{t('centres:private')}</p>
      {merged && (
        <p class="notice" data-notice="merged">{t('centres:merged', { value: merged.text })}</p>
      )}
      {code && !muni && (
        <div class="notice" data-notice="municipality">
          <h2>{t('centres:invalid.title')}</h2>
          <p>{t('centres:invalid.body', { value: echo(code) })}</p>
        </div>
      )}
      {geoError && (
        <div class="notice geo-error" data-geo-error={geo.status} tabIndex={-1} ref={focusTarget as never}>
          <h2>{t(`centres:geo.${geo.status}.title`)}</h2>
          <p>{t(`centres:geo.${geo.status}.body`)}</p>
        </div>
      )}
      <form class="choose" method="get" action={here} onSubmit={choose}>
        <div class="field">
          <label for="municipality">{t('centres:choose.label')}</label>
          <p class="hint" id="municipality-hint">{t('centres:choose.hint', { cities: cities.length, novadi: novadi.length })}</p>
          {/* Uncontrolled, so that a choice made while the page is still loading survives hydration. */}
          <select id="municipality" name="municipality" aria-describedby="municipality-hint">
            <option value="" selected={!muni}>{t('centres:choose.placeholder')}</option>
            <optgroup label={t('centres:choose.cities')}>{cities.map((m) => <option key={m.code} value={m.code} selected={m.code === muni?.code}>{placeLabel(m.code, m.name)}</option>)}</optgroup>
            <optgroup label={t('centres:choose.novadi')}>{novadi.map((m) => <option key={m.code} value={m.code} selected={m.code === muni?.code}>{placeLabel(m.code, m.name)}</option>)}</optgroup>
          </select>
        </div>
        <button class="button" type="submit">{t('centres:choose.button')}</button>
      </form>
      {/* In the HTML too, but unseen until the script runs (the button needs it): its room is kept, so the
          results below do not move when it appears. */}
      <div class={clock ? 'locate' : 'locate locate-pending'}>
        <p class="or">{t('centres:or')}</p>
        <button type="button" class="button button-secondary" onClick={locate} aria-describedby="locate-hint" disabled={geo.status === 'asking'}>
          {t(geo.status === 'asking' ? 'centres:locate.asking' : geoError ? 'centres:locate.retry' : 'centres:locate.button')}
        </button>
        <p class="hint" id="locate-hint">{t('centres:locate.hint')}</p>
      </div>
      <div aria-live="polite" class="visually-hidden">{geo.status === 'asking' ? t('centres:locate.asking') : ''}</div>
      {results}
      {clock && results && <p class="meta">{t('centres:open.holidays')}</p>}
      {/* The coordinates are used only for the map and distances, so their credit comes with them: below the
          results, never below the form, where the results arriving would push it down (layout shift). */}
      {results && (
        <p class="meta attribution">
          {t('centres:attribution.before')}{' '}
          <a href="https://www.geonames.org/">GeoNames</a> (<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>){' '}
          {t('centres:attribution.and')}{' '}
          <a href={sourceUrl('centres-dr5hn')}>countries-states-cities-database</a> (<a href="https://opendatacommons.org/licenses/odbl/1-0/">ODbL 1.0</a>).{' '}
          {t('centres:attribution.after')}
        </p>
      )}
    </div>
  );
}
