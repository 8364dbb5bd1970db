// Lazy chunk (centre finder). Words for times, days, distances and dates in the active language.
import { t } from '../../i18n';
import { dateLong, number } from '../../i18n/format';
import { formatMinute, type OpenState } from '../../centres/hours';
import { roundKm } from '../../centres/distance';

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

/** A distance for people, rounded by the rule in src/centres/distance.ts (roundKm). */
export const km = (n: number) => number(roundKm(n), 1);

/** "2025-09-06" → a date in words; "2022-04" and "2023" stay as they are; "undated" → words. */
export function dateText(s: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return dateLong(s);
  if (s === 'undated') return t('centres:place.undated');
  return s;
}
