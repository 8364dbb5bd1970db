// Finding a locality's point in the gazetteer (../shared/research/data/gazetteer.csv or the trimmed copy
// in scripts/data/): by name within a municipality, by postcode, or by parish. Pure.
import { parseCsv } from './csv';

export interface GazRow {
  name: string;
  lat: number;
  lon: number;
  kind: 'city' | 'town' | 'village' | 'parish';
  municipality: string; // post-2021 Latvian name, e.g. "Cēsu novads" or "Rīga"
  parish: string;
  postcodes: string[]; // "LV-4101"
  from: 'geonames' | 'dr5hn';
}

export function parseGazetteer(text: string): GazRow[] {
  const [head, ...rows] = parseCsv(text, ',');
  const col = (n: string) => {
    const i = head.cells.indexOf(n);
    if (i < 0) throw new Error(`gazetteer: no column "${n}" (have ${head.cells.join(', ')})`);
    return i;
  };
  const c = { name: col('name'), lat: col('lat'), lon: col('lon'), kind: col('kind'), municipality: col('municipality'), parish: col('parish'), postcodes: col('postcodes'), source: col('source') };
  return rows
    .filter((r) => r.cells.length > 3)
    .map((r) => ({
      name: r.cells[c.name],
      lat: Number(r.cells[c.lat]),
      lon: Number(r.cells[c.lon]),
      kind: r.cells[c.kind] as GazRow['kind'],
      municipality: r.cells[c.municipality],
      parish: r.cells[c.parish],
      postcodes: r.cells[c.postcodes].split(/[ ;|]+/).filter(Boolean),
      from: /dr5hn|VannaDii|latvia_cities/.test(r.cells[c.source]) ? ('dr5hn' as const) : ('geonames' as const),
    }));
}

const norm = (s: string) => s.toLocaleLowerCase('lv').replace(/\s+/g, ' ').trim();

/**
 * Latvian genitive → nominative candidates for place names as addresses write them
 * ("Grobiņas pilsēta" → Grobiņa, "Priekuļu pag." → Priekuļi, "Cēsu nov." → Cēsis).
 */
export function nominatives(word: string): string[] {
  const w = word.trim();
  const out = new Set([w]);
  if (/as$/.test(w)) out.add(w.slice(0, -1)); // Grobiņas → Grobiņa
  if (/es$/.test(w)) out.add(w.slice(0, -1)); // Ogres → Ogre
  if (/u$/.test(w)) { out.add(w.slice(0, -1) + 'i'); out.add(w.slice(0, -1) + 'is'); } // Priekuļu → Priekuļi, Cēsu → Cēsis
  if (/a$/.test(w)) out.add(w.slice(0, -1) + 's'); // Tukuma → Tukums (Daugavpils and other names stay as written)
  return [...out];
}


export class Gazetteer {
  private byName = new Map<string, GazRow[]>();
  private byPostcode = new Map<string, GazRow[]>();
  constructor(public rows: GazRow[]) {
    for (const r of rows) {
      const k = norm(r.name);
      (this.byName.get(k) ?? this.byName.set(k, []).get(k)!).push(r);
      for (const p of r.postcodes) (this.byPostcode.get(p) ?? this.byPostcode.set(p, []).get(p)!).push(r);
    }
  }

  /** Towns first (dr5hn is the better town point, per the gazetteer README), then villages. */
  private best(rows: GazRow[]): GazRow | undefined {
    const rank = (r: GazRow) => (r.kind === 'city' || r.kind === 'town' ? 0 : r.kind === 'village' ? 2 : 4) + (r.from === 'dr5hn' ? 0 : 1);
    return [...rows].sort((a, b) => rank(a) - rank(b))[0];
  }

  /** A locality by name, within the municipality when given. Ambiguous names without one: undefined. */
  locality(name: string, municipality?: string): GazRow | undefined {
    for (const cand of nominatives(name)) {
      let rows = (this.byName.get(norm(cand)) ?? []).filter((r) => r.kind !== 'parish');
      if (municipality) rows = rows.filter((r) => r.municipality === municipality);
      else if (new Set(rows.map((r) => `${r.municipality}|${r.parish}`)).size > 1) {
        const towns = rows.filter((r) => r.kind === 'city' || r.kind === 'town');
        if (towns.length) rows = towns; else continue;
      }
      const hit = this.best(rows);
      if (hit) return hit;
    }
    return undefined;
  }

  postcode(code: string, municipality?: string): GazRow | undefined {
    const rows = (this.byPostcode.get(code.toUpperCase()) ?? []).filter((r) => !municipality || r.municipality === municipality);
    return this.best(rows);
  }

  parish(name: string, municipality?: string): GazRow | undefined {
    const base = name.replace(/\s+(pagasts|pag\.)$/i, '').trim();
    for (const cand of [`${base} pagasts`, ...nominatives(base).map((n) => `${n} pagasts`)]) {
      const rows = (this.byName.get(norm(cand)) ?? []).filter((r) => r.kind === 'parish' && (!municipality || r.municipality === municipality));
      if (rows[0]) return rows[0];
    }
    return undefined;
  }
}
