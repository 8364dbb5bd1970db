// The device guess and today's date in Latvia.
import { describe, expect, test } from 'vitest';
import { guessDevice, todayInRiga } from '../../src/flow/device';

describe('todayInRiga', () => {
  const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' });

  test('matches the Europe/Riga time zone every 15 minutes from 2024 to 2028', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2029, 0, 1); t += 15 * 60_000) {
      const now = new Date(t);
      if (todayInRiga(now) !== intl.format(now)) wrong.push(now.toISOString());
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    ['2025-12-31T21:59:59Z', '2025-12-31'],
    ['2025-12-31T22:00:00Z', '2026-01-01'], // winter: UTC+2
    ['2026-06-30T20:59:59Z', '2026-06-30'],
    ['2026-06-30T21:00:00Z', '2026-07-01'], // summer: UTC+3
  ])('%s is %s in Rīga', (iso, day) => expect(todayInRiga(new Date(iso))).toBe(day));
});

describe('guessDevice', () => {
  test.each([
    [{ userAgentData: { mobile: true } }, 'phone'],
    [{ userAgentData: { mobile: false }, userAgent: 'Android' }, 'computer'], // client hints win
    [{ userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36' }, 'phone'],
    [{ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)' }, 'phone'],
    [{ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36' }, 'computer'],
    [{}, undefined],
    [undefined, undefined],
  ])('%o → %s', (nav, want) => expect(guessDevice(nav)).toBe(want));
});
