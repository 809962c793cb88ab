/**
 * The argument frame of a trigger: which chunks of the sentence fill which role. Verbs take a subject
 * (left) and an object (right), swapped in the passive where the "by" phrase gives the subject role
 * ("X was attacked by drones"); participles and conjoined verbs inherit the clause subject ("The U.S.
 * responded Tuesday, hitting ..."); relative clauses take their antecedent. Nouns take premodifiers and
 * possessors ("a U.S. airstrike", "Tuesday's attack"), "by"/"of"/"on" complements, the subject of their light
 * verb ("Kataib Hezbollah launched ... attack") and the object of the verb they are subject of ("A drone
 * attack struck X"). Prepositional phrases in the clause give targets and places. A participle or relative
 * clause between subject and verb is skipped ("JWS fighters operating under OPS shelled"), its "supported
 * by" partner joining the agents; one clashes "with" the other side, and "clashes between X and Y" have X
 * as agent and Y as target.
 */
import type { SlotRole } from '../../lexicon/index.js';
import { clauseSpan, type SentView } from './sentence.js';
import { npLeft, npRight } from './np.js';
import { isPassive, type TriggerHit } from './triggers.js';

export interface Slot {
  readonly role: SlotRole;
  /** token range [a, b) */
  readonly a: number;
  readonly b: number;
  /** how the slot was found: subj, obj, by, of, on, premod, light-subj, happen-obj, prep:<word>, with */
  readonly via: string;
}

export interface Frame {
  readonly hit: TriggerHit;
  readonly passive: boolean;
  readonly slots: Slot[];
  readonly clause: [number, number];
}

const SKIP_LEFT = new Set(['AUX', 'ADV', 'PART']);
const QUOTE = /^["“”']$/;
const TARGET_PREPS = new Set(['on', 'against', 'at', 'targeting', 'upon']);
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'into', 'through', 'thru', 'across', 'inside', 'along', 'toward', 'towards', 'around', 'from', 'within', 'off']);
const PARTICLES = new Set(['down', 'up', 'out', 'off']);

