// Lazy chunk. "What we assume", for municipal web editors and service owners: /rules/ (the services),
// /rules/<service>/ and /rules/<service>/<municipality>/ (the channel, accepted tools with their dates, fees,
// in person, sources with dates, the questions the check asks, and how to send a correction). Not precached:
// residents never need these offline (vite.config.ts globIgnores; src/sw.ts caches them on first visit).
import '../check-core';
import { lang, needNamespaces, t } from '../i18n';
import { dateLong, euro } from '../i18n/format';
import { pathFor } from '../routes';
import { dateOf as factDate, facts, findService, getPortal, variesByMunicipality } from '../rules/facts';
import { factEntries, factStore } from '../rules/fact-store';
import { formatFactValue } from './check/factVars';
import { channelOf, channelRecords, type MunicipalVariant } from '../rules/municipal';
import { recordOf } from '../rules/record';
import { questions } from '../flow/questions';
import type { Service, Variant } from '../rules/types';
import { CORRECTIONS_EMAIL, CORRECTIONS_SET } from '../config';
import municipalitiesJson from '../data/municipalities.json';
import { SourceLink } from './SourceLink';
import { NotFound } from './NotFound';
import './rules.css';
import { SCREEN_WORDS } from '../screen-words';

interface Contacts { website?: string; phone?: string; email?: string; address?: string; caveats?: string[]; source: string[]; checked: string }
const munis = municipalitiesJson.municipalities as { code: string; name: string; contacts?: Contacts }[];
/**
 * The first day Latvija.gov.lv took no bank login (the day after the fact's last day): a page older than this (or
 * undated) may list tools no longer taken.
 */
const BANK_LOGIN_GONE = new Date(Date.parse(factDate('latvija-gov-lv-bank-login-until')!) + 86_400_000).toISOString().slice(0, 10);

export const rulesHref = (service?: string, municipality?: string) => pathFor(lang(), { name: 'rules', service: service ?? '', municipality: municipality ?? '' });

const serviceName = (id: string) => {
  const lv = findService(id)!.nameLv;
  return lang() === 'lv' ? lv : `${t(`service.${id}.name`)} (${lv})`;
};
const dateOf = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? dateLong(d) : d === 'undated' ? t('rules:undated') : d);
/** Each fact's latest entry, formatted, for words that interpolate a fact (this page has no "today"). */
const latestFacts = () => Object.fromEntries(Object.keys(factStore).map((id) => [id, formatFactValue(factEntries(id).at(-1)!)]));
const Sources = ({ ids }: { ids: string[] }) => <>{ids.map((id, i) => <span key={id}>{i > 0 && '; '}<SourceLink id={id} /></span>)}</>;

function Accepts({ v }: { v: Variant }) {
  const portal = getPortal(v.portal);
  if (portal.kind === 'none') return <p>{t('rules:accepts.none')}</p>;
  if (portal.kind === 'signature') return <p>{t('rules:accepts.signature')}</p>;
  const login = portal.loginVia ? getPortal(portal.loginVia) : portal;
  return (
    <>
      <ul data-accepts>
        {login.accepts.map((a) => (
          <li key={a.means}>
            <strong>{t(`means.${a.means}`)}</strong>: {a.from ? t('rules:accepts.from', { date: dateLong(factDate(a.from)!) }) : t('rules:accepts.fromAlways')}
            {a.until ? `, ${t('rules:accepts.until', { date: dateLong(factDate(a.until)!) })}` : ''}
            {a.only === 'certain-banks' ? ` (${t('rules:accepts.certainBanks')})` : ''}. <span class="meta">{t('rules:source')} <Sources ids={a.source} />; {t('rules:checked', { date: dateLong(a.checked) })}</span>
          </li>
        ))}
        {facts.law.map((a) => (
          <li key={`law-${a.means}`}>
            <strong>{t(`means.${a.means}`)}</strong>: {t('rules:accepts.law', { date: dateLong(factDate(a.from)!) })} <span class="meta">{t('rules:source')} <Sources ids={a.source} /></span>
          </li>
        ))}
      </ul>
      {(portal.meansNotStated || portal.unknownRoute) && <p>{t('rules:accepts.notStated')}</p>}
    </>
  );
}

