// Fact values for interpolation into words: locale strings say {{pin1-digits}}, never "4".
// One formatted value per fact id, as of a date and in the page's language (formatted once per pair).
import { lang, t } from '../../i18n';
import { factAt, factStore } from '../../rules/fact-store';
import type { FactEntry, IsoDate, Range } from '../../rules/types';
import { dateLong, euro, euroRange, number } from '../../i18n/format';

export function formatFactValue(f: FactEntry): string {
  const v = f.value;
  const r = typeof v === 'object' ? (v as Range) : null;
  if (f.unit === 'EUR') return r ? euroRange(r.min, r.max) : euro(v as number);
  if (f.unit === 'date') return dateLong(v as string);
  if (typeof v === 'string') return v;
  return r ? `${number(r.min)}–${number(r.max)}` : number(v as number);
}

const cache = new Map<string, Record<string, string>>();
/** Every fact in force on `today`, formatted: pass as i18next options (t(key, factVars(today))). */
export function factVars(today: IsoDate): Record<string, string> {
  const key = `${lang()}:${today}`;
  let vars = cache.get(key);
  if (!vars) {
    vars = {};
    for (const id of Object.keys(factStore)) {
      const f = factAt(id, today);
      // No value in force on that date (a preview before a fee existed, say): say so, never leave {{id}} showing.
      vars[id] = f ? formatFactValue(f) : t('result.factUnknown');
    }
    cache.set(key, vars);
  }
  return vars;
}
