// Lazy chunk: the link builder for municipal and state web editors. Pick a service (and, where the
// service differs between municipalities, a municipality) and a language; get the link, a QR code made
// on the device (SVG and PNG files), and the HTML of an accessible "Check if you're ready" button, with a
// live preview rendered from the same values (never from HTML strings).
import '../check-core';
import { useEffect, useState } from 'preact/hooks';
import { lang, needNamespaces, t } from '../i18n';
import { SCREEN_WORDS } from '../screen-words';
import { LANGS, LANG_NAMES, pathFor, type Lang } from '../routes';
import { toQuery } from '../flow/url';
import { facts, findService, variesByMunicipality } from '../rules/facts';
import { channelOf } from '../rules/municipal';
import municipalitiesJson from '../data/municipalities.json';
import type { Answers } from '../rules/types';
import { QrCode, qrPngFile, qrSvgFile } from '../assist/qr';
import { useTitle } from '../title';
import { inReaderOrder, officialBeside, placeLabel } from './check/names';
import '../assist/builder.css';

/** The button's words in the language of the check it opens (the editor's page may be in any language). */
export const BUTTON_TEXT: Record<Lang, string> = {
  lv: 'Pārbaudiet, vai varat to izdarīt tiešsaistē',
  en: 'Check if you’re ready to do it online',
  ru: 'Проверьте, готовы ли вы сделать это онлайн',
  uk: 'Перевірте, чи готові ви зробити це онлайн',
};
/** Inline styles, so the snippet needs no stylesheet: 7.1:1 contrast, 48 px high, underlined like a link. */
const BUTTON_STYLE: Record<string, string> = {
  display: 'inline-block', 'min-height': '48px', padding: '12px 20px', 'border-radius': '4px', background: '#0a6b2d',
  color: '#ffffff', 'font-weight': '700', 'font-size': '18px', 'line-height': '24px', 'text-decoration': 'underline',
};
const styleText = Object.entries(BUTTON_STYLE).map(([k, v]) => `${k}:${v}`).join(';');
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function checkLink(origin: string, to: Lang, service: string, municipality?: string): string {
  const answers = { service, ...(municipality ? { municipality } : {}) } as Answers;
  return origin + pathFor(to, { name: 'start' }) + toQuery(answers);
}

