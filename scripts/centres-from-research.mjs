// Makes src/data/centres.json and src/data/latvia-shape.json from the research data
// (../shared/research/data: centres.json, pmlp.json, gazetteer.csv). Run once when the research changes:
//   node scripts/centres-from-research.mjs [RESEARCH_DIR]
// Rules (issue 4): ship only records that are not stale and not merely planned; never invent an address;
// every record keeps its source ids, the date the source shows and the date we read it; hours are kept as
// the source wrote them and converted to a structured week. Everything left out is listed on stdout.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? resolve(root, '../shared/research/data'));
const load = async (p) => (await runnerImport(resolve(root, p), { configFile: false, logLevel: 'error' })).module;
const { parseHours } = await load('src/centres/hours.ts');
const { parseGazetteer, Gazetteer } = await load('src/centres/gazetteer.ts');
const { telOf } = await load('src/centres/contact.ts');
const { inStoredOrder } = await load('src/centres/distance.ts');

const READ = '2026-11-26'; // when the research read these (archived) sources
const research = JSON.parse(readFileSync(resolve(dir, 'centres.json'), 'utf8'));
const pmlp = JSON.parse(readFileSync(resolve(dir, 'pmlp.json'), 'utf8'));
const gaz = new Gazetteer(parseGazetteer(readFileSync(resolve(dir, 'gazetteer.csv'), 'utf8')));
const munis = JSON.parse(readFileSync(resolve(root, 'src/data/municipalities.json'), 'utf8')).municipalities;
const sources = JSON.parse(readFileSync(resolve(root, 'src/data/sources.json'), 'utf8'));
const codeOf = (name) => munis.find((m) => m.name === name)?.code ?? fail(`unknown municipality ${name}`);
function fail(msg) { throw new Error(msg); }

