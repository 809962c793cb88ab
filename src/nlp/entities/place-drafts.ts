/**
 * Resolves the place and facility mentions of one document to KB records and coordinates: builds the
 * article's geographic context (countries, demonyms and admin-1 units it names), picks the best
 * candidate for each name (geocode.ts), tries transliteration-tolerant lookup for names the KB does
 * not spell the same way, and applies relative expressions ("near", "south of", "countryside").
 */
import type { Doc } from '../../core/model/doc.js';
import type { KbRecord, KnowledgeBase, NameEntry, PlaceInfo } from '../../kb/index.js';
import { compactKey, looseKey } from '../../kb/index.js';
import { distance } from 'fastest-levenshtein';
import type { Draft } from './index.js';
import { km } from '../../core/distance.js';
import { pickPlace, relationOf, toGeo, type GeoContext } from './geocode.js';

const TRAILING_CUES = /\s+(city|City|town|Town|village|Village|camp|Camp|district|District|area|Area|province|Province|governorate|Governorate|neighborhood|neighbourhood|countryside|region|subdistrict|sub-district)$/;

/** What one draft adds to the article's context: country weights, admin-1 names, the admin-1 units of its towns. */
interface Contribution {
  readonly countries: [string, number][];
  readonly admin1: string[];
  readonly townAdmin1: string[];
  /** admin-1 candidates as [country, name] */
  readonly units: [string, string][];
  /** the admin-1 units ("US/Texas") this name may lie in, each with 1/(how many units it may lie in) */
  readonly votes?: [string, number][];
}

function contribution(kb: KnowledgeBase, d: Draft): Contribution {
  const recs = d.cands.map((c) => c.record);
  const townAdmin1: string[] = [];
  const units: [string, string][] = [];
  for (const r of recs) {
    // towns of 15,000+ only: every name is also some village's (Washington, Georgia has 4,000 people),
    // and a village's state says nothing about where the article is
    if (r.kind === 'place') { const p = kb.place(r.id); if (p?.admin1 && (p.population >= 15000 || r.id.startsWith('kb:'))) townAdmin1.push(p.admin1); }
    if (r.kind === 'admin1' && r.country) units.push([r.country, r.name]);
  }
  const votes = unitVotes(kb, d);
  if (!recs.length) return { countries: d.country ? [[d.country, 0.5]] : [], admin1: [], townAdmin1, units };
  if (recs[0]!.kind === 'country') return { countries: recs[0]!.country ? [[recs[0]!.country, 1]] : [], admin1: [], townAdmin1, units };
  const cs = new Set(recs.map((r) => r.country ?? null));
  // a name that may be a place with no country (a continent, a sea) says nothing about the country
  const countries: [string, number][] = cs.size === 1 && !cs.has(null) ? [[[...cs][0]!, recs[0]!.kind === 'actor' ? 0.5 : 1]] : [];
  return { countries, admin1: recs.filter((r) => r.kind === 'admin1').map((r) => r.name), townAdmin1, units, ...(votes.length ? { votes } : {}) };
}

/** A name with candidates in more admin-1 units than this says nothing about where the article is. */
const MAX_VOTE_UNITS = 12;

/**
 * The admin-1 units a place name of the article may lie in (its town rows of any size, its admin-1 records),
 * each weighted 1/n over its n units: a name that only Texas has ("Nacogdoches") votes for Texas, one that
 * twenty states have votes for none. Summed over the article's other names, this is how many of them agree
 * on a unit, which decides between namesakes ("Palestine" with Tyler and Nacogdoches is Palestine, Texas).
 */
function unitVotes(kb: KnowledgeBase, d: Draft): [string, number][] {
  if (d.type !== 'location' || !d.cands.length || d.cands[0]!.record.kind === 'country') return [];
  const units = new Set<string>();
  for (const c of d.cands) {
    if (c.record.kind === 'admin1' && c.record.country) units.add(`${c.record.country}/${c.record.name}`);
    else if (c.record.kind === 'place') { const p = kb.place(c.record.id); if (p?.country && p.admin1) units.add(`${p.country}/${p.admin1}`); }
    if (units.size > MAX_VOTE_UNITS) return [];
  }
  return [...units].map((u) => [u, 1 / units.size]);
}

const isEmpty = (c: Contribution): boolean => !c.countries.length && !c.admin1.length && !c.townAdmin1.length && !c.units.length;

