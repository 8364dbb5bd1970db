// Names that must stay recognisable: the translation with the official Latvian name beside it.
import { bundle, hasNamespace, lang, t } from '../../i18n';
import { facts, getMeans } from '../../rules/facts';

/**
 * The official Latvian name to show in brackets beside a translation, or nothing when the translation already
 * carries it ("Smart-ID", "E-veselība (рецепты…)"). The official name's own bracketed tail ("(BIS)",
 * "(e-receptes, …)") is left out, so brackets never nest.
 */
export function officialBeside(translated: string, official: string): string | undefined {
  const core = official.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return translated.toLowerCase().includes(core.toLowerCase()) ? undefined : core;
}

function WithOfficial({ translated, official }: { translated: string; official: string }) {
  const beside = officialBeside(translated, official);
  return (
    <>
      {translated}
      {beside && <> <span class="official" lang="lv">({beside})</span></>}
    </>
  );
}

export function ServiceName({ id }: { id: string }) {
  const lv = facts.services.find((s) => s.id === id)!.nameLv;
  if (lang() === 'lv') return <>{lv}</>;
  return <WithOfficial translated={t(`service.${id}.name`)} official={lv} />;
}

export function MeansName({ id }: { id: string }) {
  if (lang() === 'lv') return <>{t(`means.${id}`)}</>;
  return <WithOfficial translated={t(`means.${id}`)} official={getMeans(id).nameLv} />;
}

/** A municipality in the reader's language where a standard name exists (locales/<lang>/places.json, by code):
 * "Рига", "Резекненский край", "Riga"; the official Latvian name comes with it wherever it differs. */
export function placeName(code: string, official: string): string {
  return lang() === 'lv' || !hasNamespace('places') ? official : t(`places:${code}`);
}

/** "Резекненский край (Rēzeknes novads)": for lists and headings, so the official name stays visible and searchable. */
export function placeLabel(code: string, official: string): string {
  const name = placeName(code, official);
  return name === official ? official : `${name} (${official})`;
}

/** Municipalities in the reader's alphabetical order: places.json is stored in it (the data file is in Latvian
 * order), so nothing is sorted at run time (Intl's collator would cost a phone a noticeable pause). */
export function inReaderOrder<T extends { code: string }>(list: readonly T[]): T[] {
  if (lang() === 'lv' || !hasNamespace('places')) return [...list];
  const rank = new Map(Object.keys(bundle('places')).map((c, i) => [c, i]));
  return [...list].sort((a, b) => (rank.get(a.code) ?? rank.size) - (rank.get(b.code) ?? rank.size));
}
