// The JSON record a municipality (or a maintainer) sends to say how it runs a municipal service, and its check.
// Used by `npm run import:municipal -- FILE` (scripts/import-municipal.mjs) and shown, pre-filled, on the
// /rules/<service>/<municipality>/ pages. Pure. The format is documented in README, "Municipal records".
import type { ChannelRecord } from './municipal';
import { CHANNELS } from './municipal';

export interface Known {
  services: string[]; // municipal services with per-municipality records
  municipalities: string[];
  portals: string[];
  means: string[];
  sources: string[]; // ids in src/data/sources.json
  places: string[]; // inPerson.place ids
  today: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);

/**
 * What is wrong with a record, one message per problem ("field: what"); [] when it can be merged.
 * A record names its source either by an id we know (`source`) or by a new URL (`sourceUrl` + `sourceShown`).
 */
export function checkRecord(r: unknown, k: Known): string[] {
  const e: string[] = [];
  if (!r || typeof r !== 'object' || Array.isArray(r)) return ['the record must be a JSON object'];
  const x = r as Record<string, unknown>;
  const allowed = new Set(['service', 'municipality', 'channel', 'portal', 'code', 'url', 'signature', 'onlineFee', 'inPerson', 'alsoEsignedEmail',
    'loginMeans', 'says', 'shown', 'source', 'sourceUrl', 'sourceShown', 'sourceTitle', 'checked']);
  for (const key of Object.keys(x)) if (!allowed.has(key)) e.push(`${key}: not a field of the record format`);
  if (!k.services.includes(x.service as string)) e.push(`service: "${String(x.service)}" is not one of ${k.services.join(', ')}`);
  if (!k.municipalities.includes(x.municipality as string)) e.push(`municipality: "${String(x.municipality)}" is not an ISO 3166-2:LV code of a current municipality`);
  if (!CHANNELS.includes(x.channel as never)) e.push(`channel: must be one of ${CHANNELS.join(', ')}`);
  const channel = x.channel as string;
  if (channel === 'portal' || channel === 'e-address') {
    if (!k.portals.includes(x.portal as string)) e.push(`portal: "${String(x.portal)}" is not a portal id in src/data/portals.json (a new portal is added there first)`);
    if (!isUrl(x.url)) e.push('url: the address of the e-service (http or https) is required');
  }
  if (channel === 'esigned-email' && x.url !== undefined && x.url !== null && !isUrl(x.url)) e.push('url: must be http(s) or null');
  if (x.signature !== undefined && ![true, false, 'sometimes'].includes(x.signature as never)) e.push('signature: true, false or "sometimes"');
  if (x.onlineFee !== undefined && x.onlineFee !== null && !(typeof x.onlineFee === 'number' && x.onlineFee >= 0)) e.push('onlineFee: a number of euros, or null when not stated');
  if (x.inPerson !== undefined && x.inPerson !== null) {
    const p = x.inPerson as Record<string, unknown>;
    if (typeof p !== 'object' || !k.places.includes(p.place as string)) e.push(`inPerson.place: one of ${k.places.join(', ')}`);
    else {
      if (p.address !== null && p.address !== undefined && typeof p.address !== 'string') e.push('inPerson.address: a street address or null');
      if (p.fee !== null && p.fee !== undefined && typeof p.fee !== 'number') e.push('inPerson.fee: a number of euros or null');
    }
  }
  if (channel === 'in-person-only' && !x.inPerson) e.push('inPerson: an in-person-only channel says where to go');
  if (x.loginMeans !== undefined) {
    if (!Array.isArray(x.loginMeans)) e.push('loginMeans: a list');
    else for (const [i, l] of (x.loginMeans as Record<string, unknown>[]).entries()) {
      if (!k.means.includes(l?.means as string)) e.push(`loginMeans[${i}].means: one of ${k.means.join(', ')}`);
      if (typeof l?.shown !== 'string' || !/^(undated|\d{4}(-\d{2}(-\d{2})?)?)$/.test(l.shown)) e.push(`loginMeans[${i}].shown: the date the page shows (YYYY-MM-DD) or "undated"`);
    }
  }
  const ids = x.source;
  if (ids !== undefined && (!Array.isArray(ids) || ids.some((s) => !k.sources.includes(s)))) e.push('source: ids in src/data/sources.json (or give sourceUrl for a new one)');
  if (channel !== 'unknown' && !(Array.isArray(ids) && ids.length) && !isUrl(x.sourceUrl)) e.push('sourceUrl: the page that says this (http or https) is required');
  if (x.sourceUrl !== undefined && !isUrl(x.sourceUrl)) e.push('sourceUrl: must be http(s)');
  if (typeof x.checked !== 'string' || !DATE.test(x.checked)) e.push('checked: the date you checked this, YYYY-MM-DD');
  else if (x.checked > k.today) e.push(`checked: ${x.checked} is in the future`);
  return e;
}

/** The record for this service and municipality as it stands, ready to edit and send back. */
export function recordOf(r: ChannelRecord): Record<string, unknown> {
  const { service, municipality, channel, portal, url, signature, onlineFee, inPerson, loginMeans, says, source, checked } = r;
  return Object.fromEntries(Object.entries({ service, municipality, channel, portal, url, signature, onlineFee, inPerson, loginMeans, says, source, checked }).filter(([, v]) => v !== undefined));
}
