#!/usr/bin/env node
// npm run import:centres -- FILE [options]
//
// Turns the official list of client centres, as published on data.gov.lv (dataset "vpvkac-kontakti",
// https://data.gov.lv/dati/lv/dataset/vpvkac-kontakti, CSV, CC0), plus the gazetteer into the VPVKAC part of
// src/data/centres.json. PMLP offices already in that file are kept. Every record is validated; every
// problem is printed with its line number; nothing is dropped silently.
//
// Expected file (as a third-party parser describes the 2023-11 edition; the header text itself is matched
// against the names in COLUMNS in src/centres/import.ts, case and spacing ignored):
//   - CSV, ';' (or ',') delimited, UTF-8 with or without BOM, CRLF or LF; blank rows are skipped (the
//     published file is padded with empty Excel rows).
//   - A header row containing "Nr.". Columns (only the first three are required):
//       Nr.                 a number starts a centre; rows without one continue the centre above
//                           (further days of hours, another phone or e-mail)
//       Pilnais nosaukums   the centre's full name ("Cēsu novada Cēsu pilsētas VPVKAC"); also "Nosaukums"
//       Adrese              "Raunas iela 4, Cēsis, Cēsu nov., LV-4101"
//       Pašvaldība          the municipality (one of the 42); if absent it is read from the name or address
//       Īsais nosaukums     short name ("Cēsu pilsētas VPVKAC"): used for the id and as a locality hint
//       Diena + Darba laiks a day ("P.", "Pirmdiena", "P.–C.", "S., Sv.") and its times
//                           ("8.30–12.00 un 13.00–17.00", "BRĪVS"); or both in one "Darba laiks" cell
//                           ("Pk. 8.30–16.00")
//       Tālrunis            Latvian 8-digit number(s), "+371" optional
//       E-pasts             e-mail address(es)
//       Plānošanas reģions, Jaunais nosaukums, Kategorija: read but not used
//   - Without a recognisable header row the columns are read by position (Nr., region, municipality, new
//     name, full name, category, short name, address, day, hours, phone, e-mail), with a warning.
//   - A record containing "Tiks atvērts" (not yet open) is left out and reported.
//
// Options:
//   --gazetteer PATH   default scripts/data/gazetteer.csv (GeoNames CC BY 4.0 + dr5hn ODbL 1.0)
//   --out PATH         default src/data/centres.json
//   --shown DATE       the date of the published file (default: "undated")
//   --checked DATE     when it was downloaded (default: today)
//   --dry-run          report only, write nothing
// Exit code: 0 all records imported; 1 some rows left out (the rest is written); 2 nothing usable.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gazetteer: { type: 'string', default: resolve(root, 'scripts/data/gazetteer.csv') },
    out: { type: 'string', default: resolve(root, 'src/data/centres.json') },
    shown: { type: 'string', default: 'undated' },
    checked: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    'dry-run': { type: 'boolean', default: false },
  },
});
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error(`usage: npm run import:centres -- FILE [--gazetteer PATH] [--out PATH] [--shown DATE] [--checked DATE] [--dry-run]${file ? `\nno such file: ${file}` : ''}`);
  process.exit(2);
}
const load = async (p) => (await runnerImport(resolve(root, p), { configFile: false, logLevel: 'error' })).module;
const { importVpvkac } = await load('src/centres/import.ts');
const { Gazetteer, parseGazetteer } = await load('src/centres/gazetteer.ts');
const { inStoredOrder } = await load('src/centres/distance.ts');

const municipalities = JSON.parse(readFileSync(resolve(root, 'src/data/municipalities.json'), 'utf8')).municipalities;
const gazetteer = new Gazetteer(parseGazetteer(readFileSync(opt.gazetteer, 'utf8')));
const r = importVpvkac(readFileSync(file, 'utf8'), { gazetteer, municipalities, source: 'centres-datagov-vpvkac', shown: opt.shown, checked: opt.checked });

for (const p of r.problems) console.log(`line ${p.line}: ${p.level}: ${p.record ? `${p.record}: ` : ''}${p.message}`);
const per = {};
for (const p of r.places) per[p.municipality] = (per[p.municipality] ?? 0) + 1;
console.log(`\n${r.counts.records} records read, ${r.counts.imported} imported, ${r.counts.leftOut} left out; ${r.counts.blankRows} blank rows skipped; ` +
  `${r.problems.filter((p) => p.level === 'error').length} errors, ${r.problems.filter((p) => p.level === 'warning').length} warnings.`);
console.log(`Per municipality: ${municipalities.map((m) => `${m.code} ${per[m.code] ?? 0}`).join(', ')}`);
console.log(`Without data (the app shows the honest fallback): ${municipalities.filter((m) => !per[m.code]).map((m) => m.name).join(', ') || 'none'}`);
console.log(r.unplaced.length ? `Could not place (listed without a map point):\n  ${r.unplaced.join('\n  ')}` : 'Every imported record was placed.');

if (!r.places.length) { console.error('Nothing to import.'); process.exit(2); }
if (!opt['dry-run']) {
  const current = existsSync(opt.out) ? JSON.parse(readFileSync(opt.out, 'utf8')) : { _about: '', places: [] };
  const kept = current.places.filter((p) => p.kind !== 'vpvkac');
  writeFileSync(opt.out, JSON.stringify({ ...current, places: inStoredOrder([...r.places, ...kept]) }, null, 1) + '\n');
  console.log(`Wrote ${r.places.length} client centres and kept ${kept.length} other places in ${opt.out}`);
}
process.exit(r.problems.some((p) => p.level === 'error') ? 1 : 0);
