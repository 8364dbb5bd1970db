// The import of the official "vpvkac-kontakti" CSV on a small fixture in that format, bad rows included:
// each problem is reported with its line, nothing is dropped silently, good rows become places.
import { describe, it, expect } from 'vitest';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { importVpvkac } from '../../src/centres/import';
import { Gazetteer, parseGazetteer } from '../../src/centres/gazetteer';
import { parseCsv } from '../../src/centres/csv';
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
      ['nekurienes-pagasta', 'LV-058', 'Nekuriene', null],
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
      [16, 'warning', /could not place .*Nekuriene.*without a map point/],
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
    expect(result.counts).toEqual({ records: numbered, imported: 8, leftOut: 4, blankRows: 3 });
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
    expect(run.stdout).toMatch(/12 records read, 8 imported, 4 left out/);
    expect(run.stdout).toMatch(/Could not place[\s\S]*Nekuriene/);
    expect(run.stdout).toMatch(/line 12: error: .*no address/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.places.map((p: { id: string }) => p.id)).toContain('pmlp-x');
    expect(written.places.map((p: { id: string }) => p.id)).not.toContain('old');
    expect(written.places).toHaveLength(9);
  }, 30_000);
});
