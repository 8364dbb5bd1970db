// Lazy chunk. One guide (/guide/<id>/), the list of guides (/guide/), or a friendly "no such guide".
// Words come from the 'guides' namespace, facts from src/data/guides.json: this file holds no policy.
import '../check-core';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lang, needNamespaces, t } from '../i18n';
import { pathFor } from '../routes';
import { findGuide, guideChecked, guides, guideSources, type Guide as GuideData, type GuideLine } from '../rules/guides';
import { factAt } from '../rules/fact-store';
import type { FactEntry, Range } from '../rules/types';
import { todayInRiga } from '../flow/device';
import { useTitle } from '../title';
import { SourceLink, pageDate, sourceUrl } from './SourceLink';
import { telOf } from '../centres/contact';
import { dateShortLv, euro, euroRange, number } from '../i18n/format';
import { SCREEN_WORDS } from '../screen-words';

const LINK = '\u0001'; // marks a linked fact inside a translated string

const g = (key: string, options?: Record<string, unknown>) => t(key, { ns: 'guides', ...options });

function formatFact(f: FactEntry): string {
  const v = f.value;
  const range = typeof v === 'object' ? (v as Range) : null;
  switch (f.unit) {
    case 'EUR': return range ? euroRange(range.min, range.max) : euro(v as number);
    case 'date': return dateShortLv(v as string);
    case 'url': return new URL(v as string).hostname.replace(/^www\./, '') + new URL(v as string).pathname.replace(/\/$/, '');
    case 'phone': case 'text': return String(v);
    default: return range ? `${range.min}–${range.max}` : number(v as number);
  }
}

/** A guide's fact as of today (guides show today's values; a fact with no value in force reads as not confirmed). */
const factOf = (guide: GuideData, name: string) => factAt(guide.facts[name], todayInRiga());

function FactLink({ f }: { f: FactEntry }) {
  const text = formatFact(f);
  if (f.unit === 'phone') return <a href={`tel:${telOf(String(f.value))}`} class="fact-phone">{text}</a>;
  return <a href={f.value as string} rel="noopener">{text}</a>;
}

/** Facts inside a translated string: phone numbers and web addresses become links. */
function withLinks(text: string, guide: GuideData, key: string) {
  // No empty strings: the prerendered HTML has no empty text nodes, and hydration would have to add them.
  return text.split(LINK).map((p, i) => (i % 2 ? <FactLink key={`${key}-${i}`} f={factOf(guide, p)!} /> : p || null));
}

/** The guide's facts as text for interpolation, formatted once per guide and language (not once per line). */
const formatted = new Map<string, Record<string, string>>();
function factValues(guide: GuideData): Record<string, string> {
  const key = `${lang()}:${guide.id}`;
  let values = formatted.get(key);
  if (!values) {
    values = {};
    for (const name of Object.keys(guide.facts)) {
      const f = factOf(guide, name);
      values[name] = !f ? g('ui.costUnknown') : f.unit === 'phone' || f.unit === 'url' ? `${LINK}${name}${LINK}` : formatFact(f);
    }
    formatted.set(key, values);
  }
  return values;
}

/**
 * A translated line with the guide's facts in it. Words in another language than the page's (an official
 * Latvian label in the English text, say) are marked in the locale file as <lv>…</lv> or <en>…</en> and get
 * their own lang attribute, so screen readers pronounce them right.
 */
