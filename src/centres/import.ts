// The official list of client centres as published on data.gov.lv ("vpvkac-kontakti", CSV) → the app's
// places. Every row is validated; every problem is reported with its line; nothing is dropped silently.
// Pure: the CLI (scripts/import-centres.mjs) reads and writes the files. Expected columns: see COLUMNS.
import { CsvError, parseCsv, tidy, type CsvRow } from './csv';
import { parseHours } from './hours';
import { telOf, isEmail } from './contact';
import { inLatvia } from './distance';
import type { Gazetteer, GazRow } from './gazetteer';
import type { Place } from './types';

/**
 * Header names we accept for each column (case and spacing ignored). Only nr, name and address are
 * required. The official file's exact header text was not available to us (the layout below follows a
 * third-party parser of the 2023-11 CSV); add a name here if a new edition uses another.
 */
export const COLUMNS = {
  nr: ['nr.', 'nr', 'nr.p.k.', 'npk', 'nr. p.k.'],
  region: ['plānošanas reģions', 'reģions'],
  municipality: ['pašvaldība', 'novads', 'administratīvā teritorija'],
  newName: ['jaunais nosaukums'],
  name: ['pilnais nosaukums', 'nosaukums', 'vpvkac nosaukums', 'vpvkac'],
  category: ['kategorija', 'centra veids', 'veids', 'centra kategorija'],
  shortName: ['īsais nosaukums', 'punkts'],
  address: ['adrese', 'faktiskā adrese'],
  day: ['diena', 'dienas', 'darba dienas', 'nedēļas diena'],
  hours: ['darba laiks', 'laiks', 'apmeklētāju pieņemšanas laiks'],
  phone: ['tālrunis', 'tālr.', 'telefons', 'tālruņa numurs', 'tālr. nr.'],
  email: ['e-pasts', 'epasts', 'e-pasta adrese', 'e-pasts:'],
} as const;
type Col = keyof typeof COLUMNS;
const REQUIRED: Col[] = ['nr', 'name', 'address'];
/** When no header row is found: the positions a third-party parser of the 2023-11 file used. */
const POSITIONAL: Record<Col, number> = { nr: 0, region: 1, municipality: 2, newName: 3, name: 4, category: 5, shortName: 6, address: 7, day: 8, hours: 9, phone: 10, email: 11 };

export interface Problem { line: number; level: 'error' | 'warning'; message: string; record?: string }
export interface ImportResult {
  places: Place[];
  problems: Problem[];
  /** Records left out because they could not be put on the map. */
  unplaced: string[];
  /** Records read, imported, left out; blank rows skipped. */
  counts: { records: number; imported: number; leftOut: number; blankRows: number };
}
export interface ImportOptions {
  gazetteer: Gazetteer;
  municipalities: { code: string; name: string; type: string }[];
  source: string; // id in src/data/sources.json
  shown: string; // the date of the published file
  checked: string; // the date it was downloaded
}

interface Raw { line: number; cells: Partial<Record<Col, string>>; hours: [string, string, number][]; phones: string[]; emails: string[]; extra: string[] }

const norm = (s: string) => tidy(s).toLocaleLowerCase('lv').replace(/:$/, '');

function findHeader(rows: CsvRow[]): { index: number; cols: Partial<Record<Col, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const cells = rows[i].cells.map(norm);
    if (!cells.some((c) => (COLUMNS.nr as readonly string[]).includes(c))) continue;
    const cols: Partial<Record<Col, number>> = {};
    for (const [col, names] of Object.entries(COLUMNS) as [Col, readonly string[]][]) {
      const at = cells.findIndex((c) => names.includes(c));
      if (at >= 0) cols[col] = at;
    }
    return { index: i, cols };
  }
  return null;
}

