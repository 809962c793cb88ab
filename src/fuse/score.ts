/**
 * The merge decision for one report against one canonical candidate: a score from agreeing and
 * disagreeing fields, and vetoes that no score overrides (incompatible dates, distant places,
 * asserted vs hypothetical). Conflicting modes (missile vs drone) cost so much that only strong
 * evidence (same place, same day, same time of day, shared named actors) can outweigh them.
 * Every component that counted is named in `reasons`, which becomes the event's mergedBecause line.
 */
import { shareArticle, type EventView } from './view.js';
import { modeRelation } from './family.js';
import { dateRelation, daysBeforePublication, gapDays, weekApart, windowOf } from './when.js';
import { borrowed, comparePlaces } from './where.js';
import { countsAgree } from './counts.js';
import { townKey } from './identity.js';
import { FOLLOW_UP_DAYS, LEGAL_FOLLOW_UP_DAYS } from './block.js';

export interface MergeScore {
  readonly score: number;
  readonly veto: string | null;
  /** every component that counted, for and against, in words an analyst can check */
  readonly reasons: string[];
  /** the shared details that single out one incident (a named person, a place below the city, the time of day ...) */
  readonly specific: string[];
  /** the details that tell the two apart */
  readonly against: string[];
  /**
   * the match rests on genre-level agreement only (same day, same town, same kind of act): enough alone,
   * but not when another candidate matches as well (look-alikes in the same town that day)
   */
  readonly genericOnly: boolean;
  /** the veto is only the want of a specific detail in common: nothing tells the two apart */
  readonly lacksDetail?: boolean;
}

export const DEFAULT_THRESHOLD = 0.35;

const FACTUAL = new Set(['asserted']);
const minutes = (t: string): number | null => { const m = /^(\d{1,2}):(\d{2})/.exec(t); return m ? Number(m[1]) * 60 + Number(m[2]) : null; };
const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((x) => b.has(x));

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

/** Relation of the ways of acting: the best of mode and weapon on each side. */
function modeScore(a: EventView, b: EventView): { rel: string; pts: number } {
  const rels = [modeRelation(a.mode, b.mode), modeRelation(a.weapon, b.weapon), modeRelation(a.mode, b.weapon), modeRelation(a.weapon, b.mode)];
  if (rels.includes('same')) return { rel: 'same', pts: 0.15 };
  if (rels.includes('compatible')) return { rel: 'compatible', pts: 0.05 };
  if (rels.includes('conflict')) return { rel: 'conflict', pts: -0.5 };
  return { rel: 'unknown', pts: 0 };
}

/** True when two strings differ by at most one edit (a letter added, dropped, changed, or two adjacent letters swapped). */
function oneEdit(x: string, y: string): boolean {
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  const rx = x.length - i - j, ry = y.length - i - j;
  if (rx <= 1 && ry <= 1) return true;
  return rx === 2 && ry === 2 && x[i] === y[i + 1] && x[i + 1] === y[i];
}

/**
 * Two name keys (identity personKey) of one person: the same, the same first and last name where one of them gives
 * no middle name ("Jamick Dakota Corley" / "Jamick Corley"), or one word spelled one letter apart, the others alike
 * ("Taliek Bristel" / "Taleik Bristel": outlets misspell the names of private people; words of four letters or more).
 */
export function samePerson(x: string, y: string): boolean {
  if (x === y) return true;
  const tx = x.split(' '), ty = y.split(' ');
  if (tx.length < 2 || ty.length < 2) return false;
  if ((tx.length === 2 || ty.length === 2) && tx[0] === ty[0] && tx[tx.length - 1] === ty[ty.length - 1]) return true;
  if (tx.length !== ty.length) return false;
  const diff = tx.map((t, k) => k).filter((k) => tx[k] !== ty[k]);
  return diff.length === 1 && tx[diff[0]!]!.length >= 4 && ty[diff[0]!]!.length >= 4 && oneEdit(tx[diff[0]!]!, ty[diff[0]!]!);
}

