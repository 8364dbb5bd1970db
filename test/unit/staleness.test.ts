import { expect, test } from 'vitest';
import { daysBetween, isStale } from '../../src/rules/staleness';

test.each([
  ['2026-11-26', '2026-11-26', 0, false],
  ['2026-11-26', '2027-05-25', 180, false],
  ['2026-11-26', '2027-05-26', 181, true],
  ['2024-02-28', '2024-03-01', 2, false], // leap year
])('checked %s, today %s: %i days, stale %s', (checked, today, days, stale) => {
  expect(daysBetween(checked, today)).toBe(days);
  expect(isStale(checked, today)).toBe(stale);
});
