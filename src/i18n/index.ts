// WARNING: first-load path. Keep it small.
// i18next with only the active language's words loaded (each locale file is its own chunk).
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import type { Lang } from '../routes';
import { PLACES_IN_APP } from './places-key';

// places.json is not a file of its own in the bundle: the build packs it into app.json (vite.config.ts placesWithApp).
const files = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/*/places.json']);
let instance: I18n | undefined;
let current: Lang = 'lv';
/** Keys asked for but not found ("ns:key"); the prerender fails the build on any, so no page ships a raw key. */
export const missingKeys = new Set<string>();

const load = (lang: Lang, ns: string) => {
  const file = files[`../../locales/${lang}/${ns}.json`];
  if (!file) throw new Error(`No locale file ${lang}/${ns}.json`);
  return file().then((m) => m.default);
};

/** The `app` words, and the place names the build packs into the same chunk (one request, not two). */
async function firstWords(lang: Lang): Promise<Record<string, Record<string, unknown>>> {
  const { [PLACES_IN_APP]: places, ...app } = await load(lang, 'app');
  return places ? { app, places: places as Record<string, unknown> } : { app };
}

export async function initI18n(lang: Lang): Promise<void> {
  current = lang;
  instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: false,
    ns: ['app'],
    defaultNS: 'app',
    // The check's words (questions, verdicts, the result) load with the screens that use them, not on first load:
    // t('result.free') finds them there without a prefix.
    fallbackNS: 'check',
    resources: { [lang]: await firstWords(lang) },
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes text itself
    returnNull: false,
    saveMissing: typeof window === 'undefined', // only at build time (prerendering)
    missingKeyHandler: (_langs, ns, key) => missingKeys.add(`${lang}/${ns}:${key}`),
  });
}

/** Load a further namespace (e.g. 'guides') for the active language before showing a page that needs it. */
export async function loadNamespace(ns: string): Promise<void> {
  if (instance!.hasResourceBundle(current, ns)) return;
  // skipCopy: i18next otherwise deep-copies the words through JSON (measurable on a phone); nothing mutates them.
  instance!.addResourceBundle(current, ns, await load(current, ns), false, false, { silent: false, skipCopy: true });
}

export const hasNamespace = (ns: string) => !!instance?.hasResourceBundle(current, ns);
/** A loaded namespace's words as stored (its key order is meaningful for places.json: the reader's alphabet). */
export const bundle = (ns: string): Record<string, unknown> => instance!.getResourceBundle(current, ns) ?? {};

/**
 * For a screen's render: suspends (throws the loading promise) until the active language's namespaces are
 * here. The app loads them with the screen's chunk; this matters at build time, when several languages
 * are prerendered in one process.
 */
export function needNamespaces(...ns: string[]): void {
  const missing = ns.filter((n) => !hasNamespace(n));
  if (missing.length) throw Promise.all(missing.map(loadNamespace));
}
export const t = (key: string, options?: TOptions): string => instance!.t(key, options) as string;
export const lang = () => current;
