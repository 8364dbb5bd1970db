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
  | 'can-sign'
  | 'eligible';

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
  /** A date, or the id of a date fact in facts.json (when the same date is stated elsewhere too). */
  from: IsoDate | FactId | null;
  until: IsoDate | FactId | null;
  beforeFrom?: 'unknown';
  /** After 'until' we do not know (a source that stopped speaking, not one that says it ended). */
  afterUntil?: 'unknown';
  only?: 'certain-banks';
}

export interface Portal {
  id: string;
  name: string;
  url: string;
  kind: 'login' | 'signature' | 'none';
  /** Sources that give the portal's address (issue 12: a URL we show is a fact too). */
  urlSource?: string[];
  loginVia?: string;
  /** Sources that say the portal logs in through `loginVia`. */
  loginViaSource?: string[];
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

// ---- the fact store (src/data/facts.json), read through factAt(id, today) ----

/** A fact id in src/data/facts.json. */
export type FactId = string;
export type FactUnit = 'EUR' | 'digits' | 'count' | 'minutes' | 'hours' | 'days' | 'workdays' | 'months' | 'years' | 'date' | 'url' | 'phone' | 'text';

/** One dated value of a fact. The entry in force on a date is the one whose from..until (inclusive) holds it. */
export interface FactEntry extends Sourced {
  value: number | string | Range;
  unit: FactUnit;
  from?: IsoDate;
  until?: IsoDate;
  /** What the source says, in our words (for a reviewer: issue 12). */
  says?: string;
  /** Where on the page: heading or section. */
  where?: string;
  /** Our own rough figure, shown as such. */
  estimate?: boolean;
  /** A source that says otherwise, and why this value is kept. */
  conflict?: string;
}

/**
 * A cost or a time in data: 0 (nothing to pay / at once, resting on the way's own source), null (not confirmed),
 * a fact id, or [min fact id, max fact id].
 */
export type FactRef = FactId | [FactId, FactId];

/** A step a resident can take, as stored in ways.json. */
export interface WayData extends Sourced {
  id: string;
  visit: boolean;
  cost: 0 | FactRef | null;
  time: 0 | FactRef | null;
  /** The time fact is an upper bound ("within 24 hours"). */
  within?: boolean;
  guide: string | null;
  confirmed: boolean;
  note?: string;
}

/** A step with its cost and time as of a date (what the rules and screens use). */
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
  /** EUR. In data: 0, null (not stated in our sources) or a fact id; evaluate() resolves it to a number or null. */
  fee: number | null;
  bring: string[];
  appointment?: boolean;
}

/**
 * One way a service is done, for one municipality (key) or everywhere else ('*').
 * In data, `inPerson.fee` may be a fact id and `fees[]` carry `fact` (a fact id) instead of `amount`;
 * evaluate() returns the variant with them resolved to numbers for its date. `deadline` and `ready`
 * are optional: the fact id of the deadline (e.g. one month after moving), and what to have ready (bring ids).
 */
export interface Variant extends Sourced {
  portal: string;
  code: string | null;
  url: string | null;
  signature: boolean | 'sometimes';
  bothPartners?: boolean;
  onlineFee: number | null;
  fees?: Fee[];
  inPerson: InPerson | null;
  deadline?: FactId;
  /** What to have ready before starting (ids with words in locales/(lang)/check.json `ready`), as the variant's sources say. */
  ready?: string[];
  /**
   * The online part only starts the service: it ends with a visit (e-CSDD: the buyer registers the owner change at a
   * CSDD centre). `within`: the fact id of the time allowed. A tool that works then gives 'start-online', never 'online-now'.
   */
  visitAfter?: VisitAfter;
  /** The online channel is only for adult Latvian citizens and non-citizens (marriage application by e-mail). */
  onlineFor?: 'citizens';
}

export interface VisitAfter extends Sourced {
  /** A place id (words in locales/(lang)/check.json `place`). */
  place: string;
  /** The time allowed, when the source states one (CSDD: 5 days); NVA sets the day itself. */
  within?: FactId;
}

export interface Service {
  id: string;
  nameLv: string;
  popular: boolean;
  quality: 'solid' | 'partial' | 'thin';
  variants: Record<string, Variant>; // key: ISO 3166-2 code, or '*' for everywhere else
}

