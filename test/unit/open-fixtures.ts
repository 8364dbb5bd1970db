// Containers built in the tests (and in test/e2e/open.spec.ts): a test CA and signers made here with
// @peculiar/x509, XAdES signature files with real SHA-256 digests, a 7-page PDF made with pdf-lib, and the
// hostile cases of issue #9. Nothing here is a real person or a real certificate.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { id_pe_qcStatements } from '@peculiar/asn1-x509-qualified';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const ASICE = 'application/vnd.etsi.asic-e+zip';
const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const b64 = (b: ArrayBuffer | Uint8Array) => Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)).toString('base64');

export interface Signer { name: string; given: string; surname: string; code: string; cert: x509.X509Certificate; key: CryptoKey }

export async function makeSigners(): Promise<Signer[]> {
  const caKeys = await crypto.subtle.generateKey(alg, false, ['sign', 'verify']);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: [{ '2.5.4.3': ['e-Gatavs TEST CA'] }, { '2.5.4.10': ['e-Gatavs tests'] }, { '2.5.4.6': ['LV'] }],
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2030-01-01T00:00:00Z'),
    keys: caKeys,
    signingAlgorithm: alg,
  });
  // QCStatements ::= SEQUENCE OF SEQUENCE { statementId OID }, written as DER by hand (0.4.0.1862.1.x).
  const qc = (last: number[]) => {
    const inner = last.flatMap((n) => [0x30, 0x08, 0x06, 0x06, 0x04, 0x00, 0x8e, 0x46, 0x01, n]);
    return new x509.Extension(id_pe_qcStatements, false, new Uint8Array([0x30, inner.length, ...inner]));
  };
  const people = [
    { given: 'JĀNIS', surname: 'BĒRZIŅŠ', code: 'PNOLV-010190-10000', qualified: true },
    { given: 'ANNA', surname: 'OZOLIŅA', code: 'PNOLV-020285-20000', qualified: false },
  ];
  const out: Signer[] = [];
  for (const [i, p] of people.entries()) {
    const keys = await crypto.subtle.generateKey(alg, false, ['sign', 'verify']);
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: `0${i + 2}`,
      subject: [{ '2.5.4.3': [`${p.surname},${p.given},${p.code.slice(6)}`] }, { '2.5.4.4': [p.surname] }, { '2.5.4.42': [p.given] }, { '2.5.4.5': [p.code] }, { '2.5.4.6': ['LV'] }],
      issuer: ca.subjectName,
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2029-01-01T00:00:00Z'),
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: alg,
      extensions: p.qualified ? [qc([1, 4])] : [], // QcCompliance, QcSSCD
    });
    out.push({ name: `${p.given} ${p.surname}`, given: p.given, surname: p.surname, code: p.code, cert, key: keys.privateKey });
  }
  return out;
}

const DIGEST_URI = { 'SHA-256': 'http://www.w3.org/2001/04/xmlenc#sha256', 'SHA-512': 'http://www.w3.org/2001/04/xmlenc#sha512' };

