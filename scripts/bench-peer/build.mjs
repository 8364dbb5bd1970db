// The bench's peer (issue #11): the same Latvian question as our /check/service/ ("Ko vēlaties izdarīt?", the ten
// services our list starts with, in its order), built as a GOV.UK Frontend page: GOV.UK's page template
// (dist/govuk/template.njk: head icons, the js-enabled script, skip link, header, service name, width container,
// footer), its back link, radios with the legend as the page heading, and button, with the package's compiled
// govuk-frontend.min.css and govuk-frontend.min.js initialised as its README says (a module script and
// `initAll()` at the end of the body), and its fonts and images under /assets/ (the paths the compiled CSS uses).
// The header and footer HTML are the package's own rendered examples (components/*/template-default.html); the
// question is written here with the words from locales/lv/app.json and check.json and the names from src/data/services.json. Written at bench time to bench/out/peer/
// (gitignored): no copy of govuk-frontend is checked in. `node scripts/bench-peer/build.mjs [dir]` builds it alone.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const GOVUK = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
export const PEER_VERSION = JSON.parse(readFileSync(join(GOVUK, '..', '..', 'package.json'), 'utf8')).version;
/** Where the peer's question lives on its server (the same path as ours). */
export const PEER_PATH = '/check/service/';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const root = new URL('../../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root), 'utf8');

/** Our service list's first `n` entries as /check/service/ shows them in Latvian: popular first, then file order,
 * each by its official Latvian name. */
export function services(n = 10) {
  const { services: all } = JSON.parse(read('src/data/services.json'));
  return [...all.filter((s) => s.popular), ...all.filter((s) => !s.popular)]
    .slice(0, n)
    .map((s) => ({ id: s.id, name: s.nameLv }));
}

export function peerHtml() {
  const lv = { ...JSON.parse(read('locales/lv/app.json')), ...JSON.parse(read('locales/lv/check.json')) };
  const component = (name) => readFileSync(join(GOVUK, 'components', name, 'template-default.html'), 'utf8').trim();
  const radios = services().map((s, i) => `
            <div class="govuk-radios__item">
              <input class="govuk-radios__input" id="service${i ? '-' + (i + 1) : ''}" name="service" type="radio" value="${s.id}">
              <label class="govuk-label govuk-radios__label" for="service${i ? '-' + (i + 1) : ''}">${esc(s.name)}</label>
            </div>`).join('');
  return `<!DOCTYPE html>
<html lang="lv" class="govuk-template">
  <head>
    <meta charset="utf-8">
    <title>${esc(lv.q.service.title)} – ${esc(lv.app.name)}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <meta name="theme-color" content="#1d70b8">
    <link rel="stylesheet" href="/stylesheets/govuk-frontend.min.css">
    <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
    <link rel="icon" sizes="any" href="/assets/images/favicon.svg" type="image/svg+xml">
    <link rel="mask-icon" href="/assets/images/govuk-icon-mask.svg" color="#1d70b8">
    <link rel="apple-touch-icon" href="/assets/images/govuk-icon-180.png">
    <link rel="manifest" href="/assets/manifest.json">
  </head>
  <body class="govuk-template__body">
    <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
    <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">${esc(lv.app.skip)}</a>
    <header class="govuk-template__header">
      ${component('header')}
      <section aria-label="${esc(lv.app.name)}" class="govuk-service-navigation" data-module="govuk-service-navigation">
        <div class="govuk-width-container">
          <div class="govuk-service-navigation__container">
            <span class="govuk-service-navigation__service-name">
              <a href="/" class="govuk-service-navigation__link">${esc(lv.app.name)}</a>
            </span>
          </div>
        </div>
      </section>
    </header>
    <div class="govuk-width-container">
      <a href="/" class="govuk-back-link">${esc(lv.check.back)}</a>
      <main class="govuk-main-wrapper" id="main-content">
        <form action="/check/next/" method="get" novalidate>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset" aria-describedby="service-hint">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                <h1 class="govuk-fieldset__heading">${esc(lv.q.service.title)}</h1>
              </legend>
              <div id="service-hint" class="govuk-hint">${esc(lv.q.service.hint)}</div>
              <div class="govuk-radios" data-module="govuk-radios">${radios}
              </div>
            </fieldset>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button">${esc(lv.check.continue)}</button>
        </form>
      </main>
    </div>
    <footer class="govuk-template__footer">
      ${component('footer')}
    </footer>
    <script type="module" src="/javascripts/govuk-frontend.min.js"></script>
    <script type="module">
      import { initAll } from '/javascripts/govuk-frontend.min.js'
      initAll()
    </script>
  </body>
</html>
`;
}

/** Writes the peer site to `dir` (emptied first) and returns the dir. */
export function buildPeer(dir = 'bench/out/peer') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, PEER_PATH), { recursive: true });
  mkdirSync(join(dir, 'stylesheets'), { recursive: true });
  mkdirSync(join(dir, 'javascripts'), { recursive: true });
  writeFileSync(join(dir, PEER_PATH, 'index.html'), peerHtml());
  for (const f of ['govuk-frontend.min.css', 'govuk-frontend.min.css.map'])
    cpSync(join(GOVUK, f), join(dir, 'stylesheets', f));
  for (const f of ['govuk-frontend.min.js', 'govuk-frontend.min.js.map'])
    cpSync(join(GOVUK, f), join(dir, 'javascripts', f));
  cpSync(join(GOVUK, 'assets'), join(dir, 'assets'), { recursive: true });
  // scripts/serve.mjs answers a missing file with /404/index.html; the peer has one too, so a stray request
  // (a browser asking for /favicon.ico) gets a small 404 instead of failing.
  mkdirSync(join(dir, '404'), { recursive: true });
  writeFileSync(join(dir, '404', 'index.html'), '<!DOCTYPE html><html lang="lv"><title>404</title><p>Nav atrasts</p></html>\n');
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`govuk-frontend ${PEER_VERSION} peer written to ${buildPeer(process.argv[2])}${PEER_PATH}`);
