// WARNING: first-load path. Keep it small.
// Which language to show: the address says it (path prefix, or ?lang= on a link), and nothing else does.
// Nothing switches the language by itself after the page has loaded (a redirect made an English or Russian
// browser download every page twice, and overrode the language an editor chose for a link). When the
// browser's languages, or a language the person chose earlier on this device, differ from the page's,
// the page offers that language in one line (scripts/offer-script.ts decides before the first paint).
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

/** Only when the person switches language themselves (the switch, the offer line); never for a link. */
export function rememberLanguage(lang: Lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode or quota: the path still carries the language */
  }
}

export function forgetLanguage() {
  try {
    localStorage.removeItem(LANG_KEY);
  } catch {
    /* nothing stored */
  }
}

/** The first of the browser's languages that we have, if any. */
export function browserLanguage(languages: readonly string[]): Lang | undefined {
  return languages.map((l) => l.toLowerCase().split('-')[0]).find(isLang);
}

/** Same page and answers in another language. */
export function switchPath(pathname: string, search: string, to: Lang): string {
  const { lang } = parsePath(pathname);
  const raw = lang === 'lv' ? pathname : pathname.slice(lang.length + 1) || '/';
  const rest = raw.endsWith('/') ? raw : raw + '/'; // our pages all end in '/', whatever the server did to the address
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  params.delete('lang');
  const q = params.toString().replace(/%2C/g, ',');
  return (to === 'lv' ? '' : `/${to}`) + rest + (q ? `?${q}` : '');
}

/** The language a link asks for with ?lang= (an older form of the path prefix), if it differs from the path's. */
export function askedLanguage(pathLang: Lang, search: string): Lang | undefined {
  let asked: string | null = null;
  try {
    asked = new URLSearchParams(search).get('lang');
  } catch {
    /* garbled query: ignore */
  }
  return isLang(asked) && asked !== pathLang ? asked : undefined;
}
