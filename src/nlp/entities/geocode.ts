/**
 * Geocoding of place and facility mentions inside one document. A name often has several gazetteer
 * records (Anbar the governorate and a hamlet in Turkey; Washington the capital and a town in
 * England), so each candidate is scored by the document's context: countries and admin-1 units named
 * elsewhere in the article, curated records over gazetteer rows, population, capitals and seats, and
 * the cue word written with the name ("province" wants an admin-1 unit, "air base" a site).
 * Relative expressions ("near X", "south of X", "X countryside", "outskirts of X") give an
 * approximate point: shifted about 15 km for a compass direction, with a coarser precision.
 */
import { km } from '../../core/distance.js';
import type { Geo } from '../../core/model/entity.js';
import type { KbRecord, KnowledgeBase, PlaceInfo } from '../../kb/index.js';
import { looseKey } from '../../kb/index.js';
import { distance } from 'fastest-levenshtein';

export type Precision = Geo['precision'];

/** How the text places the event relative to the named place. */
export interface Relation {
  readonly kind: 'near' | 'direction' | 'countryside' | 'outskirts';
  /** compass bearing in degrees for a direction ("south of" = 180) */
  readonly bearing?: number;
}

export interface GeoContext {
  /** ISO2 → weight: countries named in the article */
  readonly countries: Map<string, number>;
  /** admin-1 names mentioned */
  readonly admin1: Set<string>;
  /** countries an apposition pins the place to ("Davos, Switzerland"): others are ruled out */
  readonly pinned?: Set<string>;
  /** admin-1 units an apposition pins the place to ("Safra, Diyala, Iraq") */
  readonly pinnedAdmin1?: Set<string>;
  /** admin-1 units of the towns the article names ("Atlanta" → Georgia), and admin-1 units named, by country */
  readonly domestic?: { readonly townAdmin1: Set<string>; readonly admin1ByCountry: Map<string, Set<string>> };
  /**
   * Towns and districts written after the place in its address chain ("Kassib area, Muqdadiyah, Diyala"):
   * their candidate points, and how far a place they hold may lie from them (km).
   */
  readonly anchors?: readonly { readonly lat: number; readonly lon: number; readonly reach: number }[];
  /**
   * The admin-1 unit of the place written right before this one in an address ("Rasht city (Gilan)",
   * "Jenin, West Bank"): a unit of that name is the one meant, since an address names the unit that holds its town.
   */
  readonly holds?: { readonly admin1: string | null; readonly lat: number; readonly lon: number };
  /** "CC/admin-1" → how many of the article's other place names may lie in that unit (place-drafts.ts unitVotes) */
  readonly unitVotes?: ReadonlyMap<string, number>;
}

/** A populated place of the gazetteer too small to seat a unit (a village). */
export function isVillage(p: PlaceInfo): boolean {
  return p.kind === 'place' && !!p.fcode && /^PPL[LQWXF]?$/.test(p.fcode) && p.population < 10000;
}

/** A village or a district row: not reported under a neighbouring province, nor far from the town its address names. */
const isMinor = (p: PlaceInfo): boolean => isVillage(p) || p.fcode === 'ADM2';

const PRECISION_ORDER: Precision[] = ['site', 'town', 'admin2', 'admin1', 'region', 'country'];
const coarser = (p: Precision): Precision => (p === 'site' ? 'town' : p === 'town' ? 'admin2' : p);

/** Below this population, a gazetteer town outside the countries an article names is not a candidate. */
const SMALL_ABROAD = 50000;

/** score per other name of the article that may lie in the candidate's admin-1 unit, and its cap */
const COHERENCE_PER_NAME = 2;
const COHERENCE_MAX = 6;

