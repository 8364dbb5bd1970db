// Makes src/data/municipal-channels.json and the `contacts` of each municipality in src/data/municipalities.json
// from ../shared/research/harvest-2026-11 (preschool.json, municipal-contacts.json), and appends the sources they
// cite to src/data/sources.json and locales/*/sources.json. Run once when the research changes:
//   node scripts/municipal-from-research.mjs [HARVEST_DIR]
// Rules (issue 13): every municipality × {preschool, first grade, social assistance} gets a record: the channel a
// page names (with the page as source), in person only, or `unknown` (the app then gives the municipality's own
// contacts). Contacts from a third-party page or a page older than the 2021 reform are marked in `caveats`.
// A municipality can send its own record instead: `npm run import:municipal -- FILE` (scripts/import-municipal.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? resolve(root, '../shared/research/harvest-2026-11'));
const READ = '2026-11-27';
const json = (p) => JSON.parse(readFileSync(p, 'utf8'));
const muniFile = resolve(root, 'src/data/municipalities.json');
const munis = json(muniFile);
const sources = json(resolve(root, 'src/data/sources.json'));
const harvestContacts = json(resolve(dir, 'municipal-contacts.json'));
const preschool = json(resolve(dir, 'preschool.json'));

// ---- sources: appended at the end of sources.json and of each locale's sources.json ----
const added = [];
const TITLE = {
  contacts: { lv: 'pašvaldības kontakti', en: 'municipal contacts', ru: 'контакты самоуправления' },
  preschool: { lv: 'bērna reģistrācija pirmsskolai', en: 'preschool registration', ru: 'регистрация в дошкольное учреждение' },
  merger: { lv: 'Varakļānu novads pievienots Madonas novadam', en: 'Varakļānu novads joined to Madonas novads', ru: 'Вараклянский край присоединён к Мадонскому краю' },
};
const hostOf = (url) => new URL(url).host.replace(/^www\./, '');
function source(id, url, shown, kind, who) {
  if (!sources[id] && !added.some((a) => a.id === id)) {
    const title = (lang) => `${who}: ${TITLE[kind][lang]} (${hostOf(url)})`;
    added.push({ id, url, shown, titles: { lv: title('lv'), en: title('en'), ru: title('ru') } });
  }
  return id;
}

// ---- municipalities: Varakļāni merged into Madona; contacts ----
const nameOf = (code) => munis.municipalities.find((m) => m.code === code)?.name ?? munis.merged?.find((m) => m.code === code)?.name;
const MADONA = harvestContacts.find((c) => c.municipality === 'LV-059');
munis.municipalities = munis.municipalities.filter((m) => m.code !== 'LV-102');
munis.merged = [{
  code: 'LV-102', name: 'Varakļānu novads', into: 'LV-059', since: '2025-07-01',
  source: [source('merger-madona', MADONA.source, MADONA.shown, 'merger', 'Madonas novads')], checked: READ,
}];
munis._about = munis._about.replace('The 43 municipalities (7 state cities, 36 novadi)', 'The 42 municipalities (7 state cities, 35 novadi; Varakļānu novads joined Madonas novads on 2025-07-01, see `merged`)')
  .replace(/ `contacts`.*$/, '') + ' `contacts`: the municipality\'s own website, phone, e-mail and main address for the "not known" answer (scripts/municipal-from-research.mjs); `caveats` names fields that come only from a third-party page (third-party) or from a page older than the 2021 reform or otherwise old (old): the app says so.';

const URL_IN = /https?:\/\/[^\s'")]+[^\s'").,;]/g;
for (const c of harvestContacts) {
  const m = munis.municipalities.find((x) => x.code === c.municipality) ?? fail(`unknown ${c.municipality}`);
  const slug = c.municipality.toLowerCase();
  const ids = [source(`muni-${slug}`, c.source, c.shown, 'contacts', m.name)];
  // Third-party profiles the notes name as the origin of a value are cited too.
  const profile = (c.notes.match(URL_IN) ?? []).find((u) => u.includes('vietagimenei.lv') && u !== c.source);
  if (profile) ids.push(source(`muni-${slug}-profile`, profile, 'undated', 'contacts', m.name));
  const n = c.notes;
  const caveats = [];
  if (/third-party/i.test(n) || c.source.includes('vietagimenei.lv')) caveats.push('third-party');
  if (/pre-?reform|before the (2021 )?reform|predates|before the 2021|pre-2021|COVID|Copyright © 2003-2018|early 2021|probably old|from 2017|from 2013|2019 item|2019 page|2020\)|June 2020/i.test(n)) caveats.push('old');
  m.contacts = {
    ...(c.website ? { website: c.website } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.address ? { address: c.address } : {}),
    ...(caveats.length ? { caveats } : {}),
    source: ids, shown: c.shown, checked: READ,
  };
}
writeFileSync(muniFile, JSON.stringify(munis, null, 2) + '\n');