/** Subject of the verb at `k`: the chunk to its left, or the inherited clause subject for participles and conjoined verbs. */
export function subjectOf(v: SentView, k: number, depth = 0): [number, number] | null {
  const [ca] = clauseSpan(v, k);
  let j = k;
  let sawTo = false;
  // the perfect infinitive's "have" is an auxiliary whatever the tagger says: "is alleged to have attacked"
  const auxAt = (i: number) => SKIP_LEFT.has(v.toks[i]!.pos) || (v.lemma[i] === 'have' && v.low[i - 1] === 'to' && i + 1 < v.toks.length && v.toks[i + 1]!.pos !== 'DET');
  while (j - 1 >= ca && (auxAt(j - 1) || v.low[j - 1] === 'not' || QUOTE.test(v.low[j - 1]!)) && v.low[j - 1] !== "'s") { if (v.low[j - 1] === 'to') sawTo = true; j--; }
  // "was found shot", "was left wounded": the verb of state and its auxiliary stand between subject and participle
  if (j - 2 >= ca && /^(find|leave)$/.test(v.lemma[j - 1]!) && v.lemma[j - 2] === 'be' && j === k) { j -= 2; while (j - 1 >= ca && SKIP_LEFT.has(v.toks[j - 1]!.pos) && v.low[j - 1] !== "'s") j--; }
  // a time adverbial between subject and verb is no subject: "Serbia on Thursday flatly rejected", "Denmark today accepted"
  const t0 = timeBefore(v, j, ca);
  if (t0 >= 0 && t0 > ca) { j = t0; while (j - 1 >= ca && (SKIP_LEFT.has(v.toks[j - 1]!.pos) || v.low[j - 1] === ',') && v.low[j - 1] !== "'s") j--; }
  const prev = v.low[j - 1];
  // "expect to begin talks": the subject of the governing verb
  if (sawTo && depth < 2 && j - 1 >= 0 && v.toks[j - 1]!.pos === 'VERB') return subjectOf(v, j - 1, depth + 1);
  // "Norway is willing to send", "Syria was ready to withdraw": an adjective after a copula controls the
  // subject of its infinitive, which is the copula's subject
  if (sawTo && depth < 2 && j - 2 >= ca && v.toks[j - 1]!.pos === 'ADJ' && (v.toks[j - 2]!.pos === 'AUX' || v.lemma[j - 2] === 'be')) return subjectOf(v, j - 1, depth + 1);
  if (j - 1 >= 0 && (prev === 'which' || prev === 'that' || prev === 'who') && depth < 2) {
    let e = j - 1;
    if (v.low[e - 1] === ',') e--;
    return npLeft(v, e, { coord: true });
  }
  // "died after being stabbed", "were standing outside before being shot": a passive gerund after a
  // preposition of time has no subject of its own; it is the main clause's, the nearest finite verb's before it
  if (depth < 2 && v.low[j] === 'being' && j < k && /^(after|before|since|while|without|despite|until|upon)$/.test(prev ?? '')) {
    for (let m = j - 2; m >= 0; m--) {
      const finite = v.toks[m]!.pos === 'AUX' || (v.toks[m]!.pos === 'VERB' && !/ing$/.test(v.low[m]!) && v.toks[m - 1]?.pos !== 'AUX');
      if (!finite) continue;
      const s = subjectOf(v, m, depth + 1);
      if (s) return s;
    }
  }
  const ing = /ing$/.test(v.low[k]!);
  if (depth < 2 && (prev === ',' || prev === 'and' || prev === 'while' || prev === 'before' || prev === 'after' || prev === 'by') && (ing || prev === 'and')) {
    // "shot and killed": the verb right before "and" is the conjunct, whatever the tagger made of it
    if (prev === 'and' && j - 2 > ca && PAST_AS_NOUN.test(v.low[j - 2]!) && v.toks[j - 2]!.pos !== 'VERB') return subjectOf(v, j - 2, depth + 1);
    // inherit: the subject of the nearest finite verb to the left
    for (let m = j - 2; m >= 0; m--) {
      if (v.toks[m]!.pos === 'VERB' && !/ing$/.test(v.low[m]!) || (v.toks[m]!.pos === 'VERB' && prev === 'and')) return subjectOf(v, m, depth + 1);
    }
    // "Houthi fighters shot and injured ...": a past-tense verb the tagger took for a noun
    if (prev === 'and' && j - 2 > ca && PAST_AS_NOUN.test(v.low[j - 2]!)) return subjectOf(v, j - 2, depth + 1);
  }
  if (j - 1 < ca) {
    // the clause starts with the verb: a relative pronoun may be the previous clause's last word
    return null;
  }
  let np = npLeft(v, j, { coord: true, floor: 0 });
  // a complete relative clause between subject and verb: "a man who had been in a dispute with his two brothers
  // shot them" — the words before the verb end the relative clause (it has its own verb); the subject is its antecedent
  // (not when the phrase is the object of a verb taking an object complement: "a rampage that left seven people dead")
  if (np && depth < 2 && !/^(leave|find|keep|make|see|get|have|want)$/.test(v.lemma[np[0] - 1] ?? '') && !/^(left|found)$/.test(v.low[np[0] - 1] ?? '')) {
    for (let r = np[0] - 1; r > 0 && r >= np[0] - 14; r--) {
      if (v.low[r] === ',' && r < np[0] - 1) break;
      if (!REL.has(v.low[r]!) || v.toks[r]!.pos === 'SCONJ') continue;
      const ownVerb = v.toks.slice(r + 1, np[0]).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      const ante = ownVerb ? npLeft(v, v.low[r - 1] === ',' ? r - 1 : r, { floor: 0 }) : null;
      if (ante) np = ante;
      break;
    }
  }
  // a personal pronoun takes no modifier: words before it are no part of its phrase ("said on Monday it")
  if (np && np[1] - np[0] > 1 && /^(it|they|he|she)$/.test(v.low[np[1] - 1]!) && v.toks[np[1] - 1]!.pos === 'PRON') np = [np[1] - 1, np[1]];
  // "Hungary has said it will support ...": a pronoun subject of a reported clause is the speaker
  if (np && depth < 2 && np[1] - np[0] === 1 && /^(it|they|he|she)$/.test(v.low[np[0]]!)) {
    let k = np[0] - 1;
    if (v.low[k] === 'that') k--;
    // a time between the verb and its clause is an adverbial of the verb: "Switzerland said today it had expelled"
    const t = k >= 0 ? timeBefore(v, k + 1, 0) : -1;
    if (t >= 0) { k = t - 1; if (v.low[k] === 'that') k--; }
    const { reportingVerbs } = v.lex.cues;
    if (k >= 0 && v.toks[k]!.pos === 'VERB' && (reportingVerbs.has(v.lemma[k]!) || reportingVerbs.has(v.low[k]!)) && v.low[k] !== 'according') return subjectOf(v, k, depth + 1) ?? np;
  }
  return np;
}

