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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--today');
const dry = args.includes('--dry-run');
const today = args.includes('--today') ? args[args.indexOf('--today') + 1] : new Date().toISOString().slice(0, 10);
if (!file) {
  console.error('usage: npm run import:municipal -- FILE [--dry-run] [--today YYYY-MM-DD]');
  process.exit(2);
}
const { checkRecord } = (await runnerImport(resolve(root, 'src/rules/record.ts'), { configFile: false, logLevel: 'error' })).module;
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
const problems = records.flatMap((r, i) => checkRecord(r, known).map((p) => `record ${i + 1}${r?.municipality ? ` (${r.service} ${r.municipality})` : ''}: ${p}`));
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
      sources[id] = { url: sourceUrl, shown: sourceShown ?? 'undated', read: r.checked };
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
  for (const lang of ['lv', 'en', 'ru']) appendTo(`locales/${lang}/sources.json`, added.map((a) => `  ${JSON.stringify(a.id)}: ${JSON.stringify(a.title + { lv: '', en: ' (a page in Latvian)', ru: ' (страница на латышском)' }[lang])}`));
}
console.log('Now run: npx vitest run test/unit/municipal-channels.test.ts -u, and review test/unit/municipal-channels.md');
