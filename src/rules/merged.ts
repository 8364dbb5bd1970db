// WARNING: first-load path. Keep it small.
// Municipalities that merged into another (src/data/municipalities.json "merged"), so old links keep working.
import municipalitiesJson from '../data/municipalities.json' with { type: 'json' };

export interface Merged { code: string; name: string; into: string; since: string; source: string[]; checked: string }
export const merged = (municipalitiesJson as { merged?: Merged[] }).merged ?? [];

/** The municipality an old code now belongs to, with "Old → New" for the notice; undefined when the code is current. */
export function mergedInto(code: string | null | undefined): (Merged & { text: string }) | undefined {
  const m = code ? merged.find((x) => x.code === code) : undefined;
  if (!m) return undefined;
  const into = municipalitiesJson.municipalities.find((x) => x.code === m.into);
  return { ...m, text: `${m.name} → ${into?.name ?? m.into}` };
}
