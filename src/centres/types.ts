// The app's centre data (src/data/centres.json), as made by scripts/centres-from-research.mjs and
// scripts/import-centres.mjs. Pure types.
import type { Week } from './hours';
import type { LatLon } from './distance';

/** vpvkac: a state and municipal unified client centre; municipal: a municipality's own client centre or in-person point (its page does not call it VPVKAC); pmlp: a PMLP office. */
export type PlaceKind = 'vpvkac' | 'municipal' | 'pmlp';

/** Short ids of caveats the screen turns into words (note.* in the centres locale files). */
export type NoteId =
  | 'phone-office' // the phone is the parish/municipal office's line at the same address
  | 'phone-general' // the phone is the municipality's general line
  | 'address-assumed' // address of the parish office; the centre is assumed to be there
  | 'address-inferred' // address inferred from another record with the same phone
  | 'address-moving' // a move was announced (see `moveTo`)
  | 'operator-check' // the parish it serves was being reorganised
  | 'parish-points' // more service points exist in the parishes; not listed here
  | 'more-centres' // the municipality has more centres than we list
  | 'pmlp-hq' // head office: whether it serves residents is not stated
  | 'pmlp-general-hours' // hours are PMLP's general hours for branches
  | 'phone-info' // the number is PMLP's information line
  | 'no-hours' // no hours in any source read
  | 'call-first' // known only by its town: no current street address, call before going
  | 'old-source' // the page is older than the 2021 reform or otherwise old
  | 'second-hand' // the record comes from a third party's copy of the official list
  | 'third-party' // the record comes from a third-party page
  | 'riga-neighbourhood' // Rīga's neighbourhood residents' centre: branches in the district boards' premises
  | 'pmlp-old-list' // the branch's town is from an old PMLP leaflet: call the information line first
  | 'pmlp-filiale' // a PMLP sub-branch (filiāle): limited services and days
  | 'address-conflict'; // sources give different addresses

export interface Place {
  id: string;
  kind: PlaceKind;
  /** As the source writes it; null when the source gives only an address. */
  name: string | null;
  municipality: string; // ISO 3166-2 code
  locality: string;
  address: string | null;
  /** As the source writes it; `tel` is the same number for a tel: link (+371…). */
  phone: string | null;
  tel: string | null;
  email: string | null;
  /**
   * `general`: the hours are PMLP's general hours for its branches, not this place's (issue 12, item 6): shown as
   * such, and never used for "open now".
   */
  hours: { text: Record<string, string>; week: Week; general?: boolean } | null;
  notes: NoteId[];
  moveTo?: string;
  /** Locality-level point from the gazetteer; null when the import could not place it. */
  geo: (LatLon & { precision: 'locality' | 'postcode' | 'parish'; from: 'geonames' | 'dr5hn' }) | null;
  source: string[]; // ids in src/data/sources.json
  /** The date the source itself shows, or 'undated'. */
  shown: string;
  /** When we read the source (YYYY-MM-DD). */
  checked: string;
}
