// A guess at the device from the browser, shown as a pre-selected answer the person can change
// (as GOV.UK One Login's app triage does). Never a gate.
export function guessDevice(nav: { userAgent?: string; userAgentData?: { mobile?: boolean } } | undefined): 'phone' | 'computer' | undefined {
  if (!nav) return undefined;
  if (typeof nav.userAgentData?.mobile === 'boolean') return nav.userAgentData.mobile ? 'phone' : 'computer';
  if (!nav.userAgent) return undefined;
  return /Android|iPhone|iPad|iPod|Mobile|KaiOS|Opera Mini/i.test(nav.userAgent) ? 'phone' : 'computer';
}

/** Today in Latvia, as YYYY-MM-DD. */
export function todayInRiga(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Riga' });
}