/** Score of one candidate place; higher is better. */
export function scoreCandidate(p: PlaceInfo, rank: number, ctx: GeoContext, cue: Precision | 'facility' | null, seatNamedAlike = true, largest = 0): number {
  if (ctx.pinned?.size && p.country && !ctx.pinned.has(p.country)) return -100;
  // a place written before ", <Province>" is not another province; a town in another province is only unlikely
  // (sources disagree on boundaries: GeoNames puts Tarmiyah in Baghdad, news in Saladin)
  if (ctx.pinnedAdmin1?.size && p.kind === 'admin1' && !ctx.pinnedAdmin1.has(p.name)) return -100;
  // a village written with a province it does not lie in is another village of that name (a district
  // seat or a larger town may be reported under a neighbouring province: boundaries move)
  if (ctx.pinnedAdmin1?.size && p.admin1 && !ctx.pinnedAdmin1.has(p.admin1) && isMinor(p)) return -100;
  let s = rank * 1.5;
  if (ctx.anchors?.length && (p.kind === 'place' || p.kind === 'site')) {
    // near the town its chain names: the nearer the better; a village beyond the town's reach is another one
    let best = Infinity, reach = 0;
    for (const a of ctx.anchors) { const d = km(p, a); if (d < best) { best = d; reach = a.reach; } }
    if (best > reach && isMinor(p)) return -100;
    s += best <= 10 ? 4 : best <= reach ? 2 : -4;
  }
  const cw = p.country ? ctx.countries.get(p.country) ?? 0 : 0;
  s += cw > 0 ? 4 + Math.min(cw, 5) * 0.3 : 0;
  if (ctx.countries.size && p.country && !cw && p.kind !== 'country') {
    // a small gazetteer town in a country the article never names is another place of that name
    // ("Bara in Idleb governorate" is not Bārah in Sudan): better unresolved, so the address chain decides
    if (rank === 1 && p.kind === 'place' && p.population < SMALL_ABROAD && !ctx.pinned?.has(p.country)) return -100;
    s -= 2;
  }
  if (p.admin1 && ctx.admin1.has(p.admin1)) s += 2.5;
  // the article's other names agree on this candidate's unit (same-name towns: the one among its neighbours)
  const votes = p.country && p.kind !== 'country' ? ctx.unitVotes?.get(`${p.country}/${p.kind === 'admin1' ? p.name : p.admin1}`) ?? 0 : 0;
  if (votes > 0) s += Math.min(COHERENCE_MAX, votes * COHERENCE_PER_NAME);
  if (ctx.holds && ((p.kind === 'admin1' && ctx.holds.admin1 === p.name) || ((p.kind === 'place' || p.kind === 'site') && km(p, ctx.holds) <= 40))) s += 5;
  if (ctx.pinnedAdmin1?.size && p.admin1 && !ctx.pinnedAdmin1.has(p.admin1)) s -= 3;
  s += Math.log10(p.population + 1) * 0.45;
  // feature class: a capital or a seat is the usual referent of its name; a village, without its
  // province or town written next to it, rarely is ("Baghdad" is not Baghdādeh, a village in Iran)
  // (among namesakes of like size: a city over 20 times as populous (population known) is the usual referent of the
  // name whatever seat the smaller one is — San Francisco, California, not San Francisco, El Salvador)
  // (a county or district seat is no hint against a more populous namesake: Arlington, Texas, not the seat
  // Arlington, Virginia — every US county has a seat, so a seat is common; population known on both sides)
  if (p.fcode && !(p.population > 0 && p.population * SEAT_OUTWEIGHED < largest)) s += p.fcode === 'PPLC' ? 3 : p.fcode === 'PPLA' ? 2 : /^PPLA\d$/.test(p.fcode) && !(p.population > 0 && p.population < largest) ? 1 : 0;
  if (isVillage(p) && !ctx.pinnedAdmin1?.size && !ctx.anchors?.length) s -= 1.5;
  // a bare name that is both a province and its seat ("Hasakah", "Basra") is more often the town;
  // a town of that name elsewhere ("California, Maryland") does not make "California" a town
  if (p.kind === 'admin1') s += cue === 'admin1' ? 0.8 : seatNamedAlike ? -1.7 : 0;
  // "X, <Province>": X lies inside the province and is not the province itself
  if (p.kind === 'admin1' && ctx.pinnedAdmin1?.has(p.name)) s -= 8;
  if (cue === 'facility') s += p.precision === 'site' ? 5 : 0;
  else if (cue === 'admin1') s += p.kind === 'admin1' ? 6 : p.kind === 'region' ? 3 : 0;
  else if (cue === 'town') s += p.kind === 'place' ? 6 : p.kind === 'admin1' ? -3 : 0;
  else if (cue === 'admin2') s += p.kind === 'place' || p.kind === 'admin1' ? 1 : 0;
  return s;
}

/** how many times as populous a namesake must be for a smaller seat's feature class to count for nothing */
const SEAT_OUTWEIGHED = 20;

/** population from which a city is known abroad by its alternate names */
const KNOWN_ABROAD = 100000;

/** an Arabic article opening a transliterated name ("Al-Tarmiyah", "As Samawah", "Ad Dali") */
const LEADING_ARTICLE = /^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath)(?=[a-z]{3})/;
const primaryKey = (s: string): string => looseKey(s).replace(LEADING_ARTICLE, '');

/**
 * Whether `written` is the place's own name (its transliteration and article aside) rather than one of its
 * alternate names: GeoNames lists old, local and foreign names of towns ("Khaneh" for Piranshahr in Iran,
 * "Independence" among Pueblo's), and a name written in the text is far more often the own name of some place.
 */