function Text({ guide, k }: { guide: GuideData; k: string }) {
  const text = g(`${guide.id}.${k}`, factValues(guide));
  const out = [];
  const re = /<(lv|en|ru)>(.*?)<\/\1>/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(...withLinks(text.slice(last, m.index), guide, `t${last}`));
    out.push(<span key={`l${m.index}`} lang={m[1]}>{withLinks(m[2], guide, `l${m.index}`)}</span>);
    last = m.index! + m[0].length;
  }
  out.push(...withLinks(text.slice(last), guide, `t${last}`));
  return <>{out}</>;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`} class="guide-part" data-part={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

const guideHref = (id: string) => pathFor(lang(), { name: 'guide', id });

function GuideList({ ids }: { ids: string[] }) {
  return (
    <ul class="guide-list">
      {ids.map((id) => (
        <li key={id}>
          <a href={guideHref(id)} data-guide-link={id}>{g(`${id}.title`)}</a>
          <p class="hint">{g(`${id}.summary`)}</p>
        </li>
      ))}
    </ul>
  );
}

function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null; // without JavaScript the browser's own print command is there
  return (
    <button type="button" class="button button-secondary guide-print" onClick={() => window.print()}>
      {g('ui.print')}
    </button>
  );
}

function Index() {
  useTitle(g('ui.indexTitle'));
  return (
    <div class="guides-index" data-guide-index>
      <h1>{g('ui.indexTitle')}</h1>
      <p class="lead">{g('ui.indexLead')}</p>
      <GuideList ids={guides.map((x) => x.id)} />
      <p><a href={pathFor(lang(), { name: 'start' })}>{g('ui.toCheck')}</a></p>
    </div>
  );
}

function Missing({ id }: { id: string }) {
  useTitle(g('ui.notFoundTitle'), true);
  return (
    <div class="guide-missing" data-guide-missing={id}>
      <h1>{g('ui.notFoundTitle')}</h1>
      <p>{g('ui.notFoundBody')}</p>
      <GuideList ids={guides.map((x) => x.id)} />
      <p><a href={pathFor(lang(), { name: 'start' })}>{t('notFound.start')}</a></p>
    </div>
  );
}

const Line = ({ guide, k, line }: { guide: GuideData; k: string; line: GuideLine }) => (
  <li data-line={line.id}><Text guide={guide} k={k} /></li>
);

function OneGuide({ guide }: { guide: GuideData }) {
  const title = g(`${guide.id}.title`);
  useTitle(title);
  const checked = guideChecked(guide);
  return (
    <article class="guide" data-guide={guide.id}>
      <p class="guide-up no-print"><a href={pathFor(lang(), { name: 'guide', id: '' })}>{g('ui.allGuides')}</a></p>
      <h1>{title}</h1>
      <p class="lead">{g(`${guide.id}.summary`)}</p>
      {guide.id === 'signed-documents' && <p class="no-print" data-open-link><a href={pathFor(lang(), { name: 'open' })}>{t('app.openSigned')}</a></p>}

      <Section id="in-short" title={g('ui.inShort')}>
        <dl class="facts guide-facts">
          <dt>{g('ui.need')}</dt>
          <dd>
            <ul>
              {guide.need.map((n) => <Line key={n.id} guide={guide} k={`need.${n.id}`} line={n} />)}
            </ul>
          </dd>
          <dt>{g('ui.cost')}</dt>
          <dd data-row="cost"><Text guide={guide} k="cost" /></dd>
          <dt>{g('ui.time')}</dt>
          <dd data-row="time"><Text guide={guide} k="time" /></dd>
          <dt>{g('ui.where')}</dt>
          <dd data-row="where"><Text guide={guide} k="where" /></dd>
        </dl>
      </Section>

      {guide.parts.map((p) => {
        const base = `parts.${p.id}`;
        const items = p.items.map((i) => <Line key={i.id} guide={guide} k={`${base}.items.${i.id}`} line={i} />);
        return (
          <Section key={p.id} id={`part-${p.id}`} title={g(`${guide.id}.${base}.title`)}>
            {p.intro && <p><Text guide={guide} k={`${base}.intro`} /></p>}
            {p.kind === 'steps' ? <ol class="guide-steps">{items}</ol> : <ul class="guide-list-items">{items}</ul>}
            {p.note && (
              <div class="notice guide-note">
                <p><strong>{`${g('ui.note')}: `}</strong><Text guide={guide} k={`${base}.note`} /></p>
              </div>
            )}
          </Section>
        );
      })}

      <PrintButton />

      <section aria-labelledby="guide-sources-title" class="sources guide-sources">
        <h2 id="guide-sources-title">{g('ui.sources')}</h2>
        <p data-checked={checked}>{g('ui.checkedOn', { date: dateShortLv(checked) })}</p>
        <ul>
          {guideSources(guide).map((id) => {
            const shown = pageDate(id);
            return (
              <li key={id} data-source={id}>
                <SourceLink id={id} />
                {shown ? ` (${g('ui.pageDate', { shown })})` : null}
                <span class="print-url">{` ${sourceUrl(id)}`}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <nav aria-labelledby="guide-related-title" class="guide-related no-print">
        <h2 id="guide-related-title">{g('ui.related')}</h2>
        <ul>
          {guide.related.map((id) => <li key={id}><a href={guideHref(id)}>{g(`${id}.title`)}</a></li>)}
        </ul>
        <p><a href={pathFor(lang(), { name: 'guide', id: '' })}>{g('ui.allGuides')}</a></p>
      </nav>
    </article>
  );
}

export function Guide({ id }: { id: string }) {
  needNamespaces(...SCREEN_WORDS.guide);
  if (!id) return <Index />;
  const guide = findGuide(id);
  return guide ? <OneGuide guide={guide} /> : <Missing id={id} />;
}
