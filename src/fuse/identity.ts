/**
 * Identity details of a report: what singles out one incident among look-alikes of the same genre.
 * Beside them, the towns and counties the report names (`towns`): not a detail of the incident, but where a report
 * whose own place reading failed may still place it.
 * Read from the article around the report (contextOf): the people it names (victims, suspects — not the officials and spokespeople quoted about
 * it, who are named with their title and speak about many incidents), the named places below the city
 * (a street, a venue, a building, a neighbourhood the gazetteer does not place, or a site it does), and
 * the ages given for the people involved ("a 15-year-old", "Erica Robinson, 26,"). Public figures the
 * knowledge base knows are left out: a minister or a president is named about many incidents.
 * Each detail is kept as evidence with its span, so a canonical event carries the details of every
 * report and a merge can say which detail it shared. Hand-written: a few patterns over mentions the NLP
 * stages already found; no library reads ages from news prose.
 */
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { ExtractedEvent } from '../core/model/event.js';
import { makeSpan, type Range } from '../core/span.js';
import { nameEndingIn, STREET_SUFFIXES } from '../lexicon/streets.js';
import { publishedOf, sourceOf, type EvidenceMap, type FieldEvidence } from './evidence.js';
import { memberKey } from './ids.js';
import { comparePlaces, placeOf } from './where.js';
import { dateRelation } from './when.js';
import { foldLatin } from '../core/fold.js';

/** Evidence keys of identity details (kept in FusedEvent.evidence beside the fields). */
export const IDENTITY_FIELDS = ['names', 'spots', 'ages', 'towns', 'leads'] as const;

/** Gazetteer precisions of the places a report names that can locate an incident (a town, a county, a site). */
const LOCATING = new Set(['site', 'town', 'admin2']);
/** The key of a place name, for telling whether another report names the same place: folded, without "the", "St." written out. */
export const townKey = (s: string): string => norm(s).replace(/^st /, 'saint ').replace(/ city$/, '');

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
/** "a 15-year-old", "three-year-old", "aged 26"; a name followed by ", 26," is the same statement of age (case-sensitive: the name is capitalised). */
const AGE = /\b(\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)[- ]years?[- ]old\b|\b[Aa]ged (\d{1,3})\b|\b[A-Z][a-z]+, (\d{1,2})(?=[,.;])/g;

/** An infant's age in months ("a 17-month-old", "age 17 months", "Dana Roe, 17 months,"): kept as "17 months", apart from ages in years. */
const MONTHS_AGE = /\b(\d{1,2})[- ]months?[- ]old\b|\b[Aa]ged? (\d{1,2}) months\b|(?<=[A-Z][a-z]+, )(\d{1,2}) months\b/g;

/** An age stated right after a name ("Amaya Shafi, 17," / ", age 17 months"): the name is a person's, whatever type the tagger gave it. */
const AGE_AFTER = /^,\s*(?:age[ds]?\s+)?\d{1,3}\b/;

/**
 * A capitalised name ending in a street or building word ("S. Lois Ave.", "Clipper Bay Apartments", "Hampton Inn"):
 * a place below the city, whatever type the tagger gave it.
 */
const STREET_OR_VENUE = nameEndingIn(`${STREET_SUFFIXES}|Pkwy\\.?|Apartments|Apartment Complex|Homes|Motel|Hotel|Inn|Lounge|Nightclub|Club|Bar|Tavern|Restaurant|Mall`);

/** An office title inside a person's name ("Police Chief Dean Esserman", "Mayor Daryl Busch"): the person speaks for an institution, about many incidents. */
const OFFICE = /\b(?:chief|mayor|sheriff|deputy|officer|detective|sergeant|sgt|lt|lieutenant|captain|capt|commissioner|spokes(?:man|woman|person)|governor|gov|senator|sen|rep|representative|president|minister|secretary|prosecutor|attorney|judge|coroner|councilman|councilwoman|trooper|agent|director)\b\.?/i;

