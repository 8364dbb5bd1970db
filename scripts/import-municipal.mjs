// Merges a municipality's own record (how it runs a municipal service) into src/data/municipal-channels.json:
//   npm run import:municipal -- FILE [--dry-run] [--today YYYY-MM-DD]
// FILE holds one record or a list of records in the format of README, "Municipal records" (the /rules/ pages
// show each record pre-filled). Every record is checked first (src/rules/record.ts); if any is wrong, nothing is
// written, each problem is printed as "record N: field: what", and the exit code is 1. A record with a new
// page (`sourceUrl`) gets a source id in src/data/sources.json, with its title in locales/*/sources.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const code = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Where the data is read and written: the repository, or IMPORT_ROOT (a copy, for the import test).
const root = process.env.IMPORT_ROOT ? resolve(process.env.IMPORT_ROOT) : code;
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--today');
const dry = args.includes('--dry-run');
const today = args.includes('--today') ? args[args.indexOf('--today') + 1] : new Date().toISOString().slice(0, 10);
if (!file) {
  console.error('usage: npm run import:municipal -- FILE [--dry-run] [--today YYYY-MM-DD]');
  process.exit(2);
}
const load = async (p) => (await runnerImport(resolve(code, p), { configFile: false, logLevel: 'error' })).module;
const { checkRecord } = await load('src/rules/record.ts');
// A new page's kind comes from the reviewed table of publishers, as the build's data check demands.
const { publisherOf } = await load('src/rules/validate.ts');
const json = (p) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
const channelsFile = 'src/data/municipal-channels.json';
const data = json(channelsFile);
const sources = json('src/data/sources.json');
const munis = json('src/data/municipalities.json').municipalities;
const known = {
  services: [...new Set(data.channels.map((r) => r.service))],
  municipalities: munis.map((m) => m.code),
  portals: json('src/data/portals.json').portals.map((p) => p.id),
  means: json('src/data/means.json').means.map((m) => m.id),
  sources: Object.keys(sources).filter((k) => k !== '_about'),
  places: Object.keys(json('locales/en/check.json').place),
  today,
};

let input;
try {
  input = JSON.parse(readFileSync(resolve(file), 'utf8'));
} catch (e) {
  console.error(`${file}: not readable JSON (${e.message})`);
  process.exit(1);
}
const records = Array.isArray(input) ? input : [input];
const isNew = (url) => typeof url === 'string' && /^https?:\/\//.test(url) && !Object.values(sources).some((v) => v?.url === url);
const publisherProblem = (r) => (r && isNew(r.sourceUrl) && !publisherOf(r.sourceUrl)
  ? [`sourceUrl: ${new URL(r.sourceUrl).hostname} is not in the reviewed table of publishers (PUBLISHERS in src/rules/validate.ts): a maintainer reviews the publisher and adds it there first`]
  : []);
const problems = records.flatMap((r, i) => [...checkRecord(r, known), ...publisherProblem(r)].map((p) => `record ${i + 1}${r?.municipality ? ` (${r.service} ${r.municipality})` : ''}: ${p}`));
if (problems.length) {
  console.error(`Not imported: ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${file}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const added = [];
for (const r of records) {
  const { sourceUrl, sourceShown, sourceTitle, ...rest } = r;
  const ids = [...(rest.source ?? [])];
  if (sourceUrl) {
    let id = Object.entries(sources).find(([, v]) => v?.url === sourceUrl)?.[0];
    if (!id) {
      id = `own-${r.service.split('-')[0]}-${r.municipality.toLowerCase()}-${r.checked}`;
      sources[id] = { url: sourceUrl, kind: publisherOf(sourceUrl)[1], shown: sourceShown ?? 'undated', read: r.checked };
      const name = munis.find((m) => m.code === r.municipality).name;
      added.push({ id, title: sourceTitle ?? `${name}: ${sourceUrl.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]}` });
    }
    if (!ids.includes(id)) ids.push(id);
  }
  const record = { ...rest, source: ids };
  const at = data.channels.findIndex((x) => x.service === r.service && x.municipality === r.municipality);
  data.channels[at] = record; // every service × municipality has a record already (checked by the tests)
  console.log(`${dry ? 'would merge' : 'merged'}: ${r.service} ${r.municipality} → ${r.channel} (${ids.join(', ') || 'no source'})`);
}
if (dry) process.exit(0);
writeFileSync(resolve(root, channelsFile), JSON.stringify(data, null, 1) + '\n');
if (added.length) {
  const appendTo = (p, lines) => {
    const t = readFileSync(resolve(root, p), 'utf8').replace(/\s*\}\s*$/, '');
    writeFileSync(resolve(root, p), `${t},\n${lines.join(',\n')}\n}\n`);
  };
  appendTo('src/data/sources.json', added.map((a) => `  ${JSON.stringify(a.id)}: ${JSON.stringify(sources[a.id]).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":"/g, '": "')}`));
  // The title as the municipality gives it, in every language until a translator improves it.
  const inLatvian = { lv: '', en: ' (a page in Latvian)', ru: ' (страница на латышском)', uk: ' (сторінка латиською)' };
  for (const lang of Object.keys(inLatvian)) appendTo(`locales/${lang}/sources.json`, added.map((a) => `  ${JSON.stringify(a.id)}: ${JSON.stringify(a.title + inLatvian[lang])}`));
}
console.log('Now run: npx vitest run test/unit/municipal-channels.test.ts -u, and review test/unit/municipal-channels.md');
