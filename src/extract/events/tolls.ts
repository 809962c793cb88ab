/**
 * Checks that keep a casualty phrase an honest toll of the incident (used by casualties.ts):
 * - an injury word that is the cause of a death ("died from a gunshot wound", "succumbed to his injuries")
 *   counts no one injured: the dead are not counted again among the injured;
 * - when the same people are told injured and then dead ("a juvenile injured in a shooting has died"),
 *   the injured count gives way to the death;
 * - a perpetrator among the dead ("three people, including the gunman, were killed", "the shooter was
 *   also killed") is kept apart as its own count, the total left as the source gives it (GTD and ACLED
 *   count perpetrators in the total);
 * - a number that is an age, a year, a calibre or a house number ("a 15-year-old", "in 2015", ".45-caliber",
 *   "1200 Main Street") is no count of people.
 * - people told hit by the act ("seven people were shot ... Two of the victims were killed") are the hurt
 *   total: the injured are the hurt less the killed of the same incident, recorded with both spans and why;
 *   a count of injured the text states itself wins ("N wounded" is not counted twice).
 * Hand-written over the POS chunks of sentence.ts, like the rest of the casualty grammar.
 */
import type { Count, Sourced } from '../../core/model/event.js';
import type { Range } from '../../core/span.js';
import { rangeOf, type SentView } from './sentence.js';
import { STREET_WORDS } from '../../lexicon/streets.js';

const STREET = new Set(STREET_WORDS);

/** "died from", "died of", "succumbed to" (with a possessive or article between) right before token k. */
export function isDeathCause(v: SentView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = v.low[j]!;
    if (/^(from|of|to)$/.test(w)) {
      const verb = v.lemma[j - 1] ?? '';
      return /^(die|succumb|dead)$/.test(verb) || /^(died|succumbed|dies|dying)$/.test(v.low[j - 1] ?? '');
    }
    if (!['DET', 'PRON', 'ADJ', 'NOUN'].includes(v.toks[j]!.pos) && !/^(his|her|their|its|gunshot|bullet|stab)$/.test(w)) return false;
  }
  return false;
}

const PERPETRATOR = /^(gunman|gunmen|shooter|shooters|attacker|attackers|assailant|assailants|bomber|bombers|perpetrator|perpetrators|suspect|suspects|killer|hijacker|hijackers)$/;

/**
 * A perpetrator named among the dead in chunk [a, b) or in an "including" part right after it: how many,
 * with the span.
 */
export function perpetratorsAmong(v: SentView, a: number, b: number): Sourced<Count> | null {
  const end = Math.min(v.toks.length, b + 8);
  for (let k = a; k < end; k++) {
    if (k >= b && !v.low.slice(b, k).includes('including')) continue;
    if (PERPETRATOR.test(v.low[k]!)) {
      const plural = /s$|men$/.test(v.low[k]!) && !/^(suspects?)$/.test(v.low[k]!) ? null : 1;
      const n = v.toks[k - 1]?.pos === 'NUM' ? Number(v.low[k - 1]) : null;
      const count = n && Number.isFinite(n) ? { min: n, max: n } : plural === 1 ? { min: 1, max: 1 } : { min: 1, max: null };
      return { value: count, at: rangeOf(v, k, k + 1) };
    }
  }
  return null;
}

/**
 * The number at token k is no count of people: an age ("a 15-year-old", "aged 15", "John Smith, 22,"), a
 * year ("in 2015"), a calibre (".45-caliber", "9mm") or a house number ("1200 Main Street", "the 8800 block").
 */
export function isNotAPeopleCount(v: SentView, k: number): boolean {
  const w = v.low[k]!;
  const next = v.low[k + 1] ?? '';
  if (next === '-' && /^(year|month|week|day)s?$/.test(v.low[k + 2] ?? '')) return true;
  if (/^\d+-(year|month|week|day)/.test(w) || /^(year|month|week|day)s?-old$/.test(next)) return true;
  if (/^(aged|age)$/.test(v.low[k - 1] ?? '')) return true;
  // "John Smith, 22,": a bare number in commas after a name
  if (v.low[k - 1] === ',' && v.toks[k - 2]?.pos === 'PROPN' && /^(,|\))$/.test(next)) return true;
  if (/^(1[89]|20)\d\d$/.test(w) && !/^(people|persons|civilians|soldiers)$/.test(next)) return true;
  if (/^\.?\d+(mm|cal|caliber|calibre)$/.test(w) || /^(caliber|calibre|mm|millimeter|millimetre)$/.test(next) || (next === '-' && /^(caliber|calibre)$/.test(v.low[k + 2] ?? ''))) return true;
  if (next === 'block' || STREET.has(next) || (v.toks[k + 1]?.pos === 'PROPN' && (STREET.has(v.low[k + 2] ?? '') || /^(way|court|ct|place|pl)$/.test(v.low[k + 2] ?? '')))) return true;
  return false;
}

