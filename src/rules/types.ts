// Types for the facts in src/data and for what the rules return. Pure: no Preact, no DOM.

export type IsoDate = string; // YYYY-MM-DD

/** Every fact carries where it came from and when we last checked it. */
export interface Sourced {
  source: string[]; // ids in src/data/sources.json
  checked: IsoDate;
}

export type MeansId =
  | 'eid-card'
  | 'residence-permit-card'
  | 'eparaksts-card'
  | 'eparaksts-mobile'
  | 'smart-id'
  | 'internet-bank'
  | 'foreign-eid';

/** Prerequisites the checklist reports on, one line each. */
export type ItemId =
  | 'accepted'
  | 'computer'
  | 'card-reader'
  | 'eid-software'
  | 'pin1'
  | 'pin2'
  | 'signing-active'
  | 'eparaksts-working'
  | 'smart-id-qualified'
  | 'foreign-eid-setup'
  | 'bank-on-list'
  | 'can-sign';

export interface Means extends Sourced {
  id: MeansId;
  nameLv: string;
  kind: 'card' | 'app' | 'bank' | 'foreign';
  needs: ItemId[];
  signNeeds: ItemId[];
  signs: boolean | 'unconfirmed';
  note?: string;
}

export interface Acceptance extends Sourced {
  means: MeansId;
  from: IsoDate | null;
  until: IsoDate | null;
  beforeFrom?: 'unknown';
  only?: 'certain-banks';
}

export interface Portal {
  id: string;
  name: string;
  url: string;
  kind: 'login' | 'signature' | 'none';
  loginVia?: string;
  unknownRoute?: boolean;
  /** The pages we read name no login tools for this portal: only the law's are certain. */
  meansNotStated?: boolean;
  accepts: Acceptance[];
}

export interface Range {
  min: number;
  max: number;
}
export interface Duration extends Range {
  unit: 'minutes' | 'hours' | 'workdays';
}

export interface Way extends Sourced {
  id: string;
  visit: boolean;
  cost: Range | null;
  time: Duration | null;
  estimate?: boolean;
  guide: string | null;
  confirmed: boolean;
  note?: string;
}

export interface Fee extends Sourced {
  what: string;
  amount: number;
}

export interface InPerson {
  place: string;
  address: string | null;
  fee: number | null;
  bring: string[];
  appointment?: boolean;
}

export interface Variant extends Sourced {
  portal: string;
  code: string | null;
  url: string | null;
  signature: boolean | 'sometimes';
  bothPartners?: boolean;
  onlineFee: number | null;
  fees?: Fee[];
  inPerson: InPerson | null;
}

export interface Service {
  id: string;
  nameLv: string;
  holder: string;
  popular: boolean;
  quality: 'solid' | 'partial' | 'thin';
  variants: Record<string, Variant>; // key: ISO 3166-2 code, or '*' for everywhere else
}

export interface Source {
  url: string;
  shown: string; // the date the page itself shows, or 'undated (…)'; its title is in locales/*/sources.json
  read: IsoDate | null;
}

export interface Facts {
  means: Means[];
  portals: Portal[];
  law: Acceptance[];
  ways: Way[];
  services: Service[];
  sources: Record<string, Source>;
  municipalities: { code: string; name: string; type: string }[];
}

// ---- answers (what the resident told us; see src/flow/questions.ts) ----

export interface Answers {
  service?: string;
  municipality?: string;
  device?: 'phone' | 'computer';
  have?: string[]; // MeansId | 'card-reader' | 'none'
  pins?: 'known' | 'blocked' | 'lost' | 'unsure';
  software?: 'yes' | 'no' | 'unsure';
  'new-card'?: 'yes' | 'no';
  'smart-id-level'?: 'qualified' | 'basic' | 'unsure';
  'eparaksts-status'?: 'works' | 'not-registered' | 'problem' | 'unsure';
}

// ---- what evaluate() returns ----

export type Verdict = 'online-now' | 'after-steps' | 'in-person';
export type Status = 'met' | 'missing' | 'unknown';

export interface CheckItem {
  id: ItemId;
  status: Status;
  /** Why, as a stable id the screens turn into words (e.g. 'ended', 'law', 'blocked'). */
  reason?: string;
  /** Set on 'accepted' lines: the date a rule started or ended. */
  date?: IsoDate;
  fix?: string; // way id
}

export interface MeansCheck {
  means: MeansId;
  items: CheckItem[];
  works: boolean;
}

export interface Route {
  /** Stable id: 'fix:eid-card', 'get:eparaksts-mobile', 'in-person', 'client-centre', … */
  id: string;
  kind: 'fix' | 'get' | 'in-person' | 'client-centre' | 'find';
  means?: MeansId;
  via?: MeansId;
  steps: Way[];
  visit: boolean;
  cost: Range | null; // null: some step's cost is not confirmed
  confirmed: boolean;
  /** Builds on a tool the resident already holds (counts for 'after-steps'). */
  buildsOnHeld: boolean;
}

export interface Evaluation {
  serviceId: string;
  variantKey: string;
  portal: Portal;
  variant: Variant;
  verdict: Verdict;
  means: MeansCheck[];
  routes: Route[];
  unknowns: string[];
  sources: string[];
  checked: IsoDate; // the oldest 'checked' date among the facts used
  today: IsoDate;
}