/** Sums contributions into a context (counts kept so that one name's share can be taken out again). */
function contextOf(cs: readonly Contribution[]): GeoContext {
  const countries = new Map<string, number>();
  const admin1 = new Set<string>();
  const townAdmin1 = new Set<string>();
  const admin1ByCountry = new Map<string, Set<string>>();
  const unitVotes = new Map<string, number>();
  for (const c of cs) {
    for (const [u, w] of c.votes ?? []) unitVotes.set(u, (unitVotes.get(u) ?? 0) + w);
    for (const [cc, w] of c.countries) countries.set(cc, (countries.get(cc) ?? 0) + w);
    for (const a of c.admin1) admin1.add(a);
    for (const a of c.townAdmin1) townAdmin1.add(a);
    for (const [cc, a] of c.units) { let set = admin1ByCountry.get(cc); if (!set) admin1ByCountry.set(cc, (set = new Set())); set.add(a); }
  }
  return { countries, admin1, domestic: { townAdmin1, admin1ByCountry }, unitVotes };
}

/**
 * Countries and admin-1 units the article names, weighted by how often, for each name written in it:
 * the drafts written like that name are left out, since a name's own candidates are no evidence for
 * themselves ("Africa" is also an old name of Mahdia, which would otherwise vote for Tunisia).
 */
export function contextsByName(kb: KnowledgeBase, drafts: readonly Draft[], extra: readonly Contribution[] = []): { all: GeoContext; of: (key: string) => GeoContext } {
  const keys = [...drafts.map((d) => compactKey(d.bare)), ...extra.map(() => '')];
  const contribs = [...drafts.map((d) => contribution(kb, d)), ...extra];
  const all = contextOf(contribs);
  const memo = new Map<string, GeoContext>();
  return {
    all,
    of(key) {
      let c = memo.get(key);
      if (!c) {
        const own = contribs.filter((x, i) => keys[i] === key && !isEmpty(x));
        c = own.length ? contextOf(contribs.filter((x, i) => keys[i] !== key)) : all;
        memo.set(key, c);
      }
      return c;
    },
  };
}

const ABBREVIATED: Record<string, string> = { st: 'Saint', ste: 'Sainte', ft: 'Fort', mt: 'Mount' };
/**
 * English abbreviates the first word of many place names ("St. Paul", "Ft. Worth", "Mt. Vernon"); gazetteers
 * mostly spell it out: the lookup entries of a name and of its spelled-out form, the written form first.
 */
export function placeEntries(kb: KnowledgeBase, name: string): NameEntry[] {
  const out = [...kb.lookup(name)];
  const full = spelledOut(name);
  if (full) {
    const seen = new Set(out.map((e) => e.record.id));
    for (const e of kb.lookup(full)) if (!seen.has(e.record.id)) { seen.add(e.record.id); out.push(e); }
  }
  return out;
}

/** The name with its abbreviated first word spelled out ("St. Paul" → "Saint Paul"), else null. */
export function spelledOut(name: string): string | null {
  const m = /^(St|Ste|Ft|Mt)\.?\s+(?=\S)/.exec(name);
  return m ? ABBREVIATED[m[1]!.toLowerCase()] + ' ' + name.slice(m[0].length) : null;
}

/**
 * The dateline's place ("BAGHDAD (Reuters) —", "KIRKUK, Iraq —", "LEXINGTON, Ky. (AP) —"): the town
 * the written state or country holds, else the most populous of its name (datelines name towns readers
 * know); `unit` is the written state or country, also when the gazetteer has no town of that name there
 * ("TYRONE, Mo." names a Missouri hamlet the gazetteer lacks).
 */
export function datelinePlace(kb: KnowledgeBase, doc: Doc): { place: PlaceInfo | null; unit: PlaceInfo | null; name: string } | null {
  const dl = doc.article.dateline;
  if (!dl?.place) return null;
  let within = dl.region ? kb.lookup(dl.region).filter((e) => e.record.kind === 'country' || e.record.kind === 'admin1').map((e) => e.record) : [];
  // "TAMPA, FL —": a US state's postal code (GeoNames' US admin-1 codes are the postal codes)
  if (!within.length && dl.region && /^[A-Z]{2}$/.test(dl.region)) { const st = kb.admin1('US', dl.region); if (st) within = [st]; }
  let best: PlaceInfo | null = null;
  for (const e of placeEntries(kb, dl.place)) {
    if (e.record.kind === 'actor') continue;
    const p = kb.place(e.record.id);
    if (!p) continue;
    if (within.length && !within.some((r) => (r.kind === 'country' ? r.country === p.country : r.name === p.admin1 && r.country === p.country))) continue;
    if (!best || (p.kind === 'country' ? 1e12 : p.population) > (best.kind === 'country' ? 1e12 : best.population)) best = p;
  }
  const unit = within.length === 1 ? kb.place(within[0]!.id) ?? null : null;
  return { place: best, unit, name: dl.place };
}

