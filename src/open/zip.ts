// Reading a ZIP (the ASiC-E container) defensively: the central directory is parsed and every declared
// count, size, ratio and name is checked BEFORE any entry is inflated; inflating then runs in small
// chunks and stops as soon as an entry produces more than it declared, so a lying zip bomb cannot fill
// memory. fflate does the DEFLATE work. Pure: no DOM.
import { Inflate } from 'fflate';
import { LIMITS } from './limits';

export type ZipError =
  | 'empty'
  | 'too-large'
  | 'not-zip'
  | 'truncated'
  | 'unsupported'
  | 'too-many-entries'
  | 'bad-name'
  | 'duplicate-name'
  | 'too-large-uncompressed'
  | 'bomb'
  | 'encrypted'
  | 'corrupt';

export class OpenError extends Error {
  constructor(readonly code: string, readonly detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  dir: boolean;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Why a name is refused, or null: no control characters, no absolute paths, no "..", no backslashes. */
export function badName(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'control';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'absolute';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return 'dot';
  return null;
}

/** Lists a ZIP's entries from its central directory, checking every limit. Throws OpenError(ZipError). */
export function listZip(b: Uint8Array): ZipEntry[] {
  if (b.length === 0) throw new OpenError('empty');
  if (b.length > LIMITS.fileBytes) throw new OpenError('too-large');
  const startsLikeZip = b.length >= 4 && u32(b, 0) === 0x04034b50;
  // End of central directory: 22 bytes plus a comment of at most 65535, at the very end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && u32(b, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new OpenError(startsLikeZip ? 'truncated' : 'not-zip');
  const count = u16(b, eocd + 10);
  const cdSize = u32(b, eocd + 12);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new OpenError('unsupported', 'zip64');
  if (u16(b, eocd + 4) !== 0 || u16(b, eocd + 6) !== 0) throw new OpenError('unsupported', 'multi-disk');
  if (count > LIMITS.entries) throw new OpenError('too-many-entries', String(count));
  if (count === 0) throw new OpenError(startsLikeZip ? 'corrupt' : 'not-zip', 'no entries');
  if (cdOffset + cdSize > eocd) throw new OpenError('truncated', 'central directory');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(b, p) !== 0x02014b50) throw new OpenError('truncated', 'central directory');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const compressedSize = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const next = p + 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    const offset = u32(b, p + 42);
    if (next > eocd) throw new OpenError('truncated', 'central directory');
    const raw = b.subarray(p + 46, p + 46 + nameLen);
    let name: string;
    try { name = utf8.decode(raw); } catch { name = latin1.decode(raw); }
    const why = badName(name);
    if (why) throw new OpenError('bad-name', JSON.stringify(name));
    // Normalised so that "é" written two ways is one name.
    const key = name.normalize('NFC');
    if (seen.has(key)) throw new OpenError('duplicate-name', name);
    seen.add(key);
    if (flags & 1) throw new OpenError('encrypted', name);
    if (method !== 0 && method !== 8) throw new OpenError('unsupported', `method ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new OpenError('unsupported', 'zip64');
    if (method === 0 && size !== compressedSize) throw new OpenError('corrupt', name);
    total += size;
    if (total > LIMITS.totalBytes) throw new OpenError('too-large-uncompressed');
    if (size > LIMITS.ratioFrom && size > compressedSize * LIMITS.ratio) throw new OpenError('bomb', name);
    if (offset + 30 + compressedSize > cdOffset) throw new OpenError('truncated', name);
    entries.push({ name, method, compressedSize, size, offset, dir: name.endsWith('/') });
    p = next;
  }
  return entries;
}

const CHUNK = 1024; // ≤ ~1 MB of output per push even at DEFLATE's maximum ratio (~1032:1)

/** An entry's bytes. Inflates in small chunks and stops at the first byte beyond the declared size. */
export function readEntry(b: Uint8Array, e: ZipEntry): Uint8Array {
  if (u32(b, e.offset) !== 0x04034b50) throw new OpenError('corrupt', e.name);
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw new OpenError('truncated', e.name);
  const data = b.subarray(start, end);
  if (e.method === 0) return data.slice();
  const out = new Uint8Array(e.size);
  let got = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    if (got + chunk.length > e.size) throw new OpenError('bomb', e.name);
    out.set(chunk, got);
    got += chunk.length;
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
  } catch (err) {
    if (err instanceof OpenError) throw err;
    throw new OpenError('corrupt', e.name);
  }
  if (!done || got !== e.size) throw new OpenError('corrupt', e.name);
  return out;
}
