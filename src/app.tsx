// WARNING: first-load path. Keep it small.
// The shell: header with language switch, the page for the current path, footer. Pages other than the
// start page are lazy chunks.
import { LocationProvider, lazy, useLocation, ErrorBoundary } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { lang as currentLang, loadNamespace, t } from './i18n';
import { parsePath, pathFor, scopeFor, LANGS, LANG_NAMES, type Lang, type Page as Route } from './routes';
import { rememberLanguage, switchPath } from './i18n/choose';
import { Start } from './screens/Start';
import { NotFound } from './screens/NotFound';
import { UpdateBanner } from './pwa/UpdateBanner';
import { AssistLayer, AssistSwitch } from './assist';
import { reloadForChunkError, watchChunkErrors } from './pwa/chunk-reload';
import { SCREEN_WORDS } from './screen-words';

if (typeof window !== 'undefined') watchChunkErrors();

// Each screen with the locale namespaces it needs (src/screen-words.ts).
const withWords = <T,>(chunk: Promise<T>, ns: readonly string[]) => Promise.all([chunk, ...ns.map(loadNamespace)]).then(([m]) => m);
const Check = lazy(() => withWords(import('./screens/check/Check'), SCREEN_WORDS.check).then((m) => m.Check));
const Guide = lazy(() => withWords(import('./screens/Guide'), SCREEN_WORDS.guide).then((m) => m.Guide));
const Centres = lazy(() => withWords(import('./screens/Centres'), SCREEN_WORDS.centres).then((m) => m.Centres));
const LinkBuilder = lazy(() => withWords(import('./screens/LinkBuilder'), SCREEN_WORDS.link).then((m) => m.LinkBuilder));
const Open = lazy(() => withWords(import('./screens/open/Open'), SCREEN_WORDS.open).then((m) => m.Open));
const Rules = lazy(() => withWords(import('./screens/Rules'), SCREEN_WORDS.rules).then((m) => m.Rules));

/** Loads a page's lazy screen before a fresh (non-hydrating) render, so the page never flashes empty and shifts. */
export const preloadScreen = (name: Route['name']) =>
  ({ question: Check, result: Check, guide: Guide, centres: Centres, link: LinkBuilder, open: Open, rules: Rules } as Partial<Record<Route['name'], { preload(): Promise<unknown> }>>)[name]?.preload();

/** The offer line, in the language it offers (the page's own words are not that language's). */
const OFFER: Record<Lang, [offer: string, close: string]> = {
  lv: ['Šī lapa ir arī latviski', 'Aizvērt'],
  en: ['This page is also in English', 'Close'],
  ru: ['Эта страница есть на русском', 'Закрыть'],
  uk: ['Ця сторінка є українською', 'Закрити'],
};
const OFFER_CLOSED_KEY = 'e-gatavs.offer';

function Page() {
  const { url } = useLocation();
  const { page } = parsePath(url.split('?')[0]);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After an in-page navigation, move focus to the new page's heading (as GOV.UK does). Each screen sets its
  // own title (src/title.ts).
  useEffect(() => {
    if (first.current) return void (first.current = false);
    const h1 = main.current?.querySelector('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
  }, [url]);

  let body;
  switch (page.name) {
    case 'start': body = <Start />; break;
    case 'question':
    case 'result': body = <Check page={page} />; break;
    case 'guide': body = <Guide id={page.id} />; break;
    case 'centres': body = <Centres />; break;
    case 'link': body = <LinkBuilder />; break;
    case 'open': body = <Open />; break;
    case 'rules': body = <Rules service={page.service} municipality={page.municipality} />; break;
    default: body = <NotFound />;
  }
  return (
    <main id="main" ref={main}>
      <ErrorBoundary onError={(e) => reloadForChunkError(e) || console.error(e)}>{body}</ErrorBoundary>
    </main>
  );
}

function Header() {
  const { url } = useLocation();
  const lang = currentLang();
  // `url` keeps the trailing slash and the raw query (preact-iso's `path` drops the slash).
  const [pathname, query] = url.split('?');
  const search = query ? `?${query}` : '';
  return (
    <header class="site-header">
      <a class="skip" href="#main">{t('app.skip')}</a>
      {/* Every other language's offer is in the page; the inline script in <head> shows at most one (html[data-offer])
          before the first paint, so nothing moves. */}
      {LANGS.filter((l) => l !== lang).map((l) => (
        <p class="lang-offer" lang={l} key={l}>
          <a href={switchPath(pathname, search, l)} hrefLang={l} onClick={() => rememberLanguage(l)}>{OFFER[l][0]}</a>
          <button type="button" class="offer-close" aria-label={OFFER[l][1]} onClick={closeOffer}>×</button>
        </p>
      ))}
      <div class="bar">
        <a class="brand" href={pathFor(lang, { name: 'start' })}>{t('app.name')}</a>
        <nav aria-label={t('app.language')}>
          <ul class="langs">
            {LANGS.map((l) => (
              <li key={l}>
                {l === lang ? (
                  <span aria-current="true" lang={l}>{LANG_NAMES[l]}</span>
                ) : (
                  <a href={switchPath(pathname, search, l)} lang={l} hrefLang={l} onClick={() => rememberLanguage(l)}>{LANG_NAMES[l]}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function closeOffer() {
  document.documentElement.removeAttribute('data-offer');
  try {
    localStorage.setItem(OFFER_CLOSED_KEY, 'no'); // not a language choice; "Next visitor" clears it with the rest
  } catch {
    /* the line is gone for this page anyway */
  }
}

function Footer() {
  const lang = currentLang();
  return (
    <footer class="site-footer">
      <p>{t('app.privacy')}</p>
      <ul class="footer-links">
        <li><a href={pathFor(lang, { name: 'centres' })}>{t('app.findCentre')}</a></li>
        <li><a href={pathFor(lang, { name: 'guide', id: '' })}>{t('app.guides')}</a></li>
        <li><a href={pathFor(lang, { name: 'link' })}>{t('app.linkBuilder')}</a></li>
        {/* For staff: quiet, out of the residents' header (also explained on /link/). */}
        <li><AssistSwitch /></li>
      </ul>
    </footer>
  );
}

export function App() {
  const lang = currentLang();
  return (
    <LocationProvider scope={scopeFor(lang)}>
      <Header />
      <AssistLayer />
      <Page />
      <Footer />
      <UpdateBanner />
    </LocationProvider>
  );
}
