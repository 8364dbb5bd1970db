// When the facts behind an answer were last checked long ago (an old offline copy, or data not
// re-checked), the result says so. Pure: dates in, boolean out.
import type { IsoDate } from './types';

export const STALE_AFTER_DAYS = 180;

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

export const isStale = (checked: IsoDate, today: IsoDate, maxDays = STALE_AFTER_DAYS) => daysBetween(checked, today) > maxDays;