/** The injured read from the hurt total, with the provenance of both figures and the reason. */
export interface InjuredOfHurt {
  injured: Sourced<Count>;
  why: { field: string; value: unknown; at: Range };
}

/**
 * The injured of an incident whose text tells how many were hit (shot, stabbed) and perhaps how many died, but
 * not how many were injured: the hit who did not die are the injured (the dead are not counted among the
 * injured). Null when the text states an injured count itself, when no one is told hit, or when more are told
 * dead than hit (the dead then include people the hit count does not, and the difference means nothing).
 */
export function injuredOfHurt(hurt: Sourced<Count> | null | undefined, killed: Sourced<Count> | null, injured: Sourced<Count> | null): InjuredOfHurt | null {
  if (!hurt || injured) return null;
  const h = hurt.value;
  const k = killed?.value ?? { min: 0, max: 0 };
  // an open or uncertain number of dead leaves the living among the hit unknown, unless the hit are open too
  if (k.max === null || k.min !== k.max) return null;
  if (h.max !== null && k.min > h.max) return null;
  const value: Count = { min: Math.max(0, h.min - k.min), max: h.max === null ? null : h.max - k.min };
  if (value.max === null && value.min === 0) return null;
  const reason = killed ? 'injured = people hit by the act less the killed of the same incident' : 'injured = people hit by the act, none told dead';
  return {
    injured: { value, at: hurt.at },
    why: { field: 'injuredFromHurt', value: { hurt: h, killed: killed ? killed.value : null, killedAt: killed ? killed.at : null, reason }, at: hurt.at },
  };
}

/** Words that make a following "since" mark a record, not a period ("the worst single attack ... since civil war broke out"). */
const RECORD_WORD = /^(worst|deadliest|bloodiest|first|single|largest|biggest|highest|greatest|heaviest|fiercest)$/;
const PERIOD_UNIT = /^(weeks?|months?|years?|decades?)$/;
// (not "the fighting", "the offensive": those name the incident itself as often as a war)
const WAR_NOUN = /^(war|conflict|uprising|insurgency|revolution)$/;

/**
 * A toll summed over a period is no incident's toll: "more than 500,000 people have died since 2011", "100
 * civilians have been killed since the beginning of the year", "killed so far", "to date", "over the past
 * three years", "killed in the war". Looks at the count's clause after the casualty word (tokens [b, to),
 * up to the clause's end) and at the sentence's opening ("Since 2011, ..."). Gives the cue with its token,
 * else null. "since" after a record word ("the worst attack since 2013") dates a record, not a sum.
 */
export function periodOfToll(v: SentView, from: number, a: number, b: number, to: number): { cue: string; at: number } | null {
  // "the war has killed more than 500,000": a war as the agent of the killing
  let s = a - 1;
  while (s > from && /^(AUX|ADV)$/.test(v.toks[s]!.pos)) s--;
  if (s < a - 1 && s >= from && WAR_NOUN.test(v.low[s]!) && v.low[s - 1] === 'the') return { cue: `the ${v.low[s]}`, at: s };
  const end = Math.min(to, b + 14);
  const open = (k: number): { cue: string; at: number } | null => {
    const w = v.low[k]!, n1 = v.low[k + 1] ?? '', n2 = v.low[k + 2] ?? '', n3 = v.low[k + 3] ?? '';
    if (w === 'since' && v.toks[k]!.pos !== 'SCONJ' || w === 'since' && /^(the|\d{4})$/.test(n1)) return { cue: 'since', at: k };
    if (w === 'so' && n1 === 'far') return { cue: 'so far', at: k };
    if (w === 'to' && n1 === 'date') return { cue: 'to date', at: k };
    if (/^(over|in|during|throughout)$/.test(w) && n1 === 'the' && /^(past|last)$/.test(n2) && (PERIOD_UNIT.test(n3) || PERIOD_UNIT.test(v.low[k + 4] ?? ''))) return { cue: `${w} the ${n2} ...`, at: k };
    if (/^(in|during|throughout|of)$/.test(w) && n1 === 'the' && (WAR_NOUN.test(n2) || /^civil$/.test(n2) && n3 === 'war')) return { cue: `${w} the ${n2}`, at: k };
    return null;
  };
  for (let k = b; k < end; k++) {
    if (/^[.;:!?]$/.test(v.low[k]!)) break;
    const hit = open(k);
    if (!hit) continue;
    if (hit.cue === 'since' && v.low.slice(from, k).some((w) => RECORD_WORD.test(w))) return null;
    return hit;
  }
  // "Since 2011, ...", "So far, ...": a period opening the sentence scopes its counts
  const first = open(0);
  return first && first.at === 0 && from === 0 ? first : null;
}
