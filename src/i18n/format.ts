// Lazy chunks only (result, guides, centres). Dates, money and numbers in the page's language, from
// patterns in locales/*/app.json ("format"), not from Intl: the first Intl number or date formatter on a
// page starts ICU's locale data, about 40 ms on a fast desktop and four times that on a cheap phone,
// which was most of the result page's blocking time. test/unit/format.test.ts checks every pattern
// against Intl's own output, so the two cannot drift apart.
import { lang, t } from './index';

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (iso: string) => iso.split('-').map(Number); // "2025-09-06" → [2025, 9, 6]
/** The case a date stands in, where the language declines it (Latvian): "2023. gada 1. februāris" (nom),
 * "kopš 2023. gada 1. februāra" (gen), "pārbaudīts 2026. gada 27. novembrī" (loc). The sentence around the
 * date chooses; languages without these forms give the same table for each. */
export type DateCase = 'nom' | 'gen' | 'loc';
const MONTHS = { nom: 'month', gen: 'monthGen', loc: 'monthLoc' } as const;
const month = (m: number, form: DateCase = 'nom') => t(`format.${MONTHS[form]}.${m}`);

/** "2025-09-06" → "2025. gada 6. septembris" (lv), "6 September 2025" (en), "6 сентября 2025" (ru), "6 вересня 2025" (uk). */
export function dateLong(iso: string, form: DateCase = 'nom'): string {
  const [year, m, day] = parts(iso);
  return t('format.dateLong', { year, month: month(m, form), day });
}

/** "2025-09-06" → "06.09.2025." in Latvian (the usual written form); the long form elsewhere. */
export function dateShortLv(iso: string): string {
  const [year, m, day] = parts(iso);
  return lang() === 'lv' ? `${pad(day)}.${pad(m)}.${year}.` : dateLong(iso);
}

/** "--09-06" (a day every year) → "06.09." in Latvian, "6 September" elsewhere. */
export function dayMonth(md: string): string {
  const [m, day] = md.slice(2).split('-').map(Number);
  return lang() === 'lv' ? `${pad(day)}.${pad(m)}.` : t('format.dayMonth', { month: month(m), day });
}

const TAGS = { lv: 'lv-LV', en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA' } as const;

/** A number with at most `digits` decimals, in the page's decimal separator. Intl only from 1,000 up (grouping). */
export function number(n: number, digits = 3): string {
  if (Math.abs(n) >= 1000) return new Intl.NumberFormat(TAGS[lang()], { maximumFractionDigits: digits }).format(n);
  const s = String(Number(n.toFixed(digits)));
  return s.includes('.') ? s.replace('.', t('format.decimal')) : s;
}

/** An amount of euros: whole amounts without cents (5), others with two decimals (4,27). Fees are under €1,000. */
const amount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace('.', t('format.decimal')));

/** Euros: "€5", "€4.27" (en); "5 €", "4,27 €" (lv, ru, uk). */
export const euro = (n: number) => t('format.euro', { amount: amount(n) });

/** A euro range: "€5–20" (en); "5–20 €" (lv, ru). */
export const euroRange = (min: number, max: number) => t('format.euroRange', { min: amount(min), max: amount(max) });
