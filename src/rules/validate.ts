// One check over ALL data before anything ships: facts, acquire, means, portals, ways, services, guides, centres,
// municipalities and sources. Each error names the file and the path. Run by the build (vite.config.ts,
// through src/rules/all-data.ts) and by test/unit/data.test.ts.
import type { Facts, FactEntry, Source } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNITS = ['EUR', 'digits', 'count', 'minutes', 'hours', 'days', 'workdays', 'months', 'years', 'date', 'url', 'phone', 'text'];
const TIME_UNITS = ['minutes', 'hours', 'workdays'];

interface GuideData {
  id: string;
  facts: Record<string, string>;
  need: { id: string; source: string[] }[];
  cost: { id: string; source: string[] };
  time: { id: string; source: string[] };
  where: { id: string; source: string[] };
  parts: { id: string; items: { id: string; source: string[] }[]; note?: { id: string; source: string[] } }[];
  related: string[];
}
interface CentreData { id: string; municipality: string; source: string[]; checked: string; notes?: string[]; hours?: { general?: boolean } | null }
interface MunicipalityData { code: string; name: string; contacts?: { source?: unknown; checked?: unknown } }

export type AllData = Facts & {
  sources: Record<string, Source>; guides?: GuideData[]; centres?: CentreData[]; titles?: Record<string, string>;
  /** Words for the ids services may name (locales/en/check.json): 'ready' items and places. */
  readyWords?: Record<string, string>; placeWords?: Record<string, string>;
};

type Kind = 'official' | 'provider' | 'news' | 'other';
/**
 * The reviewed table of publishers (issue 12): every host a source cites, by kind, with the names titles use for
 * that publisher. A host matches itself and its subdomains; 'www.' and 'm.' are ignored. A source's `kind` must be
 * its host's kind here, so a new host needs a reviewed line here first.
 * - official: state institutions and their portals, municipalities and their bodies, law portals (likumi.lv, TAP),
 *   LV portāls (published by the state's official publisher) and the state library's portal.
 * - provider: a company describing a tool: eParaksts (LVRTC), Smart-ID (SK ID Solutions), banks, signing services.
 * - news: newspapers and news sites. other: third-party portals, mirrors, code, and sites whose operator we did not
 *   verify (irliepaja.lv, visitaizkraukle.lv, metrum.lv), and a university (rsu.lv) that does not run what it lists.
 */
