// A value from a link, as the page may show it back: short, without control or direction-changing
// characters, and wrapped in Unicode isolates (FSI … PDI) so it cannot reorder the sentence around it,
// whatever its direction. The words around it stay ours; this is only ever the quoted data.
export const MAX_ECHO = 24;

// C0/C1 controls, and the bidi embeddings, overrides, isolates and marks (LRE…RLO, LRI…PDI, LRM, RLM, ALM).
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function echo(value: string): string {
  const chars = Array.from(value.replace(HIDDEN, ''));
  const text = chars.length > MAX_ECHO ? chars.slice(0, MAX_ECHO).join('') + '…' : chars.join('');
  return `\u2068${text}\u2069`;
}