// ---- channels ----
const pre = (name) => preschool.find((r) => r.municipality === name) ?? fail(`no preschool record for ${name}`);
const INP = (place, address = null, bring = ['id-document']) => ({ place, address, fee: null, bring });
const base = { code: null, signature: false, onlineFee: null };
/** One record per municipality: [code, research name, channel fields]. `existing` = a source id already in sources.json. */
const P = [
  ['LV-RIX', 'Rīga', { channel: 'portal', portal: 'latvija-gov-lv', code: 'EP214', url: 'https://latvija.gov.lv/Services/8188', inPerson: INP('municipality'), existing: 'riga-pii' }], // the e-service itself (harvest-2026-11/preschool.json), not the description page
  ['LV-DGV', 'Daugavpils', { channel: 'portal', portal: 'latvija-gov-lv', code: 'EP214', url: 'https://latvija.lv/lv/Epakalpojumi/EP214/Apraksts', inPerson: INP('education-board'), existing: 'daugavpils-ep214' }],
  ['LV-JEL', 'Jelgava', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: null }],
  ['LV-JUR', 'Jūrmala', { channel: 'esigned-email', portal: 'esigned-email', signature: true, onlineFee: 0, url: 'https://www.jurmala.lv/lv/pakalpojumi/berna-uznemsana-pasvaldibas-pii-rinda-jurmalas-valstspilsetas-administracija', inPerson: { ...INP('education-board'), fee: 0 }, existing: 'jurmala-pii' }],
  ['LV-LPX', 'Liepāja', { channel: 'portal', portal: 'liepaja-register', url: 'https://registrs.liepaja.edu.lv/pirmsskola/', inPerson: INP('education-board', null, ['id-document', 'birth-certificate']), existing: 'liepaja-pii',
    loginMeans: ['eid-card', 'eparaksts-card', 'internet-bank'] }],
  ['LV-REZ', 'Rēzekne', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('education-board') }],
  ['LV-VEN', 'Ventspils', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('education-board', 'Raiņa iela 10, Ventspils'), loginMeans: ['eparaksts-card', 'eid-card', 'internet-bank'] }],
  ['LV-002', 'Aizkraukles novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('municipality'), loginMeans: ['eparaksts-card', 'eid-card', 'internet-bank'] }],
  ['LV-007', 'Alūksnes novads', { channel: 'unknown' }],
  ['LV-011', 'Ādažu novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('municipality') }],
  ['LV-111', 'Augšdaugavas novads', { channel: 'in-person-only', inPerson: INP('institution') }],
  ['LV-015', 'Balvu novads', { channel: 'in-person-only', inPerson: INP('education-board', 'Bērzpils iela 1a, Balvi') }],
  ['LV-016', 'Bauskas novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('municipality'), alsoEsignedEmail: true }],
  ['LV-022', 'Cēsu novads', { channel: 'portal', portal: 'cesis-epakalpojumi', url: 'https://epakalpojumi.cesis.lv', inPerson: INP('municipality', 'Raunas iela 4, Cēsis'), alsoEsignedEmail: true }],
  ['LV-112', 'Dienvidkurzemes novads', { channel: 'unknown' }],
  ['LV-026', 'Dobeles novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('education-board', 'Brīvības iela 15, Dobele'), alsoEsignedEmail: true }],
  ['LV-033', 'Gulbenes novads', { channel: 'in-person-only', inPerson: INP('institution') }],
  ['LV-041', 'Jelgavas novads', { channel: 'unknown' }],
  ['LV-042', 'Jēkabpils novads', { channel: 'unknown' }],
  ['LV-047', 'Krāslavas novads', { channel: 'unknown' }],
  ['LV-050', 'Kuldīgas novads', { channel: 'esigned-email', portal: 'esigned-email', signature: true, url: 'https://latvija.gov.lv/Services/11261', inPerson: INP('municipality') }],
  ['LV-052', 'Ķekavas novads', { channel: 'unknown' }],
  ['LV-054', 'Limbažu novads', { channel: 'esigned-email', portal: 'esigned-email', signature: true, url: 'https://latvija.gov.lv/Services/10664', inPerson: INP('municipality') }],
  ['LV-056', 'Līvānu novads', { channel: 'unknown' }],
  ['LV-058', 'Ludzas novads', { channel: 'unknown' }],
  ['LV-059', 'Madonas novads', { channel: 'unknown' }],
  ['LV-062', 'Mārupes novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('education-board', 'Konrāda iela 5, Mārupe'), existing: 'marupe-pii', loginMeans: ['internet-bank'] }],
  ['LV-067', 'Ogres novads', { channel: 'portal', portal: 'ogre-piirinda', url: 'http://piirinda.ogresnovads.lv/', inPerson: INP('education-board', 'Brīvības iela 11, 2. stāvs, Ogre') }],
  ['LV-068', 'Olaines novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('municipality', 'Zemgales iela 33, Olaine') }],
  ['LV-073', 'Preiļu novads', { channel: 'unknown' }],
  ['LV-077', 'Rēzeknes novads', { channel: 'in-person-only', inPerson: INP('institution') }],
  ['LV-080', 'Ropažu novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', onlineFee: 0, inPerson: { ...INP('municipality', 'Institūta iela 1A, Ulbroka', ['id-document', 'birth-certificate']), fee: 0 }, existing: 'ropazi-pii', alsoEsignedEmail: true }],
  ['LV-087', 'Salaspils novads', { channel: 'portal', portal: 'epakalpojumi-lv', url: 'https://www.epakalpojumi.lv', inPerson: INP('municipality') }],
  ['LV-088', 'Saldus novads', { channel: 'in-person-only', inPerson: INP('education-board') }],
  ['LV-089', 'Saulkrastu novads', { channel: 'unknown' }],
  ['LV-091', 'Siguldas novads', { channel: 'portal', portal: 'e-sigulda', url: 'https://e.sigulda.lv/pakalpojums/18', inPerson: INP('municipality') }],
  ['LV-094', 'Smiltenes novads', { channel: 'esigned-email', portal: 'esigned-email', signature: true, url: 'https://www.smiltenesnovads.lv/lv/pakalpojumi/berna-uznemsana-pasvaldibas-pirmsskolas-izglitibas-iestades-rinda', inPerson: INP('municipality') }],
  ['LV-097', 'Talsu novads', { channel: 'unknown' }],
  ['LV-099', 'Tukuma novads', { channel: 'unknown' }],
  ['LV-101', 'Valkas novads', { channel: 'unknown' }],
  ['LV-113', 'Valmieras novads', { channel: 'e-address', portal: 'latvija-gov-lv', signature: true, url: 'https://latvija.gov.lv/Services/10127', inPerson: INP('education-board', null, ['id-document', 'birth-certificate']) }],
  ['LV-106', 'Ventspils novads', { channel: 'unknown' }],
];
// What the page says, in its words (from the research record), kept short.
const QUOTE = /Quote: '([^']+)'/;
const saysOf = (r) => (r.notes.match(QUOTE)?.[1] ?? r.means_text ?? null);

const records = [];
const wanted = new Set(munis.municipalities.map((m) => m.code));
for (const [code, name, c] of P) {
  if (!wanted.has(code)) fail(`${code} is not a municipality`);
  wanted.delete(code);
  const r = pre(name);
  const { existing, alsoEsignedEmail, loginMeans, ...fields } = c;
  if (c.channel === 'unknown') {
    // Research found no page naming the channel: the app gives the municipality's contacts. `says` is what was looked at.
    records.push({ service: 'preschool-registration', municipality: code, channel: 'unknown', source: [], checked: READ });
    continue;
  }
  const src = existing ?? source(`pii-${code.toLowerCase()}`, r.source, r.shown, 'preschool', nameOf(code));
  records.push({
    service: 'preschool-registration', municipality: code, ...base,
    ...(fields.channel === 'in-person-only' ? { portal: 'in-person-only', url: null } : {}),
    ...fields,
    ...(alsoEsignedEmail ? { alsoEsignedEmail: true } : {}),
    ...(loginMeans ? { loginMeans: loginMeans.map((means) => ({ means, shown: r.shown, source: [src] })) } : {}),
    says: saysOf(r), shown: r.shown, source: [src], checked: READ,
  });
}
if (wanted.size) fail(`no preschool record for ${[...wanted].join(', ')}`);

// First grade and social assistance: the records we had (issue 4 research); everyone else not known.
const KNOWN = {
  'first-grade-registration': {
    'LV-LPX': { channel: 'portal', portal: 'liepaja-register', url: 'http://registrs.liepaja.edu.lv', inPerson: INP('education-board'), source: ['liepaja-1kl'] },
    'LV-JUR': { channel: 'esigned-email', portal: 'esigned-email', signature: true, onlineFee: 0, url: 'https://www.jurmala.lv/lv/pakalpojumi/uznemsana-izglitibas-iestades-1-klase', inPerson: { ...INP('school'), fee: 0 }, source: ['jurmala-1kl'] },
    'LV-002': { channel: 'esigned-email', portal: 'esigned-email', signature: true, onlineFee: 0, url: 'https://www.aizkraukle.lv/lv/pakalpojumi/bernu-registresana-un-uznemsana-1klase-aizkraukles-novada-pasvaldiba', inPerson: { ...INP('school'), fee: 0 }, source: ['aizkraukle-1kl'] },
    // The Ventspils FAQ names the education board for in-person registration but no online channel.
    'LV-VEN': { channel: 'unknown', portal: 'municipal-unknown', onlineFee: 0, url: 'http://vip.ventspils.lv/biezak-uzdotie-jautajumi-par-registraciju-1-klasei/', inPerson: { ...INP('education-board'), fee: 0 }, source: ['ventspils-1kl'] },
  },
  'social-assistance': {
    'LV-RIX': { channel: 'portal', portal: 'latvija-gov-lv', code: 'EP219', onlineFee: 0, url: 'https://latvija.lv/lv/Epakalpojumi/EP219/Apraksts', inPerson: { ...INP('social-service'), fee: 0 }, source: ['riga-ep219'] },
  },
};
for (const [service, known] of Object.entries(KNOWN))
  for (const m of munis.municipalities)
    records.push(known[m.code]
      ? { service, municipality: m.code, ...base, ...known[m.code], checked: known[m.code].checked ?? '2026-11-26' }
      : { service, municipality: m.code, channel: 'unknown', source: [], checked: READ });

writeFileSync(resolve(root, 'src/data/municipal-channels.json'), JSON.stringify({
  _about: 'Per-municipality channels of municipal services (one record per service × municipality), merged into src/data/services.json variants by src/rules/municipal.ts. channel: portal | esigned-email | e-address | in-person-only | unknown. The Variant fields (portal, url, signature, onlineFee, inPerson, source, checked) are as in services.json; loginMeans: the login tools the source page names, with the date that page shows (an undated or pre-2025 page may predate the end of bank login on 2025-01-01); says: the source\'s own words; unknown: no page found, the app gives the municipality\'s contacts (municipalities.json). Made by scripts/municipal-from-research.mjs; a municipality\'s own record is merged by `npm run import:municipal -- FILE`.',
  channels: records,
}, null, 1) + '\n');

// ---- append sources ----
if (added.length) {
  const srcFile = resolve(root, 'src/data/sources.json');
  const text = readFileSync(srcFile, 'utf8').replace(/\s*\}\s*$/, '');
  const lines = added.map((a) => `  ${JSON.stringify(a.id)}: ${JSON.stringify({ url: a.url, shown: a.shown, read: READ }).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":"/g, '": "').replace(/":null/g, '": null')}`);
  writeFileSync(srcFile, `${text},\n${lines.join(',\n')}\n}\n`);
  for (const lang of ['lv', 'en', 'ru']) {
    const f = resolve(root, `locales/${lang}/sources.json`);
    const t = readFileSync(f, 'utf8').replace(/\s*\}\s*$/, '');
    writeFileSync(f, `${t},\n${added.map((a) => `  ${JSON.stringify(a.id)}: ${JSON.stringify(a.titles[lang])}`).join(',\n')}\n}\n`);
  }
}
const count = (s, ch) => records.filter((r) => r.service === s && r.channel === ch).length;
for (const s of ['preschool-registration', 'first-grade-registration', 'social-assistance'])
  console.log(s, ['portal', 'esigned-email', 'e-address', 'in-person-only', 'unknown'].map((c) => `${c} ${count(s, c)}`).join(', '));
console.log(`${added.length} sources added`);
function fail(msg) { throw new Error(msg); }