/**
 * Start of a time expression (doc.times) that ends right before token j, with its preposition ("on
 * Thursday", "last week", "today"), or -1. Only a time preceded by more words of the clause counts: the
 * subject must still lie to its left.
 */
function timeBefore(v: SentView, j: number, ca: number): number {
  if (j - 1 < ca) return -1;
  const tok = v.toks[j - 1]!;
  const t = v.doc.times.find((x) => x.start <= tok.start && x.end >= tok.end);
  if (!t) return -1;
  let s = j - 1;
  while (s - 1 >= ca && v.toks[s - 1]!.start >= t.start) s--;
  if (s - 1 >= ca && /^(on|in|at|early|late|last|this|since)$/.test(v.low[s - 1]!)) s--;
  return s;
}

const SUBJ_PP = new Set(['in', 'at', 'near', 'of', 'outside', 'from', 'inside']);
const PAST_AS_NOUN = /^(shot|hit|struck|beat|bombed|shelled|stabbed|attacked|fired|raided|targeted)$/;
/** participles that bring in a partner of the subject: "Turkish forces supported by JWS" */
const ALLY_VERBS = /^(supported|backed|accompanied|assisted|aided|joined|led|reinforced)$/;
const REL = new Set(['who', 'which', 'that']);

/** Subject with prepositional phrases peeled off: the head chunk and the place chunks attached to it. */
export function subjectWithPlaces(v: SentView, k: number): { subj: [number, number] | null; pps: [number, number][]; allies: [number, number][] } {
  let subj = subjectOf(v, k);
  const pps: [number, number][] = [];
  const allies: [number, number][] = [];
  for (let hop = 0; subj && hop < 4; hop++) {
    const p = subj[0] - 1;
    if (p < 1) break;
    if (SUBJ_PP.has(v.low[p]!)) {
      // "Jimmy Richardson, 27, of Vallejo": an age in apposition between the name and its place
      const aged = v.low[p - 1] === ',' && v.toks[p - 2]?.pos === 'NUM' && v.low[p - 3] === ',' ? p - 3 : p;
      const before = npLeft(v, aged, { coord: true });
      if (before) {
        pps.push(subj);
        subj = before;
        continue;
      }
      // "Houthi forces stationed in the Central Security Camp fired": a participle before the place
    }
    // a participle or relative clause between subject and verb: "JWS fighters operating under OPS shelled",
    // "Turkish forces supported by JWS who operates under OPS shelled", "forces positioned on a road ... fired"
    let q = p - 1;
    if (v.toks[p]!.pos !== 'ADP' || q < 1 || v.toks[q]!.pos !== 'VERB') break;
    const participle = /(ed|ing|en)$/.test(v.low[q]!);
    const verb = q;
    if (REL.has(v.low[q - 1]!)) q--;
    else if (!participle) break;
    if (v.low[q - 1] === ',') q--;
    const before = npLeft(v, q, { coord: true });
    if (!before) break;
    if (ALLY_VERBS.test(v.low[verb]!) && v.low[p] === 'by') allies.push(subj);
    else if (PLACE_PREPS.has(v.low[p]!) || SUBJ_PP.has(v.low[p]!) || v.low[p] === 'on') pps.push(subj);
    subj = before;
  }
  return { subj, pps, allies };
}