/** a town's own police or fire service: "Chattanooga Police", "San Mateo Police Department", "Miami Fire Rescue" */
const LOCAL_FORCE = /^(.+?)\s+(?:Police|Fire)(?:\s+(?:Department|Dept\.?|Rescue|Bureau|Service))?$/;
/** a town with a force of its own named after it is one readers know: towns of 15,000+ */
const FORCE_TOWN_MIN = 15000;

/**
 * The town whose police or fire service an organisation name is ("Chattanooga Police" → Chattanooga,
 * Tennessee): a city force is named after its city. The most populous town of the name (15,000+),
 * else null. Not a county's sheriff (a county is no town) nor a national police ("Iraqi Police").
 */
export function localForceTown(kb: KnowledgeBase, orgName: string): PlaceInfo | null {
  // (callers pass the whole name: "Dade Police" cut out of "Miami-Dade Police" names no town Dade)
  const m = LOCAL_FORCE.exec(orgName.trim());
  if (!m) return null;
  let best: PlaceInfo | null = null;
  for (const e of placeEntries(kb, m[1]!)) {
    if (e.record.kind !== 'place') continue;
    const p = kb.place(e.record.id);
    if (p && p.kind === 'place' && p.population >= FORCE_TOWN_MIN && (!best || p.population > best.population)) best = p;
  }
  return best;
}

/**
 * What the dateline adds to the article's context: the country and admin-1 unit of the dateline town,
 * as one more place the article names.
 */
export function datelineContribution(kb: KnowledgeBase, doc: Doc): Contribution | null {
  const best = datelinePlace(kb, doc)?.place;
  if (!best?.country) return null;
  // the dateline town's state or province counts as named ("LEXINGTON, Ky." names Kentucky)
  const unit = best.kind === 'admin1' ? best.name : best.kind === 'place' ? best.admin1 : null;
  return { countries: [[best.country, 1]], admin1: unit ? [unit] : [], townAdmin1: best.kind === 'place' && best.admin1 ? [best.admin1] : [], units: [] };
}

/** Countries and admin-1 units the article names (every draft counted). */
export function geoContext(kb: KnowledgeBase, drafts: readonly Draft[]): GeoContext {
  return contextOf(drafts.map((d) => contribution(kb, d)));
}

/** how far from its town a neighbourhood, quarter or suburb may lie (a city's quarters and its suburbs; address.ts PART_KM) */
const QUARTER_KM = 20;
/** nouns that write a place as a quarter of a town, and as an area around one */
const QUARTER_NOUNS = /^(?:neighbou?rhoods?|quarters?|suburbs?)$/i;
const AREA_NOUNS = /^areas?$/i;

/**
 * Whether a place draft is written as a part of the place named after it: "X neighborhood", "X quarter",
 * "X suburb" name a quarter of a town (it lies within ${QUARTER_KM} km of it); "X area" before a town
 * names its surroundings (within the town's ordinary reach), though not before a bracketed seat, which
 * stands for its province ("X area (Hajjah)"). A district is as often a province's as a city's: none.
 * Null for any other draft.
 */
function partOfTown(doc: Doc, d: Draft): 'quarter' | 'area' | null {
  if (!d.cue || d.tokEnd <= d.tokStart) return null;
  const w = doc.tokens[d.tokEnd - 1]!.text;
  return QUARTER_NOUNS.test(w) ? 'quarter' : AREA_NOUNS.test(w) ? 'area' : null;
}

/**
 * Countries and admin-1 units written right after a place in an apposition chain ("Davos, Switzerland";
 * "Hasakah, Al Hasakah, Syria") or in brackets after it ("Sari city (Mazandaran)", "Ad Dali (Ad Dali,
 * Yemen)"): they pin the place to that country and unit. A town that is the seat of an admin-1 unit
 * stands for its unit in brackets ("Sojas (Zanjan)": the province is named like its seat); after a
 * comma it only favours places of that unit ("Siverek, Sanliurfa"), since a list of cities ("Tehran,
 * Baghdad") is written the same way.
 */
