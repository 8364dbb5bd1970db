// Per-municipality channels of municipal services (src/data/municipal-channels.json), merged into the
// services' variants. Pure. Kept apart from facts.ts so the data and its shape can grow without touching the rules.
import channelsJson from '../data/municipal-channels.json' with { type: 'json' };
import type { IsoDate, MeansId, Service, Sourced, Variant } from './types';

/** How a municipality takes a service: an e-service, e-signed e-mail, the official e-address, only in person, or not known to us. */
export type Channel = 'portal' | 'esigned-email' | 'e-address' | 'in-person-only' | 'unknown';
export const CHANNELS: Channel[] = ['portal', 'esigned-email', 'e-address', 'in-person-only', 'unknown'];

/** A login tool a source page names, with the date that page shows (undated or before 2025-01-01: it may predate the end of bank login). */
export interface NamedMeans extends Partial<Sourced> {
  means: MeansId | string;
  shown: string;
}

export interface MunicipalVariant extends Variant {
  channel: Channel;
  /** The page also takes an application by e-mail signed with a secure e-signature. */
  alsoEsignedEmail?: boolean;
  loginMeans?: NamedMeans[];
  /** What the source says, in its own words (Latvian). */
  says?: string | null;
  /** The date the source page shows, or 'undated'. */
  shown?: string;
  /** Why the channel is not known (research note). */
  note?: string;
}

export interface ChannelRecord extends Partial<MunicipalVariant> {
  service: string;
  municipality: string;
  channel: Channel;
  source: string[];
  checked: IsoDate;
}

export const channelRecords = channelsJson.channels as unknown as ChannelRecord[];
export const MUNICIPAL_SERVICES = [...new Set(channelRecords.map((r) => r.service))];

/** A record as a variant: an unknown channel keeps the service's '*' fallback (its in-person route, say) and says it is unknown. */
export function toVariant(r: ChannelRecord, fallback: Variant): MunicipalVariant {
  const { service, municipality, ...rest } = r;
  void service; void municipality;
  if (r.channel === 'unknown') return { ...fallback, portal: 'municipal-unknown', ...rest, source: r.source.length ? r.source : fallback.source } as MunicipalVariant;
  return { code: null, url: null, signature: false, onlineFee: null, inPerson: null, ...rest } as MunicipalVariant;
}

/** The services with every municipality's channel as a variant (the '*' variant stays as the fallback). */
export function withMunicipalChannels(services: Service[], records: ChannelRecord[] = channelRecords): Service[] {
  return services.map((s) => {
    const own = records.filter((r) => r.service === s.id);
    if (!own.length) return s;
    const variants: Record<string, Variant> = { ...s.variants };
    for (const r of own) variants[r.municipality] = toVariant(r, s.variants['*']);
    return { ...s, variants };
  });
}

/** The channel of a variant (variants from services.json have none: derived from the portal). */
export function channelOf(v: Variant): Channel {
  const c = (v as Partial<MunicipalVariant>).channel;
  if (c) return c;
  return v.portal === 'municipal-unknown' ? 'unknown' : v.portal === 'in-person-only' ? 'in-person-only' : v.portal === 'esigned-email' ? 'esigned-email' : 'portal';
}
