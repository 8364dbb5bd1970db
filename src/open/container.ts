// Opening an ASiC-E container (.edoc, .asice; ETSI EN 319 162-1): the documents inside, the XAdES
// signatures in META-INF/*signatures*.xml, and a digest check of every signed document computed on the
// device with Web Crypto. The signature value itself is NOT verified, and neither is the certificate's
// validity or revocation: the page says so. Pure: DOMParser (for XML) and crypto.subtle only.
import { listZip, readEntry, OpenError, type ZipEntry } from './zip';
import { LIMITS } from './limits';
import { readCertificate, timeStampTime, type CertInfo } from './cert';

export { OpenError } from './zip';
export const ASICE_MIMETYPE = 'application/vnd.etsi.asic-e+zip';

/** How a document can be shown: inline (pdf, image, text) or only downloaded. */
export type DocKind = 'pdf' | 'image' | 'text' | 'word' | 'sheet' | 'html' | 'other';

export interface Doc {
  /** 1-based, in container order: "document 2". */
  n: number;
  name: string;
  size: number;
  kind: DocKind;
  /** For images: the raster type checked from the bytes (never SVG). */
  mime?: string;
  bytes: Uint8Array;
  /** Signatures (1-based numbers) whose digest of this document matches / does not match. */
  matchedBy: number[];
  changedIn: number[];
  /** Signatures covering it with a digest method we cannot compute (e.g. SHA-224). */
  uncheckedIn: number[];
}

export interface Signature {
  n: number;
  file: string;
  signer: CertInfo | null;
  signingTime: string | null;
  timeStamp: string | null;
  /** Files the signature covers that are not in the container. */
  missing: string[];
}