function chainContext(kb: KnowledgeBase, doc: Doc, drafts: readonly Draft[], i: number, base: GeoContext): GeoContext {
  const countries = new Map<string, number>();
  const admin1 = new Set<string>();
  const seatUnits = new Set<string>();
  // towns of the chain, as candidate points; kept below if they lie in the units the chain names
  const towns: { p: PlaceInfo; reach: number }[] = [];
  let prevEnd = drafts[i]!.tokEnd;
  let bracket = false;
  let prevCue = drafts[i]!.cue !== null;
  let lastSeat: { country: string; unit: string } | null = null;
  // the head written as a part of the place after it ("Azadi neighborhood, Kirkuk City", "Kassib area,
  // Muqdadiyah"): that place is a town, even a province's seat, and holds its part (see partOf)
  const part = partOfTown(doc, drafts[i]!);
  for (let j = i + 1; j < drafts.length && j <= i + 3; j++) {
    const d = drafts[j]!;
    let k = prevEnd;
    // "X, Y", "X (Y", and after a place word "X neighborhood of Y", "X town in Y" (optionally "the city of Y")
    const partOf = (t: string | undefined): boolean => prevCue && k === prevEnd && (t === 'of' || t === 'in');
    // ("X town in the countryside of Y" is "X town in Y countryside": Y's rural part, its province when Y is a seat)
    let rural = false;
    while (k < d.tokStart && (doc.tokens[k]?.text === ',' || (!bracket && k === prevEnd && doc.tokens[k]?.text === '(') || partOf(doc.tokens[k]?.text) || (k > prevEnd && /^(the|city|town|province|governorate|district|countryside|of)$/i.test(doc.tokens[k]!.text) && /^(of|in)$/.test(doc.tokens[prevEnd]!.text)))) {
      if (doc.tokens[k]!.text === '(') bracket = true;
      if (/^countryside$/i.test(doc.tokens[k]!.text)) rural = true;
      k++;
    }
    prevCue = d.cue !== null;
    if (k === prevEnd || k !== d.tokStart) break;
    let unit = false;
    for (const c of d.cands) {
      if (c.record.kind === 'country' && c.record.country) {
        countries.set(c.record.country, 10);
        // "Arab Koy, Kirkuk, Iraq": a seat written right before its country is its province
        if (lastSeat?.country === c.record.country) admin1.add(lastSeat.unit);
      }
      // a region of one country written as its unit ("Abu Dis (Al Quds, West Bank)") names that country
      if (c.record.kind === 'region' && c.record.country && c.record.country !== 'XX') countries.set(c.record.country, Math.max(countries.get(c.record.country) ?? 0, 6));
      if (c.record.kind === 'admin1') { unit = true; admin1.add(c.record.name); if (c.record.country) countries.set(c.record.country, Math.max(countries.get(c.record.country) ?? 0, 6)); }
    }
    if (!unit) {
      // a district ("Khalis district", a district seat) holds places up to ~40 km away, a town ~25 km
      const recs = d.cands.length ? d.cands.map((c) => c.record) : d.type === 'location' ? kb.lookupPlaceFuzzy(d.bare.replace(TRAILING_CUES, '')).map((e) => e.record) : [];
      // (every record of the name: the one inside the units written later is kept below, "Nasiriyah" has 29)
      // a province seat ("Afrin, Aleppo, Syria", "Arab Koy, Kirkuk") stands for its province here, not for
      // a town, unless written as one ("Kosar neighborhood of Qazvin city")
      const pts = recs.map((r) => (r.kind === 'place' ? kb.place(r.id) : undefined)).filter((p): p is PlaceInfo => !!p);
      const ofPart = (part === 'quarter' || (part === 'area' && !bracket)) && j === i + 1 && d.cue !== 'admin2' && d.cue !== 'admin1';
      const reach = (p: PlaceInfo) => d.cue === 'admin2' || p.fcode === 'ADM2' ? 40 : /^PPLA\d$/.test(p.fcode ?? '') ? 30 : 25;
      if (ofPart) for (const p of pts) towns.push({ p, reach: part === 'quarter' ? Math.min(QUARTER_KM, reach(p)) : reach(p) });
      else if (d.cue === 'town' || !pts.some((p) => p.fcode === 'PPLA' || p.fcode === 'PPLC')) for (const p of pts) towns.push({ p, reach: reach(p) });
      const seats: { country: string; unit: string }[] = [];
      for (const c of d.cands) {
        if (c.record.kind !== 'place' || !/^PPL[AC]$/.test((c.record as { fcode?: string }).fcode ?? '')) continue;
        const p = kb.place(c.record.id);
        if (p?.admin1 && p.country) seats.push({ country: p.country, unit: p.admin1 });
      }
      // in brackets the chain is an address, not a list: "Sojas (Zanjan)", "Ad Dali city (Adh Dhalee, Ad Dali)"
      // so does a seat's countryside or district ("Al Asadiyah town in Al Hasakeh countryside")
      if ((bracket || rural || d.cue === 'admin2' || d.cue === 'admin1') && seats.length === 1) {
        admin1.add(seats[0]!.unit);
        countries.set(seats[0]!.country, Math.max(countries.get(seats[0]!.country) ?? 0, 6));
      } else for (const x of seats) seatUnits.add(x.unit);
      lastSeat = seats.length === 1 && d.cue !== 'town' ? seats[0]! : null;
    } else lastSeat = null;
    prevEnd = d.tokEnd;
  }
  const inChain = towns.filter((t) => (!countries.size || countries.has(t.p.country ?? '')) && (!admin1.size || admin1.has(t.p.admin1 ?? '')));
  const anchors = inChain.length && inChain.length <= 4 ? { anchors: inChain.map((t) => ({ lat: t.p.lat, lon: t.p.lon, reach: t.reach })) } : {};
  // (only in an address that ends in a province or country: "Mosul, Kirkuk and Baghdad" is a list)
  if (!countries.size && !admin1.size && !seatUnits.size) return base;
  if (!countries.size && !admin1.size) return { ...base, admin1: new Set([...base.admin1, ...seatUnits]) };
  return { countries: new Map([...base.countries, ...countries]), admin1: new Set([...base.admin1, ...admin1, ...seatUnits]), pinned: new Set(countries.keys()), pinnedAdmin1: admin1, ...(base.unitVotes ? { unitVotes: base.unitVotes } : {}), ...(base.domestic ? { domestic: base.domestic } : {}), ...anchors };
}

