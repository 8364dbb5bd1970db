// Small line pictures of each tool, so people who read little can still recognise what they own.
// Decorative (the label says the same), so hidden from assistive technology.
const paths: Record<string, string> = {
  card: 'M3 6h18v12H3z M6 10h4v4H6z M13 10h5 M13 13h4',
  phone: 'M8 2h8v20H8z M11 18h2',
  bank: 'M3 9l9-5 9 5 M5 10v7 M9 10v7 M15 10v7 M19 10v7 M3 20h18',
  reader: 'M4 10h16v8H4z M7 10V5h10v5 M8 14h8',
  globe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  none: 'M5 5l14 14 M19 5L5 19',
};
const iconFor: Record<string, keyof typeof paths> = {
  'eid-card': 'card', 'eparaksts-card': 'card', 'residence-permit-card': 'card',
  'eparaksts-mobile': 'phone', 'smart-id': 'phone', 'internet-bank': 'bank', 'card-reader': 'reader', 'foreign-eid': 'globe', none: 'none',
};

export function ToolIcon({ id }: { id: string }) {
  const d = paths[iconFor[id]];
  if (!d) return null;
  return (
    <svg class="icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round" />
    </svg>
  );
}