/** An institution word inside a "person" name ("John H. Stroger Jr. Hospital of Cook County"): a building or body, not a person. */
const INSTITUTION = /\b(?:hospital|county|school|college|university|church|center|centre|department|police|court|academy|foundation|association)\b/i;
/**
 * English proper names are head-final: a person's name followed by a capitalised word for a day, a road, a
 * building, a school or a body ("Martin Luther King Jr. Day", "King Memorial Park", "Lincoln High School")
 * names that thing after the person, not a person of the incident. Case-sensitive: "Martin Luther King day" is not a name.
 */
const NAMED_AFTER = /^(?:,?[ \t]+(?:Jr|Sr)\.?,?)?[ \t]+(?:Day|Holiday|Memorial|Park|Boulevard|Blvd\.?|Street|St\.|Avenue|Ave\.?|Road|Rd\.|Drive|Dr\.|Parkway|Expressway|Freeway|Highway|Bridge|Square|Plaza|School|High|Middle|Elementary|Academy|College|University|Institute|Center|Centre|Library|Stadium|Arena|Airport|Hospital|Foundation|Museum|Building|Homes|Apartments|Courts|Recreation|Community)\b/;
/** The same head word written inside what the tagger took for one name ("Martin Luther King Day"); words that are also surnames (Day, Park, Hall) only after three words or more. */
const NAMED_AFTER_INSIDE = /\s(?:Holiday|Memorial|Boulevard|Blvd\.?|Street|Avenue|Ave\.?|Parkway|Expressway|Freeway|Highway|Bridge|Plaza|School|Elementary|Academy|College|University|Institute|Center|Centre|Library|Stadium|Arena|Airport|Foundation|Museum|Building|Apartments)\b|^\S+\s+\S+\s+(?:\S+\s+)*(?:Day|Park)$/;
/**
 * An office written before a name ("Mayor Rahm Emanuel", "Chicago Police Superintendent Eddie Johnson", "said Sgt. Amy Cox") or in
 * an apposition after it ("John Doe, a police spokesman,"): an official speaks for an institution about many incidents.
 */
const OFFICES = 'chief|mayor|sheriff|superintendent|commissioner|spokes(?:man|woman|person)|governor|gov\\.|senator|sen\\.|rep\\.|representative|president|prosecutor|attorney|judge|coroner|examiner|councilman|councilwoman|alderman|ald\\.|sergeant|sgt\\.|lieutenant|lt\\.|captain|capt\\.|director|secretary|minister';
/** (the office word in either case; the words between it and the name capitalised: "Police Chief", not "the chief said the man") */
const OFFICE_BEFORE = new RegExp(`\\b(?:${OFFICES.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)})[ \\t]+(?:[A-Z][\\w.'’-]*[ \\t]+){0,3}$`);
const OFFICE_AFTER = new RegExp(`^,[ \\t]+(?:(?:a|an|the)[ \\t]+)?(?:[\\w.'’-]+[ \\t]+){0,4}?(?:${OFFICES})\\b`, 'i');
/** A photo credit or byline just before a name ("DNAinfo/Alex Nitkin", a line "By Jane Doe"): the journalist, named in every article of the outlet. */
const CREDIT = /(?:\/\s*|(?:^|\n)\s*(?:By|BY|Photo(?: by)?:?|Credit:?)\s+)$/;
/** Where the wounded are treated: a hospital receives the victims of many incidents, so it names none of them. */
const CARE = /\b(?:hospital|medical|clinic|trauma|health)\b/i;

/** Places finer than a town: a gazetteer site, or a named place the gazetteer cannot place (street, venue). */
const FINE_PLACE = new Set(['site']);

/** Street-word abbreviations written out, so "S. Lois Ave." and "S. Lois Avenue" are one spot. */
const STREET_ABBR: Record<string, string> = { st: 'street', ave: 'avenue', av: 'avenue', rd: 'road', dr: 'drive', blvd: 'boulevard', ln: 'lane', pkwy: 'parkway', hwy: 'highway', ct: 'court', pl: 'place' };
const spotKey = (n: string): string => n.replace(/ (st|ave|av|rd|dr|blvd|ln|pkwy|hwy|ct|pl)$/, (_, w: string) => ' ' + STREET_ABBR[w]);