/**
 * A country name written before the admin-1 unit of a town of that name elsewhere is the town:
 * "Palestine, Texas", "Lebanon, Ohio", "Paris, Tenn.". Without such an apposition the country stays
 * (a Pennsylvania senator on the strikes on Lebanon means the country).
 */
function domesticNamesake(kb: KnowledgeBase, d: Draft, ctx: GeoContext, country: string | null | undefined): PlaceInfo | null {
  if (!ctx.pinnedAdmin1?.size) return null;
  let best: PlaceInfo | null = null;
  for (const e of kb.lookup(d.bare)) {
    if (e.record.kind !== 'place' || e.record.country === country) continue;
    const p = kb.place(e.record.id);
    if (p?.admin1 && ctx.pinnedAdmin1.has(p.admin1) && (!best || p.population > best.population)) best = p;
  }
  return best;
}

/** how many of the article's other names must agree on a town's state for a country's name to be read as that town */
const NAMESAKE_VOTES = 2;

/**
 * A country name in an article whose other places agree on one state of another country, where a town of
 * that name lies, and which names no country but that one, is the town: local news from East Texas writes
 * "Palestine" for Palestine, Texas. (Any other country named — "Israel", "Syria" — keeps the country.)
 */
function coherentNamesake(kb: KnowledgeBase, d: Draft, ctx: GeoContext, country: string | null | undefined): PlaceInfo | null {
  if (!ctx.unitVotes?.size) return null;
  let best: PlaceInfo | null = null, bestVotes = 0;
  for (const e of kb.lookup(d.bare)) {
    if (e.record.kind !== 'place' || e.record.country === country) continue;
    const p = kb.place(e.record.id);
    if (!p?.admin1 || !p.country) continue;
    if ([...ctx.countries.keys()].some((c) => c !== p.country)) continue;
    const v = ctx.unitVotes.get(`${p.country}/${p.admin1}`) ?? 0;
    if (v >= NAMESAKE_VOTES && (v > bestVotes || (v === bestVotes && p.population > best!.population))) { best = p; bestVotes = v; }
  }
  return best;
}

