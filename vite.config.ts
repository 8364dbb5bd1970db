// The single build truth: Preact with prerendering of every page in every language, the data check,
// first-load CSS inlined into each page, the service worker, and vitest's settings.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { validateFacts } from './src/rules/validate.ts';
import { allData } from './src/rules/all-data.ts';
import { prerenderRoutes } from './src/prerender-routes.ts';
import { inlineFirstLoad } from './scripts/vite-plugin-inline.ts';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';
import { deployFiles } from './scripts/vite-plugin-deploy.ts';
import { tagLanguages } from './scripts/sw-languages.ts';
import { readFileSync } from 'node:fs';
import { PLACES_IN_APP } from './src/i18n/places-key.ts';

/** Fails the build when any data (facts, rules, guides, centres, …) lacks a source or date, or a reference dangles. */
const checkData = () => ({
  name: 'e-gatavs:check-data',
  buildStart() {
    const errors = validateFacts(allData, new Date().toISOString().slice(0, 10));
    if (errors.length) throw new Error('Data check failed:\n  ' + errors.join('\n  '));
  },
});

/** The data files' `_about` notes are for the people who edit them: left out of what a phone downloads. */
const dropDataNotes = () => ({
  name: 'e-gatavs:drop-data-notes',
  apply: 'build' as const,
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/\/src\/data\/[\w-]+\.json$/.test(id)) return;
    const { _about, ...data } = JSON.parse(code);
    return _about === undefined ? undefined : { code: JSON.stringify(data), map: null };
  },
});

/** Each language's place names (locales/<lang>/places.json, edited on their own) travel in its `app` chunk under
 * PLACES_IN_APP: one request fewer on every page that names a municipality (src/i18n/index.ts unpacks them). */
const placesWithApp = () => ({
  name: 'e-gatavs:places-with-app',
  enforce: 'pre' as const,
  transform(this: { addWatchFile(f: string): void }, code: string, id: string) {
    const m = /\/locales\/(\w+)\/app\.json$/.exec(id);
    if (!m) return;
    const file = id.replace(/app\.json$/, 'places.json');
    this.addWatchFile(file);
    return { code: JSON.stringify({ ...JSON.parse(code), [PLACES_IN_APP]: JSON.parse(readFileSync(file, 'utf8')) }), map: null };
  },
});

/** The chunk holding one of these modules takes its name; a locale file's chunk is <lang>-<namespace> (lv-app). */
const CHUNK_NAMES: [module: string, name: string][] = [
  ['src/check-core.ts', 'check-core'],
  ['src/data/sources.json', 'sources-data'],
  ['src/data/centres.json', 'centres-data'],
  ['node_modules/uqr/dist/index.mjs', 'qr-encoder'],
];
function chunkName(name: string, modules: string[]): string {
  const words = modules.length === 1 ? /\/locales\/(\w+)\/(\w+)\.json$/.exec(modules[0]) : null;
  if (words) return `${words[1]}-${words[2]}`;
  return CHUNK_NAMES.find(([m]) => modules.some((id) => id.endsWith(m)))?.[1] ?? name;
}

export default defineConfig({
  plugins: [
    checkData(),
    dropDataNotes(),
    placesWithApp(),
    preact({ prerender: { enabled: true, renderTarget: '#app', additionalPrerenderRoutes: prerenderRoutes } }),
    inlineFirstLoad(new URL('./locales', import.meta.url).pathname),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false, // src/pwa/register.ts does it, lazily, in production only
      manifest: false, // public/manifest.webmanifest
      injectManifest: {
        // Everything the app can show: every page in every language, JS/CSS/locale chunks, icons, manifest.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        // The /rules/ pages are for web editors, not residents: cached on first visit by src/sw.ts instead.
        // (The precache budget in scripts/check-size.mjs counts what a phone downloads.) pdf.js is cached on first use (src/sw.ts).
        globIgnores: ['**/prerender-*.js', 'sw.js', '.vite/**', 'assets/pdf-*.js', 'rules/**', '*/rules/**'], // the prerender chunk is build-only
        maximumFileSizeToCacheInBytes: 512 * 1024,
        manifestTransforms: [tagLanguages('dist')], // each language's pages and words are cached only when in use (src/sw.ts)
        sourcemap: false,
      },
    }),
    deployFiles(), // dist/_headers from one source; build-only files out of dist/
  ],
  build: {
    target: 'es2020',
    sourcemap: false,
    manifest: true,
    // Browsers without modulepreload (Safari before 17) still load every chunk, just not ahead of time.
    modulePreload: { polyfill: false },
    // Chunks are named after what they hold (Rollup would name a shared chunk after any one of its modules).
    rollupOptions: { output: { chunkFileNames: (c) => `assets/${chunkName(c.name, c.moduleIds)}-[hash].js` } },
  },
  preview: { headers: SECURITY_HEADERS },
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
  },
});
