// The deployment's _headers file and the preview server (vite.config.ts) send the same security headers.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '../../scripts/security-headers';

/** Headers of the `/*` block that holds the CSP (other `/*` blocks, e.g. cache rules, may exist). */
function cspBlock(text: string): Record<string, string> {
  const blocks = text.split(/\n(?=\S)/).map((b) => b.split('\n'));
  const block = blocks.find((b) => b[0].trim() === '/*' && b.some((l) => /^\s+Content-Security-Policy:/.test(l)));
  if (!block) return {};
  return Object.fromEntries(block.slice(1).filter((l) => /^\s+\S/.test(l)).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }));
}

describe('security headers', () => {
  it('public/_headers has a /* block with exactly the headers the preview server sends', () => {
    expect(cspBlock(readFileSync('public/_headers', 'utf8'))).toEqual(SECURITY_HEADERS);
  });
  it('the policy is strict where it matters', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    // Our own files, and inline scripts only by hash (the language offer, scripts/offer-script.ts).
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const d of ["connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  });
});

describe("README's nginx configuration", () => {
  const readme = readFileSync('README.md', 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const headers = Object.fromEntries([...nginx.matchAll(/^\s*add_header (\S+) "?(.*?)"? always;$/gm)].map((m) => [m[1], m[2]]));

  it('sends exactly the security headers of _headers and the preview server', () => {
    const { 'Cache-Control': cache, ...security } = headers;
    expect(cache).toBe('$e_gatavs_cache');
    expect(security).toEqual(SECURITY_HEADERS);
  });
  it('caches hashed assets for a year and revalidates everything else, as _headers does', () => {
    const headersFile = readFileSync('public/_headers', 'utf8');
    expect(headersFile).toMatch(/^\/assets\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
    expect(nginx).toMatch(/~\^\/assets\/\s+"public, max-age=31536000, immutable";/);
    expect(nginx).toMatch(/default\s+"no-cache";/);
  });
  it('sets headers only at server level (a location with its own add_header would drop them all)', () => {
    const locations = [...nginx.matchAll(/location [^{]*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1]);
    expect(locations.length).toBeGreaterThan(2);
    for (const body of locations) expect(body).not.toContain('add_header');
  });
});
