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
    // General hours for all branches (issue 12): never per-branch, so the screen computes no "open now" from them.
    hours = { general: true, text: o.opening_hours, week: p.week };
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

const before = perMunicipality(places);
addHarvest(places, left);

const out = {
  _about: 'Client centres (VPVKAC), municipal client centres and PMLP offices shown by the centre finder. Made by scripts/centres-from-research.mjs from ../shared/research/data and the per-record harvest ../shared/research/harvest-2026-11 (not re-checked against the live sites); replace the VPVKAC part with `npm run import:centres -- FILE` from the official data.gov.lv list. A place with address null is known only by its town: the screen says "call first". Coordinates are locality-level: GeoNames (CC BY 4.0) or countries-states-cities-database (ODbL 1.0), never a street address.',
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

console.log(`${places.length} places (${['vpvkac', 'municipal', 'pmlp'].map((k) => `${places.filter((p) => p.kind === k).length} ${k}`).join(', ')}); ${runs.length} shape runs`);
const after = perMunicipality(places);
console.log('per municipality, before → after the harvest (centres with an address + known by town only; PMLP):');
for (const m of munis) console.log(`  ${m.code} ${m.name}: ${before[m.code] ?? '0+0; 0'} → ${after[m.code] ?? '0+0; 0'}`);
console.log('left out:\n  ' + left.join('\n  '));

function perMunicipality(list) {
  const out = {};
  for (const m of munis) {
    const own = list.filter((p) => p.municipality === m.code);
    const c = own.filter((p) => p.kind !== 'pmlp');
    if (own.length) out[m.code] = `${c.filter((p) => p.address).length}+${c.filter((p) => !p.address).length}; ${own.length - c.length}`;
  }
  return out;
}

// ---- Second path: per-record JSON (../shared/research/harvest-2026-11, one object per centre) ----
// Every record is decided here by hand from its `notes` (see that folder's README): `a` = shown with its address
// (a current page, nothing planned/historic/outdated); `t` = known only by town: shown as "a centre in X — call
// first" with the number we have, never with the old street; `d` = already above (the harvest adds the address or
// source where it had none); `x` = left out, with the reason. A record with no decision fails the run.
function addHarvest(places, left) {
  const HARVEST = resolve(process.argv[3] ?? resolve(root, '../shared/research/harvest-2026-11'));
  const files = { A: 'vpvkac-A', B: 'vpvkac-B', C: 'vpvkac-C', R: 'centres-round2' };
  const records = Object.entries(files).flatMap(([k, f]) => JSON.parse(readFileSync(resolve(HARVEST, `${f}.json`), 'utf8')).map((r, i) => ({ key: `${k}${i}`, ...r })));
  const pmlp2 = JSON.parse(readFileSync(resolve(HARVEST, 'pmlp.json'), 'utf8'));
  records.push(...pmlp2.branches.map((r, i) => ({ key: `P${i}`, ...r })));
  const INFO = pmlp2.facts.find((f) => /general information phone line/.test(f.fact));
  const infoPhone = '+371 67209400';
  if (!INFO.fact.includes('67209400')) fail('PMLP information line changed in the harvest');
  const T = (notes = []) => ({ do: 't', notes });
  const A = (kind, notes = []) => ({ do: 'a', kind, notes });
  const X = (why) => ({ do: 'x', why });
  const D = (id, town = false) => ({ do: 'd', id, town });
  const OLD_LEAFLET = { do: 't', kind: 'pmlp', notes: ['pmlp-old-list', 'phone-info'], phone: infoPhone, noName: true };
  const DECIDE = {
    A0: T(['old-source']), A1: D('aizkraukle', true), A2: X('planned (pre-2021 decision)'), A3: X('planned (pre-2021 decision)'), A4: D('aluksne', true),
    ...Object.fromEntries([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((i) => [`A${i}`, T()])),
    A17: X('planned (to open in 2022), opening not confirmed'), ...Object.fromEntries([18, 19, 20, 21, 22].map((i) => [`A${i}`, T(['more-centres'])])),
    A23: A('vpvkac', ['more-centres']), A24: D('cesis'),
    A25: D('jaunpiebalga'), A26: D('liepa'), A27: D('ligatne'), A28: D('nitaure'), A29: D('priekuli'), A30: D('stalbe'), A31: D('taurene'), A32: D('vecpiebalga'),
    A33: D('gulbene'), A34: D('jelgavas-novads'), A35: X('planned (c. 2021), opening not confirmed'),
    A36: X('existence only, from a pre-2021 page'), A37: X('existence only, from a pre-2021 page'),
    A38: D('adazi'), A39: A('vpvkac'),
    B0: D('garkalne'), B1: D('ropazi'), B2: D('ulbroka'),
    B3: T(['old-source']), B4: T(['old-source']), B5: T(['old-source']), B6: A('vpvkac'), B7: T(), B8: T(), B9: A('vpvkac'), B10: A('vpvkac'),
    B11: D('ludza'), B12: D('karsava'), B13: D('zilupe'), B14: D('blonti'), B15: { do: 't', locality: 'Līvāni', notes: [] }, B16: D('vidaga'), B17: D('grundzale'),
    C0: { do: 't', kind: 'municipal', notes: ['old-source', 'phone-general'] }, C1: X('2017 opening article (former Mērsraga novads)'), C2: X('no locality; pre-2021 Dundagas novads'),
    C3: { do: 't', locality: 'Tukums', notes: ['old-source'] }, C4: X('no locality; pre-2021 Kandavas novads catalogue page'),
    C5: X('research/domain.md §4.1: a sample entry for test fixtures only, not shipped data'), C6: D('aizpute'), C7: { do: 't', kind: 'municipal', notes: ['old-source'], dropHours: true }, C8: { do: 't', kind: 'municipal', notes: ['old-source'], dropHours: true },
    C9: D('strenci'), C10: X('same bureau as R1'), C11: X('same centre as R0 (COVID-era hours)'),
    C12: A('municipal'), C13: A('municipal'), C14: A('municipal'), C15: { do: 't', kind: 'municipal', notes: ['old-source'] },
    // Rīga's neighbourhood centre: one place, by phone; the five addresses of a 2021 page are not shown as offices.
    C16: { do: 't', kind: 'municipal', id: 'riga-apkaimes', notes: ['riga-neighbourhood', 'old-source'] }, C17: X('same centre as C16'), C18: X('same centre as C16'), C19: X('same centre as C16'), C20: X('same centre as C16'),
    C21: X('the address is given only for certifying signatures'),
    R0: A('municipal'), R1: A('municipal'), R2: X('pre-2021 page; same centre as C15'), R3: { do: 't', kind: 'municipal', notes: ['third-party', 'phone-general'] },
    R4: A('municipal'), R5: X('pre-2021 page, no contact'), R6: X('probably pre-2021 (2010 fee rules), no contact'), R7: A('municipal'), R8: D('kekava'),
    R9: { do: 't', kind: 'municipal', notes: ['old-source'], dropHours: true }, R10: A('municipal'), R11: A('municipal'), R12: A('municipal'), R13: A('municipal'),
    R14: { ...A('municipal'), dropHours: true }, R15: A('municipal'), R16: A('municipal'), R17: { ...A('municipal'), dropHours: true },
    R18: { do: 't', kind: 'municipal', notes: ['old-source'] }, R19: { do: 't', kind: 'municipal', notes: ['old-source'] }, R20: { do: 't', kind: 'municipal', notes: ['old-source'] }, R21: { do: 't', kind: 'municipal', notes: ['old-source'] },
    R22: { ...A('municipal'), dropHours: true }, R23: A('municipal'), R24: A('municipal'), R25: { do: 't', kind: 'municipal', notes: ['old-source'] },
    R26: { ...OLD_LEAFLET, notes: ['address-conflict', 'phone-info'] }, R27: D('pmlp-tukuma'), R28: D('pmlp-saldus'), R29: D('pmlp-valmieras'),
    R30: { ...OLD_LEAFLET, notes: ['pmlp-filiale', 'phone-info'] }, R31: { ...OLD_LEAFLET, notes: ['pmlp-filiale', 'phone-info'] }, R32: X('PMLP told Krāslava it was closing its branch (pmlp.json facts)'),
    // Rīga 1: the building is PMLP's own postal address (pmlp.json facts); Rīga 2 and 3: addresses conflict or are not on PMLP's page.
    P0: { do: 'a', kind: 'pmlp', id: 'pmlp-rigas-1', notes: [], address: 'Čiekurkalna 1. līnija 1, k-3, Rīga' }, P1: { do: 't', kind: 'pmlp', id: 'pmlp-rigas-2', notes: ['address-conflict'] }, P2: { do: 't', kind: 'pmlp', id: 'pmlp-rigas-3', notes: [] },
    P3: X('likely outdated (old blog repost)'), P4: X('historic leaflet; PMLP reorganised its Rīga divisions'), P5: X('historic leaflet; PMLP reorganised its Rīga divisions'),
    P6: X('historic leaflet; PMLP reorganised its Rīga divisions'), P7: X('historic leaflet; PMLP reorganised its Rīga divisions'), P8: X('historic leaflet; PMLP reorganised its Rīga divisions'),
    ...Object.fromEntries([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26].map((i) => [`P${i}`, OLD_LEAFLET])),
    P20: X('PMLP told Krāslava it was closing its branch (pmlp.json facts)'),
  };
  const srcFile = resolve(root, 'src/data/sources.json');
  const urls = new Map(Object.entries(sources).filter(([k]) => k !== '_about').map(([k, v]) => [v.url, k]));
  const newSources = [];
  const munName = (code) => munis.find((m) => m.code === code)?.name ?? code;
  const sourceFor = (url, shown, code) => {
    if (urls.has(url)) return urls.get(url);
    const host = new URL(url).host.replace(/^www\./, '');
    const id = `centre-${slug(host)}-${urls.size}`;
    urls.set(url, id);
    const who = munName(code);
    newSources.push({ id, url, shown, titles: { lv: `${who}: klientu apkalpošana (${host})`, en: `${who}: client service (${host})`, ru: `${who}: обслуживание клиентов (${host})` } });
    return id;
  };
  const infoSource = sourceFor(INFO.source, INFO.shown, 'LV-RIX');
  const seen = new Set(places.map((p) => p.id));
  for (const r of records) {
    const d = DECIDE[r.key] ?? fail(`harvest record ${r.key} (${r.locality}) has no decision`);
    if (d.do === 'x') { left.push(`${r.key} ${r.name ?? ''} (${r.locality}): ${d.why}`); continue; }
    const src = sourceFor(r.source, r.shown, r.municipality);
    if (d.do === 'd') {
      const p = places.find((x) => x.id === d.id) ?? fail(`${r.key}: no place ${d.id}`);
      if (!p.source.includes(src)) p.source.push(src);
      // Aizpute: the only address is a parser example in a third-party code comment: known by town only.
      if (p.id === 'aizpute') { p.address = null; p.notes = [...new Set(['call-first', 'second-hand', ...p.notes])]; }
      // The harvest says the first pass's address is probably outdated (Aizkraukle: moving) or not stated as the centre's (Alūksne).
      if (d.town) { p.address = null; p.notes = [...new Set(['call-first', ...p.notes.filter((n) => n !== 'address-inferred')])]; }
      if (!p.address && r.address && !/PLANNED|HISTORIC|OUTDATED|PRE-2021/i.test(r.notes) && p.id === 'adazi') p.address = r.address;
      continue;
    }
    const kind = d.kind ?? (r.kind === 'municipal-centre' ? 'municipal' : r.kind);
    const locality = (d.locality ?? r.locality ?? fail(`${r.key}: no locality`)).replace(/ \(.*\)$/, '');
    const g = gaz.locality(locality, munName(r.municipality)) ?? gaz.parish(locality, munName(r.municipality)) ?? gaz.locality(locality);
    const firstPhone = (x) => x?.split(/[;,]| vai /)[0].trim() ?? null;
    const phone = d.phone ?? firstPhone(r.phone);
    let hours = null;
    if (r.hours && !d.dropHours && d.do === 'a') {
      const h = parseHours(r.hours);
      if (h.ok) hours = { text: r.hours, week: h.week };
      else left.push(`hours of ${r.key} (${JSON.stringify(r.hours)}): ${h.errors.join('; ')}`);
    }
    const existing = d.id && places.find((x) => x.id === d.id);
    if (existing) {
      // A place the first pass knew by town (Rīga's PMLP divisions): the harvest adds the phone, or the confirmed address.
      if (d.do === 'a') existing.address = d.address ?? r.address;
      if (!existing.phone && phone) Object.assign(existing, { phone, tel: telOf(phone) });
      existing.notes = [...new Set([...(d.notes ?? []), ...existing.notes])];
      if (!existing.source.includes(src)) existing.source.push(src);
      continue;
    }
    let id = d.id ?? `${kind === 'pmlp' ? 'pmlp-' : ''}${slug(locality)}`;
    while (seen.has(id)) id += '-2';
    seen.add(id);
    const notes = [...(d.notes ?? [])];
    if (d.do === 't') notes.unshift('call-first');
    if (!hours) notes.push('no-hours');
    places.push({
      id, kind, name: d.noName ? null : kind === 'pmlp' && /^(Riga \d|Рижское)/.test(r.name) ? `PMLP Rīgas ${r.name.match(/\d/)[0]}. nodaļa` : r.name, municipality: r.municipality, locality,
      address: d.do === 'a' ? d.address ?? r.address : null, phone, tel: telOf(phone), email: r.email ?? null, hours, notes: [...new Set(notes)],
      geo: g ? { lat: g.lat, lon: g.lon, precision: g.kind === 'parish' ? 'parish' : 'locality', from: g.from } : null,
      source: [...new Set([src, ...(phone === infoPhone ? [infoSource] : [])])], shown: r.shown, checked: '2026-11-27',
    });
    if (!g) left.push(`${r.key} ${locality}: no map point (shown without one)`);
  }
  if (newSources.length) {
    const text = readFileSync(srcFile, 'utf8').replace(/\s*\}\s*$/, '');
    const line = (a) => `  ${JSON.stringify(a.id)}: { "url": ${JSON.stringify(a.url)}, "shown": ${JSON.stringify(a.shown)}, "read": "2026-11-27" }`;
    writeFileSync(srcFile, `${text},\n${newSources.map(line).join(',\n')}\n}\n`);
    for (const lang of ['lv', 'en', 'ru']) {
      const f = resolve(root, `locales/${lang}/sources.json`);
      const t = readFileSync(f, 'utf8').replace(/\s*\}\s*$/, '');
      writeFileSync(f, `${t},\n${newSources.map((a) => `  ${JSON.stringify(a.id)}: ${JSON.stringify(a.titles[lang])}`).join(',\n')}\n}\n`);
    }
  }
}
