// Names that must stay recognisable: the translation with the official Latvian name beside it.
import { lang, t } from '../../i18n';
import { facts, getMeans } from '../../rules/facts';

export function ServiceName({ id }: { id: string }) {
  const lv = facts.services.find((s) => s.id === id)!.nameLv;
  if (lang() === 'lv') return <>{lv}</>;
  return (
    <>
      {t(`service.${id}.name`)} <span class="official" lang="lv">({lv})</span>
    </>
  );
}

export function MeansName({ id }: { id: string }) {
  const lv = getMeans(id).nameLv;
  if (lang() === 'lv') return <>{t(`means.${id}`)}</>;
  return (
    <>
      {t(`means.${id}`)} <span class="official" lang="lv">({lv})</span>
    </>
  );
}
