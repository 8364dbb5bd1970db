// The import of the official "vpvkac-kontakti" CSV on a small fixture in that format, bad rows included:
// each problem is reported with its line, nothing is dropped silently, good rows become places.
import { describe, it, expect } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { importVpvkac } from '../../src/centres/import';
import { Gazetteer, parseGazetteer } from '../../src/centres/gazetteer';
import { CsvError, parseCsv } from '../../src/centres/csv';
import { decodeCsv } from '../../src/centres/import';
import municipalitiesJson from '../../src/data/municipalities.json';

const FIXTURE = 'test/fixtures/vpvkac-kontakti.csv';
const gazetteer = new Gazetteer(parseGazetteer(readFileSync('scripts/data/gazetteer.csv', 'utf8')));
const opts = { gazetteer, municipalities: municipalitiesJson.municipalities, source: 'centres-datagov-vpvkac', shown: '2023-11-08', checked: '2026-11-26' };
const result = importVpvkac(readFileSync(FIXTURE, 'utf8'), opts);
const byId = (id: string) => result.places.find((p) => p.id === id)!;

describe('parseCsv', () => {
  it.each([
    ['a;b;c\r\n1;2;3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['\uFEFFa;"b;c";"say ""hi"""\n', [['a', 'b;c', 'say "hi"']]],
    ['a,"two\nlines",c', [['a', 'two\nlines', 'c']]],
    [';;\n', [['', '', '']]],
  ])('%j', (text, want) => expect(parseCsv(text).map((r) => r.cells)).toEqual(want));
});

describe('import of the fixture', () => {
  it('imports the good records, places them at locality level, and keeps the source', () => {
    expect(result.places.map((p) => [p.id, p.municipality, p.locality, p.geo?.precision ?? null])).toEqual([
      ['grobinas-pilsetas', 'LV-112', 'Grobiņa', 'locality'],
      ['salas-pagasta', 'LV-042', 'Sala', 'locality'],
      ['cesu-pilsetas', 'LV-022', 'Cēsis', 'locality'],
      ['priekulu-pagasta', 'LV-022', 'Priekuļi', 'locality'],
      ['aizkraukles-pilsetas', 'LV-002', 'Aizkraukle', 'locality'],
      ['vecpiebalgas-pagasts', 'LV-022', 'Vecpiebalgas pagasts', 'parish'],
      ['vecpiebalga', 'LV-022', 'Vecpiebalga', 'postcode'],
    ]);
    for (const p of result.places) expect([p.source, p.shown, p.checked, p.kind]).toEqual([['centres-datagov-vpvkac'], '2023-11-08', '2026-11-26', 'vpvkac']);
  });

  it('reads hours spread over continuation rows and in one cell, keeping the text as written', () => {
    const g = byId('grobinas-pilsetas');
    expect(g.hours!.text).toEqual({
      Pirmdiena: '8:30 - 12:00; 12:20 - 17:00', Otrdiena: '8:30 - 12:00; 12:30 - 19:00', Trešdiena: '8:30 - 12:00; 12:20 - 17:00',
      Ceturtdiena: '8:30 - 12:00; 12:20 - 17:00', Piektdiena: '8:30 - 14:00',
    });
    expect(g.hours!.week[4]).toEqual([[510, 840]]);
    expect([g.tel, g.email]).toEqual(['+37166954818', 'grobina@pakalpojumucentri.lv']);
    const s = byId('salas-pagasta');
    expect(s.hours!.week.map((d) => d.length)).toEqual([2, 2, 2, 2, 2, 0, 0]);
    expect(s.tel).toBe('+37166954845');
  });

  it('reports every bad row with its line and what happened to it', () => {
    const lines = result.problems.map((p) => `${p.line} ${p.level} ${p.message}`);
    for (const [line, level, what] of [
      [2, 'error', /without "Nr." before any record: left out/],
      [11, 'warning', /no opening hours/],
      [12, 'error', /no address: left out/],
      [13, 'warning', /phone "12345" .* left out/],
      [13, 'warning', /e-mail "priekuli@" .* left out/],
      [14, 'error', /municipality not recognised .*: left out/],
      [15, 'error', /not yet open \("Tiks atvērts"\): left out/],
      [16, 'error', /could not place .*Nekuriene.*: left out/],
      [17, 'error', /duplicate of the record on line 3: left out/],
      [18, 'warning', /hours not understood .*pēc pieraksta.*shown as unknown/],
      [19, 'error', /"Nr." is "x", not a number: row left out/],
      [20, 'warning', /placed by parish/],
      [21, 'warning', /placed by postcode/],
    ] as const) expect(lines.some((l) => l.startsWith(`${line} ${level} `) && what.test(l)), `line ${line}: ${what}`).toBe(true);
    expect(result.unplaced).toHaveLength(1);
    expect(byId('aizkraukles-pilsetas').hours).toBeNull();
    expect(byId('priekulu-pagasta')).toMatchObject({ phone: null, tel: null, email: null });
  });

  it('accounts for every record: imported + left out = read', () => {
    const rows = parseCsv(readFileSync(FIXTURE, 'utf8'));
    const numbered = rows.slice(1).filter((r) => /^\d+$/.test(r.cells[0])).length;
    expect(result.counts).toEqual({ records: numbered, imported: 7, leftOut: 5, blankRows: 3 });
    expect(result.counts.imported + result.counts.leftOut).toBe(result.counts.records);
  });

  it('stops with a clear error when a required column is missing', () => {
    const r = importVpvkac('Nr.;Nosaukums;Tālrunis\n1;X;64161800\n', opts);
    expect(r.places).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 1, level: 'error' });
    expect(r.problems[0].message).toMatch(/required column\(s\) missing: address/);
  });

  it('reads a file without a header by position, with a warning', () => {
    const r = importVpvkac('1;;Cēsu novads;;Cēsu novada Cēsu pilsētas VPVKAC;;;Raunas iela 4, Cēsis, Cēsu nov.;P.;8–17;64161800;\n', opts);
    expect(r.problems[0].message).toMatch(/by position/);
    expect(r.places.map((p) => [p.locality, p.hours?.week[0]])).toEqual([['Cēsis', [[480, 1020]]]]);
  });
});