/** "P.–C. 8.30–17.00" → ["P.–C.", "8.30–17.00"] (the day and the times in one cell). */
function splitDayTimes(s: string): [string, string] | null {
  const m = /^(.*?[^\d\s])\.?\s*:?\s+(\d.*|brīvs|slēgts)$/i.exec(tidy(s));
  return m ? [m[1].trim(), m[2].trim()] : null;
}

/** "Cēsu novads" ↔ "Cēsu novada" / "Cēsu nov."; "Rīga" ↔ "Rīgas". */
function municipalityOf(raw: Raw, list: ImportOptions['municipalities']) {
  const given = tidy(raw.cells.municipality);
  if (given) {
    const m = list.find((x) => norm(x.name) === norm(given) || norm(x.code) === norm(given));
    return m ? { m } : { error: `municipality "${given}" is not one of the ${list.length} municipalities` };
  }
  const text = norm(`${raw.cells.name ?? ''} | ${raw.cells.address ?? ''}`);
  const hits = list.filter((x) => {
    const n = norm(x.name);
    const forms = x.type === 'novads'
      ? [n, n.replace(/ novads$/, ' novada'), n.replace(/ novads$/, ' nov.')]
      : [n, /[ae]$/.test(n) ? `${n}s` : n];
    return forms.some((f) => new RegExp(`(^|[\\s,(|])${f.replace(/[.]/g, '\\.')}($|[\\s,.)|])`).test(text));
  });
  // Prefer a novads over a state city of the same stem ("Jelgavas novada … VPVKAC, Pasta iela 37, Jelgava").
  const novads = hits.filter((x) => x.type === 'novads');
  const pick = novads.length === 1 ? novads[0] : hits.length === 1 ? hits[0] : undefined;
  return pick ? { m: pick } : { error: hits.length ? `municipality ambiguous (${hits.map((h) => h.name).join(', ')})` : 'municipality not recognised in the name or address' };
}

/** Locality candidates from an address: "Lielā iela 54, Grobiņas pilsēta, Dienvidkurzemes nov., LV-3430". */
function placeOf(raw: Raw, muniName: string, g: Gazetteer): { row: GazRow; precision: 'locality' | 'postcode' | 'parish' } | null {
  const parts = tidy(raw.cells.address).split(',').map((p) => p.trim());
  const postcode = parts.map((p) => /^LV-?\s?(\d{4})$/i.exec(p)).find(Boolean);
  const localities = parts.filter((p) => !/\d|\b(nov\.|novads|pag\.|pagasts)$/i.test(p) && !/^"|^“/.test(p));
  for (const p of [...localities, tidy(raw.cells.shortName).replace(/\s*VPVKAC.*$/i, '').replace(/ (pilsētas|pagasta)$/i, '')].filter(Boolean)) {
    const name = p.replace(/\s+(pilsēta|pils\.|ciems)$/i, '');
    const hit = g.locality(name, muniName);
    if (hit) return { row: hit, precision: 'locality' };
  }
  if (postcode) {
    const hit = g.postcode(`LV-${postcode[1]}`, muniName);
    if (hit) return { row: hit, precision: 'postcode' };
  }
  for (const p of parts.filter((x) => /\b(pag\.|pagasts)$/i.test(x))) {
    const hit = g.parish(p.replace(/\s*(pag\.|pagasts)$/i, ''), muniName);
    if (hit) return { row: hit, precision: 'parish' };
  }
  return null;
}

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The file's bytes as text: UTF-8 (with or without BOM), UTF-16 (BOM, or LE/BE without one), else Windows-1257. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string; note?: string } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE (BOM)' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE (BOM)' };
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  const head = bytes.subarray(0, 400);
  const zeros = (odd: number) => head.filter((_, i) => i % 2 === odd && head[i] === 0).length;
  if (head.length >= 4 && zeros(1) > head.length / 4) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (head.length >= 4 && zeros(0) > head.length / 4) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1257').decode(bytes),
      encoding: 'Windows-1257',
      note: 'the file is not valid UTF-8: read it as Windows-1257 (Baltic, as Excel saves CSV in Latvia). If letters like ā, č, ē look wrong, save it as "CSV UTF-8" and import again.',
    };
  }
}

