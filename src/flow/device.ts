// A guess at the device from the browser, shown as a pre-selected answer the person can change
// (as GOV.UK One Login's app triage does). Never a gate.
export function guessDevice(nav: { userAgent?: string; userAgentData?: { mobile?: boolean } } | undefined): 'phone' | 'computer' | undefined {
  if (!nav) return undefined;
  if (typeof nav.userAgentData?.mobile === 'boolean') return nav.userAgentData.mobile ? 'phone' : 'computer';
  if (!nav.userAgent) return undefined;
  return /Android|iPhone|iPad|iPod|Mobile|KaiOS|Opera Mini/i.test(nav.userAgent) ? 'phone' : 'computer';
}

/**
 * The wall-clock time in Latvia, as a Date whose UTC fields read as Latvian local time: UTC+2, and UTC+3 in
 * summer time (the EU rule: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October). By hand rather than with Intl: the first Intl call on a page starts ICU, about 150 ms on a cheap
 * phone. test/unit/device.test.ts compares it with Intl's Europe/Riga every 15 minutes over five years.
 */
export function rigaWallClock(now = new Date()): Date {
  const year = now.getUTCFullYear();
  const lastSundayOf = (month: number) => {
    const d = new Date(Date.UTC(year, month + 1, 0, 1)); // the month's last day, 01:00 UTC
    return d.getTime() - d.getUTCDay() * 86_400_000;
  };
  const summer = now.getTime() >= lastSundayOf(2) && now.getTime() < lastSundayOf(9);
  return new Date(now.getTime() + (summer ? 3 : 2) * 3_600_000);
}

/** Today in Latvia as YYYY-MM-DD, whatever the device's own time zone. */
export const todayInRiga = (now = new Date()): string => rigaWallClock(now).toISOString().slice(0, 10);
