// The security headers, one source: vite.config.ts serves them from the preview server the tests use,
// and test/unit/security-headers.test.ts checks that public/_headers (the deployment) says the same.
//
// Scripts: only our own files ('self') and one inline script allowed by its hash; no eval. The prerendered
// <script type="isodata"> is a data block that is never executed, so CSP does not apply to it.
// Styles: 'self' plus 'unsafe-inline', for styles only: critical CSS may be inlined into each
// prerendered page (a <style> element whose hash changes with every build) and the link builder's
// preview button uses a style attribute. Inline styles cannot run code; the risk left is CSS-based
// data theft from injected markup, which the app does not let in (Preact escapes all text; no
// dangerouslySetInnerHTML anywhere). Hashes computed at build would remove even that.
// Images: data: and blob: for QR codes made on the device. Nothing may be framed or frame us.
export const CSP = [
  "default-src 'self'",
  // The hash: the one inline script, which picks the language to offer before the first paint (scripts/offer-script.ts).
  "script-src 'self' 'sha256-1db+1zDbwjiY3OgNxXHYgfj1c6NOKU8jeuVmjSUTOd0='",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // Result addresses carry the answers: never send them to the sites we link to.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=()',
};

// Cache rules, one source for every host: dist/_headers is written from them at build
// (scripts/vite-plugin-deploy.ts), scripts/serve.mjs applies that file, and README's nginx block says the
// same (test/unit/security-headers.test.ts checks all three over a table of paths).
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Hashed assets that exist are cached for a year; everything else, every 404 included, is revalidated. */
export const cacheControl = (path: string, found: boolean) => (found && path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);

/** Types a static host may not know. */
export const CONTENT_TYPES: Record<string, string> = { '/manifest.webmanifest': 'application/manifest+json' };

/** Files the build needs but the site must not serve (paths relative to dist/). */
export const BUILD_ONLY = [/^\.vite(\/|$)/, /^assets\/prerender-[^/]*\.js$/];

/**
 * dist/_headers (Netlify, Cloudflare Pages), given the built assets ("assets/name-HASH.js"). Every response
 * gets the security headers and "no-cache"; only files that exist in assets/ get the year-long rule, so a
 * mistyped asset's 404 is never marked immutable. "! Cache-Control" (Cloudflare Pages) drops the site-wide
 * value first, so the two are not joined; Netlify lets the later, more specific rule win and does not
 * need it (see README, "Deployment").
 */
export function headersFile(assets: string[]): string {
  const lines = [
    '# Written at build by scripts/vite-plugin-deploy.ts from scripts/security-headers.ts. Do not edit.',
    '/*',
    `  Cache-Control: ${REVALIDATE}`,
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
  ];
  for (const [path, type] of Object.entries(CONTENT_TYPES)) lines.push(path, `  Content-Type: ${type}`);
  for (const a of [...assets].sort()) lines.push(`/${a}`, '  ! Cache-Control', `  Cache-Control: ${IMMUTABLE}`);
  return lines.join('\n') + '\n';
}