/** One XAdES signature file over the given documents (name → bytes). `missing` adds references to absent files. */
export async function signatureXml(signer: Signer, docs: Record<string, Uint8Array>, signingTime: string, opts: { missing?: string[]; hash?: 'SHA-256' | 'SHA-512' } = {}): Promise<string> {
  const hash = opts.hash ?? 'SHA-256';
  const refs: string[] = [];
  let i = 0;
  for (const [name, bytes] of Object.entries(docs)) {
    const digest = b64(await crypto.subtle.digest(hash, bytes as Uint8Array<ArrayBuffer>));
    refs.push(`<ds:Reference Id="r-${++i}" URI="${encodeURIComponent(name)}"><ds:DigestMethod Algorithm="${DIGEST_URI[hash]}"/><ds:DigestValue>${digest}</ds:DigestValue></ds:Reference>`);
  }
  for (const name of opts.missing ?? []) refs.push(`<ds:Reference Id="r-${++i}" URI="${encodeURIComponent(name)}"><ds:DigestMethod Algorithm="${DIGEST_URI[hash]}"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>`);
  refs.push(`<ds:Reference Type="http://uri.etsi.org/01903#SignedProperties" URI="#sp"><ds:DigestMethod Algorithm="${DIGEST_URI[hash]}"/><ds:DigestValue>AAAA</ds:DigestValue></ds:Reference>`);
  const signedInfo = `<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>${refs.join('')}</ds:SignedInfo>`;
  // A real signature over the SignedInfo text (not canonicalised): the opener does not verify it, and says so.
  const value = b64(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, signer.key, new TextEncoder().encode(signedInfo)));
  return `<?xml version="1.0" encoding="UTF-8"?><asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:xades="http://uri.etsi.org/01903/v1.3.2#"><ds:Signature Id="S">${signedInfo}<ds:SignatureValue>${value}</ds:SignatureValue><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64(signer.cert.rawData)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo><ds:Object><xades:QualifyingProperties Target="#S"><xades:SignedProperties Id="sp"><xades:SignedSignatureProperties><xades:SigningTime>${signingTime}</xades:SigningTime></xades:SignedSignatureProperties></xades:SignedProperties></xades:QualifyingProperties></ds:Object></ds:Signature></asic:XAdESSignatures>`;
}

/** A ZIP with `mimetype` stored first (as ASiC requires), then the given entries in order. */
export function zip(entries: Record<string, Uint8Array | string>, mimetype: string | null = ASICE, stored: string[] = []): Uint8Array {
  const z: Zippable = {};
  if (mimetype !== null) z.mimetype = [strToU8(mimetype), { level: 0 }];
  for (const [k, v] of Object.entries(entries)) {
    const bytes = typeof v === 'string' ? strToU8(v) : v;
    z[k] = stored.includes(k) ? [bytes, { level: 0 }] : bytes;
  }
  return zipSync(z);
}

/** Replaces every occurrence of a byte string (same length) in a ZIP: names in local and central headers. */
export function patch(b: Uint8Array, from: string, to: string): Uint8Array {
  const f = Buffer.from(from, 'latin1');
  const t = Buffer.from(to, 'latin1');
  if (f.length !== t.length) throw new Error('patch needs equal lengths');
  const out = Buffer.from(b);
  for (let i = out.indexOf(f); i >= 0; i = out.indexOf(f, i + 1)) t.copy(out, i);
  return new Uint8Array(out);
}

