#!/usr/bin/env node
// The review list of every fact the app states (issue 12): `npm run facts`.
// Prints each fact with its age, its sources' kind, whether its sources are undated or secondary only (news/other),
// and whether it feeds a verdict, riskiest first, then a summary; and writes docs/facts.md.
//   node scripts/facts.mjs            print the list (ages as of today) and write docs/facts.md
//   node scripts/facts.mjs --markdown print docs/facts.md to stdout (test/unit/facts-review.test.ts compares it)
// Plain Node reading JSON (no TypeScript runner needed), so it runs from a fresh clone after `npm ci`.
import { readFileSync, writeFileSync } from 'node:fs';

const read = (p) => JSON.parse(readFileSync(new URL(`../${p}`, import.meta.url), 'utf8'));
const facts = read('src/data/facts.json').facts;
const { _about, ...sources } = read('src/data/sources.json');
const titles = read('locales/en/sources.json');

// A fact feeds a verdict when the rules' data (what the checker decides with) refers to it; guides only explain.
const VERDICT_FILES = ['portals', 'ways', 'services', 'acquire', 'means'];
const ALL_FILES = [...VERDICT_FILES, 'guides'];
const LOCALES = ['app', 'check', 'guides', 'centres', 'assist', 'rules'].filter((ns) => {
  try { read(`locales/en/${ns}.json`); return true; } catch { return false; }
});

function strings(x, out = []) {
  if (typeof x === 'string') out.push(x);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}
const inData = Object.fromEntries(ALL_FILES.map((f) => [f, new Set(strings(read(`src/data/${f}.json`)))]));
const inWords = Object.fromEntries(LOCALES.map((ns) => [ns, strings(read(`locales/en/${ns}.json`)).join('\n')]));

const DAY = 86400000;
const days = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const YEAR = 365;

/** One row per fact: its newest entry's check date, the union of its sources, where it is used, and a risk score. */
export function review(asOf) {
  const rows = Object.entries(facts).map(([id, entries]) => {
    const ids = [...new Set(entries.flatMap((e) => e.source))];
    // Judge the value shown now: the entry in force on asOf (else the latest), not entries that have ended.
    const now = entries.find((e) => (!e.from || e.from <= asOf) && (!e.until || asOf <= e.until)) ?? entries.at(-1);
    const srcs = now.source.map((s) => ({ id: s, ...sources[s] }));
    const checked = entries.map((e) => e.checked).sort()[0]; // the oldest check is the one to redo
    const kinds = [...new Set(srcs.map((s) => s.kind))].sort(); // of the entry in force
    const undated = srcs.every((s) => s.shown === 'undated');
    const secondary = srcs.every((s) => s.kind === 'news' || s.kind === 'other');
    const verdictFiles = VERDICT_FILES.filter((f) => inData[f].has(id));
    const usedIn = [...ALL_FILES.filter((f) => inData[f].has(id)).map((f) => `${f}.json`), ...LOCALES.filter((ns) => inWords[ns].includes(`{{${id}}}`)).map((ns) => `words:${ns}`)];
    const age = days(checked, asOf);
    const conflict = entries.some((e) => e.conflict);
    const estimate = entries.some((e) => e.estimate);
    // Risk: what a wrong value costs (a verdict) times how likely it is wrong (secondary, old, undated, disputed).
    const risk = (verdictFiles.length ? 4 : 0) + (secondary ? 3 : 0) + (age > YEAR ? 2 : 0) + (undated ? 1 : 0) + (conflict ? 1 : 0) + (estimate ? 1 : 0);
    return { id, entries: entries.length, checked, age, kinds, undated, secondary, verdict: verdictFiles.length > 0, verdictFiles, usedIn, sources: ids, conflict, risk, says: now.says ?? '' };
  });
  return rows.sort((a, b) => b.risk - a.risk || b.age - a.age || a.id.localeCompare(b.id));
}

export function summary(rows) {
  const byKind = {};
  for (const r of rows) for (const k of r.kinds) byKind[k] = (byKind[k] ?? 0) + 1;
  const allSources = Object.values(sources);
  const srcKinds = {};
  for (const s of allSources) srcKinds[s.kind] = (srcKinds[s.kind] ?? 0) + 1;
  return {
    facts: rows.length,
    byKind, // a fact with sources of two kinds counts under both
    officialBacked: rows.filter((r) => r.kinds.includes('official')).length,
    secondaryOnly: rows.filter((r) => r.secondary).length,
    undated: rows.filter((r) => r.undated).length,
    olderThan12Months: rows.filter((r) => r.age > YEAR).length,
    feedingVerdicts: rows.filter((r) => r.verdict).length,
    sources: allSources.length,
    sourcesByKind: srcKinds,
    sourcesUndated: allSources.filter((s) => s.shown === 'undated').length,
  };
}

