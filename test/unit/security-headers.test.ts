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
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const d of ["connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  });
});