const norm = (s: string): string => foldLatin(s).toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Generational suffixes: "Tony Pass Jr." is "Tony Pass". */
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/**
 * The key of a person's name: lower-cased, without middle initials, a generational suffix or a possessive.
 * News names a person in full once and may add or drop a middle initial or "Jr." from one outlet to the next.
 */
export function personKey(name: string): string {
  // only initials are dropped, not middle names: in patronymic naming ("Ali Hussein Ali") the middle name tells people apart
  return norm(name.replace(/['’]s\b/g, '')).split(' ').filter((t, i, all) => t && !SUFFIX.has(t) && !(t.length === 1 && i > 0 && i < all.length - 1)).join(' ');
}

const inside = (r: Range, list: readonly Range[]): boolean => list.some((s) => s.start <= r.start && r.end <= s.end);

function mentionList(mentions: readonly Mention[] | ReadonlyMap<string, Mention | Mention[]> | null | undefined): Mention[] {
  if (!mentions) return [];
  if ('get' in mentions) return [...(mentions as ReadonlyMap<string, Mention | Mention[]>).values()].flat();
  return [...(mentions as readonly Mention[])];
}

/** A name joined by "and" to a numbered street or a street ("N.E. 23rd and Martin Luther King"): the cross street of an intersection. */
const CROSS_BEFORE = new RegExp(`(?:\\b\\d+(?:st|nd|rd|th)|\\b(?:${STREET_SUFFIXES}))[ \\t]+(?:and|&)[ \\t]+$`);
const CROSS_AFTER = /^[ \t]+(?:and|&)[ \t]+(?:[NSEW]\.?[EW]?\.?[ \t]+)?\d+(?:st|nd|rd|th)\b/;

/** A person's name inside the name of a thing named after them (a holiday, a street, a building, a school, a body), or a street named after them at an intersection. */
export function namedAfter(m: { start: number; end: number; text: string; name: string }, text: string): boolean {
  return NAMED_AFTER.test(text.slice(m.end, m.end + 24)) || CROSS_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || CROSS_AFTER.test(text.slice(m.end, m.end + 24)) || NAMED_AFTER_INSIDE.test(m.text.trim()) || NAMED_AFTER_INSIDE.test(m.name.trim());
}

/** A person named with an office, before the name or in an apposition after it: an official, not a person of the incident. */
export function official(m: { start: number; end: number }, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return OFFICE_BEFORE.test(before.slice(before.search(/[^\n]*$/))) || OFFICE_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * The sentences whose details describe the report. A news article is written about its news: the people
 * it names, the street or venue and the ages it gives belong to the incident it reports, even when the
 * sentence that reports the act names none of them ("Robinson, 26, died at the scene" two sentences
 * after "five were wounded"). So when the article reports one incident of the kind (`wholeArticle`), a
 * report of news takes its details from the whole article; a background event (an earlier incident
 * recalled), or a report in an article of several incidents, only from its own sentences.
 */
function contextOf(e: ExtractedEvent, sentences: readonly Range[] | undefined, wholeArticle: boolean): Range[] {
  return wholeArticle && !e.background && sentences?.length ? [...sentences, ...e.sentences] : [...e.sentences];
}

/**
 * True when the article's news events of this family can all be one incident: no two of them at
 * distant places or on incompatible dates. Then the article's details describe that incident.
 */
export function oneIncident(e: ExtractedEvent, all: readonly ExtractedEvent[], family: (x: ExtractedEvent) => string): boolean {
  const same = all.filter((x) => !x.background && x.modality === 'asserted' && family(x) === family(e));
  for (let i = 0; i < same.length; i++) {
    for (let j = i + 1; j < same.length; j++) {
      const a = same[i]!, b = same[j]!;
      if (a.location && b.location && comparePlaces(placeOf(a.location), placeOf(b.location)).relation === 'distant') return false;
      if (a.date && b.date && dateRelation(a.date.value, b.date.value) === 'incompatible') return false;
    }
  }
  return true;
}

/** The identity details of one report, as evidence (`names`, `spots`, `ages`) with spans. */
export function identityEvidence(article: Article, e: ExtractedEvent, mentions: readonly Mention[] | ReadonlyMap<string, Mention | Mention[]> | null | undefined, sentences?: readonly Range[], wholeArticle = false): EvidenceMap {
  const text = article.text, sents = contextOf(e, sentences, wholeArticle);
  const published = publishedOf(article), source = sourceOf(article), member = memberKey({ article: article.id, event: e.id });
  const out: EvidenceMap = {};
  const seen = new Set<string>();
  const add = (field: string, value: string | number, at: Range): void => {
    const k = `${field}:${value}`;
    if (seen.has(k)) return;
    seen.add(k);
    const sentence = sents.find((s) => s.start <= at.start && at.end <= s.end) ?? at;
    const item: FieldEvidence = { value, evidence: makeSpan(article.id, text, at.start, at.end), sentence: makeSpan(article.id, text, sentence.start, sentence.end), published, source, member };
    (out[field] ??= []).push(item);
  };
  for (const m of mentionList(mentions)) {
    if (!inside(m, sents)) continue;
    // public figures (people the knowledge base knows) comment on many incidents; the private people named belong to this one
    const personLike = m.type === 'person' || (m.type === 'other' && AGE_AFTER.test(text.slice(m.end, m.end + 16)));
    if (m.type === 'other' && STREET_OR_VENUE.test(m.text.trim()) && !CARE.test(m.text)) { add('spots', spotKey(norm(m.text)), m); continue; }
    if (personLike && !m.role && !m.key.startsWith('kb:') && /\s/.test(m.name.trim()) && !OFFICE.test(m.name) && !INSTITUTION.test(m.name) && !CREDIT.test(text.slice(Math.max(0, m.start - 12), m.start))
      && !namedAfter(m, text) && !official(m, text)) {
      const k = personKey(m.name);
      if (k.includes(' ')) add('names', k, m);
      // the people the lead (the article's first two sentences) names are who the story is about: the victim, the
      // suspect, the defendant — a party of the act, not a relative or a neighbour quoted further down (`leads`)
      if (k.includes(' ') && sentences && inside(m, sentences.slice(0, 2))) add('leads', k, m);
    }
    // the towns and counties the report names: where a report that reads no place of its own, or reads another one
    // (a street or a surname taken for a town), may still say the incident happened
    if (m.type === 'location' && m.geo && LOCATING.has(m.geo.precision) && /^[A-Z]/.test(m.text.trim())) { add('towns', townKey(m.text), m); if (townKey(m.name) !== townKey(m.text)) add('towns', townKey(m.name), m); }
    if ((m.type === 'location' || m.type === 'facility') && (!m.geo || FINE_PLACE.has(m.geo.precision ?? '')) && !CARE.test(m.text)) {
      // a name, not a word of the sentence read as a place ("north", "back"): capitalised, and more than one short word
      const n = norm(m.text);
      if (/^[A-Z0-9]/.test(m.text.trim()) && (n.includes(' ') ? n.length > 3 : n.length > 5)) add('spots', spotKey(n), m);
    }
  }
  for (const s of sents) {
    const chunk = text.slice(s.start, s.end);
    for (const x of chunk.matchAll(AGE)) {
      const raw = (x[1] ?? x[2] ?? x[3] ?? '').toLowerCase();
      if (x[3] && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(x[0])) continue;
      const age = NUMBER_WORDS[raw] ?? Number(raw);
      if (!Number.isFinite(age) || age <= 0 || age > 110) continue;
      add('ages', age, { start: s.start + x.index!, end: s.start + x.index! + x[0].length });
    }
    for (const x of chunk.matchAll(MONTHS_AGE)) {
      const n = Number(x[1] ?? x[2] ?? x[3]);
      if (n > 0 && n < 36) add('ages', `${n} months`, { start: s.start + x.index!, end: s.start + x.index! + x[0].length });
    }
  }
  return out;
}

/** The values of one identity field in an evidence map, as a set. */
export function identitySet(ev: Readonly<Record<string, readonly { value: unknown }[]>> | undefined, field: (typeof IDENTITY_FIELDS)[number]): Set<string> {
  return new Set((ev?.[field] ?? []).map((i) => String(i.value)));
}