/** Day names that are keys of every object (a hostile file must not reach Object.prototype through them). */
const PROTO = /(^|[^\p{L}])(__proto__|constructor|prototype|tostring|valueof|hasownproperty)($|[^\p{L}])/iu;
/** Stricter than a display check: a plain address, no markup or quotes. */
const EMAIL = /^[a-z0-9][a-z0-9._%+-]*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

export function importVpvkac(csvText: string, o: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  const report = (line: number, level: Problem['level'], message: string, record?: string) => problems.push({ line, level, message, record });
  let rows: CsvRow[];
  try {
    rows = parseCsv(csvText);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    report(e.line, 'error', `${e.message.replace(/^line \d+: /, '')}: nothing imported`);
    return { places: [], problems, unplaced: [], counts: { records: 0, imported: 0, leftOut: 0, blankRows: 0 } };
  }
  let header = findHeader(rows);
  let start = header ? header.index + 1 : 0;
  if (!header) {
    report(1, 'warning', 'no header row with "Nr." found: reading columns by position (Nr., …, full name 5th, short name 7th, address 8th, day 9th, hours 10th, phone 11th, e-mail 12th)');
    header = { index: -1, cols: POSITIONAL };
    start = 0;
  }
  const missing = REQUIRED.filter((c) => header!.cols[c] === undefined);
  if (missing.length) {
    report(header.index + 1, 'error', `required column(s) missing: ${missing.join(', ')} (found: ${rows[header.index]?.cells.map(tidy).filter(Boolean).join(' | ')})`);
    return { places: [], problems, unplaced: [], counts: { records: 0, imported: 0, leftOut: 0, blankRows: 0 } };
  }
  const cell = (r: CsvRow, c: Col) => (header!.cols[c] === undefined ? '' : tidy(r.cells[header!.cols[c]!]));

  // 1. Group rows into records: a row with a number in Nr. starts one; rows without continue it.
  const raws: Raw[] = [];
  let blankRows = 0;
  for (const r of rows.slice(start)) {
    if (r.cells.every((c) => !tidy(c))) { blankRows++; continue; }
    const nr = cell(r, 'nr');
    const dayCell = cell(r, 'day');
    const hoursCell = cell(r, 'hours').replace(/^darba laiks:?$/i, '');
    const phone = cell(r, 'phone');
    const email = cell(r, 'email');
    if (nr && !/^\d+\.?$/.test(nr)) { report(r.line, 'error', `"Nr." is "${nr}", not a number: row left out`); continue; }
    let raw = raws[raws.length - 1];
    if (nr) {
      raw = { line: r.line, cells: {}, hours: [], phones: [], emails: [], extra: [] };
      for (const c of Object.keys(COLUMNS) as Col[]) raw.cells[c] = cell(r, c);
      raws.push(raw);
    } else if (!raw) { report(r.line, 'error', 'a row without "Nr." before any record: left out'); continue; }
    else for (const c of ['name', 'shortName', 'address'] as Col[]) if (cell(r, c)) raw.extra.push(cell(r, c));
    if (dayCell && hoursCell) raw.hours.push([dayCell, hoursCell, r.line]);
    else if (/tiks atvērts/i.test(hoursCell || dayCell)) raw.extra.push(hoursCell || dayCell);
    else if (hoursCell || dayCell) {
      const split = splitDayTimes(hoursCell || dayCell);
      if (split) raw.hours.push([split[0], split[1], r.line]);
      else report(r.line, 'warning', `hours "${hoursCell || dayCell}" have no day: ignored`, raw.cells.name);
    }
    for (const p of phone.split(/[,;]\s*/).filter(Boolean)) raw.phones.push(p);
    for (const e of email.split(/[,;\s]\s*/).filter(Boolean)) raw.emails.push(e);
  }

  // 2. Validate and convert each record.
  const places: Place[] = [];
  const unplaced: string[] = [];
  const seen = new Map<string, number>();
  let leftOut = 0;
  for (const raw of raws) {
    const name = raw.cells.name || raw.cells.newName || '';
    const label = name || `record on line ${raw.line}`;
    const leave = (msg: string) => { leftOut++; report(raw.line, 'error', `${msg}: left out`, label); };
    const all = [...Object.values(raw.cells), ...raw.extra, ...raw.hours.flat()].join(' ');
    if (/tiks atvērts|plānots atvērt/i.test(all)) { leave('marked as not yet open ("Tiks atvērts")'); continue; }
    if (!name) { leave('no name'); continue; }
    const address = raw.cells.address;
    if (!address) { leave('no address'); continue; }
    const key = `${norm(name)}|${norm(address)}`;
    if (seen.has(key)) { leave(`duplicate of the record on line ${seen.get(key)}`); continue; }
    seen.set(key, raw.line);
    const muni = municipalityOf(raw, o.municipalities);
    if (!muni.m) { leave(muni.error!); continue; }

    let hours: Place['hours'] = null;
    const badDay = raw.hours.find(([d]) => PROTO.test(d));
    if (badDay) report(badDay[2], 'warning', `day "${badDay[0]}" is not a day: hours shown as unknown`, label);
    if (raw.hours.length && !badDay) {
      const text = Object.fromEntries(raw.hours.map(([d, h]) => [d, h]));
      const parsed = parseHours(text);
      if (parsed.ok) hours = { text, week: parsed.week };
      else report(raw.hours[0][2], 'warning', `hours not understood (${parsed.errors.join('; ')}): shown as unknown`, label);
    } else if (!badDay) report(raw.line, 'warning', 'no opening hours', label);

    const phones = raw.phones.filter((p) => telOf(p) || (report(raw.line, 'warning', `phone "${p}" is not a Latvian 8-digit number: left out`, label), false));
    if (phones.length > 1) report(raw.line, 'warning', `several phones (${phones.join(', ')}): the first is shown`, label);
    const emails = raw.emails.filter((e) => (isEmail(e) && EMAIL.test(e)) || (report(raw.line, 'warning', `e-mail "${e}" is not an address: left out`, label), false));

    // Every place in the data has a map point (test/unit/centres-data.test.ts): one we cannot place is refused,
    // and listed so someone can add its locality to the gazetteer.
    const placed = placeOf(raw, muni.m.name, o.gazetteer);
    if (!placed || !inLatvia(placed.row)) {
      unplaced.push(`${label} (line ${raw.line}): ${address}`);
      leave(`could not place "${address}" in the gazetteer (add its locality there)`);
      continue;
    }
    const geo: Place['geo'] = { lat: placed.row.lat, lon: placed.row.lon, precision: placed.precision, from: placed.row.from };
    if (placed.precision !== 'locality') report(raw.line, 'warning', `placed by ${placed.precision} (${placed.row.name}), not by locality`, label);

    const locality = placed.row.name;
    let id = slug(raw.cells.shortName?.replace(/\s*VPVKAC.*$/i, '') || locality) || `vpvkac-${raw.line}`;
    while (places.some((p) => p.id === id)) id += `-${raw.line}`;
    places.push({
      id, kind: 'vpvkac', name, municipality: muni.m.code, locality, address, phone: phones[0] ?? null, tel: telOf(phones[0]),
      email: emails[0] ?? null, hours, notes: hours ? [] : ['no-hours'], geo, source: [o.source], shown: o.shown, checked: o.checked,
    });
  }
  return { places, problems: problems.sort((a, b) => a.line - b.line), unplaced, counts: { records: raws.length, imported: places.length, leftOut, blankRows } };
}
