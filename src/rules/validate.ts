// Checks the facts before anything ships: shape, known ids, no dangling references, and a source and
// checked date on every fact. Run by the build (vite.config.ts) and by test/unit/data.test.ts.
import type { Facts } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateFacts(f: Facts, today: string): string[] {
  const errors: string[] = [];
  const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);
  const meansIds = new Set(f.means.map((m) => m.id));
  const portalIds = new Set(f.portals.map((p) => p.id));
  const muniCodes = new Set(f.municipalities.map((m) => m.code));

  const sourced = (where: string, x: { source?: unknown; checked?: unknown }, allowEmpty = false) => {
    if (!Array.isArray(x.source) || (!allowEmpty && x.source.length === 0)) err(where, 'no source');
    else for (const s of x.source) if (!f.sources[s]) err(where, `unknown source "${s}"`);
    if (typeof x.checked !== 'string' || !DATE.test(x.checked)) err(where, 'no checked date (YYYY-MM-DD)');
    else if (x.checked > today) err(where, `checked date ${x.checked} is in the future`);
  };
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) (seen.has(id) ? err(kind, `duplicate id "${id}"`) : seen.add(id));
  };
  const kebab = (where: string, id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || err(where, `id "${id}" is not kebab-case`);

  for (const [id, s] of Object.entries(f.sources)) {
    if (!/^https?:\/\//.test(s.url)) err(`source ${id}`, 'url must be http(s)');
  }
  unique('means', f.means.map((m) => m.id));
  for (const m of f.means) sourced(`means ${m.id}`, m);
  unique('portals', f.portals.map((p) => p.id));
  for (const a of f.law) {
    if (!meansIds.has(a.means)) err('law', `unknown means "${a.means}"`);
    sourced(`law ${a.means}`, a);
  }
  for (const p of f.portals) {
    if (p.loginVia && !portalIds.has(p.loginVia)) err(`portal ${p.id}`, `loginVia "${p.loginVia}" is not a portal`);
    for (const a of p.accepts) {
      const where = `portal ${p.id} accepts ${a.means}`;
      if (!meansIds.has(a.means)) err(where, 'unknown means');
      if (a.from !== null && !DATE.test(a.from)) err(where, 'bad from date');
      if (a.until !== null && !DATE.test(a.until)) err(where, 'bad until date');
      if (a.from && a.until && a.from > a.until) err(where, 'from is after until');
      sourced(where, a);
    }
  }
  unique('ways', f.ways.map((w) => w.id));
  for (const w of f.ways) {
    kebab(`way ${w.id}`, w.id);
    sourced(`way ${w.id}`, w, w.id === 'in-person');
    if (w.cost && w.cost.min > w.cost.max) err(`way ${w.id}`, 'cost min > max');
  }
  unique('services', f.services.map((s) => s.id));
  for (const s of f.services) {
    kebab(`service ${s.id}`, s.id);
    if (!s.nameLv) err(`service ${s.id}`, 'no Latvian name');
    if (!s.variants['*']) err(`service ${s.id}`, 'no "*" variant for other municipalities');
    for (const [key, v] of Object.entries(s.variants)) {
      const where = `service ${s.id} [${key}]`;
      if (key !== '*' && !muniCodes.has(key)) err(where, 'unknown municipality code');
      if (!portalIds.has(v.portal)) err(where, `unknown portal "${v.portal}"`);
      const generic = f.portals.find((p) => p.id === v.portal)?.unknownRoute;
      sourced(where, v, generic);
      for (const fee of v.fees ?? []) sourced(`${where} fee ${fee.what}`, fee);
      if (v.url !== null && !/^https?:\/\//.test(v.url)) err(where, 'url must be http(s) or null');
    }
  }
  if (muniCodes.size !== 42) err('municipalities', `expected 42 (Varakļānu novads joined Madonas novads in 2025), found ${muniCodes.size}`);
  // Stored in Latvian alphabetical order, so screens list them without sorting (Intl.Collator is slow to start on a phone).
  const byName = new Intl.Collator('lv').compare;
  f.municipalities.forEach((m, i, all) => {
    if (i && byName(all[i - 1].name, m.name) > 0) err(`municipality ${m.code}`, `out of Latvian alphabetical order (after ${all[i - 1].name})`);
  });
  return errors;
}