export const PUBLISHERS: Record<Kind, Record<string, string[]>> = {
  official: { 'pmlp.gov.lv': ['PMLP'], 'latvija.lv': ['Latvija.lv', 'latvija.lv', 'mana.latvija.lv'], 'latvija.gov.lv': ['Latvija.gov.lv'], 'likumi.lv': ['likumi.lv', 'Cabinet Regulation'], 'mk.gov.lv': ['TAP portal', 'MK Regulation'], 'csdd.lv': ['CSDD'], 'viss.gov.lv': ['VISS'], 'e-veseliba.gov.lv': ['E-veselība'], 'eveseliba.gov.lv': ['E-veselība'], 'vmnvd.gov.lv': ['NVD'], 'vid.gov.lv': ['VID'], 'ur.gov.lv': ['UR', 'Enterprise Register'], 'nva.gov.lv': ['NVA'], 'bis.gov.lv': ['BIS'], 'izm.gov.lv': ['IZM'], 'data.gov.lv': ['data.gov.lv'], 'pakalpojumucentri.lv': ['pakalpojumucentri.lv'], 'lvportals.lv': ['LV portāls'], 'biblioteka.lv': ['biblioteka.lv'], 'kurzemesregions.lv': ['kurzemesregions.lv'], 'adazi.lv': ['adazi.lv'], 'adazunovads.lv': [], 'aizkraukle.lv': ['Aizkraukle', 'aizkraukle.lv'], 'albibl.lv': [], 'aluksne.lv': [], 'augsdaugavasnovads.lv': [], 'balvi.lv': [], 'bauskasnovads.lv': [], 'cesis.lv': ['Cēsis', 'cesis.lv'], 'daugavpils.lv': [], 'daugavpilsnovads.lv': ['daugavpilsnovads.lv'], 'dobele.lv': [], 'sigulda.lv': [], 'ergli.lv': ['Ērgļi municipality'], 'eriga.lv': [], 'gulbene.lv': ['Gulbene'], 'jelgava.lv': [], 'jelgavasnovads.lv': ['jelgavasnovads.lv'], 'jurmala.lv': ['Jūrmala'], 'kegumanovads.lv': [], 'kekava.lv': ['Ķekava'], 'kraslava.lv': [], 'kuldiga.lv': [], 'limbazunovads.lv': [], 'livani.lv': [], 'ludzasnovads.lv': ['ludzasnovads.lv'], 'madona.lv': [], 'marupe.lv': ['Mārupe'], 'nica.lv': ['Nīca'], 'ogrenet.lv': [], 'ogresnovads.lv': [], 'olaine.lv': [], 'preili.lv': [], 'rezeknesnovads.lv': [], 'riga.lv': ['Rīga Welfare Department'], 'liepaja.edu.lv': ['Liepāja education register'], 'rucava.lv': [], 'ropazi.lv': ['Ropaži', 'ropazi.lv'], 'salasnovads.lv': [], 'salaspils.lv': [], 'saldus.lv': [], 'smiltenesnovads.lv': [], 'talsunovads.lv': ['Talsi'], 'tukums.lv': [], 'valka.lv': [], 'valmierasnovads.lv': ['valmierasnovads.lv'], 'vecpiebalga.lv': ['vecpiebalga.lv'], 'ventspils.lv': ['Ventspils'], 'ventspilsnovads.lv': [] },
  provider: { 'eparaksts.lv': ['eparaksts.lv', 'eParaksts developers', 'eParaksts wiki', 'LVRTC'], 'smart-id.com': ['Smart-ID'], 'dokobit.com': ['Dokobit'], 'signicat.com': ['Signicat'], 'swedbank.lv': ['Swedbank'], 'luminor.lv': ['Luminor'], 'seb.lv': ['SEB'] },
  news: { 'press.lv': ['press.lv'], 'la.lv': ['LA.lv'], 'jauns.lv': ['Jauns.lv'], 'dzirkstele.lv': ['Dzirkstele'], 'edruva.lv': ['Druva'], 'aluksniesiem.lv': ['Alūksnes un Apes Novadu Ziņas'], 'ludzasforums.lv': ['Ludzas forums'], 'ntz.lv': [], 'itiesibas.lv': ['iTiesības'], 'neatkariga.nra.lv': ['Neatkarīgā'] },
  other: { 'vietagimenei.lv': ['vietagimenei.lv'], 'github.com': ['OSMLatvija/Osmalyzer', 'klavsy/ep'], 'yumpu.com': [], 'manualzilla.com': [], 'zalulietosanasinstrukcija.lv': ['zalulietosanasinstrukcija.lv'], 'metrum.lv': [], 'visitaizkraukle.lv': [], 'rsu.lv': [], 'irliepaja.lv': [] },
};
const bareHost = (h: string) => h.toLowerCase().replace(/^(www\.|m\.)/, '');
const under = (host: string, key: string) => host === key || host.endsWith('.' + key);
/** The table's entry for a URL: [host key, kind, names], the longest matching key. */
export function publisherOf(url: string): [string, Kind, string[]] | undefined {
  let host: string;
  try { host = bareHost(new URL(url).hostname); } catch { return undefined; }
  let best: [string, Kind, string[]] | undefined;
  for (const [kind, hosts] of Object.entries(PUBLISHERS) as [Kind, Record<string, string[]>][])
    for (const [key, names] of Object.entries(hosts)) if (under(host, key) && (!best || key.length > best[0].length)) best = [key, kind, names];
  return best;
}
const HOSTNAME = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(lv|com|org|net|eu|ee|lt)$/i;
/**
 * Which publisher a title names (issue 12: a title must not credit someone else than the URL's publisher). Titles go
 * "Publisher: topic" or "Subject: topic (host)". The named publisher is the trailing "(host)" if there is one, else
 * the start of the title: a host name ("LA.lv/LETA" → la.lv) or a name from PUBLISHERS ("NVD: …" → vmnvd.gov.lv).
 * Returns the hosts it may be published on, or undefined when the title names no publisher we know.
 */