describe('npm run import:centres', () => {
  it('writes the centres, keeps the PMLP offices, prints the report and exits 1 when rows were left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'centres-'));
    const out = join(dir, 'centres.json');
    writeFileSync(out, JSON.stringify({ _about: 'x', places: [{ id: 'pmlp-x', kind: 'pmlp' }, { id: 'old', kind: 'vpvkac' }] }));
    const run = spawnSync(process.execPath, ['scripts/import-centres.mjs', FIXTURE, '--out', out, '--shown', '2023-11-08'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/12 records read, 7 imported, 5 left out/);
    expect(run.stdout).toMatch(/Could not place[\s\S]*Nekuriene/);
    expect(run.stdout).toMatch(/line 12: error: .*no address/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.places.map((p: { id: string }) => p.id)).toContain('pmlp-x');
    expect(written.places.map((p: { id: string }) => p.id)).not.toContain('old');
    expect(written.places).toHaveLength(8);
    // Item 13: every written place has a map point, as the data test requires.
    expect(written.places.filter((p: { kind: string; geo?: unknown }) => p.kind === 'vpvkac' && !p.geo)).toEqual([]);
  }, 30_000);
});

// Item 13: a hostile or damaged file.
const HEAD = 'Nr.;Pašvaldība;Pilnais nosaukums;Adrese;Diena;Darba laiks;Tālrunis;E-pasts\n';
const CESIS = '1;Cēsu novads;Cēsu novada Cēsu pilsētas VPVKAC;Raunas iela 4, Cēsis, Cēsu nov.;P.;8–17;64161800;cesis@pakalpojumucentri.lv\n';

