// WARNING: first-load path. Keep it small.
// Which language to show: ?lang= first, then a choice the person made earlier, then the browser's
// languages (Latvian wins whenever the browser lists it). Stored values are checked, never trusted.
import { isLang, parsePath, type Lang } from '../routes';

export const LANG_KEY = 'e-gatavs.lang';

export function storedLanguage(): Lang | undefined {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return isLang(v) ? v : undefined;
  } catch {
    return undefined; // storage blocked or broken: just don't remember
  }
}

export function rememberLanguage(lang: Lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode or quota: the path still carries the language */
  }
}

export function browserLanguage(languages: readonly string[]): Lang {
  const base = languages.map((l) => l.toLowerCase().split('-')[0]);
  if (base.includes('lv')) return 'lv';
  return (base.find(isLang) as Lang | undefined) ?? 'lv';
}

/** Same page and answers in another language. */
export function switchPath(pathname: string, search: string, to: Lang): string {
  const { lang } = parsePath(pathname);
  const raw = lang === 'lv' ? pathname : pathname.slice(lang.length + 1) || '/';
  const rest = raw.endsWith('/') ? raw : raw + '/'; // our pages all end in '/', whatever the server did to the address
  const params = new URLSearchParams(search);
  params.delete('lang');
  const q = params.toString().replace(/%2C/g, ',');
  return (to === 'lv' ? '' : `/${to}`) + rest + (q ? `?${q}` : '');
}

export function pickLanguage(pathLang: Lang, search: string): { redirect?: string } {
  let asked: string | null = null;
  try {
    asked = new URLSearchParams(search).get('lang');
  } catch {
    /* garbled query: ignore */
  }
  let wanted: Lang | undefined;
  if (isLang(asked)) {
    wanted = asked;
    rememberLanguage(asked);
  } else wanted = storedLanguage() ?? (pathLang === 'lv' ? browserLanguage(navigator.languages ?? []) : pathLang);
  if (wanted === pathLang) return {};
  return { redirect: switchPath(location.pathname, search, wanted) };
}
