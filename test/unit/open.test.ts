// The opener's logic over containers built in the tests (test/unit/open-fixtures.ts) and the real
// third-party container in ../shared/fixtures/signed-containers/.
import { describe, expect, test, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openContainer, OpenError, docKind, parseXml, type Opened } from '../../src/open/container';
import { listZip, badName } from '../../src/open/zip';
import { LIMITS } from '../../src/open/limits';
import { buildContainers, HOSTILE, sevenPagePdf } from './open-fixtures';

const REAL = join(process.cwd(), '../shared/fixtures/signed-containers/signed-test-mobileid-ee.asice');

const code = async (p: Promise<unknown>) => {
  try { await p; } catch (e) { return e instanceof OpenError ? e.code : `unexpected ${e}`; }
  return 'opened';
};

let fx: Record<string, Uint8Array>;
beforeAll(async () => { fx = await buildContainers(); }, 60_000);

describe('the real container (Estonian test Mobile-ID, thorgate/pyasice)', () => {
  let r: Opened;
  beforeAll(async () => { r = await openContainer(new Uint8Array(readFileSync(REAL))); });
  test('one document, test.txt, shown as text', () => {
    expect(r.documents.map((d) => [d.n, d.name, d.kind, d.size])).toEqual([[1, 'test.txt', 'text', 5]]);
  });
  test('one signer, signing time 2020-10-21 14:45:21 UTC, a time-stamp, personal code kept apart from the name', () => {
    expect(r.signatures).toHaveLength(1);
    const s = r.signatures[0];
    expect(s.file).toBe('META-INF/signatures1.xml');
    expect(s.signingTime).toBe('2020-10-21T14:45:21.000Z');
    expect(s.timeStamp).toMatch(/^2020-10-21T14:4\d:\d\d/);
    expect(s.signer?.name).toBe('MARY ÄNN O’CONNEŽ-ŠUSLIK TESTNUMBER');
    expect(s.signer?.name).not.toMatch(/\d/);
    expect(s.signer?.personalCode).toBe('60001019906');
    expect(s.signer?.issuer).toContain('TEST of ESTEID-SK 2015');
    expect(s.signer?.qualified).toBe(true);
    expect(s.missing).toEqual([]);
  });
  test('not changed since signed', () => {
    expect(r.unchanged).toBe(true);
    expect(r.documents[0].matchedBy).toEqual([1]);
  });
});

