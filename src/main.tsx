// WARNING: first-load path. Keep it small: everything not needed for the first screen is lazy.
// Entry: chooses the language, loads its words, hydrates the prerendered page; at build, prerenders it.
import { hydrate } from 'preact-iso';
import { render } from 'preact';
import { App, preloadScreen } from './app';
import { initI18n, missingKeys, t } from './i18n';
import { parsePath, pathFor, LANGS } from './routes';
import { askedLanguage, switchPath } from './i18n/choose';
import { titleText } from './title';
import { afterFirstPaint } from './idle';
import './styles.css';

if (typeof window !== 'undefined') {
  // A host may serve /…/index.html as is: show that page under its one address (/…/), not "page not found".
  if (/\/index\.html$/.test(location.pathname))
    history.replaceState(history.state, '', location.pathname.replace(/index\.html$/, '') + location.search + location.hash);
  // The address says the language. A link with ?lang= (the older form of the path prefix) is shown in that
  // language at once, from this same page and script: the address is corrected in place, nothing reloads.
  const pathLang = parsePath(location.pathname).lang;
  const asked = askedLanguage(pathLang, location.search);
  if (asked) {
    history.replaceState(history.state, '', switchPath(location.pathname, location.search, asked) + location.hash);
    document.documentElement.lang = asked;
  }
  const lang = asked ?? pathLang;
  const { name } = parsePath(location.pathname).page;
  // A static host may serve another page's HTML (an unknown path gets the start page): that is replaced whole. So
  // is a check page's HTML when the query holds answers: it shows "preparing", not the question or the answer.
  // Any other page's own HTML stays: hydrated as it is, or with a query (/centres/?municipality=) rendered over,
  // Preact reusing its elements and updating every attribute and text, so what is on screen is not painted twice.
  const prerendered = document.querySelector<HTMLMetaElement>('meta[name="prerendered-path"]')?.content;
  const samePage = (prerendered ?? '').replace(/\/+$/, '') === location.pathname.replace(/\/+$/, '');
  const keep = samePage && !(location.search && (name === 'question' || name === 'result'));
  // A page already on screen paints before the words and the screen's code load and run: with the code cached
  // (a repeat visit), running it first would hold the first paint back by the hydration's work.
  (keep ? afterFirstPaint() : Promise.resolve()).then(() => initI18n(lang)).then(async () => {
      const root = document.getElementById('app')!;
      // Load the page's lazy screen first (already preloaded by the HTML): a fresh render never flashes empty and
      // shifts, and a hydration is whole at once, so "ready" means every control on the page responds.
      await preloadScreen(name);
      if (keep && !location.search) hydrate(<App />, root);
      else {
        if (!keep) root.textContent = '';
        render(<App />, root);
      }
      // The shell's buttons now respond (a click on prerendered markup before this does nothing).
      document.documentElement.setAttribute('data-ready', '');
    });
}

/** Build time: every page in every language (the crawler follows the links each page renders). */
export async function prerender(data: { url: string }) {
  // Build-time only: a separate chunk the browser never loads (and the service worker does not precache).
  const { default: ssr, locationStub } = await import('preact-iso/prerender');
  locationStub(data.url);
  const { lang, page } = parsePath(data.url);
  await initI18n(lang);
  const { html: marked, links } = await ssr(<App />);
  // The lazy screen is marked as a suspense boundary (<!--$s-->…<!--/$s-->). The browser hydrates only once the
  // screen has loaded, and around those markers Preact would move the whole screen (out of the page and back in:
  // a repaint of all of it, and a second "largest paint") to put it where it expects it.
  const html = marked.replace(/<!--\/?\$s-->/g, '');
  if (missingKeys.size) throw new Error(`${data.url}: words missing from locales/: ${[...missingKeys].join(', ')}`);
  const extra = page.name === 'start' ? LANGS.map((l) => pathFor(l, { name: 'start' })) : [];
  // A question's title may name a fact ({{signing-activation-hours}}): filled in as the screen does, as of the build day.
  const vars = page.name === 'question' ? (await import('./screens/check/Check')).questionTitleVars() : {};
  // The same text the page's screen sets (src/title.ts). A question prerendered without answers moves on to the
  // first open one in the browser, so its HTML shows "preparing": its title still names the question.
  const title = page.name === 'start' ? t('app.title') : titleText(
    firstHeading(html) || (page.name === 'question' && page.id !== 'next' && t(`q.${page.id}.title`, vars)) || t('check.loading'),
    page.name === 'not-found',
  );
  // Like a missing key: a {{placeholder}} left in a page or its title fails the build.
  if (/\{\{/.test(html + title)) throw new Error(`${data.url}: a {{placeholder}} was not filled in`);
  return {
    html,
    links: new Set([...(links ?? []), ...extra].filter((l) => l.startsWith('/') && !l.includes('?'))),
    head: {
      lang,
      title,
      elements: new Set([
        { type: 'meta', props: { name: 'description', content: t('app.description') } },
        { type: 'meta', props: { name: 'prerendered-path', content: data.url } },
      ]),
    },
  };
}

/** The page's h1 as plain text, for its <title>. */
function firstHeading(html: string): string {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return m ? m[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim() : '';
}