/** Two gazetteer rows this close are one place written twice (GeoNames often holds "Safūhūn" and "Sfawhūn" side by side). */
const SAME_PLACE_KM = 10;

/**
 * The place of the written province whose consonant skeleton a name shares: the one spelled nearest to
 * the name, if near at all (skeletons of four consonants are shared by unrelated names: "Al Mahjar" is no
 * "Muḩayjir") (vowels and all, after the transliteration fold) when it is clearly nearer
 * than the others or they all lie within a few km of it (the same place written twice). Several
 * different places with an equally near spelling leave the name unresolved.
 */
export function skeletonChoice(kb: KnowledgeBase, name: string, entries: readonly NameEntry[]): NameEntry | null {
  if (!entries.length) return null;
  const lk = looseKey(name);
  const scored = entries.map((e) => ({ e, d: distance(lk, looseKey(e.record.name)), p: kb.place(e.record.id) })).sort((a, b) => a.d - b.d);
  const best = scored[0]!;
  if (!best.p || best.d > Math.max(2, lk.length / 3)) return null;
  const rivals = scored.slice(1).filter((x) => x.d === best.d);
  if (!rivals.length) return best.e;
  return rivals.every((x) => x.p && km(x.p, best.p!) <= SAME_PLACE_KM) ? best.e : null;
}

type Cand = { record: KbRecord; rank: number };

/** the shortest transliteration-folded key looked up for a name written with its province */
const SHORT_LOOSE = 4;

/**
 * Candidates for a name no KB record spells the same way: transliteration-folded spellings inside the
 * countries the article is about, else, with the province written next to the name, the province's
 * places of the same consonant skeleton (see skeletonChoice).
 */
function spellingCandidates(kb: KnowledgeBase, bare: string, ctx: GeoContext): { cands: Cand[]; via: string } {
  // a short name ("Nawah" = Nawa, ta marbuta) is folded too when the province written next to it confines
  // the answer: four letters match many places across a region, few inside one province
  const fuzzy = kb.lookupPlaceFuzzy(bare, ctx.pinnedAdmin1?.size ? SHORT_LOOSE : undefined).map((e) => ({ record: e.record, rank: e.rank }));
  // fuzzy matches are trusted only inside the countries the article is about
  const within = ctx.pinned?.size ? ctx.pinned : ctx.countries;
  let cands: Cand[] = within.size ? fuzzy.filter((c) => c.record.country && within.has(c.record.country)) : fuzzy.length === 1 ? fuzzy : [];
  if (ctx.pinnedAdmin1?.size) cands = cands.filter((c) => { const a = kb.place(c.record.id)?.admin1; return !!a && ctx.pinnedAdmin1!.has(a); });
  if (cands.length) return { cands, via: 'fuzzy' };
  // the consonant skeleton only with the province written next to the name
  if (ctx.pinnedAdmin1?.size) {
    // (Arabic thal and tha are both written "th" or "dh": "Thiban" is Dhībān)
    const spellings = /th/i.test(bare) ? [bare, bare.replace(/th/g, 'dh').replace(/Th/g, 'Dh')] : [bare];
    const sk = spellings.flatMap((b) => kb.lookupPlaceSkeleton(b)).filter((e) => { const a = kb.place(e.record.id)?.admin1; return !!a && ctx.pinnedAdmin1!.has(a); });
    const one = skeletonChoice(kb, bare, sk);
    if (one) return { cands: [{ record: one.record, rank: one.rank }], via: 'skeleton' };
    const near = unitSpelling(kb, bare, ctx.pinnedAdmin1);
    if (near) return { cands: [{ record: near, rank: 1 }], via: 'fuzzy' };
  }
  return { cands: [], via: '' };
}

/**
 * English compass adjectives and the Arabic ones a village name carries after it ("Western Maliha" is
 * GeoNames' "Mulayḩah al Gharbīyah"): Arabic places the adjective after the noun, English news before it.
 */
const COMPASS: Record<string, readonly string[]> = {
  western: ['al gharbiyah', 'al gharbi'], eastern: ['ash sharqiyah', 'ash sharqi'],
  northern: ['ash shamaliyah', 'ash shamali'], southern: ['al janubiyah', 'al janubi'],
  upper: ['al ulya', 'fawqani'], lower: ['as sufla', 'tahtani'],
};

