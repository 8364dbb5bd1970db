// Names that must stay recognisable: the translation with the official Latvian name beside it.
import { lang, t } from '../../i18n';
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
