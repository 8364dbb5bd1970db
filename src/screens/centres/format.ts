// Lazy chunk (centre finder). Words for times, days, distances and dates in the active language.
import { lang, t } from '../../i18n';
import { formatMinute, type OpenState } from '../../centres/hours';

export const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const dayName = (d: number) => t(`centres:day.${DAY_KEYS[d]}`);

/** The open-now line for a state (null before the page knows the time). */
export function openText(s: OpenState): string {
  switch (s.state) {
    case 'open':
      return s.reopens !== undefined
        ? t('centres:open.openBreak', { time: formatMinute(s.closes), reopens: formatMinute(s.reopens) })
        : t('centres:open.open', { time: formatMinute(s.closes) });
    case 'closed':
      if (s.inDays === 0) return t(s.lunch ? 'centres:open.closedBreak' : 'centres:open.closedToday', { time: formatMinute(s.opens) });
      if (s.inDays === 1) return t('centres:open.closedTomorrow', { time: formatMinute(s.opens) });
      return t('centres:open.closedDay', { day: dayName(s.day), time: formatMinute(s.opens) });
    case 'never': return t('centres:open.never');
    default: return t('centres:open.unknown');
  }
}

export const km = (n: number) => new Intl.NumberFormat(lang(), { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);

/** "2025-09-06" → a date in words; "2022-04" and "2023" stay as they are; "undated" → words. */
export function dateText(s: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Intl.DateTimeFormat(lang(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${s}T12:00:00Z`));
  if (s === 'undated') return t('centres:place.undated');
  return s;
}