export function isOwnName(written: string, placeName: string): boolean {
  // (a spelling variant is the same name: "Hamra" and "Al Ḩumrah", "Jounieh" and "Djounie")
  const a = primaryKey(written), b = primaryKey(placeName);
  return a === b || distance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

/** The best place among candidate records, or null. `written` is the name as the text writes it (for own-name evidence). */
export function pickPlace(kb: KnowledgeBase, cands: readonly { record: KbRecord; rank: number }[], ctx: GeoContext, cue: Precision | 'facility' | null, written?: string): PlaceInfo | null {
  let best: PlaceInfo | null = null;
  let bestScore = -Infinity;
  const places = cands.map((c) => kb.place(c.record.id));
  const own = written ? places.map((q) => !!q && isOwnName(written, q.name)) : [];
  const someOwn = own.some(Boolean);
  const countryNamed = places.find((q) => q?.kind === 'country');
  const largest = Math.max(0, ...places.map((q) => (q?.kind === 'place' ? q.population : 0)));
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const p = places[i];
    if (!p) continue;
    const seat = p.kind !== 'admin1' || places.some((q) => q && q.kind === 'place' && q.country === p.country && q.admin1 === p.name);
    let sc = scoreCandidate(p, c.rank, ctx, cue, seat, largest);
    // "Georgia" the country or the US state: the state only with evidence from inside its country, a town
    // of the state or another state named ("Atlanta, Georgia"), not the country's name alone ("US aid to Georgia")
    if (countryNamed && p.kind === 'admin1' && p.country !== countryNamed.country && !ctx.pinnedAdmin1?.has(p.name)) {
      const dom = ctx.domestic;
      const inside = !!dom && (dom.townAdmin1.has(p.name) || [...(dom.admin1ByCountry.get(p.country ?? '') ?? [])].some((a) => a !== p.name));
      if (!inside) sc -= 8;
    }
    if (written && !own[i] && p.kind === 'place') {
      // a town known by this name only as an alternate name, in a country the article never names, is
      // another place ("Khaneh village ... in Aleppo governorate" is not Piranshahr in Iran)
      // (a city of 100,000+ is known abroad by its other names too: "Aleppo" is GeoNames' Halab)
      if (ctx.countries.size && p.country && !ctx.countries.get(p.country) && !ctx.pinned?.has(p.country) && p.population < KNOWN_ABROAD) continue;
      // and it gives way to a place that bears the name as its own; a village known by it only as an
      // alternate name (an old or foreign name) is never the referent then ("Erbil" is not Koşuyolu in Mardin)
      if (someOwn && isVillage(p)) continue;
      if (someOwn) sc -= 1.5;
    }
    if (sc <= -50) continue; // ruled out by an apposition ("X, Syria")
    if (sc > bestScore) { best = p; bestScore = sc; }
  }
  return best;
}

/** Moves a point `km` along a compass bearing. */
export function offset(lat: number, lon: number, bearingDeg: number, km: number): [number, number] {
  const r = Math.PI / 180;
  const dLat = (km / 111.2) * Math.cos(bearingDeg * r);
  const dLon = ((km / 111.2) * Math.sin(bearingDeg * r)) / Math.max(0.2, Math.cos(lat * r));
  return [Math.round((lat + dLat) * 1e5) / 1e5, Math.round((lon + dLon) * 1e5) / 1e5];
}

/** The Geo value of a place, adjusted for a relative expression. */
export function toGeo(p: PlaceInfo, rel: Relation | null): Geo {
  let { lat, lon } = p;
  let precision: Precision = p.precision;
  if (rel) {
    if (rel.kind === 'direction' && rel.bearing !== undefined && (p.precision === 'town' || p.precision === 'site')) [lat, lon] = offset(lat, lon, rel.bearing, 15);
    precision = coarser(precision);
  }
  const g: Geo = { lat, lon, country: p.country, admin1: p.admin1, precision, ref: p.id, ...(precision === 'town' && isVillage(p) ? { village: true } : {}) };
  return rel ? { ...g, approximate: true } : g;
}

export const precisionRank = (p: Precision): number => PRECISION_ORDER.indexOf(p);

const BEARINGS: Record<string, number> = {
  north: 0, northeast: 45, 'north-east': 45, east: 90, southeast: 135, 'south-east': 135, south: 180, southwest: 225, 'south-west': 225, west: 270, northwest: 315, 'north-west': 315,
  northern: 0, eastern: 90, southern: 180, western: 270,
};

/** Relation from the words before a place name ("near", "south of", "outskirts of") and after it ("countryside"). */
export function relationOf(before: readonly string[], after: readonly string[]): Relation | null {
  const b = before.map((w) => w.toLowerCase());
  const n = b.length;
  const a0 = after[0]?.toLowerCase();
  if (a0 === 'countryside' || a0 === 'outskirts' || a0 === 'suburbs' || a0 === 'vicinity') return { kind: a0 === 'countryside' ? 'countryside' : 'outskirts' };
  if (n >= 1 && (b[n - 1] === 'near' || b[n - 1] === 'outside' || b[n - 1] === 'nearby' || b[n - 1] === 'around')) return { kind: 'near' };
  if (n >= 2 && b[n - 1] === 'of') {
    const w = b[n - 2]!;
    if (Object.hasOwn(BEARINGS, w) && !w.endsWith('ern')) return { kind: 'direction', bearing: BEARINGS[w]! };
    if (w === 'outskirts' || w === 'vicinity' || w === 'suburbs') return { kind: 'outskirts' };
    if (n >= 3 && b[n - 2] === 'west' && b[n - 3] === 'the') return { kind: 'direction', bearing: 270 };
  }
  if (n >= 2 && (b[n - 1] === 'of' || b[n - 1] === 'from') && (b[n - 2] === 'outside' || b[n - 2] === 'near')) return { kind: 'near' };
  return null;
}
