// WARNING: first-load path. Keep it small.
// Paths and pages. The language is the path prefix ('' for Latvian, /en, /ru, /uk); answers live in the query.
export const LANGS = ['lv', 'en', 'ru', 'uk'] as const;
export type Lang = (typeof LANGS)[number];
/** Each language's name in itself (the switch, the link builder, the offer line). */
export const LANG_NAMES: Record<Lang, string> = { lv: 'Latviešu', en: 'English', ru: 'Русский', uk: 'Українська' };

export type Page =
  | { name: 'start' }
  | { name: 'question'; id: string }
  | { name: 'result' }
  | { name: 'guide'; id: string }
  | { name: 'centres' }
  | { name: 'link' }
  | { name: 'open' }
  | { name: 'rules'; service: string; municipality: string } // '' = the list / the service page
  | { name: 'not-found' };

export const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);

export function parsePath(pathname: string): { lang: Lang; page: Page } {
  const parts = pathname.split('/').filter(Boolean);
  const lang: Lang = isLang(parts[0]) && parts[0] !== 'lv' ? parts[0] : 'lv';
  if (lang !== 'lv') parts.shift();
  const [a, b, ...rest] = parts;
  let page: Page = { name: 'not-found' };
  if (!a) page = { name: 'start' };
  else if (a === 'rules' && rest.length <= 1) page = { name: 'rules', service: b ?? '', municipality: rest[0] ?? '' };
  else if (rest.length) page = { name: 'not-found' };
  else if (a === 'check' && b) page = { name: 'question', id: b };
  else if (a === 'result' && !b) page = { name: 'result' };
  else if (a === 'guide') page = { name: 'guide', id: b ?? '' }; // '' is the list of guides
  else if (a === 'centres' && !b) page = { name: 'centres' };
  else if (a === 'link' && !b) page = { name: 'link' };
  else if (a === 'open' && !b) page = { name: 'open' };
  return { lang, page };
}

export function pathFor(lang: Lang, page: Page): string {
  const prefix = lang === 'lv' ? '' : `/${lang}`;
  switch (page.name) {
    case 'start': return `${prefix}/`;
    case 'question': return `${prefix}/check/${page.id}/`;
    case 'result': return `${prefix}/result/`;
    case 'guide': return page.id ? `${prefix}/guide/${page.id}/` : `${prefix}/guide/`;
    case 'centres': return `${prefix}/centres/`;
    case 'link': return `${prefix}/link/`;
    case 'open': return `${prefix}/open/`;
    case 'rules': return `${prefix}/rules/${page.service ? page.service + '/' : ''}${page.service && page.municipality ? page.municipality + '/' : ''}`;
    default: return `${prefix}/404/`;
  }
}

/** Links inside one language are routed in the page; a link to another language loads that language's page. */
export const scopeFor = (lang: Lang) =>
  lang === 'lv' ? new RegExp(`^/(?!(?:${LANGS.slice(1).join('|')})/)`) : new RegExp(`^/${lang}/`);