export interface Opened {
  documents: Doc[];
  signatures: Signature[];
  /** Every document is signed by at least one signature, and every digest of every document matches. */
  unchanged: boolean;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type Progress = (step: 'reading' | 'checking', done: number, total: number) => void;

const DS = 'http://www.w3.org/2000/09/xmldsig#';
const XADES = ['http://uri.etsi.org/01903/v1.3.2#', 'http://uri.etsi.org/01903/v1.4.1#'];
const DIGESTS: Record<string, string> = {
  'http://www.w3.org/2000/09/xmldsig#sha1': 'SHA-1',
  'http://www.w3.org/2001/04/xmlenc#sha256': 'SHA-256',
  'http://www.w3.org/2001/04/xmldsig-more#sha384': 'SHA-384',
  'http://www.w3.org/2001/04/xmlenc#sha512': 'SHA-512',
};

/** Parses XML after refusing a DOCTYPE or entity declaration outright (no expansion, no external fetch). */
export function parseXml(text: string, name: string, Parser: typeof DOMParser = DOMParser): Document {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new OpenError('xml-doctype', name);
  const doc = new Parser().parseFromString(text, 'application/xml');
  if (!doc.documentElement || doc.getElementsByTagName('parsererror').length) throw new OpenError('xml-invalid', name);
  return doc;
}

const byName = (root: Element | Document, ns: string | string[], local: string) =>
  [...root.getElementsByTagName('*')].filter((e) => e.localName === local && (Array.isArray(ns) ? ns : [ns]).includes(e.namespaceURI ?? ''));
const childrenNamed = (el: Element, ns: string, local: string) => [...el.children].filter((e) => e.localName === local && e.namespaceURI === ns);
const text = (el: Element | undefined) => el?.textContent?.trim() ?? null;

export function fromBase64(s: string): Uint8Array {
  const bin = atob(s.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
const toBase64 = (b: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(b)));

const ext = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The kind of a document, from its bytes first (a name can lie) and then its extension. */
export function docKind(name: string, b: Uint8Array): { kind: DocKind; mime?: string } {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'pdf' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png' };
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg' };
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return { kind: 'image', mime: 'image/gif' };
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return { kind: 'image', mime: 'image/webp' };
  const e = ext(name);
  if (['html', 'htm', 'xhtml', 'svg', 'svgz', 'xml', 'xsl'].includes(e) || /^\s*<(!doctype html|html|svg)/i.test(new TextDecoder().decode(b.subarray(0, 256)))) return { kind: 'html' };
  if (['doc', 'docx', 'odt', 'rtf'].includes(e)) return { kind: 'word' };
  if (['xls', 'xlsx', 'ods'].includes(e)) return { kind: 'sheet' };
  if (['txt', 'csv', 'json', 'md', 'log'].includes(e) || (!e && b.length < 1024 * 1024)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
      return { kind: 'text' };
    } catch { /* not UTF-8 text: offer it as a download */ }
  }
  return { kind: 'other' };
}

const isMeta = (e: ZipEntry) => e.dir || e.name === 'mimetype' || e.name.startsWith('META-INF/');

/** Opens a container. Throws OpenError with a code the page turns into words. */
export async function openContainer(file: Uint8Array, onProgress: Progress = () => {}, Parser: typeof DOMParser = DOMParser): Promise<Opened> {
  const entries = listZip(file);
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (!mimetype) throw new OpenError('no-mimetype');
  if (mimetype.size > 200) throw new OpenError('wrong-mimetype');
  const type = new TextDecoder().decode(readEntry(file, mimetype)).trim();
  if (type !== ASICE_MIMETYPE) throw new OpenError('wrong-mimetype', type);

  const docEntries = entries.filter((e) => !isMeta(e));
  const sigEntries = entries.filter((e) => /^META-INF\/[^/]*signatures[^/]*\.xml$/i.test(e.name));
  const total = docEntries.length + sigEntries.length;
  let done = 0;
  const documents: Doc[] = [];
  for (const e of docEntries) {
    onProgress('reading', done++, total);
    await tick(); // let the page show the progress between documents
    const bytes = readEntry(file, e);
    documents.push({ n: documents.length + 1, name: e.name, size: e.size, ...docKind(e.name, bytes), bytes, matchedBy: [], changedIn: [], uncheckedIn: [] });
  }
  const byPath = new Map(documents.map((d) => [d.name.normalize('NFC'), d]));

  const signatures: Signature[] = [];
  for (const e of sigEntries) {
    onProgress('checking', done++, total);
    if (e.size > LIMITS.xmlBytes) throw new OpenError('xml-too-large', e.name);
    const xml = parseXml(new TextDecoder().decode(readEntry(file, e)), e.name, Parser);
    for (const sig of byName(xml, DS, 'Signature')) {
      const n = signatures.length + 1;
      const missing: string[] = [];
      const signedInfo = childrenNamed(sig, DS, 'SignedInfo')[0];
      if (!signedInfo) throw new OpenError('xml-invalid', e.name);
      for (const ref of childrenNamed(signedInfo, DS, 'Reference')) {
        const uri = ref.getAttribute('URI') ?? '';
        if (uri.startsWith('#') || ref.getAttribute('Type')?.endsWith('#SignedProperties')) continue; // signs XML inside the signature
        let path: string;
        try { path = decodeURIComponent(uri.replace(/^\.\//, '')); } catch { path = uri; }
        const doc = byPath.get(path.normalize('NFC'));
        if (!doc) { missing.push(path); continue; }
        const alg = DIGESTS[childrenNamed(ref, DS, 'DigestMethod')[0]?.getAttribute('Algorithm') ?? ''];
        const expected = text(childrenNamed(ref, DS, 'DigestValue')[0])?.replace(/\s+/g, '');
        if (!alg || !expected) { doc.uncheckedIn.push(n); continue; }
        const actual = toBase64(await crypto.subtle.digest(alg, doc.bytes as Uint8Array<ArrayBuffer>));
        (actual === expected ? doc.matchedBy : doc.changedIn).push(n);
      }
      const certText = text(byName(sig, DS, 'X509Certificate')[0]);
      let signer: CertInfo | null = null;
      if (certText) try { signer = readCertificate(fromBase64(certText)); } catch { signer = null; }
      const tsEl = byName(sig, XADES, 'SignatureTimeStamp')[0];
      const ts = tsEl ? text(byName(tsEl, XADES, 'EncapsulatedTimeStamp')[0]) : null;
      const st = text(byName(sig, XADES, 'SigningTime')[0]);
      signatures.push({
        n,
        file: e.name,
        signer,
        signingTime: st && !Number.isNaN(Date.parse(st)) ? new Date(st).toISOString() : null,
        timeStamp: ts ? timeStampTime(fromBase64(ts)) : null,
        missing,
      });
    }
  }
  onProgress('checking', total, total);
  const unchanged =
    documents.length > 0 &&
    signatures.every((s) => !s.missing.length) &&
    documents.every((d) => d.matchedBy.length > 0 && !d.changedIn.length && !d.uncheckedIn.length);
  return { documents, signatures, unchanged };
}