/** The consonants of a loose key, doubled ones once ("susyan" → "syn"): what transliterations of one name keep. */
const consonants = (k: string): string => k.replace(/[aeiou]/g, '').replace(/([a-z])\1+/g, '$1');

/** Edit distance allowed between two loose keys of this length: one letter for a short name, about one in five for longer ones. */
const spellingSlack = (n: number): number => (n <= 7 ? 1 : Math.floor(n / 5));

/**
 * A place of the province written next to a name whose spelling no index key meets: the one populated place
 * of that province whose name or alternate name has its consonants and differs from it in a vowel or two
 * after the transliteration fold ("Nafeaa town in Dara governorate" is An Nāfi‘ah, alternate "Nâfaâ"; "Sosyan village in Aleppo
 * governorate" is Sūsiyān). The index keeps loose keys of five letters and skeletons of four consonants
 * only, so short names are read here, inside one province, where few names lie that close. Two different
 * places equally near leave the name unresolved.
 */
function unitSpelling(kb: KnowledgeBase, bare: string, units: ReadonlySet<string>): KbRecord | null {
  const words = bare.trim().split(/\s+/);
  const first = words[0]!.toLowerCase();
  const keys = [looseKey(bare)];
  if (words.length > 1 && Object.hasOwn(COMPASS, first)) for (const a of COMPASS[first]!) keys.push(looseKey(`${words.slice(1).join(' ')} ${a}`));
  if (keys[0]!.length < 3) return null;
  let best: { r: KbRecord; d: number } | null = null;
  let tie: KbRecord[] = [];
  for (const u of units) {
    for (const r of kb.placesInUnit(u)) {
      let d = Infinity;
      for (const n of [r.name, ...r.aliases]) {
        const nk = looseKey(n);
        for (const k of keys) {
          if (Math.abs(nk.length - k.length) > spellingSlack(k.length)) continue;
          const e = distance(k, nk);
          // (only vowels may differ, which transliterations write many ways: "Nimane" is Nu‘mān, not Dīmān;
          // "Maaret Al Naasan" is not "Maret en Na‘man", Ma‘arrat an Nu‘mān; "Albu Asi" is not Ālbū ‘Alī)
          if (e <= spellingSlack(k.length) && consonants(k) === consonants(nk)) d = Math.min(d, e);
        }
      }
      if (d === Infinity) continue;
      if (!best || d < best.d) { best = { r, d }; tie = []; }
      else if (d === best.d && r.id !== best.r.id) tie.push(r);
    }
  }
  if (!best) return null;
  const bp = best.r;
  return tie.every((t) => km(t as { lat: number; lon: number }, bp as { lat: number; lon: number }) <= SAME_PLACE_KM) ? bp : null;
}

