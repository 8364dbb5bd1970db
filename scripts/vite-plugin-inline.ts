// Build-time only. After prerendering, make each page paint from its first round trip:
// the first-load stylesheet goes inline (no render-blocking request), and the check pages get a plain
// <noscript> saying what they need. CSS of lazy chunks stays in its own files.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { OFFER_SCRIPT } from './offer-script.ts';
import { SCREEN_WORDS } from '../src/screen-words.ts';

const CHECK_PAGE = /^(?:(en|ru|uk)\/)?(?:check\/[^/]+|result)\/index\.html$/;
const PAGE_LANG = /^(en|ru|uk)\//;
const RESULT_PAGE = /^(?:(?:en|ru|uk)\/)?result\/index\.html$/;
/** The lazy screen each kind of page needs at once (preloaded so it does not wait for the entry to run). */
const SCREEN_FOR: [RegExp, string, keyof typeof SCREEN_WORDS][] = [
  [/^(?:(?:en|ru|uk)\/)?(?:check\/[^/]+|result)\//, 'src/screens/check/Check.tsx', 'check'],
  [/^(?:(?:en|ru|uk)\/)?guide\/(?:[^/]+\/)?/, 'src/screens/Guide.tsx', 'guide'],
  [/^(?:(?:en|ru|uk)\/)?centres\//, 'src/screens/Centres.tsx', 'centres'],
  [/^(?:(?:en|ru|uk)\/)?link\//, 'src/screens/LinkBuilder.tsx', 'link'],
  [/^(?:(?:en|ru|uk)\/)?open\//, 'src/screens/open/Open.tsx', 'open'],
  [/^(?:(?:en|ru|uk)\/)?rules\//, 'src/screens/Rules.tsx', 'rules'],
];
/** Tells Vite's chunk loader that an inlined stylesheet is already here, so loading a lazy chunk that lists it does
 * not download it again. A disabled stylesheet link is never fetched. */
const SEEN = (name: string) => `<link rel="stylesheet" href="/${name}" disabled>`;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function inlineFirstLoad(localesDir: string): Plugin {
  const words = (lang: string) => JSON.parse(readFileSync(`${localesDir}/${lang}/pwa.json`, 'utf8'));
  return {
    name: 'e-gatavs:inline-first-load',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post', // after @preact/preset-vite has written the prerendered pages into the bundle
      handler(_options, bundle) {
        const inlined = new Set<string>();
        const chunkFor = (moduleSuffix: string) =>
          Object.values(bundle).find((f) => f.type === 'chunk' && f.facadeModuleId?.endsWith(moduleSuffix))?.fileName;
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          let html = String(file.source);
          html = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, name: string) => {
            const css = bundle[name];
            if (!css || css.type !== 'asset') return tag;
            inlined.add(name);
            return `<style>${String(css.source).trim()}</style>${SEEN(name)}`;
          });
          // The page's words and its screen start downloading with the entry instead of after it has run
          // (HTML → entry → locale was a chain of three round trips).
          const pageLang = PAGE_LANG.exec(file.fileName)?.[1] ?? 'lv';
          const kind = SCREEN_FOR.find(([re]) => re.test(file.fileName));
          const screen = chunkFor(kind?.[1] ?? '\0');
          // The screen's own CSS (a lazy chunk's, e.g. the centre finder's) is inlined on its pages too, so they paint
          // styled without JavaScript and without a shift; the file stays for the chunk to load as usual.
          const screenChunk = screen ? bundle[screen] : undefined;
          const screenCss = screenChunk?.type === 'chunk' ? [...(screenChunk.viteMetadata?.importedCss ?? [])] : [];
          const styles = screenCss
            .map((name) => bundle[name])
            .map((css) => (css?.type === 'asset' ? `<style>${String(css.source).trim()}</style>${SEEN(css.fileName)}` : ''))
            .join('');
          if (styles) html = html.replace('</head>', `${styles}</head>`);
          // The screen and the words it needs. Not the screen's own imports on prerendered pages: they paint from
          // the HTML, and every high-priority preload in the head is one more request the first paint is modelled to
          // wait for (measured with Lighthouse: preloading the check screen's closure, then eight chunks, moved the
          // question page's first paint from 1.3 s to 1.7 s). A result paints nothing until the rules have run, so its
          // page also preloads the screen's imports (src/check-core.ts): no second round trip before the verdict
          // (scripts/check-size.mjs fails the build if one is missing).
          const screenWords = kind ? SCREEN_WORDS[kind[2]].map((ns) => chunkFor(`locales/${pageLang}/${ns}.json`)) : [];
          const rules = RESULT_PAGE.test(file.fileName) && screenChunk?.type === 'chunk'
            ? screenChunk.imports.filter((f) => !(bundle[f]?.type === 'chunk' && (bundle[f] as { isEntry: boolean }).isEntry))
            : [];
          const preload = [chunkFor(`locales/${pageLang}/app.json`), ...rules, screen, ...screenWords]
            .filter(Boolean)
            .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`)
            .join('');
          html = html.replace(/(<script type="module"[^>]*><\/script>)/, `$1${preload}`);
          html = html.replace(/(<meta charset[^>]*>)/, `$1<script>${OFFER_SCRIPT}</script>`);
          const m = CHECK_PAGE.exec(file.fileName);
          if (m) {
            const lang = m[1] ?? 'lv';
            const w = words(lang);
            const centres = `${lang === 'lv' ? '' : '/' + lang}/centres/`;
            html = html.replace(
              '<div id="app">',
              `<noscript><p class="notice noscript">${escapeHtml(w.noscript)} <a href="${centres}">${escapeHtml(w.noscriptLink)}</a></p></noscript><div id="app">`,
            );
          }
          // Test hook (test/e2e/update.spec.ts): E_GATAVS_BUILD_MARK puts a visible build label on every page,
          // outside the hydrated root, so two builds differ visibly. Unset in real builds.
          const mark = process.env.E_GATAVS_BUILD_MARK;
          if (mark) html = html.replace('<div id="app">', `<p class="build-mark" data-build="${escapeHtml(mark)}">Build ${escapeHtml(mark)}</p><div id="app">`);
          file.source = html;
        }
        // Drop an inlined stylesheet unless some chunk still refers to it.
        for (const name of inlined) {
          const base = name.split('/').pop()!;
          const used = Object.values(bundle).some((f) => f.type === 'chunk' && f.code.includes(base));
          if (!used) delete bundle[name];
        }
      },
    },
  };
}