describe('item 13: strict CSV', () => {
  it('an unterminated quote is an error with the line it opened on', () => {
    expect(() => parseCsv('a;b\n1;"two\n3;4\n')).toThrow(CsvError);
    try { parseCsv('a;b\n1;2\n3;"four\n5;6\n'); } catch (e) { expect((e as CsvError).line).toBe(3); }
  });
  it('text after a closing quote is an error', () => {
    expect(() => parseCsv('a;"b"c;d\n')).toThrow(/line 1: text after the closing quote/);
  });
  it('one stray quote imports nothing and says where, instead of swallowing the rest', () => {
    const r = importVpvkac(HEAD + CESIS + '2;Cēsu novads;"Cēsu novada Priekuļu VPVKAC;Cēsu prospekts 5, Priekuļi;P.;8–17;;\n' + CESIS.replace('1;', '3;'), opts);
    expect(r.places).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ line: 3, level: 'error', message: expect.stringMatching(/never closed|after the closing quote/) })]);
  });
});

describe('item 13: encodings', () => {
  const text = HEAD + CESIS;
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'UTF-8'],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'UTF-8 (BOM)'],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'UTF-16LE (BOM)'],
    ['UTF-16LE', Buffer.from(text, 'utf16le'), 'UTF-16LE'],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'UTF-16BE (BOM)'],
  ])('%s', (_, bytes, encoding) => {
    const d = decodeCsv(bytes);
    expect([d.encoding, d.text]).toEqual([encoding, text]);
  });
  it('Windows-1257 is read as such, with a note saying so', () => {
    // "Cēsu" in Windows-1257: ē is 0xE7.
    const d = decodeCsv(Buffer.from([0x43, 0xe7, 0x73, 0x75]));
    expect(d).toMatchObject({ text: 'Cēsu', encoding: 'Windows-1257', note: expect.stringMatching(/not valid UTF-8/) });
  });
});

describe('item 13: values', () => {
  it('rejects a hostile e-mail and a prototype key as a day name', () => {
    const r = importVpvkac(HEAD + CESIS.replace('cesis@pakalpojumucentri.lv', '"""><svg/onload=alert(1)>@evil.lv"').replace('P.;', 'P.,__proto__;'), opts);
    expect(r.places).toHaveLength(1);
    expect(r.places[0].email).toBeNull();
    expect(r.places[0].hours).toBeNull();
    expect(r.problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/e-mail .* left out/), expect.stringMatching(/__proto__.* not a day/)]));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('item 13: exit codes of npm run import:centres', () => {
  const dir = mkdtempSync(join(tmpdir(), 'centres-x-'));
  const run = (file: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-centres.mjs', file, '--out', join(dir, 'out.json'), ...args], { encoding: 'utf8' });
  const write = (name: string, body: string | Buffer) => (writeFileSync(join(dir, name), body), join(dir, name));
  it('0 all imported; 2 nothing usable (a stray quote); 3 bad arguments', () => {
    const good = write('good.csv', HEAD + CESIS);
    expect(run(good, '--dry-run').status).toBe(0);
    const stray = run(write('stray.csv', HEAD + CESIS + '2;Cēsu novads;"X;Y\n'), '--dry-run');
    expect([stray.status, stray.stdout]).toEqual([2, expect.stringMatching(/line 3: error: .*never closed/)]);
    expect(run(good, '--checked', '2099-01-01').status).toBe(3);
    expect(run(good, '--shown', '<b>x</b>').status).toBe(3);
    expect(run(good, '--checked', '2024-02-30').status).toBe(3);
    expect(run(join(dir, 'missing.csv')).status).toBe(3);
    expect(run(good, '--bogus').status).toBe(3);
  }, 60_000);
  it('a Windows-1257 file is imported and the report names the encoding', () => {
    const bytes = Buffer.from(HEAD + CESIS, 'latin1'); // placeholder, replaced below byte by byte
    const cp1257: Record<string, number> = { ā: 0xe2, Ā: 0xc2, ē: 0xe7, ī: 0xee, ņ: 0xf2, š: 0xf0, ļ: 0xef, ū: 0xfb, ž: 0xfe, ģ: 0xec, ķ: 0xed, č: 0xe8 };
    const enc = Buffer.from(Array.from(HEAD + CESIS).map((c) => cp1257[c] ?? c.charCodeAt(0)));
    expect(bytes.length).toBeGreaterThan(0);
    const r = run(write('win.csv', enc), '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/as Windows-1257/);
    expect(r.stdout).toMatch(/1 records read, 1 imported/);
  }, 30_000);
});