function VariantFacts({ v }: { v: Variant & Partial<MunicipalVariant> }) {
  const channel = channelOf(v);
  const portal = getPortal(v.portal);
  return (
    <dl class="facts rules-facts" data-channel={channel}>
      <dt>{t('rules:channel.label')}</dt>
      <dd>
        {t(`rules:channel.${channel}`)}
        {portal.name && channel !== 'unknown' && <> – {portal.name}{v.code ? ` (${v.code})` : ''}</>}
        {v.url && <> · <a href={v.url} hrefLang="lv" rel="noopener" data-service-url>{v.url.replace(/^https?:\/\//, '')}</a></>}
        {v.alsoEsignedEmail && <p>{t('rules:channel.alsoEsignedEmail')}</p>}
        {v.says && <blockquote lang="lv" data-says>“{v.says}”{v.shown ? <span class="meta"> ({t('rules:shown', { date: dateOf(v.shown) })})</span> : null}</blockquote>}
      </dd>
      <dt>{t('rules:accepts.label')}</dt>
      <dd><Accepts v={v} /></dd>
      {v.loginMeans?.length ? (
        <>
          <dt>{t('rules:named.label')}</dt>
          <dd data-login-means>
            {v.loginMeans.map((l) => t(`means.${l.means}`, { defaultValue: l.means })).join(', ')} ({t('rules:shown', { date: dateOf(v.loginMeans[0].shown) })}).
            {(v.loginMeans[0].shown === 'undated' || v.loginMeans[0].shown < BANK_LOGIN_GONE) && <> {t('rules:named.old', { date: dateLong(BANK_LOGIN_GONE, 'gen') })}</>}
          </dd>
        </>
      ) : null}
      <dt>{t('rules:signature.label')}</dt>
      <dd>{t(`rules:signature.${String(v.signature === true || portal.kind === 'signature' ? true : v.signature)}`)}</dd>
      <dt>{t('rules:fees.label')}</dt>
      <dd>
        {t('rules:fees.online')}: <Money value={v.onlineFee} />
        {(v.fees ?? []).map((f) => { const raw = f as unknown as { what: string; fact?: string; amount?: number; source?: string[] }; return <div key={raw.what}>{t(`fee.${raw.what}`)}: <Money value={raw.fact ?? raw.amount ?? null} />{raw.source?.length ? <> <span class="meta">{t('rules:source')} <Sources ids={raw.source} /></span></> : null}</div>; })}
      </dd>
      <dt>{t('rules:deadlines.label')}</dt>
      <dd>{v.deadline ? <FactValues id={v.deadline} format={(x) => t(`result.unit.${x.unit}`, { count: x.value as number })} /> : t('rules:deadlines.none')}</dd>
      {v.visitAfter && (
        <>
          <dt>{t('rules:visitAfter.label')}</dt>
          <dd data-visit-after={v.visitAfter.place}>
            {/* The time allowed shows its own source (FactValues); visitAfter.source is also among the variant's sources. */}
            {t(`place.${v.visitAfter.place}`)}
            {v.visitAfter.within && <>, {t('rules:visitAfter.within')} <FactValues id={v.visitAfter.within} format={(x) => t(`result.unit.${x.unit}`, { count: x.value as number })} /></>}
          </dd>
        </>
      )}
      {v.ready && (
        <>
          <dt>{t('rules:ready.label')}</dt>
          <dd data-ready>{v.ready.map((id) => t(`ready.${id}`)).join('; ')}.</dd>
        </>
      )}
      <dt>{t('rules:inPerson.label')}</dt>
      <dd>
        {v.inPerson ? (
          <>
            {t(`place.${v.inPerson.place}`)}{v.inPerson.address ? `, ${v.inPerson.address}` : ''}. {t('rules:inPerson.fee')}: <Money value={v.inPerson.fee as number | string | null} />.{' '}
            {t('rules:inPerson.bring')}: {v.inPerson.bring.map((b) => t(`bring.${b}`, latestFacts())).join(', ')}.
          </>
        ) : t('rules:notStated')}
      </dd>
      <dt>{t('rules:sources')}</dt>
      <dd data-sources>{v.source.length ? <><Sources ids={v.source} />. {t('rules:checked', { date: dateLong(v.checked) })}</> : t('rules:noSource')}</dd>
    </dl>
  );
}

function ContactsBlock({ code }: { code: string }) {
  const c = munis.find((m) => m.code === code)?.contacts;
  if (!c) return null;
  return (
    <div class="notice" data-contacts>
      <h2>{t('rules:contacts.title')}</h2>
      <p>{t('rules:contacts.body')}</p>
      <ul>
        {c.website && <li><a href={c.website} hrefLang="lv" rel="noopener">{c.website}</a></li>}
        {c.phone && <li>{t('rules:contacts.phone')}: {c.phone}</li>}
        {c.email && <li>{t('rules:contacts.email')}: {c.email}</li>}
        {c.address && <li>{t('rules:contacts.address')}: {c.address}</li>}
      </ul>
      {c.caveats && <p>{t('rules:contacts.caveat')}</p>}
      <p class="meta">{t('rules:source')} <Sources ids={c.source} />. {t('rules:checked', { date: dateLong(c.checked) })}</p>
    </div>
  );
}

/** The check's questions as a readable list, with when each is asked (src/flow/questions.ts). */
function Graph({ s, v }: { s: Service; v: Variant }) {
  const online = getPortal(v.portal).kind !== 'none';
  const vars = latestFacts(); // a question may name a fact ({{signing-activation-hours}})
  return (
    <>
      <h2>{t('rules:graph.title')}</h2>
      <p>{t('rules:graph.lead')}</p>
      <ol class="rules-graph" data-graph>
        {questions.map((q) => {
          const asked = q.id === 'service' ? true : q.id === 'municipality' ? variesByMunicipality(s) : online ? undefined : false;
          return (
            <li key={q.id} data-question={q.id} data-asked={asked === undefined ? 'sometimes' : String(asked)}>
              <strong>{t(`q.${q.id}.title`, vars)}</strong> <code>{q.id}</code>
              <br />{t(`rules:graph.when.${q.id}`, vars)} {asked === false && <em>{t('rules:graph.notAsked')}</em>}
            </li>
          );
        })}
        <li data-question="result"><strong>{t('rules:graph.result')}</strong>: {(['online-now', 'start-online', 'after-steps', 'ask-municipality', 'in-person'] as const).map((x) => t(`verdict.${x}.title`)).join(' · ')}</li>
      </ol>
    </>
  );
}

function Correction({ s, code }: { s: Service; code?: string }) {
  const record = code ? channelRecords.find((r) => r.service === s.id && r.municipality === code) : undefined;
  const json = record ? JSON.stringify({ ...recordOf(record), checked: 'YYYY-MM-DD' }, null, 2) : '';
  const where = code ? `${s.id} / ${code}` : s.id;
  const body = `${t('rules:correction.mailBody', { where })}\n\n${json}\n`;
  const href = `mailto:${CORRECTIONS_EMAIL}?subject=${encodeURIComponent(`e-Gatavs: ${where}`)}&body=${encodeURIComponent(body)}`;
  return (
    <section aria-labelledby="correction" data-correction>
      <h2 id="correction">{t('rules:correction.title')}</h2>
      <p>{t('rules:correction.body')}</p>
      {!CORRECTIONS_SET && <p class="notice" data-no-address>{t('rules:correction.noAddress')}</p>}
      <p><a class="button button-secondary" href={href} data-mailto>{t('rules:correction.mail')}</a></p>
      {record && (
        <>
          <p>{t('rules:correction.record')}</p>
          <pre class="rules-record" data-record tabIndex={0}>{json}</pre>
        </>
      )}
    </section>
  );
}

export function Rules({ service, municipality }: { service: string; municipality: string }) {
  needNamespaces(...SCREEN_WORDS.rules);
  const s = service ? findService(service) : undefined;
  const m = municipality ? munis.find((x) => x.code === municipality) : undefined;
  if ((service && !s) || (municipality && (!m || !s || !variesByMunicipality(s)))) return <NotFound />;

  if (!s) {
    return (
      <div class="rules" data-rules="index">
        <h1>{t('rules:title')}</h1>
        <p class="lead">{t('rules:lead')}</p>
        <ul>{facts.services.map((x) => <li key={x.id}><a href={rulesHref(x.id)}>{serviceName(x.id)}</a></li>)}</ul>
      </div>
    );
  }

  const varies = variesByMunicipality(s);
  if (!m) {
    return (
      <div class="rules" data-rules="service" data-service={s.id}>
        <p class="meta"><a href={rulesHref()}>{t('rules:title')}</a></p>
        <h1>{serviceName(s.id)}</h1>
        <p class="lead">{t('rules:lead')}</p>
        {varies ? (
          <>
            <h2>{t('rules:perMunicipality')}</h2>
            <table class="rules-table">
              <caption class="visually-hidden">{t('rules:perMunicipality')}</caption>
              <thead><tr><th scope="col">{t('rules:municipality')}</th><th scope="col">{t('rules:channel.label')}</th></tr></thead>
              <tbody>
                {munis.map((x) => (
                  <tr key={x.code} data-row={x.code}>
                    <th scope="row"><a href={rulesHref(s.id, x.code)}>{x.name}</a></th>
                    <td>{t(`rules:channel.${channelOf(s.variants[x.code] ?? s.variants['*'])}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : <VariantFacts v={s.variants['*']} />}
        <Graph s={s} v={s.variants['*']} />
        <Correction s={s} />
      </div>
    );
  }

  const v = s.variants[m.code] ?? s.variants['*'];
  return (
    <div class="rules" data-rules="municipality" data-service={s.id} data-municipality={m.code}>
      <p class="meta"><a href={rulesHref()}>{t('rules:title')}</a> › <a href={rulesHref(s.id)}>{serviceName(s.id)}</a></p>
      <h1>{serviceName(s.id)}: {m.name}</h1>
      <p class="lead">{t('rules:lead')}</p>
      {channelOf(v) === 'unknown' && <ContactsBlock code={m.code} />}
      <VariantFacts v={v} />
      <p><a href={`${pathFor(lang(), { name: 'start' })}?service=${s.id}&municipality=${m.code}`}>{t('rules:tryCheck')}</a></p>
      <Graph s={s} v={v} />
      <Correction s={s} code={m.code} />
    </div>
  );
}

/**
 * A value as the data states it: a number in EUR, null (not stated), or a fact id — for editors, every dated
 * entry of the fact (e.g. the eID fee by year) with its source, not only today's.
 */
function Money({ value }: { value: number | string | null }) {
  if (value === null) return <>{t('rules:notStated')}</>;
  if (typeof value === 'number') return <>{euro(value)}</>;
  return <FactValues id={value} format={(x) => (typeof x.value === 'number' ? euro(x.value) : t('rules:notStated'))} />;
}

function FactValues({ id, format }: { id: string; format: (x: ReturnType<typeof factEntries>[number]) => string }) {
  const entries = factEntries(id);
  if (!entries.length) return <>{t('rules:notStated')}</>;
  return (
    <span data-fact={id}>
      {entries.map((x, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}{format(x)}
          {x.from ? ` (${t('rules:accepts.from', { date: dateLong(x.from) })}${x.until ? `, ${t('rules:accepts.until', { date: dateLong(x.until) })}` : ''})` : x.until ? ` (${t('rules:accepts.until', { date: dateLong(x.until) })})` : ''}
          {' '}<span class="meta">{t('rules:source')} <Sources ids={x.source} /></span>
        </span>
      ))}
    </span>
  );
}
