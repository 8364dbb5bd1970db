// Every municipality × {preschool, first grade, social assistance}: a sourced channel, or the explicit
// "not known" answer with the municipality's own contacts. The table (municipal-channels.md) is reviewed:
// `npx vitest run test/unit/municipal-channels.test.ts -u` rewrites it.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/rules/evaluate';
import { facts, findService } from '../../src/rules/facts';
import { allData } from '../../src/rules/all-data';
import { CHANNELS, channelOf, channelRecords, MUNICIPAL_SERVICES, withMunicipalChannels, type ChannelRecord } from '../../src/rules/municipal';
import municipalitiesJson from '../../src/data/municipalities.json';
import { TOOLSETS } from './toolsets';

const TODAY = '2026-11-26';
const SERVICES = ['preschool-registration', 'first-grade-registration', 'social-assistance'];
type Contacts = { website?: string; phone?: string; source: string[]; checked: string; caveats?: string[] };
const munis = municipalitiesJson.municipalities as { code: string; name: string; contacts?: Contacts }[];
const SHOWN = ['eParaksts mobile works', 'bank only', 'Smart-ID qualified'] as const;

test('the three municipal services, and only they, have per-municipality records', () => {
  expect(MUNICIPAL_SERVICES.sort()).toEqual([...SERVICES].sort());
});

test('every municipality × service has exactly one record', () => {
  for (const s of SERVICES)
    for (const m of munis) expect(channelRecords.filter((r) => r.service === s && r.municipality === m.code), `${s} ${m.code}`).toHaveLength(1);
  expect(channelRecords).toHaveLength(SERVICES.length * munis.length);
});

test('a known channel names its source; "not known" comes with the municipality\'s own website and a source for it', () => {
  for (const r of channelRecords) {
    expect(CHANNELS).toContain(r.channel);
    if (r.channel !== 'unknown') {
      expect(r.source.length, `${r.service} ${r.municipality}`).toBeGreaterThan(0);
      for (const id of r.source) expect(allData.sources[id], id).toBeDefined();
    }
    if (r.channel === 'in-person-only') expect(r.inPerson).toBeTruthy();
  }
  for (const m of munis) {
    expect(m.contacts?.website, m.code).toMatch(/^https?:\/\//);
    expect(m.contacts!.source.length).toBeGreaterThan(0);
    for (const id of m.contacts!.source) expect(allData.sources[id], id).toBeDefined();
  }
});

test('login tools a page names carry that page\'s date', () => {
  for (const r of channelRecords) for (const l of r.loginMeans ?? []) expect(l.shown, `${r.municipality}`).toMatch(/^(undated|\d{4}(-\d{2}(-\d{2})?)?)$/);
});

test('merging keeps the "*" fallback and gives an unknown channel its in-person route', () => {
  const merged = withMunicipalChannels(facts.services.map((s) => ({ ...s, variants: { '*': s.variants['*'] } })));
  for (const s of SERVICES) expect(merged.find((x) => x.id === s)!.variants['*']).toEqual(findService(s)!.variants['*']);
  const rec: ChannelRecord = { service: 'social-assistance', municipality: 'LV-007', channel: 'unknown', source: [], checked: TODAY };
  const v = withMunicipalChannels(facts.services, [rec]).find((x) => x.id === 'social-assistance')!.variants['LV-007'];
  expect(v.portal).toBe('municipal-unknown');
  expect(v.inPerson?.place).toBe('social-service');
  expect(channelOf(v)).toBe('unknown');
});

test('where the channel is not known, the answer cites the page of the municipality\'s own contacts', () => {
  for (const s of SERVICES) {
    const service = findService(s)!;
    for (const m of munis.filter((x) => channelOf(service.variants[x.code]) === 'unknown'))
      for (const tools of SHOWN) {
        const e = evaluate(service, { service: s, municipality: m.code, ...TOOLSETS[tools] }, TODAY);
        expect(e.sources, `${s} ${m.code} ${tools}`).toEqual(expect.arrayContaining(m.contacts!.source));
      }
  }
});

describe('the table', () => {
  const rows: string[] = [];
  const counts: Record<string, Record<string, number>> = {};
  for (const s of SERVICES) {
    const service = findService(s)!;
    counts[s] = { known: 0, 'in person only': 0, 'not known': 0 };
    for (const m of munis) {
      const v = service.variants[m.code];
      const channel = channelOf(v);
      counts[s][channel === 'unknown' ? 'not known' : channel === 'in-person-only' ? 'in person only' : 'known']++;
      const verdicts = SHOWN.map((tools) => evaluate(service, { service: s, municipality: m.code, ...TOOLSETS[tools] }, TODAY));
      for (const e of verdicts) {
        expect(e.variantKey).toBe(m.code);
        // Where we do not know the channel, no tool is "online now".
        if (channel === 'unknown') expect(e.verdict).not.toBe('online-now');
        if (channel === 'in-person-only') expect(e.verdict).toBe('in-person');
      }
      const c = m.contacts!;
      const answer = channel === 'unknown' ? `contacts: ${[c.website, c.phone && 'phone'].filter(Boolean).join(', ')}${c.caveats ? ` (${c.caveats.join(', ')})` : ''}` : v.url ?? '';
      rows.push(`| ${s} | ${m.code} | ${m.name} | ${channel} | ${v.portal} | ${v.source.join(', ')} | ${verdicts.map((e) => e.verdict).join(' / ')} | ${answer} |`);
    }
  }
  const summary = SERVICES.map((s) => `| ${s} | ${counts[s].known} | ${counts[s]['in person only']} | ${counts[s]['not known']} |`);

  test('every municipality is counted once per service', () => {
    for (const s of SERVICES) expect(Object.values(counts[s]).reduce((a, b) => a + b, 0)).toBe(munis.length);
  });

  test('matches the reviewed table (test/unit/municipal-channels.md)', async () => {
    const md = [
      '# Municipal services: channel per municipality',
      '',
      'Generated by test/unit/municipal-channels.test.ts from src/data/municipal-channels.json (`-u` rewrites it). "known" = an e-service, e-signed e-mail or the official e-address that a source names; "not known" = the app gives the municipality\'s own contacts (municipalities.json). Verdicts on ' + TODAY + ' for: ' + SHOWN.join(' / ') + '.',
      '',
      '| service | known | in person only | not known |',
      '|---|---|---|---|',
      ...summary,
      '',
      '| service | code | municipality | channel | portal | sources | verdicts | link / contacts |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n';
    await expect(md).toMatchFileSnapshot('./municipal-channels.md');
  });
});
