// Lazy chunks only (result, guides, centres). A link to a source we cite, titled in the page's language
// (locales/*/sources.json; the URL and dates are facts in src/data/sources.json). Pages that show sources
// load the 'sources' namespace first.
import { t } from '../i18n';
import sourcesJson from '../data/sources.json' with { type: 'json' };

const sources = sourcesJson as unknown as Record<string, { url: string; shown: string }>;

/** The date the cited page itself shows ("2024-12", "2025-09-06"), or null when it shows none. */
export function pageDate(id: string): string | null {
  return /^\d{4}(-\d{2}){0,2}(?=\b|$)/.exec(sources[id].shown)?.[0] ?? null;
}

export function SourceLink({ id }: { id: string }) {
  return <a href={sources[id].url} rel="noopener">{t(`sources:${id}`)}</a>;
}

export const sourceUrl = (id: string) => sources[id].url;