// Source URL (as the research writes it) → id in src/data/sources.json.
const SRC = {
  'github:OSMLatvija/Osmalyzer': 'centres-osmalyzer',
  'https://vecpiebalga.lv/pasvaldibas-darbs-centralizets-pakalpojumi-nemainigi-pieejami-ari-regionos/': 'centres-vecpiebalga',
  'https://www.cesis.lv/lv/novads/cesu-novads/aktiva-sabiedriba/iesaiste-pasvaldibas-darba/': 'centres-cesis-2021',
  'http://edruva.lv/atpakal-sakumpunkta/': 'centres-druva-2018',
  'http://edruva.lv/vairs-nav-jabrauc-uz-pilsetu/': 'centres-druva-2015',
  'https://aizkraukle.lv/lv/jaunums/iestades-parcels-uz-citam-telpam': 'centres-aizkraukle',
  'https://valmierasnovads.lv/no-1-novembra-tiek-slegta-strencu-un-sedas-kase': 'centres-strenci',
  'https://ludzasnovads.lv/lv/jaunums/darba-laika-izmainas-maija': 'centres-ludza-2025',
  'https://www.ludzasforums.lv/zinas/pasvaldibas-zinas': 'centres-ludzasforums',
  'https://dzirkstele.lv/?p=432015': 'centres-gulbene-2025',
  'https://www.dzirkstele.lv/vietejas-zinas/pie-gulbenes-novada-domes-ekas-tris-stavvietas-klientiem-169962': 'centres-gulbene-2019',
  'https://aluksniesiem.lv/sabiedriba/pienemsanu-izzino-noveloti/': 'centres-aluksne-2022',
  'https://www.latvija.lv/lv/PPK/Transports/Transporta-lidzeklu-registracija/p3647/ProcesaApraksts': 'centres-aluksne-latvija',
  'https://aluksniesiem.lv/sabiedriba/vidaga-atver-klientu-apkalposanas-centru/': 'centres-vidaga',
  'http://www.jelgavasnovads.lv/lv/pasvaldibas-zinas/17228/izmainas-pasvaldibas-darba-ikdiena/print': 'centres-jelgavas-novads',
  'https://www.adazi.lv/valsts-un-pasvaldibas-vienotais-klientu-apkalposanas-centrs-turpina-sniegt-pakalpojumus-attalinati/': 'centres-adazi',
  'https://www.daugavpilsnovads.lv/visku-pagasta-mainita-velesanu-iecirkna-atrasanas-vieta/': 'centres-viski',
  'https://www.ropazi.lv/lv/jaunums/no-30-oktobra-lidz-28-novembrim-notiek-publiska-apspriesana-un-iedzivotaju-aptauja-par-garkalnes-pagasta-sadalisanas-plana-izstradi': 'centres-ropazi-2023',
  'https://vietagimenei.lv/pasvaldibas/ropazu-novada-pasvaldiba/': 'centres-ropazi-vietagimenei',
  'https://pmlp.gov.lv/lv/jaunums/pilsonibas-un-migracijas-lietu-parvalde-augusta-un-septembri-astonas-nodalas-nodrosinas-pases-un-eid-kartes-noformesanu-sestdienas': 'centres-pmlp-branches',
  'https://www.pmlp.gov.lv/lv/sakums/k/apmekl%C4%93t%C4%81ju-pie%C5%86em%C5%A1ana-pie-pmlp-priek%C5%A1nieka-un-iesniegumu-iesnieg%C5%A1ana.html?textonly=1': 'centres-pmlp-hours',
  'https://pmlp.gov.lv/en/who-where-when-can-receive-information-register-natural-persons': 'centres-pmlp-hq',
  'https://latvija.lv/lv/PPK/gimene/adopcija-aizbildniba-aizgadniba/p4034/CitaInformacija': 'centres-pmlp-hq-latvija',
};
const srcId = (s) => {
  const url = s.replace(/ —.*$| \(.*$/s, '').trim();
  const id = Object.entries(SRC).find(([k]) => url.startsWith(k))?.[1];
  if (!id) fail(`no source id for ${s}`);
  if (!sources[id]) fail(`source ${id} missing from src/data/sources.json`);
  return id;
};

// Per record (keyed by locality as the research writes it): what to ship, or why not.
const LEAVE_OUT = {
  Sala: 'stale: the page is the pre-2021 Salas novads site',
  Skrunda: 'stale: the page is the pre-2021 Skrundas novads site (2016 data)',
  Skrīveri: 'stale and only planned: a pre-2021 Skrīveru novads decision',
  Koknese: 'stale and only planned: a pre-2021 Kokneses novads decision',
  Rauna: 'stale: a 2015 opening article; current status not verified',
  Mērsrags: 'stale: a 2017 opening article in the former Mērsraga novads',
  Dundaga: 'stale: a 2020 article in the former Dundagas novads',
  Tilža: 'only planned at the source date (to open in 2022); opening not confirmed',
  Grobiņa: 'research/domain.md §4.1 lists it as a verified sample entry to use only as a test fixture, not as shipped data (snapshot date unknown); used in test/fixtures and the hours tables',
};
const CURATE = {
  Aizpute: { id: 'aizpute', shown: 'undated' },
  Ķekava: { id: 'kekava', shown: 'undated' },
  Vecpiebalga: { id: 'vecpiebalga', notes: ['phone-office'], shown: 'undated' },
  Cēsis: { id: 'cesis', notes: ['phone-general'], shown: 'undated' },
  Jaunpiebalga: { id: 'jaunpiebalga', notes: ['address-assumed', 'phone-office'], shown: 'undated' },
  Augšlīgatne: { id: 'ligatne', notes: ['address-assumed', 'phone-office'], shown: 'undated' },
  Stalbe: { id: 'stalbe', notes: ['address-assumed', 'phone-office'], shown: 'undated' },
  Priekuļi: { id: 'priekuli', notes: ['address-assumed', 'phone-office'], shown: 'undated' },
  Nītaure: { id: 'nitaure', shown: 'undated' },
  Liepa: { id: 'liepa', shown: 'undated' },
  Taurene: { id: 'taurene', shown: 'undated' },
  Aizkraukle: { id: 'aizkraukle', address: 'Lāčplēša iela 1, Aizkraukle', moveTo: 'Lāčplēša iela 4, Aizkraukle', notes: ['address-moving'], shown: 'undated' },
  Strenči: { id: 'strenci', shown: 'undated' },
  // The Ludza record's only hours are two special days in 2025 (payments 8.00–13.00): past, not weekly hours.
  Ludza: { id: 'ludza', notes: ['more-centres'], shown: '2025', dropHours: true },
  Kārsava: { id: 'karsava', notes: ['more-centres'], shown: '2026-02' },
  Zilupe: { id: 'zilupe', notes: ['more-centres'], shown: '2026-02' },
  Blonti: { id: 'blonti', notes: ['more-centres'], shown: '2026-02' },
  Gulbene: { id: 'gulbene', address: 'Ābeļu iela 2, Gulbene (administrācijas ēkas 1. stāvs)', shown: '2025-12-06' },
  Alūksne: { id: 'aluksne', notes: ['address-inferred'], shown: '2022-04' },
  Vidaga: { id: 'vidaga', notes: ['more-centres'], shown: '2025-09-06' },
  Grundzāle: { id: 'grundzale', notes: ['more-centres'], shown: '2025-09-06' },
  Jelgava: { id: 'jelgavas-novads', address: 'Pasta iela 37, Jelgava', notes: ['phone-general', 'parish-points'], shown: '2021-11-03' },
  Ādaži: { id: 'adazi', shown: '2020-06-11' },
  Špoģi: { id: 'viski', address: 'Skolas iela 17, Špoģi, Višķu pagasts', notes: ['address-assumed'], shown: 'undated' },
  'Rīga (address)': { id: 'garkalne', locality: 'Rīga', notes: ['operator-check'], shown: '2023' },
  Ropaži: { id: 'ropazi', shown: '2023' },
  Ulbroka: { id: 'ulbroka', notes: ['phone-office'], shown: '2023' },
};

const geoOf = (g) => g && { lat: g.lat, lon: g.lon, precision: 'locality', from: /postal-codes-data/.test(g.from_gazetteer) ? 'geonames' : 'dr5hn' };

const places = [];
const left = [];
for (const r of research) {
  if (LEAVE_OUT[r.locality]) { left.push(`${r.name ?? r.address} (${r.locality}): ${LEAVE_OUT[r.locality]}`); continue; }
  const c = CURATE[r.locality] ?? fail(`no curation for ${r.locality}`);
  if (r.stale) fail(`${r.locality} is stale but not left out`);
  let hours = null;
  if (r.opening_hours && !c.dropHours) {
    const p = parseHours(r.opening_hours);
    if (!p.ok) fail(`${r.locality}: ${p.errors.join('; ')}`);
    hours = { text: r.opening_hours, week: p.week };
  } else if (r.opening_hours) left.push(`hours of ${r.name} (${JSON.stringify(r.opening_hours)}): special days in 2025 only, not weekly hours`);
  const phone = r.phone;
  if (phone && !telOf(phone)) fail(`${r.locality}: phone ${phone} not understood`);
  const notes = [...(c.notes ?? [])];
  if (!hours) notes.push('no-hours');
  places.push({
    id: c.id, kind: 'vpvkac', name: r.name, municipality: codeOf(r.municipality), locality: c.locality ?? r.locality,
    address: c.address ?? r.address, phone, tel: telOf(phone), email: r.email, hours, notes, ...(c.moveTo ? { moveTo: c.moveTo } : {}),
    geo: geoOf(r.geo), source: [...new Set([r.source_url, ...r.extra_sources].map(srcId))], shown: c.shown, checked: READ,
  });
}

// PMLP: the head office (address known) and the named branches (town known, street address not in any
// source read). The three Rīga addresses from an old third-party wiki are stale: left out.
const PMLP_CITY = { Rīga: 'LV-RIX', Tukums: 'LV-099', Saldus: 'LV-088', Valmiera: 'LV-113', Jelgava: 'LV-JEL', Daugavpils: 'LV-DGV', Jēkabpils: 'LV-042' };
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
for (const o of pmlp.offices) {
  if (o.stale) { left.push(`${o.name}, ${o.address}: stale (old third-party wiki; PMLP reorganised its Rīga divisions)`); continue; }
  const hq = /central office/.test(o.name);
  const g = gaz.locality(o.city, o.city === 'Daugavpils' ? 'Daugavpils' : undefined) ?? fail(`no point for ${o.city}`);
  let hours = null;
  if (o.opening_hours) {
    const p = parseHours(o.opening_hours);
    if (!p.ok) fail(`${o.name}: ${p.errors.join('; ')}`);
    hours = { text: o.opening_hours, week: p.week };
  }
  const phone = o.phone ? o.phone.replace(/\s*\(.*\)$/, '') : null;
  places.push({
    id: hq ? 'pmlp-riga-hq' : `pmlp-${slug(o.name.replace(/^PMLP /, '').replace(/ nodaļa$/, ''))}`,
    kind: 'pmlp', name: hq ? 'Pilsonības un migrācijas lietu pārvalde' : o.name, municipality: PMLP_CITY[o.city], locality: o.city,
    address: o.address, phone, tel: telOf(phone), email: o.email, hours,
    notes: [...(hq ? ['pmlp-hq', 'phone-info'] : []), ...(hours ? ['pmlp-general-hours'] : ['no-hours'])],
    geo: { lat: g.lat, lon: g.lon, precision: 'locality', from: g.from },
    source: [...new Set([o.source_url, ...(o.extra_sources ?? [])].map(srcId))], shown: 'undated', checked: READ,
  });
}

const out = {
  _about: 'Client centres (VPVKAC) and PMLP offices shown by the centre finder. Made by scripts/centres-from-research.mjs from ../shared/research/data (not re-checked against the live sites); replace the VPVKAC part with `npm run import:centres -- FILE` from the official data.gov.lv list. Coordinates are locality-level: GeoNames (CC BY 4.0) or countries-states-cities-database (ODbL 1.0), never a street address.',
  places: inStoredOrder(places),
};
writeFileSync(resolve(root, 'src/data/centres.json'), JSON.stringify(out, null, 1) + '\n');

// Latvia as a dot silhouette: one cell per 0.1° × 0.06° that holds at least one gazetteer place.
const LON0 = 20.9, LAT1 = 58.1, DLON = 0.1, DLAT = 0.06;
const cells = new Set(gaz.rows.map((r) => `${Math.floor((LAT1 - r.lat) / DLAT)},${Math.floor((r.lon - LON0) / DLON)}`));
const runs = [];
for (let row = 0; row * DLAT < 2.6; row++) {
  let start = null;
  for (let col = 0; col <= 75; col++) {
    const on = cells.has(`${row},${col}`);
    if (on && start === null) start = col;
    if (!on && start !== null) { runs.push([row, start, col - start]); start = null; }
  }
}
writeFileSync(resolve(root, 'src/data/latvia-shape.json'), JSON.stringify({
  _about: 'Cells (row, first column, length) of a 0.1° lon × 0.06° lat grid from 58.1°N, 20.9°E that hold a place in the gazetteer (GeoNames postal codes, CC BY 4.0). A silhouette of where places are, not a boundary.',
  lon0: LON0, lat1: LAT1, dlon: DLON, dlat: DLAT, runs,
}) + '\n');

const per = {};
for (const p of places) per[p.municipality] = (per[p.municipality] ?? 0) + 1;
console.log(`${places.length} places (${places.filter((p) => p.kind === 'vpvkac').length} VPVKAC, ${places.filter((p) => p.kind === 'pmlp').length} PMLP); ${runs.length} shape runs`);
console.log('per municipality:', per);
console.log('left out:\n  ' + left.join('\n  '));