export interface Source {
  url: string;
  /** The publisher's kind, from the reviewed table in src/rules/validate.ts (issue 12). */
  kind: 'official' | 'provider' | 'news' | 'other';
  /** The date the page itself shows (YYYY, YYYY-MM or YYYY-MM-DD) or 'undated'; never the day a copy was made. Its title is in locales/(lang)/sources.json. */
  shown: string;
  /** More about the date, in words (e.g. "the text refers to 2 February 2026"). */
  note?: string;
  read: IsoDate | null;
}

/**
 * A municipality's own contacts, for the 'ask-municipality' answer (municipalities.json `contacts`, optional).
 * The result shows what is there, and says so when the record is absent.
 */
export interface MunicipalityContacts extends Sourced {
  website?: string;
  phone?: string;
  email?: string;
  address?: string;
  /** 'third-party' (from another site) or 'old' (a page from before the 2021 reform): shown with a caveat. */
  caveats?: string[];
  shown?: string;
}

/** How to get a tool: the routes from what a resident may hold, and who may get it at all (src/data/acquire.json). */
export interface AcquireRoute extends Sourced {
  /** Stable route id suffix: the route is 'get:<tool>' or 'get:<tool>:<id>'. */
  id: string;
  /** The held tool this builds on (absent: needs nothing held). */
  via?: MeansId;
  /** What the held tool must be able to do: 'login' needs its login prerequisites, 'sign' also its signing ones. */
  use?: 'login' | 'sign';
  /** Prerequisites of the route itself ('smartphone'). */
  needs?: ('smartphone')[];
  /** Way ids, in order. */
  steps: string[];
}
export interface Acquire extends Sourced {
  means: MeansId;
  /** Held tools that show the resident cannot get this one (e.g. the eID card is for citizens and non-citizens). */
  notFor?: MeansId[];
  /** Offered only where the service needs no e-signature (a login-only tool). */
  loginOnly?: boolean;
  routes: AcquireRoute[];
}

export interface Facts {
  facts: Record<FactId, FactEntry[]>;
  acquire: Acquire[];
  means: Means[];
  portals: Portal[];
  law: Acceptance[];
  ways: WayData[];
  services: Service[];
  municipalities: { code: string; name: string; type: string; contacts?: MunicipalityContacts }[];
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
  smartphone?: 'yes' | 'no';
}

// ---- what evaluate() returns ----

/**
 * 'start-online': a held tool works, but the service ends with a visit (Variant.visitAfter): start online, then go.
 * 'ask-municipality': a held tool works and every provider must accept it by law (FPEIL), but we do not know
 * the municipality's channel for this service: ask the municipality where to apply (Evaluation.municipality).
 */
export type Verdict = 'online-now' | 'start-online' | 'after-steps' | 'ask-municipality' | 'in-person';
export type Status = 'met' | 'missing' | 'unknown';

export interface CheckItem {
  id: ItemId;
  status: Status;
  /** Why, as a stable id the screens turn into words (e.g. 'ended', 'law', 'blocked'). */
  reason?: string;
  /** Set on 'accepted' lines: the date a rule started or ended. */
  date?: IsoDate;
  fix?: string; // way id: the step that resolves this line (its guide is the "What now?" link)
  /** 'fix': the step makes this tool work; 'replace': the tool cannot be made to work here, get another one. */
  remedy?: 'fix' | 'replace';
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
  /** A prerequisite of the route we do not know the resident has (e.g. 'smartphone'): never counts for 'after-steps'. */
  unknownNeeds?: string[];
  /** Elapsed time to the end of the route, in minutes, waits included (unknown times count as 0). */
  minutes: number;
}

export interface Evaluation {
  serviceId: string;
  variantKey: string;
  portal: Portal;
  variant: Variant;
  verdict: Verdict;
  /** The municipality the answers name (for 'ask-municipality': whom to ask). */
  municipality?: string;
  /**
   * The answer sends the resident to the municipality itself (its contacts, its nearest centre): the verdict is
   * 'ask-municipality', or no tool works yet and the municipality's own channel for the service is not known.
   */
  askMunicipality: boolean;
  means: MeansCheck[];
  routes: Route[];
  unknowns: string[];
  sources: string[];
  checked: IsoDate; // the oldest 'checked' date among the facts used
  today: IsoDate;
}
