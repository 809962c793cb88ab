/**
 * The country an event actor belongs to, as the words around it say, for actors the KB does not link
 * (a linked record has its own country). Written by hand: it reads the sentence's tokens and the KB's
 * country names and demonyms (kb/countries*.jsonl), no list of its own.
 *
 * - a qualifier before the name: a demonym or country, possibly with a possessive, followed only by
 *   modifier and title words ("the Latvian Constitutional Court", "Nigerian junior foreign minister
 *   Dubem Oniya", "Iraq's interim government", "U.S. negotiator Paul Nitze"): English puts the nationality
 *   of a person or body before its description;
 * - a word of its own name ("Serb forces", "Rwandan rebels"), a plural demonym's singular included
 *   ("Serb" of "Serbs", as "Iraqi" is of "Iraqis"): the singular ethnonym is the adjective;
 * - a person's name with the title written before it, as the PETRARCH2 dictionary writes people
 *   ("President Bush" → PRESIDENT BUSH, USA during the term; the surname alone names nobody);
 * - a place it is said to be in or of ("opposition groups in Zimbabwe", "rebels of southern Sudan"):
 *   a group located in a country is of it, unless its own words name another (those come first).
 * The result carries the words that gave the country (`by`) and their offsets (`at`).
 */
import type { ActorRef } from '../../core/model/event.js';
import type { Range } from '../../core/span.js';
import { rangeOf, textOf, type SentView } from './sentence.js';
import { petrarchActor } from '../ontology/petrarch.js';

export interface ActorCountry {
  readonly iso2: string;
  /** how: `qualifier`, `name` or `place`, with the words, e.g. "qualifier: Latvian" */
  readonly by: string;
  readonly at: Range;
}

const CAP = /^[A-Z]/;
/** words that may stand between a nationality and the name it qualifies: modifiers and titles, not verbs or function words */
const MODIFIER_POS = /^(ADJ|NOUN|PROPN)$/;

/** The country a capitalised word run [s, e) names (a country name or demonym), by the KB. */
function countryOfWords(v: SentView, s: number, e: number): string | null {
  if (s < 0 || !CAP.test(v.toks[s]!.text)) return null;
  const text = textOf(v, s, e);
  const rec = v.res.kb.countryByName(text);
  if (rec?.country) return rec.country;
  // a singular ethnonym of a plural demonym: "Serb" of "Serbs", "Turk" of "Turks"
  if (e - s === 1 && /^[A-Z][a-z]+[^s]$/.test(text)) {
    const pl = v.res.kb.countryByName(text + 's');
    if (pl?.country) return pl.country;
  }
  return null;
}

/** The longest country word run (up to 3 words) ending at token k (exclusive end k + 1). */
function countryEndingAt(v: SentView, k: number): { iso2: string; s: number } | null {
  for (let n = 3; n >= 1; n--) {
    const s = k - n + 1;
    if (s < 0) continue;
    const c = countryOfWords(v, s, k + 1);
    if (c) return { iso2: c, s };
  }
  return null;
}

const personOrOrg = (v: SentView, k: number): boolean =>
  v.doc.mentions.some((m) => (m.type === 'person' || m.type === 'organization') && v.toks[k]!.start >= m.start && v.toks[k]!.end <= m.end);

/** A nationality written before token `start`, over at most five modifier or title words. */
export function qualifierCountry(v: SentView, start: number): ActorCountry | null {
  for (let k = start - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const w = v.toks[k]!.text;
    if (/^['’]s?$/.test(w) || /^['’]s$/.test(v.low[k]!)) {
      // a possessive owner: "Iraq's interim government", "Niger's ambassador X"
      const c = countryEndingAt(v, k - 1);
      return c ? { iso2: c.iso2, by: `qualifier: ${textOf(v, c.s, k + 1)}`, at: rangeOf(v, c.s, k + 1) } : null;
    }
    const c = countryEndingAt(v, k);
    if (c) return { iso2: c.iso2, by: `qualifier: ${textOf(v, c.s, k + 1)}`, at: rangeOf(v, c.s, k + 1) };
    if (!MODIFIER_POS.test(v.toks[k]!.pos) || !/^[A-Za-z][A-Za-z.-]*$/.test(w) || personOrOrg(v, k)) return null;
  }
  return null;
}

/** A country or demonym among the words [s, e) of the actor's own name. */
export function nameCountry(v: SentView, s: number, e: number): ActorCountry | null {
  for (let k = s; k < e; k++) {
    const c = countryEndingAt(v, k);
    if (c && c.s >= s) return { iso2: c.iso2, by: `name: ${textOf(v, c.s, k + 1)}`, at: rangeOf(v, c.s, k + 1) };
  }
  return null;
}

/** A person written with their title, as a PETRARCH2 dictionary actor on the article's date: "President Bush". */
export function titledCountry(v: SentView, s: number, e: number): ActorCountry | null {
  const date = v.doc.article.published?.slice(0, 10) ?? null;
  for (let k = s - 1; k >= 0 && k >= s - 4; k--) {
    if (!/^[A-Z][A-Za-z.]*$/.test(v.toks[k]!.text)) return null;
    const p = petrarchActor(v.res, textOf(v, k, e), date);
    if (p?.country) return { iso2: p.country, by: `title: ${textOf(v, k, e)} (PETRARCH2 ${p.code})`, at: rangeOf(v, k, e) };
  }
  return null;
}

/** Directions written before a place ("southern Serbia", "north-east Nigeria"). */
const DIRECTION = /^(north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northeastern|northwestern|southeastern|southwestern|upper|lower)$/;

/** The country of a place the actor is said to be in or of, right after its words end at token `end`. */
export function placeCountryAfter(v: SentView, end: number): ActorCountry | null {
  if (!/^(in|of|from)$/.test(v.low[end] ?? '')) return null;
  let k = end + 1;
  while (k < v.toks.length && (v.toks[k]!.pos === 'DET' || DIRECTION.test(v.low[k]!))) k++;
  if (k >= v.toks.length) return null;
  const at = v.toks[k]!.start;
  const m = v.doc.mentions.find((x) => x.start === at && x.type === 'location');
  const iso2 = m?.geo?.country ?? (m ? v.res.kb.countryByName(m.text)?.country : null) ?? null;
  if (m && iso2) return { iso2, by: `place: ${v.doc.article.text.slice(v.toks[end]!.start, m.end)}`, at: { start: v.toks[end]!.start, end: m.end } };
  return null;
}

/**
 * The actor with the country its context gives, when the KB does not link it: its own name's words
 * first, then the qualifier before it, then a place after it. An actor already carrying a country, or
 * linked to a KB record, is returned unchanged.
 */
export function withActorCountry(v: SentView, a: ActorRef): ActorRef {
  if (a.country || (a.entity && !a.entity.startsWith('name:'))) return a;
  // (an actor named in another sentence, as a pronoun's antecedent, is read where it is written, not here)
  if (a.at.start < v.range.start || a.at.end > v.range.end) return a;
  const s = v.toks.findIndex((t) => t.end > a.at.start);
  if (s < 0) return a;
  let e = s;
  while (e < v.toks.length && v.toks[e]!.start < a.at.end) e++;
  // a person's own name says nothing of a country ("Jordan Smith", "Chad X")
  const person = !!a.entity?.startsWith('name:person:');
  const c = (person ? titledCountry(v, s, e) : nameCountry(v, s, e)) ?? qualifierCountry(v, s) ?? placeCountryAfter(v, e);
  return c ? { ...a, country: c.iso2, countryBy: c.by, countryAt: c.at } : a;
}