export function titleHosts(title: string): string[] | undefined {
  const tail = /\(([^()]+)\)\s*$/.exec(title)?.[1];
  if (tail && HOSTNAME.test(tail)) return [bareHost(tail)];
  const lead = /^([a-z0-9-]+(\.[a-z0-9-]+)*\.(lv|com|org|net|eu|ee|lt))(?![a-z0-9.-])/i.exec(title)?.[1];
  if (lead) return [bareHost(lead)];
  let hit: { len: number; hosts: string[] } | undefined;
  for (const hosts of Object.values(PUBLISHERS))
    for (const [key, names] of Object.entries(hosts))
      for (const n of names)
        if (title.startsWith(n) && !/[\p{L}\p{N}]/u.test(title.charAt(n.length)) && (!hit || n.length >= hit.len))
          hit = n.length === hit?.len ? { len: n.length, hosts: [...hit.hosts, key] } : { len: n.length, hosts: [key] };
  return hit?.hosts;
}

export function validateFacts(f: AllData, today: string): string[] {
  const errors: string[] = [];
  const err = (where: string, msg: string) => errors.push(`${where}: ${msg}`);
  const meansIds = new Set(f.means.map((m) => m.id));
  const portalIds = new Set(f.portals.map((p) => p.id));
  const wayIds = new Set(f.ways.map((w) => w.id));
  const muniCodes = new Set(f.municipalities.map((m) => m.code));
  const guideIds = new Set((f.guides ?? []).map((g) => g.id));

  const sourced = (where: string, x: { source?: unknown; checked?: unknown }, allowEmpty = false) => {
    if (!Array.isArray(x.source) || (!allowEmpty && x.source.length === 0)) err(where, 'no source');
    else for (const s of x.source) if (!f.sources[s]) err(where, `unknown source "${s}"`);
    if (typeof x.checked !== 'string' || !DATE.test(x.checked)) err(where, 'no checked date (YYYY-MM-DD)');
    else if (x.checked > today) err(where, `checked date ${x.checked} is in the future`);
  };
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) (seen.has(id) ? err(kind, `duplicate id "${id}"`) : seen.add(id));
  };
  const kebab = (where: string, id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || err(where, `id "${id}" is not kebab-case`);
  const fact = (where: string, id: unknown, units?: string[]) => {
    const entries = typeof id === 'string' ? f.facts[id] : undefined;
    if (!entries) return err(where, `fact "${String(id)}" is used but not defined in facts.json`);
    if (units && !entries.every((e) => units.includes(e.unit))) err(where, `fact "${id}" has unit ${entries[0].unit}, expected ${units.join('/')}`);
  };
  const factRef = (where: string, ref: unknown, units?: string[]) => {
    if (ref === 0 || ref === null) return;
    if (Array.isArray(ref) && ref.length === 2) ref.forEach((r) => fact(where, r, units));
    else if (typeof ref === 'string') fact(where, ref, units);
    else err(where, 'must be 0, null, a fact id or [min fact id, max fact id] (numbers live in facts.json)');
  };

  // sources.json
  // Each source: its publisher's kind (from PUBLISHERS), the date the page itself shows or 'undated' (never the day a
  // copy was made: that is 'read'), and a title that names the URL's publisher, not someone else.
  for (const [id, s] of Object.entries(f.sources)) {
    const where = `sources.json ${id}`;
    if (!/^https?:\/\//.test(s.url)) err(where, 'url must be http(s)');
    const pub = publisherOf(s.url);
    if (!['official', 'provider', 'news', 'other'].includes(s.kind)) err(where, `kind must be official, provider, news or other (got ${JSON.stringify(s.kind)})`);
    else if (!pub) err(where, `the host of ${s.url} is not in the table of publishers (src/rules/validate.ts PUBLISHERS): review it and add it`);
    else if (pub[1] !== s.kind) err(where, `kind "${s.kind}", but the table of publishers says ${pub[0]} is "${pub[1]}"`);
    if (typeof s.shown !== 'string' || !/^(undated|\d{4}(-\d{2}(-\d{2})?)?)$/.test(s.shown)) err(where, `shown must be the date the page shows (YYYY, YYYY-MM or YYYY-MM-DD) or "undated"; put other words in "note" (got ${JSON.stringify(s.shown)})`);
    else if (s.read && s.shown !== 'undated' && s.shown > s.read) err(where, `shown ${s.shown} is after read ${s.read}`);
    if (s.note !== undefined && (typeof s.note !== 'string' || !s.note)) err(where, 'note must be a non-empty string');
    if (f.titles) {
      const title = f.titles[id];
      if (!title) err(where, 'no title in locales/en/sources.json');
      else {
        const hosts = titleHosts(title);
        let host = '';
        try { host = bareHost(new URL(s.url).hostname); } catch { /* reported above */ }
        if (hosts && !hosts.some((h) => under(host, h))) err(where, `the title "${title}" names a publisher on ${hosts.join(' or ')}, but the URL is on ${host}`);
      }
    }
  }

  // facts.json: every entry sourced and dated, dated entries in order without overlap, no two facts meaning the same
  const meaning = new Map<string, string>();
  for (const [id, entries] of Object.entries(f.facts)) {
    const where = `facts.json ${id}`;
    kebab(where, id);
    if (!Array.isArray(entries) || entries.length === 0) { err(where, 'no entries'); continue; }
    entries.forEach((e: FactEntry, i) => {
      const at = `${where}[${i}]`;
      if (e.value === undefined || e.value === null || e.value === '') err(at, 'no value');
      if (!UNITS.includes(e.unit)) err(at, `unknown unit "${e.unit}"`);
      if (e.unit === 'date' && !(typeof e.value === 'string' && DATE.test(e.value))) err(at, 'a date fact needs a YYYY-MM-DD value');
      if (e.unit === 'url' && !(typeof e.value === 'string' && /^https?:\/\//.test(e.value))) err(at, 'a url fact needs an http(s) value');
      if (typeof e.value === 'object' && e.value.min > e.value.max) err(at, 'min > max');
      for (const k of ['from', 'until'] as const) if (e[k] !== undefined && !DATE.test(e[k]!)) err(at, `bad ${k} date`);
      if (e.from && e.until && e.from > e.until) err(at, 'from is after until');
      if (i > 0 && !(entries[i - 1].until && e.from && entries[i - 1].until! < e.from)) err(at, 'overlaps the entry before it (entries go in date order, each ending before the next starts)');
      sourced(at, e);
      // Shown to residents, so a reviewer must find it on the page in a minute: what it says and where.
      if (typeof e.says !== 'string' || !e.says.trim()) err(at, 'no "says" (what the source says, in our words)');
      if (typeof e.where !== 'string' || !e.where.trim()) err(at, 'no "where" (heading or section on the page)');
      const key = JSON.stringify([e.value, e.unit, [...(e.source ?? [])].sort()]);
      const same = meaning.get(key);
      if (same && same !== id) err(where, `states the same as "${same}" (same value, unit and source): keep one`);
      meaning.set(key, id);
      if (e.says) {
        const said = meaning.get('says:' + e.says);
        if (said && said !== id) err(where, `says the same as "${said}": keep one`);
        meaning.set('says:' + e.says, id);
      }
    });
  }

  // acquire.json
  for (const a of f.acquire) {
    const where = `acquire.json ${a.means}`;
    if (!meansIds.has(a.means)) err(where, 'unknown means');
    for (const m of a.notFor ?? []) if (!meansIds.has(m)) err(where, `notFor: unknown means "${m}"`);
    sourced(where, a);
    for (const r of a.routes) {
      const at = `${where} route "${r.id}"`;
      if (r.via && !meansIds.has(r.via)) err(at, `via: unknown means "${r.via}"`);
      if (r.use && !r.via) err(at, '"use" needs "via"');
      for (const s of r.steps) if (!wayIds.has(s)) err(at, `unknown way "${s}"`);
      sourced(at, r);
    }
  }

  unique('means.json', f.means.map((m) => m.id));
  for (const m of f.means) sourced(`means.json ${m.id}`, m);

  // portals.json
  unique('portals.json', f.portals.map((p) => p.id));
  const dateOrFact = (where: string, k: string, v: string | null) => {
    if (v === null || DATE.test(v)) return;
    if (f.facts[v]) fact(where, v, ['date']);
    else err(where, `bad ${k} date (a YYYY-MM-DD date or a date fact id): "${v}"`);
  };
  for (const a of f.law) {
    if (!meansIds.has(a.means)) err('portals.json law', `unknown means "${a.means}"`);
    dateOrFact(`portals.json law ${a.means}`, 'from', a.from);
    sourced(`portals.json law ${a.means}`, a);
  }
  for (const p of f.portals) {
    if (p.loginVia && !portalIds.has(p.loginVia)) err(`portals.json ${p.id}`, `loginVia "${p.loginVia}" is not a portal`);
    // The address we link to and the login it goes through are facts too: each names the pages that give it.
    const cites = (field: string, ids: unknown) => {
      if (!Array.isArray(ids) || ids.length === 0) err(`portals.json ${p.id}`, `no ${field}`);
      else for (const s of ids) if (!f.sources[s]) err(`portals.json ${p.id} ${field}`, `unknown source "${s}"`);
    };
    if (p.url) cites('urlSource', p.urlSource);
    if (p.loginVia) cites('loginViaSource', p.loginViaSource);
    for (const a of p.accepts) {
      const where = `portals.json ${p.id} accepts ${a.means}`;
      if (!meansIds.has(a.means)) err(where, 'unknown means');
      dateOrFact(where, 'from', a.from);
      dateOrFact(where, 'until', a.until);
      if (a.from && a.until && DATE.test(a.from) && DATE.test(a.until) && a.from > a.until) err(where, 'from is after until');
      sourced(where, a);
    }
  }

  // ways.json
  unique('ways.json', f.ways.map((w) => w.id));
  for (const w of f.ways) {
    const where = `ways.json ${w.id}`;
    kebab(where, w.id);
    // 'in-person' states nothing itself: where, what to bring and the fee come from the service's variant.
    sourced(where, w, w.id === 'in-person');
    factRef(`${where} cost`, w.cost, ['EUR']);
    factRef(`${where} time`, w.time, TIME_UNITS);
    if (w.guide !== null && f.guides && !guideIds.has(w.guide)) err(where, `unknown guide "${w.guide}"`);
  }

  // services.json
  unique('services.json', f.services.map((s) => s.id));
  for (const s of f.services) {
    kebab(`services.json ${s.id}`, s.id);
    if (!s.nameLv) err(`services.json ${s.id}`, 'no Latvian name');
    if (!s.variants['*']) err(`services.json ${s.id}`, 'no "*" variant for other municipalities');
    for (const [key, v] of Object.entries(s.variants)) {
      const where = `services.json ${s.id} [${key}]`;
      if (key !== '*' && !muniCodes.has(key)) err(where, 'unknown municipality code');
      if (!portalIds.has(v.portal)) err(where, `unknown portal "${v.portal}"`);
      const generic = f.portals.find((p) => p.id === v.portal)?.unknownRoute;
      sourced(where, v, generic);
      // A variant with no source (the unknown municipal channel) may state nothing: no code, address, fee or visit.
      if (Array.isArray(v.source) && v.source.length === 0 && (v.code !== null || v.url !== null || v.onlineFee !== null || v.inPerson !== null || v.fees?.length || v.deadline))
        err(where, 'states a code, URL, fee, deadline or visit but cites no source');
      const fee = v.inPerson?.fee as unknown;
      if (typeof fee === 'string') fact(`${where} inPerson.fee`, fee, ['EUR']);
      else if (fee !== null && fee !== undefined && fee !== 0) err(`${where} inPerson.fee`, 'must be 0, null or a fact id (numbers live in facts.json)');
      for (const x of v.fees ?? []) fact(`${where} fees ${x.what}`, (x as unknown as { fact: string }).fact, ['EUR']);
      if (v.deadline) fact(`${where} deadline`, v.deadline);
      // What to have ready: every id needs words (locales/en/check.json 'ready'; the parity test covers the other languages).
      if (v.ready !== undefined && (!Array.isArray(v.ready) || v.ready.length === 0)) err(`${where} ready`, 'must be a non-empty list of ids (or absent)');
      if (f.readyWords) for (const id of v.ready ?? []) if (!f.readyWords[id]) err(`${where} ready`, `unknown id "${id}" (no words in locales/en/check.json ready)`);
      if (v.visitAfter) {
        sourced(`${where} visitAfter`, v.visitAfter);
        if (v.visitAfter.within !== undefined) fact(`${where} visitAfter.within`, v.visitAfter.within, ['days', 'workdays', 'months']);
        if (f.placeWords && !f.placeWords[v.visitAfter.place]) err(`${where} visitAfter`, `unknown place "${v.visitAfter.place}"`);
      }
      if (v.url !== null && !/^https?:\/\//.test(v.url)) err(where, 'url must be http(s) or null');
    }
  }

  // guides.json: every line and every fact sourced
  if (f.guides) {
    unique('guides.json', f.guides.map((g) => g.id));
    for (const g of f.guides) {
      const where = `guides.json ${g.id}`;
      kebab(where, g.id);
      for (const [name, id] of Object.entries(g.facts)) fact(`${where} facts.${name}`, id);
      const lines: [string, { id: string; source: string[] }][] = [
        ...g.need.map((n) => [`need.${n.id}`, n] as [string, typeof n]),
        ['cost', g.cost], ['time', g.time], ['where', g.where],
        ...g.parts.flatMap((p) => [...p.items.map((i) => [`parts.${p.id}.items.${i.id}`, i] as [string, typeof i]), ...(p.note ? [[`parts.${p.id}.note`, p.note] as [string, typeof p.note]] : [])]),
      ];
      for (const [path, l] of lines) {
        if (!Array.isArray(l.source) || l.source.length === 0) err(`${where} ${path}`, 'no source');
        else for (const s of l.source) if (!f.sources[s]) err(`${where} ${path}`, `unknown source "${s}"`);
      }
      for (const r of g.related) if (!guideIds.has(r)) err(`${where} related`, `unknown guide "${r}"`);
    }
  }

  // centres.json and municipalities.json
  if (f.centres) {
    unique('centres.json', f.centres.map((c) => c.id));
    for (const c of f.centres) {
      const where = `centres.json ${c.id}`;
      sourced(where, c);
      if (!muniCodes.has(c.municipality)) err(where, `unknown municipality "${c.municipality}"`);
      // Hours drive "open now" only when a source gives them for this place; PMLP's general branch hours are marked
      // general (issue 12, item 6), and the note that says so goes with them.
      if (!!c.hours?.general !== !!c.notes?.includes('pmlp-general-hours')) err(where, 'hours.general and the note "pmlp-general-hours" go together (general hours are not this place\'s own)');
    }
  }
  for (const m of f.municipalities as MunicipalityData[]) if (m.contacts) sourced(`municipalities.json ${m.code} contacts`, m.contacts);

    if (muniCodes.size !== 42) err('municipalities', `expected 42 (Varakļānu novads joined Madonas novads in 2025), found ${muniCodes.size}`);
  // Stored in Latvian alphabetical order, so screens list them without sorting (Intl.Collator is slow to start on a phone).
  const byName = new Intl.Collator('lv').compare;
  f.municipalities.forEach((m, i, all) => {
    if (i && byName(all[i - 1].name, m.name) > 0) err(`municipality ${m.code}`, `out of Latvian alphabetical order (after ${all[i - 1].name})`);
  });
  return errors;
}
