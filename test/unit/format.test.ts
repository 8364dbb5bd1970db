// Our hand-made date, money and number patterns (src/i18n/format.ts) against Intl's own output in
// Node's full ICU, in every language: the app avoids Intl on its first render for speed, not to differ.
import { beforeAll, describe, expect, test } from 'vitest';
import { initI18n } from '../../src/i18n';
import { dateLong, dateShortLv, dayMonth, euro, euroRange, number } from '../../src/i18n/format';
import type { Lang } from '../../src/routes';

const TAGS = { lv: 'lv-LV', en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA' } as const;
// ICU versions differ on plain or no-break spaces ("2025 г.", "4,27 €"); we always use no-break ones.
// ICU writes the euro as "EUR" in Ukrainian; prices in Latvia are written with the sign, as in the other languages.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/ EUR$/, ' €');
const same = (ours: string, intl: string) => expect(spaces(ours)).toBe(spaces(intl));
const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
const DATES = ['2025-01-01', '2023-02-01', '2024-03-31', '2026-04-09', '2025-05-15', '2025-06-28', '2025-07-04',
  '2024-08-30', '2025-09-06', '2025-10-10', '2026-11-26', '2024-12-31'];

describe.each(['lv', 'en', 'ru', 'uk'] as Lang[])('%s', (lang) => {
  const tag = TAGS[lang];
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options });
  beforeAll(() => initI18n(lang));

  // Russian and Ukrainian without Intl's closing "г." / "р.": our sentences end with a full stop, and "2026 г.." reads as a typo.
  const intlLong = (iso: string) => intl({ day: 'numeric', month: 'long', year: 'numeric' }).format(noon(iso)).replace(/[\s\u00a0][гр]\.$/, '');
  test.each(DATES)('dateLong(%s) is Intl\'s long date', (iso) => same(dateLong(iso), intlLong(iso)));

  test.each(DATES)('dateShortLv(%s): numeric in Latvian, long elsewhere', (iso) => {
    const want = lang === 'lv' ? intl({ day: '2-digit', month: '2-digit', year: 'numeric' }).format(noon(iso)) + '.' : intlLong(iso);
    same(dateShortLv(iso), want);
  });

  test.each(DATES.map((d) => '-' + d.slice(4)))('dayMonth(%s)', (md) => {
    const d = noon('2000' + md.slice(1));
    const want = lang === 'lv' ? intl({ day: '2-digit', month: '2-digit' }).format(d).replace(/\.?$/, '.') : intl({ day: 'numeric', month: 'long' }).format(d);
    same(dayMonth(md), want);
  });

  test.each([0, 4.27, 5, 0.5, 14.23, 20, 999.99])('euro(%s) is Intl\'s currency format', (n) => {
    const nf = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: Number.isInteger(n) ? 0 : 2 });
    same(euro(n), nf.format(n));
  });

  test('euroRange(5, 20): Intl\'s range in lv and ru; "€5–20" in English, as Latvian pages write it', () => {
    const nf = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    same(euroRange(5, 20), lang === 'en' ? '€5–20' : (nf as Intl.NumberFormat & { formatRange(a: number, b: number): string }).formatRange(5, 20));
  });

  test.each([[0, 3], [2, 3], [24, 0], [3.25, 1], [9.96, 1], [12.5, 0], [999.4, 1], [1234.5, 3], [67108, 0]])('number(%s, %s) is Intl\'s', (n, digits) => {
    same(number(n, digits), new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(n));
  });
});

// Latvian declines the date with the sentence around it: "kopš 2023. gada 1. februāra", "pārbaudīts 2026. gada 27. novembrī".
// Intl has only the nominative, so these are checked against a native speaker's table.
describe('Latvian date cases', () => {
  beforeAll(() => initI18n('lv'));
  test.each([
    ['2023-02-01', 'gen', '2023. gada 1. februāra'],
    ['2024-04-30', 'gen', '2024. gada 30. aprīļa'],
    ['2024-12-31', 'gen', '2024. gada 31. decembra'],
    ['2026-11-27', 'loc', '2026. gada 27. novembrī'],
    ['2025-03-05', 'loc', '2025. gada 5. martā'],
    ['2025-01-01', 'nom', '2025. gada 1. janvāris'],
  ] as const)('dateLong(%s, %s) = %s', (iso, form, want) => expect(dateLong(iso, form)).toBe(want));
});

describe.each(['en', 'ru', 'uk'] as Lang[])('%s: date cases are the long date', (lang) => {
  beforeAll(() => initI18n(lang));
  test.each(DATES)('%s', (iso) => {
    expect(dateLong(iso, 'gen')).toBe(dateLong(iso));
    expect(dateLong(iso, 'loc')).toBe(dateLong(iso));
  });
});
