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