export async function sevenPagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 7; n++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Page ${n} of 7`, { x: 60, y: 760, size: 36, font });
    page.drawText(`This is page ${n}. Every page of a signed document must be readable.`, { x: 60, y: 700, size: 14, font });
  }
  return pdf.save({ useObjectStreams: false });
}

const png1x1 = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/ePNGJwAAAABJRU5ErkJggg==', 'base64'));

/** The fixtures with a name each: the good ones first, then every hostile case. */
export async function buildContainers(): Promise<Record<string, Uint8Array>> {
  const [a, b] = await makeSigners();
  const pdf = await sevenPagePdf();
  const letter = strToU8('Labdien!\nŠis ir parakstīts teksts.\n');
  const docs = { 'iesniegums.pdf': pdf, 'vestule.txt': letter, 'zimogs.png': png1x1 };
  const t1 = '2025-03-04T09:15:00Z';
  const t2 = '2025-03-04T10:30:00+02:00';
  const two = zip({ ...docs, 'META-INF/signatures0.xml': await signatureXml(a, docs, t1), 'META-INF/signatures1.xml': await signatureXml(b, docs, t2, { hash: 'SHA-512' }) }, ASICE, ['vestule.txt']);
  const tampered = patch(two, 'Labdien!', 'Labvakar');
  // Same signatures, plus an unsigned fourth document.
  const unsigned = zip({ ...docs, 'pielikums.docx': strToU8('PK not really a docx'), 'META-INF/signatures0.xml': await signatureXml(a, docs, t1) });
  const missingRef = zip({ 'vestule.txt': letter, 'META-INF/signatures0.xml': await signatureXml(a, { 'vestule.txt': letter }, t1, { missing: ['lost.pdf'] }) });
  const html = zip({ 'page.html': '<script>alert(1)</script>', 'drawing.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'META-INF/signatures0.xml': '<x/>' });

  const zeros = new Uint8Array(20 * 1024 * 1024);
  const bomb = zip({ 'bomb.bin': zeros });
  // The same bomb lying about its size in both headers (declares 500,000 bytes, inflates to 20 MB).
  const liar = lieAboutSize(bomb, 'bomb.bin', zeros.length, 500_000);
  const many: Record<string, string> = {};
  for (let i = 0; i < 10_000; i++) many[`f${i}.txt`] = '';
  const truncated = two.subarray(0, Math.floor(two.length * 0.6));
  return {
    'two-signers.asice': two,
    'tampered.asice': tampered,
    'unsigned-document.asice': unsigned,
    'missing-reference.asice': missingRef,
    'html-and-svg.asice': html,
    'not-a-zip.asice': strToU8('%PDF-1.7 this is not a zip file at all'),
    'empty.asice': new Uint8Array(0),
    'no-mimetype.asice': zip({ 'vestule.txt': letter }, null),
    'wrong-mimetype.asice': zip({ 'vestule.txt': letter }, 'application/zip'),
    'truncated.asice': truncated,
    'bomb.asice': bomb,
    'lying-bomb.asice': liar,
    'many-entries.asice': zip(many),
    'dot-dot.asice': zip({ 'ok/../../evil.txt': letter }),
    'control-char.asice': zip({ 'bad\u0007name.txt': letter }),
    'duplicate.asice': patch(zip({ 'aaaa.txt': letter, 'bbbb.txt': letter }), 'bbbb.txt', 'aaaa.txt'),
    'doctype.asice': zip({ 'vestule.txt': letter, 'META-INF/signatures0.xml': '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>' }),
    'broken-xml.asice': zip({ 'vestule.txt': letter, 'META-INF/signatures0.xml': '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><unclosed>' }),
  };
}

/** Rewrites an entry's declared uncompressed size in its local and central headers. */
export function lieAboutSize(b: Uint8Array, name: string, real: number, fake: number): Uint8Array {
  const out = new Uint8Array(b);
  const v = new DataView(out.buffer);
  const n = Buffer.from(name);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = v.getUint32(i, true);
    if (sig === 0x04034b50 && Buffer.from(out.subarray(i + 30, i + 30 + n.length)).equals(n) && v.getUint32(i + 22, true) === real) v.setUint32(i + 22, fake, true);
    if (sig === 0x02014b50 && Buffer.from(out.subarray(i + 46, i + 46 + n.length)).equals(n) && v.getUint32(i + 24, true) === real) v.setUint32(i + 24, fake, true);
  }
  return out;
}

/** What each hostile fixture must be refused with (OpenError code). */
export const HOSTILE: Record<string, string> = {
  'not-a-zip.asice': 'not-zip',
  'empty.asice': 'empty',
  'no-mimetype.asice': 'no-mimetype',
  'wrong-mimetype.asice': 'wrong-mimetype',
  'truncated.asice': 'truncated',
  'bomb.asice': 'bomb',
  'lying-bomb.asice': 'bomb',
  'many-entries.asice': 'too-many-entries',
  'dot-dot.asice': 'bad-name',
  'control-char.asice': 'bad-name',
  'duplicate.asice': 'duplicate-name',
  'doctype.asice': 'xml-doctype',
  'broken-xml.asice': 'xml-invalid',
};