const yes = (b) => (b ? 'yes' : '');
const kindList = (o) => Object.entries(o).sort().map(([k, n]) => `${k} ${n}`).join(', ');

export function markdown() {
  // Ages count to the newest check date in the data, not to today, so the file changes only when the data does.
  const asOf = Object.values(facts).flat().map((e) => e.checked).sort().at(-1);
  const rows = review(asOf);
  const s = summary(rows);
  const out = [
    '<!-- Generated by scripts/facts.mjs (npm run facts) from src/data/facts.json and src/data/sources.json. Do not edit by hand. -->',
    '',
    '# Facts: review list',
    '',
    `Every fact the app states, riskiest first. Ages count to ${asOf} (the newest check in the data); \`npm run facts\` prints them as of today.`,
    'Risk = feeds a verdict 4 + sources only news/other 3 + checked over 12 months ago 2 + every source undated 1 + a conflicting source noted 1 + our estimate 1.',
    '',
    '## Summary',
    '',
    `- Facts: ${s.facts} (${s.officialBacked} with an official source; by source kind: ${kindList(s.byKind)})`,
    `- Secondary only (news/other): ${s.secondaryOnly}`,
    `- Undated (no source shows a date): ${s.undated}`,
    `- Checked more than 12 months ago: ${s.olderThan12Months}`,
    `- Feeding verdicts: ${s.feedingVerdicts}`,
    `- Sources: ${s.sources} (${kindList(s.sourcesByKind)}; ${s.sourcesUndated} undated)`,
    '',
    '## Facts',
    '',
    '| risk | fact | checked | age (days) | source kinds (value in force) | undated | secondary only | feeds a verdict | used in | sources | says |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.risk} | \`${r.id}\`${r.entries > 1 ? ` (${r.entries} dated entries)` : ''} | ${r.checked} | ${r.age} | ${r.kinds.join(', ')} | ${yes(r.undated)} | ${yes(r.secondary)} | ${r.verdict ? r.verdictFiles.join(', ') : ''} | ${r.usedIn.join(', ')} | ${r.sources.map((x) => `[${x}](${sources[x].url})`).join(', ')} | ${r.says.replace(/\|/g, '\\|')} |`),
    '',
    '## Sources by kind',
    '',
    '| kind | source | shown | title |',
    '|---|---|---|---|',
    ...Object.entries(sources)
      .sort(([a, x], [b, y]) => x.kind.localeCompare(y.kind) || a.localeCompare(b))
      .filter(([id]) => rows.some((r) => r.sources.includes(id)))
      .map(([id, x]) => `| ${x.kind} | [${id}](${x.url}) | ${x.shown}${x.note ? ` (${x.note.replace(/\|/g, '\\|')})` : ''} | ${(titles[id] ?? '').replace(/\|/g, '\\|')} |`),
    '',
  ];
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (process.argv.includes('--markdown')) process.stdout.write(markdown());
  else {
    const today = new Date().toISOString().slice(0, 10);
    const rows = review(today);
    const pad = (x, n) => String(x).padEnd(n);
    console.log(`Facts, riskiest first (ages as of ${today}; risk: verdict 4, secondary only 3, >12 months 2, undated 1, conflict 1, estimate 1)\n`);
    console.log(`${pad('risk', 5)}${pad('fact', 36)}${pad('age', 6)}${pad('kinds', 18)}${pad('undated', 8)}${pad('second.', 8)}verdict`);
    for (const r of rows) console.log(`${pad(r.risk, 5)}${pad(r.id, 36)}${pad(r.age, 6)}${pad(r.kinds.join(','), 18)}${pad(r.undated ? 'yes' : '-', 8)}${pad(r.secondary ? 'yes' : '-', 8)}${r.verdict ? r.verdictFiles.join(',') : '-'}`);
    const s = summary(rows);
    console.log(`\nSummary: ${s.facts} facts; by source kind: ${kindList(s.byKind)}; secondary only ${s.secondaryOnly}; undated ${s.undated}; older than 12 months ${s.olderThan12Months}; feeding verdicts ${s.feedingVerdicts}.`);
    console.log(`Sources: ${s.sources} (${kindList(s.sourcesByKind)}; ${s.sourcesUndated} undated).`);
    writeFileSync(new URL('../docs/facts.md', import.meta.url), markdown());
    console.log('Wrote docs/facts.md');
  }
}