/** Geocodes the drafts in place; returns the article's context by name, for places read later (embedded.ts). */
export function geocodeDrafts(kb: KnowledgeBase, doc: Doc, drafts: Draft[], opening: readonly Draft[] = []): (key: string) => GeoContext {
  const tokens = doc.tokens;
  const dl = datelineContribution(kb, doc);
  // a town's police named in the story ("Chattanooga Police") places the story in its state, like a dateline
  const forces: Contribution[] = [];
  for (const d of drafts) {
    const t = d.type === 'organization' && !/[-‐–]$/.test(doc.article.text.slice(Math.max(0, d.start - 1), d.start)) ? localForceTown(kb, doc.article.text.slice(d.start, d.end)) : null;
    if (t?.country) forces.push({ countries: [[t.country, 1]], admin1: t.admin1 ? [t.admin1] : [], townAdmin1: t.admin1 ? [t.admin1] : [], units: [] });
  }
  // places opening longer names ("Walker County Judge", "Huntsville Fire Department") vote for their units too
  // (only that: their countries and units are not counted as named, the name being an organisation's or a title)
  const openingVotes: Contribution[] = opening.map((d) => ({ countries: [], admin1: [], townAdmin1: [], units: [], votes: unitVotes(kb, d) }));
  const contexts = contextsByName(kb, drafts, [...(dl ? [dl] : []), ...forces, ...openingVotes]);
  for (let di = 0; di < drafts.length; di++) {
    const d = drafts[di]!;
    if (d.type !== 'location' && d.type !== 'facility') continue;
    const base = contexts.of(compactKey(d.bare));
    const chained = chainContext(kb, doc, drafts, di, base);
    // "X, Y" / "X (Y": the unit holding the place just resolved before it (drafts are geocoded in text order)
    const prev = di > 0 ? drafts[di - 1]! : null;
    const gap = prev ? doc.article.text.slice(prev.end, d.start) : '';
    const pg = prev?.geo;
    const ctx = pg && (pg.precision === 'town' || pg.precision === 'site' || pg.precision === 'admin2') && /^\s*[,(]\s*$/.test(gap) ? { ...chained, holds: { admin1: pg.admin1, lat: pg.lat, lon: pg.lon } } : chained;
    if (d.type !== 'location' && d.type !== 'facility') continue;
    const first = d.cands[0]?.record;
    if (first?.kind === 'country') {
      const town = d.by === 'kb:demonym' ? null : domesticNamesake(kb, d, ctx, first.country) ?? coherentNamesake(kb, d, ctx, first.country);
      if (town) {
        Object.assign(d, { key: town.id, name: town.name, country: town.country, by: `${d.by}+geo:namesake`, cands: [{ record: kb.get(town.id)!, rank: 1 }] });
        d.geo = toGeo(town, null);
        continue;
      }
      const p = kb.place(first.id);
      if (p) d.geo = toGeo(p, null);
      continue;
    }
    let cands = d.cands;
    let via = '';
    // "St. Paul": the candidates of "Saint Paul" too
    if (cands.length && /^(St|Ste|Ft|Mt)\.?\s/.test(d.bare)) {
      const seen = new Set(cands.map((c) => c.record.id));
      cands = [...cands, ...placeEntries(kb, d.bare).filter((e) => e.record.kind !== 'actor' && !seen.has(e.record.id)).map((e) => ({ record: e.record, rank: e.rank }))];
    }
    if (!cands.length) {
      const bare = d.bare.replace(TRAILING_CUES, '');
      // (an abbreviation's alias needs its period: "Kan area" is not Kansas)
      cands = placeEntries(kb, bare).filter((e) => e.record.kind !== 'actor' && !(/^[A-Z][A-Za-z.]{0,5}\.$/.test(e.alias) && !bare.endsWith('.'))).map((e) => ({ record: e.record, rank: e.rank }));
      via = cands.length ? 'kb' : '';
      if (!cands.length) ({ cands, via } = spellingCandidates(kb, bare, ctx));
    }
    if (!cands.length) continue;
    // (names found by spelling are variants by construction: no own-name evidence for them)
    let p = pickPlace(kb, cands, ctx, d.cue, via === 'fuzzy' || via === 'skeleton' ? undefined : d.bare.replace(TRAILING_CUES, ''));
    if (!p && ctx.pinnedAdmin1?.size) {
      // every record of the name as written lies outside the province written next to it ("Harbal town in
      // Aleppo countryside" is not Harābāl in Iran): the province's places spelled alike are read instead
      const alt = spellingCandidates(kb, d.bare.replace(TRAILING_CUES, ''), ctx);
      if (alt.cands.length) { cands = alt.cands; via = alt.via; p = pickPlace(kb, cands, ctx, d.cue); }
    }
    if (!p) continue;
    const before = tokens.slice(Math.max(doc.sentences[d.sentence]!.tokenStart, d.tokStart - 3), d.tokStart).map((t) => t.text);
    const after = tokens.slice(d.tokEnd, d.tokEnd + 1).map((t) => t.text);
    const rel = relationOf(before, after);
    let geo = toGeo(p, rel);
    if (via) d.by = `${d.by}+geo:${via}`;
    const facilityOfTown = d.cue === 'facility' && p.precision !== 'site';
    const admin1OfTown = d.cue === 'admin1' && p.kind !== 'admin1' && p.kind !== 'region';
    if (facilityOfTown || admin1OfTown) {
      // "Baghdad airport" when the KB has no such site: the town's point, approximate
      geo = { ...geo, precision: facilityOfTown ? 'town' : 'admin1', approximate: true };
      d.key = `name:${d.type}:${compactKey(doc.article.text.slice(d.start, d.end))}`;
      d.name = doc.article.text.slice(d.start, d.end);
    } else {
      d.key = p.id;
      d.name = p.name;
      if (p.precision === 'site') d.type = 'facility';
    }
    d.geo = geo;
    if (!d.country) d.country = p.country;
  }
  return (key) => contexts.of(key);
}