export function snippetFor(link: string, to: Lang): string {
  return `<a href="${attr(link)}" lang="${to}" hreflang="${to}" style="${attr(styleText)}">${text(BUTTON_TEXT[to])}</a>`;
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Contacts = { website?: string; phone?: string; address?: string; caveats?: string[] };
const muniList = municipalitiesJson.municipalities as { code: string; name: string; contacts?: Contacts }[];

/**
 * Where we know no online channel for this service in this municipality (or only in person), the editor is told
 * before sharing the link, with what a resident will see: the municipality's own contacts.
 */
function ChannelWarning({ service, code }: { service: string; code: string }) {
  const s = findService(service)!;
  const channel = channelOf(s.variants[code] ?? s.variants['*']);
  const m = muniList.find((x) => x.code === code);
  if (!m || (channel !== 'unknown' && channel !== 'in-person-only')) return null;
  const c = m.contacts;
  return (
    <div class="notice" role="status" data-channel-warning={channel}>
      <h2>{t(channel === 'unknown' ? 'assist:builder.unknownTitle' : 'assist:builder.inPersonTitle', { name: m.name })}</h2>
      <p>{t(channel === 'unknown' ? 'assist:builder.unknownBody' : 'assist:builder.inPersonBody')}</p>
      {channel === 'unknown' && c && (
        <>
          <h3>{t('assist:builder.residentSees')}</h3>
          <ul data-resident-sees>
            {c.website && <li>{c.website}</li>}
            {c.phone && <li>{c.phone}</li>}
            {c.address && <li>{c.address}</li>}
          </ul>
        </>
      )}
    </div>
  );
}

export function LinkBuilder() {
  // Prerendered whole, so nothing shifts when the page comes to life (it used to paint its title alone first).
  needNamespaces(...SCREEN_WORDS.link);
  useTitle(t('app.linkBuilder'));
  const ui = lang();
  const [service, setService] = useState(facts.services.find((s) => s.popular)?.id ?? facts.services[0].id);
  const [municipality, setMunicipality] = useState('');
  const [to, setTo] = useState<Lang>(ui);
  const [status, setStatus] = useState('');
  const varies = variesByMunicipality(findService(service)!);
  // The prerendered page cannot know the host it will be served from: the address is completed once it runs
  // (a hydrating render keeps the prerendered attributes, so this must be a second render).
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(location.origin), []);
  const link = checkLink(origin, to, service, varies ? municipality || undefined : undefined);
  const snippet = snippetFor(link, to);
  const file = `e-gatavs-${service}${varies && municipality ? '-' + municipality : ''}-${to}`;
  const name = (id: string) => {
    const lv = facts.services.find((s) => s.id === id)!.nameLv;
    if (ui === 'lv') return lv;
    const beside = officialBeside(t(`service.${id}.name`), lv);
    return beside ? `${t(`service.${id}.name`)} (${beside})` : t(`service.${id}.name`);
  };
  const copy = async (value: string, done: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(done);
    } catch {
      setStatus('');
    }
  };
  const sorted = inReaderOrder(facts.municipalities); // the reader's alphabetical order

  return (
    <div class="link-builder" data-link-builder>
      <h1>{t('assist:builder.title')}</h1>
      <p class="lead">{t('assist:builder.lead')}</p>
      <form onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="lb-service">{t('assist:builder.service')}</label>
          <select id="lb-service" value={service} onChange={(e) => { setService((e.target as HTMLSelectElement).value); setStatus(''); }}>
            {facts.services.map((s) => <option key={s.id} value={s.id}>{name(s.id)}</option>)}
          </select>
        </div>
        {varies && (
          <div class="field">
            <label for="lb-municipality">{t('assist:builder.municipality')}</label>
            <p class="hint" id="lb-municipality-hint">{t('assist:builder.municipalityHint')}</p>
            <select id="lb-municipality" aria-describedby="lb-municipality-hint" value={municipality}
              onChange={(e) => { setMunicipality((e.target as HTMLSelectElement).value); setStatus(''); }}>
              <option value="">{t('assist:builder.anyMunicipality')}</option>
              {sorted.map((m) => <option key={m.code} value={m.code}>{placeLabel(m.code, m.name)}</option>)}
            </select>
          </div>
        )}
        {varies && municipality && <ChannelWarning service={service} code={municipality} />}
        <p><a href={pathFor(ui, { name: 'rules', service, municipality: varies ? municipality : '' })} data-rules-link>
          {t(varies && municipality ? 'assist:builder.rulesLink' : 'assist:builder.rulesLinkAll')}
        </a></p>
        <fieldset class="field">
          <legend>{t('assist:builder.language')}</legend>
          <div class="choices">
            {LANGS.map((l) => (
              <div class="choice" key={l}>
                <input type="radio" name="lb-lang" id={`lb-lang-${l}`} value={l} checked={to === l} onChange={() => { setTo(l); setStatus(''); }} />
                <label for={`lb-lang-${l}`} lang={l}><span>{LANG_NAMES[l]}</span></label>
              </div>
            ))}
          </div>
        </fieldset>
      </form>

      <h2 id="lb-link-title">{t('assist:builder.result')}</h2>
      <p class="lb-link"><a href={link} data-lb-link>{link}</a></p>
      <p>
        <button type="button" class="button button-secondary" onClick={() => copy(link, t('assist:builder.copied'))}>{t('assist:builder.copy')}</button>
      </p>

      <h2>{t('assist:builder.qr')}</h2>
      <QrCode text={link} label={t('assist:builder.qr')} class="qr lb-qr" />
      <p class="lb-downloads">
        <button type="button" class="button button-secondary" data-download="png" onClick={() => qrPngFile(link).then((b) => download(`${file}.png`, b))}>
          {t('assist:builder.png')}
        </button>{' '}
        <button type="button" class="button button-secondary" data-download="svg"
          onClick={() => qrSvgFile(link, BUTTON_TEXT[to]).then((svg) => download(`${file}.svg`, new Blob([svg], { type: 'image/svg+xml' })))}>
          {t('assist:builder.svg')}
        </button>
      </p>

      <h2>{t('assist:builder.snippet')}</h2>
      <p class="hint" id="lb-snippet-hint">{t('assist:builder.snippetHint')}</p>
      <label class="visually-hidden" for="lb-snippet">{t('assist:builder.snippet')}</label>
      <textarea id="lb-snippet" class="lb-snippet" readOnly rows={5} aria-describedby="lb-snippet-hint" value={snippet} data-snippet />
      <p>
        <button type="button" class="button button-secondary" onClick={() => copy(snippet, t('assist:builder.copied'))}>{t('assist:builder.copySnippet')}</button>
      </p>
      <p role="status" class="lb-status">{status}</p>

      <h2>{t('assist:builder.preview')}</h2>
      <div class="lb-preview" data-preview>
        <a href={link} lang={to} hrefLang={to} style={BUTTON_STYLE}>{BUTTON_TEXT[to]}</a>
      </div>

      {/* Assisted mode for library and client-centre staff: its switch lives in the footer, explained here. */}
      <h2 id="lb-staff">{t('assist:builder.staffTitle')}</h2>
      <p>{t('assist:builder.staffBody')}</p>
      <p><a href={`${pathFor(lang(), { name: 'start' })}?mode=assist`} data-staff-link>{t('assist:builder.staffLink')}</a></p>
    </div>
  );
}