describe('containers built in the test', () => {
  test('several documents, two signers (test CA), SHA-256 and SHA-512: unchanged', async () => {
    const r = await openContainer(fx['two-signers.asice']);
    expect(r.documents.map((d) => [d.name, d.kind])).toEqual([['iesniegums.pdf', 'pdf'], ['vestule.txt', 'text'], ['zimogs.png', 'image']]);
    expect(r.documents[2].mime).toBe('image/png');
    expect(r.signatures.map((s) => [s.signer?.name, s.signer?.personalCode, s.signer?.qualified, s.signer?.qscd, s.signer?.issuer, s.signingTime])).toEqual([
      ['JĀNIS BĒRZIŅŠ', 'PNOLV-010190-10000', true, true, 'e-Gatavs TEST CA, e-Gatavs tests', '2025-03-04T09:15:00.000Z'],
      ['ANNA OZOLIŅA', 'PNOLV-020285-20000', false, false, 'e-Gatavs TEST CA, e-Gatavs tests', '2025-03-04T08:30:00.000Z'],
    ]);
    expect(r.documents.every((d) => d.matchedBy.join() === '1,2')).toBe(true);
    expect(r.unchanged).toBe(true);
  });
  test('a tampered document: which one changed, in which signatures', async () => {
    const r = await openContainer(fx['tampered.asice']);
    expect(r.unchanged).toBe(false);
    expect(r.documents.filter((d) => d.changedIn.length).map((d) => [d.n, d.name, d.changedIn])).toEqual([[2, 'vestule.txt', [1, 2]]]);
  });
  test('a document no signature covers is "not signed"', async () => {
    const r = await openContainer(fx['unsigned-document.asice']);
    expect(r.unchanged).toBe(false);
    expect(r.documents.filter((d) => !d.matchedBy.length).map((d) => [d.n, d.name, d.kind])).toEqual([[4, 'pielikums.docx', 'word']]);
  });
  test('a signature referencing a file that is not there', async () => {
    const r = await openContainer(fx['missing-reference.asice']);
    expect(r.signatures[0].missing).toEqual(['lost.pdf']);
    expect(r.unchanged).toBe(false);
  });
  test('HTML and SVG are never kinds shown inline', async () => {
    const r = await openContainer(fx['html-and-svg.asice']);
    expect(r.documents.map((d) => d.kind)).toEqual(['html', 'html']);
    expect(r.signatures).toEqual([]);
  });
  test('the 7-page PDF is recognised as a PDF by its bytes, whatever its name', async () => {
    expect(docKind('scan.bin', await sevenPagePdf()).kind).toBe('pdf');
    expect(docKind('a.svg', new TextEncoder().encode('<svg/>')).kind).toBe('html');
    expect(docKind('picture.png', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')).kind).toBe('html');
  });
});

describe('hostile input: its own message, fast, bounded memory', () => {
  for (const [name, expected] of Object.entries(HOSTILE)) {
    test(`${name} → ${expected} in under 2 s`, async () => {
      const t0 = performance.now();
      expect(await code(openContainer(fx[name]))).toBe(expected);
      const ms = performance.now() - t0;
      console.log(`open ${name}: ${expected} in ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(2000);
    });
  }
  test('over the size limit (200 MB) is refused before reading', async () => {
    const big = { length: 200 * 1024 * 1024 } as unknown as Uint8Array; // never read: the length decides
    expect(() => listZip(big)).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(LIMITS.fileBytes).toBeLessThan(200 * 1024 * 1024);
  });
  test('declared sizes over the total limit are refused before inflating', async () => {
    const { zip, lieAboutSize } = await import('./open-fixtures');
    const small = zip({ 'a.txt': 'x'.repeat(2000) });
    const huge = lieAboutSize(small, 'a.txt', 2000, LIMITS.totalBytes + 1);
    expect(await code(openContainer(huge))).toBe('too-large-uncompressed');
  });
  test('zip bombs: peak memory stays bounded', async () => {
    for (const name of ['bomb.asice', 'lying-bomb.asice']) {
      const before = process.memoryUsage();
      expect(await code(openContainer(fx[name]))).toBe('bomb');
      const after = process.memoryUsage();
      const grew = (after.arrayBuffers - before.arrayBuffers) / 1024 / 1024;
      const rss = (after.rss - before.rss) / 1024 / 1024;
      console.log(`${name}: arrayBuffers +${grew.toFixed(1)} MB, rss +${rss.toFixed(1)} MB (the bomb inflates to 20 MB)`);
      // The file is 20 KB; without the limits it would grow by 20 MB per bomb.
      expect(grew).toBeLessThan(8);
      expect(rss).toBeLessThan(64);
    }
  });
  test('names: "..", absolute, backslash and control characters are refused', () => {
    expect(['a/../b', '../a', '/etc/x', 'C:/x', 'a\\b', 'a\u0000b', 'a\u001fb', 'a//b', './a'].map(badName).every(Boolean)).toBe(true);
    expect(['a.pdf', 'META-INF/signatures0.xml', 'dir/', 'Līgums nr. 5.pdf'].map(badName).every((v) => v === null)).toBe(true);
  });
  test('XML with a DOCTYPE or ENTITY is refused before parsing', () => {
    expect(() => parseXml('<!DOCTYPE a SYSTEM "http://x/"><a/>', 's.xml')).toThrow(expect.objectContaining({ code: 'xml-doctype' }));
    expect(() => parseXml('<a><!ENTITY x "y"></a>', 's.xml')).toThrow(expect.objectContaining({ code: 'xml-doctype' }));
    expect(parseXml('<a/>', 's.xml').documentElement.localName).toBe('a');
  });
});

test('the page lives at /open/ in every language', async () => {
  const { parsePath, pathFor } = await import('../../src/routes');
  for (const [path, lang] of [['/open/', 'lv'], ['/en/open/', 'en'], ['/ru/open', 'ru'], ['/uk/open/', 'uk']] as const) {
    expect(parsePath(path)).toEqual({ lang, page: { name: 'open' } });
    expect(pathFor(lang, { name: 'open' })).toBe(path.replace(/\/?$/, '/'));
  }
  expect(parsePath('/open/x/').page.name).toBe('not-found');
});