/** The names of a (keys) that b names too (samePerson). */
function sharedNames(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((x) => b.has(x) || [...b].some((y) => samePerson(x, y)));
}

/** Entity keys of states (the KB's country records). */
const isStateKey = (k: string): boolean => k.startsWith('kb:country-');

/** Place precisions below the town: a gazetteer site; a named place the gazetteer cannot place (street, venue) has none. */
const isFine = (p: { precision: string | null; lat: number | null }): boolean => p.precision === 'site' || (p.precision == null && p.lat == null);
const isTownOrFiner = (p: { precision: string | null; lat: number | null }): boolean => p.lat != null && (p.precision === 'site' || p.precision === 'town');
/** A date known only to the week or wider (often the week before publication of an undated report): weak evidence. */
const isVague = (d: { precision: string }): boolean => d.precision !== 'day';

/**
 * What singles out one incident strongly enough to join a report dated days apart: a named person, or the
 * same people by age (two or more ages given alike) at the same town or named place. A shared town, a
 * single age or a street alone recur across incidents within weeks; the people involved do not.
 */
function strongIdentity(names: readonly string[], ages: readonly string[], aAges: ReadonlySet<string>, bAges: ReadonlySet<string>, spots: readonly string[], place: string): string | null {
  if (names.length) return `the person named (${names.slice(0, 2).join(', ')})`;
  if (ages.length >= 2 && ages.length / (aAges.size + bAges.size - ages.length) >= 0.5 && (place === 'same' || spots.length)) return `the ages given (${ages.join(', ')}) at the same place`;
  return null;
}

/**
 * The number of people killed or injured when both reports give both counts, the counts disagree, and their
 * totals are the same exact number (one report has a victim as wounded whom a later one counts as dead); else null.
 */
function victimsAgree(a: EventView, b: EventView): number | null {
  if (!a.killed || !a.injured || !b.killed || !b.injured) return null;
  if (countsAgree(a.killed, b.killed) && countsAgree(a.injured, b.injured)) return null;
  const exact = (c: { min: number; max?: number | null }): number | null => (c.max === c.min ? c.min : null);
  const ta = [exact(a.killed), exact(a.injured)], tb = [exact(b.killed), exact(b.injured)];
  if (ta.includes(null) || tb.includes(null)) return null;
  const na = ta[0]! + ta[1]!, nb = tb[0]! + tb[1]!;
  return na === nb && na > 0 ? na : null;
}

/** Shared ages single the people out when they are most of the ages either side gives (half of the smaller set, a third of all). */
function agesMatch(shared: readonly string[], a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return shared.length / Math.min(a.size, b.size) >= 0.5 && shared.length / (a.size + b.size - shared.length) >= 1 / 3;
}

/** A child's age (under 13, or given in months): rare among the people shot, unlike a teenager's or an adult's. */
const isChildAge = (age: string): boolean => /months$/.test(age) || Number(age) < 13;

const NO_SCORE = { specific: [], against: [], genericOnly: false };

/** Place precisions that locate an incident (a town, a county, a site): a province or a country named in passing does not. */
const LOCATING = new Set(['site', 'town', 'admin2']);
/** The name of x's place when y's report names it too (identity `towns`), else null. */
function namedByOther(x: EventView, y: EventView): string | null {
  // (two events read from one text name the same towns by construction: that says nothing of one place)
  if (shareArticle(x, y)) return null;
  return x.place && LOCATING.has(x.place.precision ?? '') && y.towns.has(townKey(x.place.name)) ? x.place.name : null;
}

/**
 * Days by which legal news about an act (an arrest, a charge, a trial, a sentence: view `followUpDate`) follows the
 * other report's date, when one side is such news and the other's date lies before its date (within the tolerance):
 * the act happened before the legal news, on a day it does not give. Two such reports are both bounds (0). Else null.
 */
