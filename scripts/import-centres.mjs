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
//   - Encoding: UTF-8 (with or without BOM) or UTF-16 (with a BOM, or plain LE/BE); a file that is not valid
//     UTF-8 is read as Windows-1257 (Excel's "CSV" in Latvia) and the report says so.
//   - Strict quoting: a quote that is never closed, or text after a closing quote, stops the import with the
//     line where the quote opened (a lenient reader would let it swallow the rest of the file).
//   - A record the gazetteer cannot place is left out (every place in the data has a map point) and listed.
// Exit codes: 0 every record imported; 1 some rows left out (the rest is written); 2 nothing usable (nothing
// written); 3 bad arguments or a crash (nothing written).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const USAGE = 'usage: npm run import:centres -- FILE [--gazetteer PATH] [--out PATH] [--shown YYYY-MM-DD] [--checked YYYY-MM-DD] [--dry-run]';
const fail = (message, code = 3) => {
  console.error(`${message}\n${USAGE}`);
  process.exit(code);
};
const isDate = (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const today = new Date().toISOString().slice(0, 10);
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        gazetteer: { type: 'string', default: resolve(root, 'scripts/data/gazetteer.csv') },
        out: { type: 'string', default: resolve(root, 'src/data/centres.json') },
        shown: { type: 'string' },
        checked: { type: 'string', default: today },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return fail(e.message);
  }
  const { values: opt, positionals } = parsed;
  const file = positionals[0];
  if (!file) return fail('no file given');
  if (!existsSync(file)) return fail(`no such file: ${file}`);
  if (!isDate(opt.checked)) return fail(`--checked must be a date YYYY-MM-DD, not "${opt.checked}"`);
  if (opt.checked > today) return fail(`--checked ${opt.checked} is in the future (today is ${today})`);
  if (opt.shown !== undefined && !isDate(opt.shown)) return fail(`--shown must be the file's date YYYY-MM-DD, not "${opt.shown}"`);
  if (opt.shown !== undefined && opt.shown > opt.checked) return fail(`--shown ${opt.shown} is after --checked ${opt.checked}`);
  const shown = opt.shown ?? 'undated';

  const load = async (p) => (await runnerImport(resolve(root, p), { configFile: false, logLevel: 'error' })).module;
  const { importVpvkac, decodeCsv } = await load('src/centres/import.ts');
  const { Gazetteer, parseGazetteer } = await load('src/centres/gazetteer.ts');
  const { inStoredOrder } = await load('src/centres/distance.ts');

  const municipalities = JSON.parse(readFileSync(resolve(root, 'src/data/municipalities.json'), 'utf8')).municipalities;
  const gazetteer = new Gazetteer(parseGazetteer(readFileSync(opt.gazetteer, 'utf8')));
  const decoded = decodeCsv(readFileSync(file));
  console.log(`Read ${file} as ${decoded.encoding}.${decoded.note ? `\nNote: ${decoded.note}` : ''}`);
  const r = importVpvkac(decoded.text, { gazetteer, municipalities, source: 'centres-datagov-vpvkac', shown, checked: opt.checked });

  for (const p of r.problems) console.log(`line ${p.line}: ${p.level}: ${p.record ? `${p.record}: ` : ''}${p.message}`);
  const per = {};
  for (const p of r.places) per[p.municipality] = (per[p.municipality] ?? 0) + 1;
  const errors = r.problems.filter((p) => p.level === 'error').length;
  console.log(`\n${r.counts.records} records read, ${r.counts.imported} imported, ${r.counts.leftOut} left out; ${r.counts.blankRows} blank rows skipped; ` +
    `${errors} errors, ${r.problems.filter((p) => p.level === 'warning').length} warnings.`);
  console.log(`Per municipality: ${municipalities.map((m) => `${m.code} ${per[m.code] ?? 0}`).join(', ')}`);
  console.log(`Without data (the app shows the honest fallback): ${municipalities.filter((m) => !per[m.code]).map((m) => m.name).join(', ') || 'none'}`);
  console.log(r.unplaced.length ? `Could not place (left out; add the locality to the gazetteer):\n  ${r.unplaced.join('\n  ')}` : 'Every record was placed.');

  if (!r.places.length) {
    console.error('Nothing usable to import: nothing written.');
    return process.exit(2);
  }
  if (!opt['dry-run']) {
    const current = existsSync(opt.out) ? JSON.parse(readFileSync(opt.out, 'utf8')) : { _about: '', places: [] };
    const kept = current.places.filter((p) => p.kind !== 'vpvkac');
    writeFileSync(opt.out, JSON.stringify({ ...current, places: inStoredOrder([...r.places, ...kept]) }, null, 1) + '\n');
    console.log(`Wrote ${r.places.length} client centres and kept ${kept.length} other places in ${opt.out}`);
  }
  process.exit(errors ? 1 : 0);
}

main().catch((e) => {
  console.error(`The import crashed (nothing written): ${e?.stack ?? e}`);
  process.exit(3);
});
