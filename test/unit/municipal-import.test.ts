// `npm run import:municipal -- FILE`: a good record merges (dry run here, so the data stays as reviewed), a bad
// one is rejected with a message per problem and exit code 1; and the record check itself.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRecord, recordOf, type Known } from '../../src/rules/record';
import { channelRecords } from '../../src/rules/municipal';
import { facts } from '../../src/rules/facts';
import { allData } from '../../src/rules/all-data';

const ROOT = join(__dirname, '../..');
const run = (...args: string[]) => spawnSync('node', ['scripts/import-municipal.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
/** The data files the import reads and writes, copied to a scratch folder (IMPORT_ROOT) so a real merge leaves the repository alone. */
function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'import-municipal-'));
  for (const f of ['src/data', ...['lv', 'en', 'ru', 'uk'].map((l) => `locales/${l}`)]) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  return dir;
}
const runIn = (dir: string, ...args: string[]) =>
  spawnSync('node', ['scripts/import-municipal.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, IMPORT_ROOT: dir } });
const KNOWN: Known = {
  services: ['preschool-registration', 'first-grade-registration', 'social-assistance'],
  municipalities: facts.municipalities.map((m) => m.code),
  portals: facts.portals.map((p) => p.id),
  means: facts.means.map((m) => m.id),
  sources: Object.keys(allData.sources),
  places: ['municipality', 'education-board', 'school', 'institution', 'social-service'],
  today: '2026-11-27',
};

describe('the import script', () => {
  it('merges a good record (dry run) and exits 0', () => {
    const r = run('test/fixtures/municipal-record.json', '--dry-run', '--today', '2026-11-27');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/would merge: first-grade-registration LV-067 → portal/);
  }, 30_000);
  it('merges for real: a new page gets its publisher\'s kind and a title in every language', () => {
    const dir = scratch();
    try {
      const r = runIn(dir, join(ROOT, 'test/fixtures/municipal-record.json'), '--today', '2026-11-27');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const sources = JSON.parse(readFileSync(join(dir, 'src/data/sources.json'), 'utf8'));
      const id = 'own-first-lv-067-2026-11-27';
      expect(sources[id]).toMatchObject({ url: 'https://www.ogresnovads.lv/sample-page-for-the-import-test', kind: 'official', shown: '2026-11-01' });
      for (const l of ['lv', 'en', 'ru', 'uk']) expect(JSON.parse(readFileSync(join(dir, `locales/${l}/sources.json`), 'utf8'))[id], l).toMatch(/^Ogres novads: ogresnovads\.lv/);
      const channels = JSON.parse(readFileSync(join(dir, 'src/data/municipal-channels.json'), 'utf8')).channels;
      expect(channels.find((x: { service: string; municipality: string }) => x.service === 'first-grade-registration' && x.municipality === 'LV-067')).toMatchObject({ channel: 'portal', source: [id] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('refuses a page whose publisher has not been reviewed, and says where to add it', () => {
    const dir = scratch();
    try {
      const file = join(dir, 'record.json');
      const good = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/municipal-record.json'), 'utf8'));
      writeFileSync(file, JSON.stringify({ ...good, sourceUrl: 'https://example.org/a-page' }));
      const r = runIn(dir, file, '--today', '2026-11-27');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/sourceUrl: example\.org is not in the reviewed table of publishers \(PUBLISHERS in src\/rules\/validate\.ts\)/);
      expect(readFileSync(join(dir, 'src/data/sources.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/data/sources.json'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('rejects a bad record with one clear line per problem, writes nothing, and exits 1', () => {
    const r = run('test/fixtures/municipal-record-bad.json', '--today', '2026-11-27');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Not imported: 4 problems/);
    expect(r.stderr).toMatch(/municipality: "LV-102" is not an ISO 3166-2:LV code of a current municipality/);
    expect(r.stderr).toMatch(/channel: must be one of portal, esigned-email, e-address, in-person-only, unknown/);
    expect(r.stderr).toMatch(/checked: the date you checked this, YYYY-MM-DD/);
  }, 30_000);
});

describe('checkRecord', () => {
  it('accepts every record we ship, as the /rules/ pages offer it for correction', () => {
    for (const r of channelRecords) expect(checkRecord(recordOf(r), KNOWN), `${r.service} ${r.municipality}`).toEqual([]);
  });
  it('names each problem by field', () => {
    expect(checkRecord([], KNOWN)).toEqual(['the record must be a JSON object']);
    const e = checkRecord({ service: 'preschool-registration', municipality: 'LV-067', channel: 'portal', portal: 'nope', url: 'x', checked: '2099-01-01', extra: 1 }, KNOWN);
    expect(e).toEqual(expect.arrayContaining([
      'extra: not a field of the record format',
      expect.stringMatching(/^portal: "nope" is not a portal id/),
      expect.stringMatching(/^url: /),
      expect.stringMatching(/^sourceUrl: /),
      'checked: 2099-01-01 is in the future',
    ]));
    expect(checkRecord({ service: 'preschool-registration', municipality: 'LV-067', channel: 'in-person-only', source: ['pii-lv-067'], checked: '2026-11-27' }, KNOWN))
      .toEqual(['inPerson: an in-person-only channel says where to go']);
  });
});
