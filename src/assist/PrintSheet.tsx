// Print only: what a visitor needs on paper to act alone, next to the result (which print.css unfolds):
// the client centre and the PMLP office nearest to the municipality asked, with address, phone and opening
// hours as published, what we know is uncertain about each (the centre finder's notes: a general line, not the
// centre's own; a town from an old leaflet), and the address of the full list. Its data and the notes' words are
// lazy, loaded when the result shows, so they are there before anyone prints.
import { useEffect, useState } from 'preact/hooks';
import { loadNamespace, t } from '../i18n';
import type { Place } from '../centres/types';
import type { PrintCentres } from './print-centres';

/** Notes the lines above say already (no hours: "call before you go"; call first: the address line). */
const SAID = new Set(['no-hours', 'call-first']);

function PlaceLines({ place: p, title, group }: { place: Place; title: string; group: 'centre' | 'pmlp' }) {
  return (
    <div class="print-place" data-print-place={group} data-kind={p.kind}>
      <h3>{title}</h3>
      <p><strong>{p.name ?? p.locality}</strong></p>
      <p>{t('assist:print.address')}: {p.address ?? `${p.locality} (${t('assist:print.noAddress')})`}</p>
      {p.phone && <p>{t('assist:print.phone')}: {p.phone}</p>}
      {p.hours ? (
        <p>
          {t(p.hours.general ? 'assist:print.hoursGeneral' : 'assist:print.hours')}:{' '}
          <span lang="lv">{Object.entries(p.hours.text).map(([d, h]) => `${d} ${h}`).join('; ')}</span>
        </p>
      ) : (
        <p>{t('assist:print.hoursUnknown')}</p>
      )}
      {p.notes.filter((n) => !SAID.has(n)).map((n) => <p key={n} class="print-note" data-print-note={n}>{t(`centres:note.${n}`, { to: p.moveTo })}</p>)}
    </div>
  );
}

export function PrintSheet({ municipality, centresUrl }: { municipality?: string; centresUrl: string }) {
  const [found, setFound] = useState<PrintCentres | null>();
  useEffect(() => {
    if (!municipality) return setFound(null);
    let live = true;
    Promise.all([import('./print-centres'), loadNamespace('centres')]).then(([m]) => live && setFound(m.centresFor(municipality) ?? null));
    return () => void (live = false);
  }, [municipality]);
  if (found === undefined) return null;
  return (
    <section class="print-only print-centres" data-print-centre={found ? municipality : 'none'}>
      <h2>{t('assist:print.where')}</h2>
      {found?.vpvkac && <PlaceLines group="centre" place={found.vpvkac} title={t('assist:print.vpvkac', { municipality: found.municipality })} />}
      {found?.pmlp && <PlaceLines group="pmlp" place={found.pmlp} title={t('assist:print.pmlp')} />}
      <p>{t('assist:print.all')}: {centresUrl}</p>
    </section>
  );
}