function legalLag(a: EventView, b: EventView): number | null {
  if (!a.date || !b.date || (!a.followUpDate && !b.followUpDate)) return null;
  if (a.followUpDate && b.followUpDate) return 0;
  return a.followUpDate ? daysBeforePublication(a.date, b.date) : daysBeforePublication(b.date, a.date);
}

export function scoreMerge(a: EventView, b: EventView): MergeScore {
  const reasons: string[] = [], specific: string[] = [], against: string[] = [];
  let score = 0;
  const add = (pts: number, why: string) => { score += pts; reasons.push(why); };
  const ident = (pts: number, why: string) => { add(pts, why); specific.push(why); };
  const differ = (pts: number, why: string) => { add(pts, why); against.push(why); };
  if (a.family !== b.family) return { score: 0, veto: `families differ (${a.family} vs ${b.family})`, reasons, ...NO_SCORE };
  if (FACTUAL.has(a.modality) !== FACTUAL.has(b.modality) || (a.modality === 'planned') !== (b.modality === 'planned')) {
    return { score: 0, veto: `modality ${a.modality} vs ${b.modality}`, reasons, ...NO_SCORE };
  }
  // an article that tells an earlier incident beside an accident it calls one ("The shooting comes a month
  // after X was killed") has told the two apart
  if (!!a.scope !== !!b.scope && (a.earlier || b.earlier) && shareArticle(a, b)) {
    return { score: 0, veto: `one article tells an accident (${a.scope ?? b.scope}) and an earlier incident`, reasons, ...NO_SCORE };
  }
  if (a.type === b.type) add(0.05, `same type ${a.type}`);
  // the details that single out one incident decide whether a date days later may be a later report of it
  const names = sharedNames(a.names, b.names);
  const ages = intersects(a.ages, b.ages);
  const spots = intersects(a.spots, b.spots);
  const place = comparePlaces(a.place, b.place);
  // the other report names the place one report reads: when one reads no place, or another one (a street or a surname
  // taken for a town, the town of the outlet or of a victim's home), the place both name may be where it happened
  // (only a missing or a far-off reading can be a misread: two readings near each other, such as two streets of one
  // city, are both plausible and tell two incidents apart)
  const alsoNamed = place.relation === 'unknown' || place.relation === 'distant' ? namedByOther(a, b) ?? namedByOther(b, a) : null;
  const strong = strongIdentity(names, ages, a.ages, b.ages, spots, alsoNamed ? 'same' : place.relation);
  let followUp = false;
  let dayMatch = false;
  let bounded = false;
  if (a.date && b.date) {
    const rel = dateRelation(a.date, b.date);
    // a date that is only a report's publication bounds its incident from above: an earlier date of the other report
    // within the follow-up window is compatible, but says nothing of the day (weak: a specific detail must tie them)
    const before = rel !== 'incompatible' ? null : a.publicationDate && !b.publicationDate ? daysBeforePublication(a.date, b.date) : b.publicationDate && !a.publicationDate ? daysBeforePublication(b.date, a.date) : null;
    // legal news about the act (a charge, a trial, a sentence) months after it: the same act when the person named is a
    // party of it (a victim, a suspect) in either report — not a relative, a lawyer or an official speaking of it
    const legal = rel === 'incompatible' ? legalLag(a, b) : null;
    const party = names.filter((n) => [...a.parties, ...b.parties].some((p) => samePerson(p, n)));
    if (rel === 'incompatible' && ((a.looseDate && weekApart(a.date, b.date)) || (b.looseDate && weekApart(b.date, a.date)))) reasons.push('bare weekday a week apart');
    else if (legal != null && legal <= LEGAL_FOLLOW_UP_DAYS && party.length) { bounded = true; followUp = true; reasons.push(`legal news about the act${legal ? ` (${legal} days after the other date)` : ''}, sharing the person named as a party (${party.slice(0, 2).join(', ')})`); }
    else if (before != null && before <= FOLLOW_UP_DAYS && strong) { bounded = true; reasons.push(`a report dated only by its publication, ${before} days after the other date, sharing ${strong}`); }
    else if (rel === 'incompatible') {
      // a report days later (an arrest, a death in hospital, a vigil, a charge) is dated by its own news or only
      // by its publication week; it is the same incident when it shares what singles the incident out and one
      // of the two gives its day (two reports dated only to their weeks say nothing of which came first)
      const lag = gapDays(windowOf(a.date), windowOf(b.date));
      // (a name alone does not reach further than FOLLOW_UP_DAYS: the people local news names again months later are
      // as often an activist, a spokesman or a relative speaking of another case as a party to this one, and on the
      // gun-violence stream the longer window's merges were mostly such look-alikes; court news months later joins
      // only once the name is known to be a party of both — not built yet)
      if (strong && lag <= FOLLOW_UP_DAYS && (!isVague(a.date) || !isVague(b.date))) { followUp = true; reasons.push(`later report (${lag} days apart) sharing ${strong}`); }
      else return { score: 0, veto: `dates incompatible (${a.date.start}..${a.date.end} vs ${b.date.start}..${b.date.end})`, reasons, ...NO_SCORE };
    }
    // a day borrowed from another sentence of the article (the lead's day given to an undated act) is an inference: it
    // places the act in time but does not single it out among the same day's look-alikes
    const vague = isVague(a.date) || isVague(b.date) || !!a.borrowedDate || !!b.borrowedDate;
    if (rel === 'same') add(vague ? 0.05 : 0.2, `same date ${a.date.start}${a.date.precision === 'day' && !vague ? '' : ' (' + (vague && a.date.precision === 'day' ? 'borrowed' : a.date.precision) + ': weak)'}`);
    else if (rel === 'contains') add(vague ? 0.05 : 0.1, `dates nest (${a.date.start}..${a.date.end} / ${b.date.start}..${b.date.end})${vague ? ' (weak)' : ''}`);
    else if (rel === 'overlap') add(0.03, 'date windows overlap (weak)');
    else if (!followUp && !bounded) reasons.push('dates a day apart');
    dayMatch = !vague && !bounded && (rel === 'same' || rel === 'near');
  }
  let townMatch = false;
  // a count or an hour singles out an incident among those in one place; across a country, many incidents that
  // day have four wounded or happened at 1 a.m.
  const located = place.relation === 'same' || place.relation === 'contains' || spots.length > 0 || !!alsoNamed;
  // two readings of the place far apart, but the same people named on compatible dates: one place reading is wrong
  // (a surname read as a town, a town read as a country); the distance counts against, it does not decide
  if (alsoNamed) { add(0.1, `${place.relation === 'unknown' ? 'place' : `places read apart (${a.place?.name} / ${b.place?.name}), but the place`} named in both reports: ${alsoNamed}`); townMatch = place.relation === 'unknown'; }
  else if (place.relation === 'distant' && names.length && !followUp) differ(-0.3, `places far apart (${a.place?.name} / ${b.place?.name}) though the same person is named`);
  else if (place.relation === 'distant') return { score: 0, veto: `places distant (${a.place?.name} vs ${b.place?.name}${place.km != null ? ', ' + Math.round(place.km) + ' km' : ''})`, reasons, ...NO_SCORE };
  const sameName = !!a.place && !!b.place && ((!!a.place.entity && a.place.entity === b.place.entity) || a.place.name.toLowerCase() === b.place.name.toLowerCase());
  if (place.relation === 'same' && sameName && isFine(a.place!) && isFine(b.place!)) ident(0.25, `same place below the city: ${b.place?.name}`);
  else if (place.relation === 'same') { add(0.15, `same place ${b.place?.name}`); townMatch = isTownOrFiner(a.place!) || isTownOrFiner(b.place!); }
  else if (place.relation === 'near' && ((isTownOrFiner(a.place!) && isTownOrFiner(b.place!)) || (borrowed(a.place!) && borrowed(b.place!))) && !sameName) {
    differ(-0.3, `different places: ${a.place?.name} / ${b.place?.name}${place.km != null ? ' (' + Math.round(place.km) + ' km apart)' : ''}`);
  } else if (place.relation === 'near') add(0.05, `places near (${a.place?.name} / ${b.place?.name}${place.km != null ? ', ' + Math.round(place.km) + ' km' : ''})`);
  else if (place.relation === 'contains') add(0.05, `place within (${a.place?.name} / ${b.place?.name})`);
  if (spots.length && !specific.some((x) => x.startsWith('same place'))) ident(0.25, `same place named: ${spots.slice(0, 2).join(', ')}`);
  const m = modeScore(a, b);
  if (m.rel !== 'unknown') add(m.pts, `mode ${m.rel} (${a.mode ?? a.weapon} / ${b.mode ?? b.weapon})`);
  // two people named alike in both is the same group of people: stronger than one name, which may recur (a suspect, a namesake)
  if (names.length) ident(names.length > 1 ? 0.5 : 0.35, `same person named: ${names.slice(0, 3).join(', ')}`);
  // weak: articles name witnesses, relatives and officials besides the people involved
  else if (a.names.size && b.names.size) differ(-0.05, `different people named (${[...a.names].slice(0, 2).join(', ')} / ${[...b.names].slice(0, 2).join(', ')})`);
  // a named person or place shared as an actor singles out the incident; an armed group or agency acts in many
  const shared = intersects(a.distinctive, b.distinctive);
  const sharedIdent = shared.filter((k) => a.identityActors.has(k) || b.identityActors.has(k));
  if (sharedIdent.length && !names.length) ident(0.3, `shared named actors ${sharedIdent.slice(0, 3).join(', ')}`);
  else if (shared.length) add(0.1, `shared actors ${shared.slice(0, 3).join(', ')}`);
  else {
    const weak = intersects(a.untyped, b.untyped);
    if (weak.length) add(0.05, `shared actors ${weak.slice(0, 3).join(', ')}`);
  }
  // one shared age is a detail; two people of the same two ages is the same group of people; but when one
  // article gives many more ages (a round-up of a weekend's shootings), an age in common is chance
  // small numbers recur among look-alikes: the people shot are mostly teenagers and adults, so one such age (a
  // 17-year-old shot that day) singles out an incident only with a place below the city or a person named, two ages
  // alike only in the same town; a child's age (under 13) is rare among them and singles the incident out alone
  const fine = names.length > 0 || specific.some((x) => x.startsWith('same place'));
  const agesSpecific = fine || (ages.length > 1 && located) || ages.some(isChildAge);
  if (ages.length && agesMatch(ages, a.ages, b.ages)) (agesSpecific ? ident : add)(ages.length > 1 ? 0.25 : 0.15, `same age given: ${ages.join(', ')}${agesSpecific ? '' : ' (no place below the city or name in common: weak)'}`);
  else if (ages.length) add(0.05, `an age in common among many (${ages.join(', ')} of ${a.ages.size} / ${b.ages.size}; weak)`);
  else if (a.ages.size && b.ages.size) differ(-0.15, `different ages (${[...a.ages].join(', ')} / ${[...b.ages].join(', ')})`);
  const swapped = intersects(a.agents, b.targets).length > 0 && intersects(a.agents, b.agents).length === 0;
  if (swapped) differ(-0.2, 'roles swapped (agent of one is target of the other)');
  const aAg = intersects(a.agents, a.distinctive), bAg = intersects(b.agents, b.distinctive);
  if (aAg.length && bAg.length && !intersects(new Set(aAg), new Set(bAg)).length) differ(-0.15, 'different named perpetrators');
  // states are not distinctive actors, but two different states as the attacker are two different acts
  const aSt = [...a.agents].filter(isStateKey), bSt = [...b.agents].filter(isStateKey);
  if (aSt.length && bSt.length && !intersects(new Set(aSt), new Set(bSt)).length) differ(-0.35, `different states as perpetrators (${aSt.join(', ')} / ${bSt.join(', ')})`);
  if (a.quantity != null && b.quantity != null) {
    if (a.quantity === b.quantity) add(0.1, `same quantity ${a.quantity}`);
    else differ(-0.1, `quantity ${a.quantity} vs ${b.quantity}`);
  }
  // a wounded victim who dies moves from one count to the other: the number of people shot stays the same
  const shot = victimsAgree(a, b);
  // a toll of one or two recurs among look-alikes in one town: it is specific only with a place below the city or a name
  const tollSpecific = (n: number): boolean => (n >= 3 && located) || (n >= 2 && fine);
  if (shot != null) (tollSpecific(shot) ? ident : add)(shot >= 2 ? 0.15 : 0.05, `people killed or injured agree (${shot}; the split between them changed)`);
  for (const k of ['killed', 'injured'] as const) {
    const x = a[k], y = b[k];
    if (!x || !y || shot != null) continue;
    if (!countsAgree(x, y)) differ(-0.15, `${k} ${x.min} vs ${y.min}`);
    // one death is the genre; two or more agreeing is a detail of this incident
    else if (x.min >= 2 && y.min >= 2) {
      const n = Math.max(x.min, y.min);
      (tollSpecific(n) ? ident : add)(located ? 0.15 : 0.05, `${k} agree (${n})${tollSpecific(n) ? '' : located ? ' (a small toll in the same town: weak)' : ' (no place in common: weak)'}`);
    }
    else if (x.min > 0 && y.min > 0) add(0.05, `${k} agree (${x.min})`);
  }
  if (a.outcome && b.outcome) {
    if (a.outcome.toLowerCase() === b.outcome.toLowerCase()) add(0.05, `same outcome ${a.outcome}`);
    else differ(-0.05, `outcome ${a.outcome} vs ${b.outcome}`);
  }
  const ta = a.time ? minutes(a.time) : null, tb = b.time ? minutes(b.time) : null;
  if (ta != null && tb != null) {
    const d = Math.min(Math.abs(ta - tb), 1440 - Math.abs(ta - tb));
    if (d <= 60) (located ? ident : add)(located ? 0.15 : 0.05, `same time of day ${a.time}${located ? '' : ' (no place in common: weak)'}`);
    else if (d > 180) differ(-0.3, `time of day ${a.time} vs ${b.time}`);
  }
  const crossArticle = !shareArticle(a, b);
  if (crossArticle) {
    const j = jaccard(a.words, b.words);
    // most of the wording shared: one report copies the other; a share of it is the genre's formula ("no group claimed responsibility")
    // (a copy of what happened on a known day: formulaic summaries of acts on unknown days read alike without being copies)
    if (j >= 0.6 && dayMatch) ident(0.2, `report sentences nearly the same (${j.toFixed(2)})`);
    else if (j >= 0.3) add(0.1, `report sentences overlap (${j.toFixed(2)})`);
  } else if (!specific.length) specific.push('same article');
  // without a detail that singles the incident out, only the same day in the same town is enough
  const genericOnly = !specific.length;
  // (or, for a place known only to the province or country, the same day, place and way of acting)
  const placeMatch = place.relation === 'same' || place.relation === 'contains';
  if (genericOnly && !(dayMatch && (townMatch || (placeMatch && (m.rel === 'same' || m.rel === 'compatible'))))) {
    return { score: Math.round(score * 1000) / 1000, veto: `no specific detail shared (only ${reasons.filter((r) => !r.startsWith('same type')).join('; ') || 'the kind of event'})`, reasons, specific, against, genericOnly, lacksDetail: true };
  }
  return { score: Math.round(score * 1000) / 1000, veto: null, reasons, specific, against, genericOnly };
}