/** First token at or after j that is not inside a time expression ("demanded Friday that ..."). */
const DAY_WORDS = /^(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
function pastTime(v: SentView, j: number, limit: number): number {
  while (j < limit && (DAY_WORDS.test(v.low[j]!) || v.doc.times.some((x) => x.start <= v.toks[j]!.start && x.end >= v.toks[j]!.end))) j++;
  return j;
}

function objectOf(v: SentView, end: number, limit: number): [number, number] | null {
  let j = end;
  while (j < limit && (v.toks[j]!.pos === 'ADV' || PARTICLES.has(v.low[j]!))) j++;
  // a bare time between a verb and its object is an adverbial: "demanded Friday that", "released today the names"
  if (j < limit && v.toks[j]!.pos !== 'DET') { const t = pastTime(v, j, limit); if (t >= limit) return null; j = t; }
  if (v.toks[j]?.pos === 'ADP') return null;
  return npRight(v, j, { coord: true, limit });
}

/** Is chunk [a, b) a place (a place mention, or a place noun as its head)? */
function placeLike(v: SentView, a: number, b: number): boolean {
  const s = v.toks[a]!.start, e = v.toks[b - 1]!.end;
  if (v.doc.mentions.some((m) => (m.type === 'location' || m.type === 'facility') && m.start >= s && m.end <= e && !/(ans|is|s)$/.test(m.text))) return true;
  return v.lex.cues.placeNouns.has(v.low[b - 1]!);
}

/**
 * Acts between two parties, where "with" names the partner ("a meeting with President Obama", "lodged a protest
 * with Albania", "a truce with Moslem forces"), not an instrument.
 */
const PARTNER_WITH = /^(CONSULT|AGREE|COOPERATE|CONCEDE|REQUEST|ACCUSE|REJECT|SUPPORT|AID|RETREAT)$/;
/**
 * Acts that take something from another party, where "from" names that party ("demanded autonomy from Serbian
 * authorities", "rejected an offer from Afghanistan", "confiscated weapons from armed groups"), not a place of origin.
 */
const PARTY_FROM = /^(REQUEST|REJECT|CONCEDE|AGREE|COERCE|SANCTION)$/;

function prepSlots(v: SentView, from: number, to: number, slots: Slot[], roleFor: (prep: string) => SlotRole, toTargets = false, clash = false, violent = false, type = ''): void {
  for (let k = from; k < to; k++) {
    const w = v.low[k]!;
    let prep: string | null = null;
    let start = k + 1;
    if (TARGET_PREPS.has(w) || PLACE_PREPS.has(w) || w === 'with') prep = w;
    else if (/^(south|north|east|west|southeast|southwest|northeast|northwest|outskirts)$/.test(w) && v.low[k + 1] === 'of') { prep = w + ' of'; start = k + 2; }
    if (w === 'to' && toTargets && v.toks[k]!.pos === 'ADP') prep = 'to';
    if (!prep) {
      const p = v.toks[k]!.pos;
      if ((p === 'VERB' || p === 'AUX') && k > from && v.low[k - 1] !== '-' && !(/(ed|ing)$/.test(w) && (v.toks[k - 1]!.pos === 'NOUN' || v.toks[k - 1]!.pos === 'PROPN'))) break;
      continue;
    }
    const np = npRight(v, start, { coord: true, limit: to });
    if (!np) continue;
    // one clashes with the other side, not with a weapon: "clashed with Israeli military forces"
    const withRole: SlotRole = (clash || PARTNER_WITH.test(type)) && v.toks[np[0]]!.pos !== 'NUM' ? 'target' : 'weapon';
    // the party something is taken from is read as a target and still as a place (readSlot keeps places apart)
    if (prep === 'from' && PARTY_FROM.test(type)) slots.push({ role: 'target', a: np[0], b: np[1], via: 'from-party' });
    // what is fired "towards" people or forces is aimed at them: "fired tear gas canisters toward Palestinians"
    const aimed = violent && (prep === 'toward' || prep === 'towards') && !placeLike(v, np[0], np[1]);
    slots.push({ role: prep === 'with' ? withRole : prep === 'to' || aimed ? 'target' : roleFor(prep), a: np[0], b: np[1], via: 'prep:' + prep });
    k = np[1] - 1;
  }
}

const VIOLENT_TYPES = /^(ASSAULT|PROTEST|MOBILIZE)$/;

/**
 * Targets an act takes from its clausal complement:
 * - a request's "that"-clause subject is whom it asks to act ("demanded that the United States match",
 *   "urging that Hamas renounce"): the subject followed by its verb or modal;
 * - an infinitive complement's object and "to/against/on" phrases are the target of a verb that commits to,
 *   threatens or refuses that act ("threatened to ban Ugandan opposition candidates", "refused to allow United
 *   Nations planes", "threatened to deliver blows to the United States"): the act is the verb's theme.
 */
function complementTargets(v: SentView, hit: TriggerHit, cb: number, slots: Slot[]): void {
  // the complement clause is a clause of its own: read up to its end
  const end = Math.max(cb, hit.b < v.toks.length ? clauseSpan(v, Math.min(v.toks.length - 1, pastTime(v, hit.b, v.toks.length) + 1))[1] : cb);
  let j = pastTime(v, hit.b, end);
  while (j < end && v.toks[j]!.pos === 'ADV') j++;
  if (v.low[j] === 'that' && hit.entry.type === 'REQUEST') {
    const np = npRight(v, j + 1, { coord: true, limit: end });
    // the clause's verb follows its subject (a bare subjunctive the tagger may take for a noun: "that the DPRK forsake")
    const next = np && np[1] < end ? v.toks[np[1]]! : null;
    if (np && next && (next.pos === 'VERB' || next.pos === 'AUX' || (/^[a-z]+$/.test(next.text) && !/^(ADP|CCONJ|SCONJ|DET|PUNCT|PART)$/.test(next.pos)))) slots.push({ role: 'target', a: np[0], b: np[1], via: 'that-subj' });
    return;
  }
  if (v.low[j] !== 'to' || v.toks[j + 1]?.pos !== 'VERB') return;
  const verb = j + 1;
  const obj = objectOf(v, verb + 1, cb);
  if (obj) slots.push({ role: 'target', a: obj[0], b: obj[1], via: 'comp-obj' });
  const inner: Slot[] = [];
  prepSlots(v, obj ? obj[1] : verb + 1, cb, inner, (prep) => (TARGET_PREPS.has(prep) ? 'target' : 'place'), true);
  for (const x of inner) if (x.role === 'target' && x.via !== 'prep:at') slots.push({ ...x, via: 'comp-' + x.via });
}

function premodRole(v: SentView, [a, b]: [number, number]): SlotRole | null {
  const from = v.toks[a]!.start, to = v.toks[b - 1]!.end;
  if (v.doc.times.some((t) => t.start < to && t.end > from)) return null;
  // a noun before an -ing participle is that participle's object, not the doer of the head ("a non-life threatening
  // wound", "a record-breaking rally", "peace-keeping troops": a synthetic compound); an -ed one keeps its agent ("U.S.-led")
  const last = v.toks[b - 1]!;
  if (b - 1 > a && /ing$/.test(v.low[b - 1]!) && (last.pos === 'VERB' || last.pos === 'ADJ' || last.pos === 'NOUN')) return null;
  const m = v.doc.mentions.find((x) => x.start <= from && x.end >= to && (x.type === 'location' || x.type === 'facility'));
  if (m && m.geo && m.geo.precision !== 'country' && m.geo.precision !== 'region') return 'place';
  return 'agent';
}

/** irregular past participles of act verbs in a reduced relative ("the man shot in the attack"; "militants shot at a post" is a past tense) */
const IRREGULAR_PARTICIPLE = /^(shot|hit|struck|slain|beaten|stabbed|thrown|blown|held|taken|seized|caught|hurt)$/;

export function buildFrame(v: SentView, hit: TriggerHit): Frame {
  const e = hit.entry;
  const clause = clauseSpan(v, hit.head);
  const [, cb] = clause;
  const slots: Slot[] = [];
  // reduced relative: "fighters killed in a U.S. counterstrike" reads as a passive (never a protest verb:
  // "employees protested in"; a phrase that ends in a noun or adjective, "remained on alert", is no participle)
  const reduced = hit.verbal && e.type !== 'PROTEST' && (/ed$/.test(v.low[hit.head]!) || (IRREGULAR_PARTICIPLE.test(v.low[hit.head]!) && /^(in|by|during)$/.test(v.low[hit.b] ?? ''))) && (hit.b - hit.a === 1 || /^(down|up|off|out)$/.test(v.low[hit.b - 1]!)) && (v.toks[hit.a - 1]?.pos === 'NOUN' || v.toks[hit.a - 1]?.pos === 'PROPN') && /^(in|by|during|when|at)$/.test(v.low[hit.b] ?? '');
  // a participle complementing the object of "leave" or "find" is passive: "shootings that left six people
  // injured", "found a man shot" (the people are its victims, not its doers)
  const complement = hit.verbal && /(ed|en|t)$/.test(v.low[hit.head]!) && hit.a > 0 && /^(NOUN|PROPN|PRON|NUM)$/.test(v.toks[hit.a - 1]!.pos) && ((np) => !!np && np[0] > 0 && /^(left|leave|leaves|leaving|found|find|finds|finding)$/.test(v.low[np[0] - 1]!))(npLeft(v, hit.a, { coord: true }));
  const passive = hit.verbal && (isPassive(v, hit.head) || reduced || complement);
  const roleFor = (prep: string): SlotRole => (TARGET_PREPS.has(prep) ? 'target' : 'place');
  const toT = /^(REQUEST|THREATEN|ACCUSE|REJECT|SUPPORT|SANCTION|AID|CONCEDE)$/.test(e.type);
  const clash = e.mode === 'armed clash';
  if (hit.verbal) {
    const { subj, pps, allies } = subjectWithPlaces(v, hit.a);
    for (const pp of pps) slots.push({ role: 'place', a: pp[0], b: pp[1], via: 'subj-pp' });
    const obj = objectOf(v, hit.b, cb);
    if (passive) {
      if (subj) slots.push({ role: e.obj === '-' ? 'target' : e.obj, a: subj[0], b: subj[1], via: 'subj' });
      const by = v.low.indexOf('by', hit.b);
      if (by >= 0 && by < cb && by - hit.b < 6) {
        const np = npRight(v, by + 1, { coord: true, limit: cb });
        if (np) slots.push({ role: e.subj, a: np[0], b: np[1], via: 'by' });
      }
    } else {
      if (subj) slots.push({ role: e.subj, a: subj[0], b: subj[1], via: 'subj' });
      for (const al of allies) slots.push({ role: e.subj, a: al[0], b: al[1], via: 'subj-ally' });
      if (obj) {
        let end = obj[1];
        // a theme runs on through "of": "the expulsion of US forces"
        if (e.obj === 'theme' && v.low[end] === 'of') end = npRight(v, end + 1, { limit: cb })?.[1] ?? end;
        slots.push({ role: e.obj, a: obj[0], b: end, via: 'obj' });
      }
    }
    prepSlots(v, obj && !passive ? obj[1] : hit.b, cb, slots, roleFor, toT, clash, e.type === 'ASSAULT', e.type);
    if (!passive && !obj && !VIOLENT_TYPES.test(e.type)) complementTargets(v, hit, cb, slots);
    // a demand reported with "must" ("Washington declared that China must drop ...") is the speaker's
    if (e.flags.has('reported')) {
      for (let k = hit.a - 1; k >= 0; k--) {
        if (v.toks[k]!.pos !== 'VERB' || !(v.lex.cues.reportingVerbs.has(v.lemma[k]!) || v.lex.cues.reportingVerbs.has(v.low[k]!)) || v.low[k] === 'according') continue;
        const sp = subjectOf(v, k);
        if (sp) slots.push({ role: 'agent', a: sp[0], b: sp[1], via: 'speaker' });
        break;
      }
    }
  } else {
    // "clashes between JWS fighters and QSD forces": the first side is the agent, the other the target
    const btw = clash ? v.low.slice(hit.b, Math.min(cb, hit.b + 4)).indexOf('between') : -1;
    if (btw >= 0) {
      const first = npRight(v, hit.b + btw + 1, { limit: cb });
      if (first) {
        slots.push({ role: 'agent', a: first[0], b: first[1], via: 'between' });
        const and = v.low[first[1]] === 'and' ? first[1] : -1;
        const second = and > 0 ? npRight(v, and + 1, { coord: true, limit: cb }) : null;
        if (second) slots.push({ role: 'target', a: second[0], b: second[1], via: 'between' });
      }
    }
    const pre = npLeft(v, hit.a);
    // a premodifier that is a date is no agent ("a Friday blast"); a town or site is the place ("the Baghdad bombing")
    const preRole = pre ? premodRole(v, pre) : null;
    if (pre && preRole) slots.push({ role: preRole, a: pre[0], b: pre[1], via: 'premod' });
    const w = v.low[hit.b];
    if (w === 'by' || w === 'of') {
      const np = npRight(v, hit.b + 1, { coord: true, limit: cb });
      if (np) slots.push({ role: w === 'by' ? e.subj : e.obj, a: np[0], b: np[1], via: w });
    }
    // "ordered by X", "carried out by X" after the noun
    for (let k = hit.b; k < Math.min(cb, hit.b + 14); k++) {
      if (v.low[k] === 'by' && /(ed|out)$/.test(v.low[k - 1] ?? '') && v.low[k - 1] !== 'followed') {
        const np = npRight(v, k + 1, { coord: true, limit: cb });
        if (np) slots.push({ role: 'agent', a: np[0], b: np[1], via: 'by' });
        break;
      }
    }
    // the theme of a request or threat names its target: "its call for US troop withdrawal"
    if (hit.entry.obj === 'theme') {
      const np = npRight(v, v.low[hit.b] === 'for' || v.low[hit.b] === 'of' ? hit.b + 1 : hit.b, { limit: cb });
      if (np) slots.push({ role: 'theme', a: np[0], b: np[1], via: 'theme' });
    }
    if (hit.light >= 0 && !hit.lightAfter) {
      const subj = subjectOf(v, hit.light);
      // one who dies of or succumbs to wounds suffered them: "McKee died of a single gunshot wound"
      const faced = /^(face|suffer|receive|endure|come|came|sustain|withstand|die|succumb)$/.test(v.lemma[hit.light]!);
      if (subj) slots.push({ role: faced ? 'target' : 'agent', a: subj[0], b: subj[1], via: 'light-subj' });
    }
    if (hit.light >= 0 && hit.lightAfter) {
      const obj = objectOf(v, hit.light + 1, cb);
      if (obj) slots.push({ role: /^(kill|wound|injure)$/.test(v.lemma[hit.light]!) ? 'victim' : 'target', a: obj[0], b: obj[1], via: 'happen-obj' });
      prepSlots(v, obj ? obj[1] : hit.light + 1, cb, slots, roleFor, toT, clash, e.type === 'ASSAULT', e.type);
    } else prepSlots(v, hit.b, cb, slots, roleFor, toT, clash, e.type === 'ASSAULT', e.type);
  }
  // "a presumed Houthi-planted landmine", "IS-laid mines": whoever planted the device is the agent
  if (e.type === 'ASSAULT' && !slots.some((x) => x.role === 'agent')) {
    for (let k = clause[0] + 1; k + 1 < clause[1]; k++) {
      if (v.low[k] !== '-' || !PLANTED.test(v.low[k + 1]!) || (v.toks[k - 1]!.pos !== 'PROPN' && !/^[A-Z]/.test(v.toks[k - 1]!.text))) continue;
      // the device's chunk keeps only the device ("landmine"), not who planted it
      for (let i = 0; i < slots.length; i++) {
        const x = slots[i]!;
        if (x.a <= k - 1 && x.b > k + 1) slots[i] = { ...x, a: k + 2 };
      }
      slots.push({ role: 'agent', a: k - 1, b: k, via: 'planted' });
      break;
    }
  }
  return { hit, passive, slots, clause };
}

const PLANTED = /^(planted|laid|placed|fired|launched|rigged)$/;
