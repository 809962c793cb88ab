/**
 * Turning argument chunks into actors and places. Named entities come from the mentions layer (typed,
 * with canonical keys and geo); countries written as actors ("the U.S.", "Iraqi forces", "a U.S.
 * airstrike") are read from the nations list when no mention covers them; common-noun actors ("IS
 * militants", "protesters", "an Iraqi militia") keep their words. Unknown perpetrators ("assailants",
 * "gunmen") yield no actor: they stay unknown. Facilities and places become place candidates; the
 * occupant or owner of a targeted facility ("a base housing US troops", "warehouses belonging to X")
 * becomes the target.
 */
import type { Mention } from '../../core/model/entity.js';
import type { ActorRef, PlaceRef } from '../../core/model/event.js';
import type { Range } from '../../core/span.js';
import { lexicon } from '../lexicon/index.js';
import { findSeq, rangeOf, textOf, type SentView } from './sentence.js';
import { headOf, npRight } from './np.js';

export interface PlaceCand extends PlaceRef {
  /** how good a place for the event: higher is better */
  score: number;
}

const COUNTRY_PREC = new Set(['country', 'region']);
/** heads that make a nation modifier the actor itself: "U.S. forces" = United States */
const STATE_HEADS = /^(forces|force|troops|military|army|navy|government|officials|official|personnel|soldiers|soldier|servicemembers|authorities|administration|warplanes|jets|aircraft|police|security|ministry|embassy|diplomats|side)$/;

const tokenIndex = (v: SentView, offset: number): number => v.toks.findIndex((t) => t.end > offset);

function mentionAlone(v: SentView, a: number, b: number, m: Mention): boolean {
  const ta = tokenIndex(v, m.start), tb = tokenIndex(v, m.end - 1) + 1;
  return ta >= 0 && tb > 0 && isAlone(v, a, b, ta, tb);
}

/** Is [s, e) a whole coordinated part of chunk [a, b) ("Iraq" in "the United States and Iraq")? */
function isAlone(v: SentView, a: number, b: number, s: number, e: number): boolean {
  const before = s === a || v.toks[s - 1]!.pos === 'DET' && (s - 1 === a || /^(and|,)$/.test(v.low[s - 2]!)) || /^(and|,)$/.test(v.low[s - 1]!);
  const after = e === b || /^(and|,|\()$/.test(v.low[e]!);
  return before && after;
}

/** Mentions lying inside range, in text order. */
export function mentionsIn(v: SentView, r: Range): Mention[] {
  return v.doc.mentions.filter((m) => m.start >= r.start && m.end <= r.end).sort((a, b) => a.start - b.start);
}

const isCountryMention = (m: Mention): boolean => m.type === 'location' && (!!m.geo && COUNTRY_PREC.has(m.geo.precision) || !m.geo && !!nationIn(m.text));

function nationIn(text: string): { name: string; iso2: string } | null {
  const lex = lexicon();
  const words = text.toLowerCase().split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const probe = words.slice(i, i + n).join(' ').replace(/'s$/, '');
      const fake = probe.split(' ').map((w) => ({ text: w, lemma: w, pos: 'X', start: 0, end: 0, sentence: 0 }));
      const m = lex.nations.matchAt(fake, 0);
      if (m[0] && m[0].end === fake.length) return m[0].data;
    }
  }
  return null;
}

const stripDet = (s: string): string => s.replace(/^(the|a|an|some|its|their|his|her)\s+/i, '').replace(/\s*,\s*$/, '').trim();

/** Is chunk [a, b) just unknown-perpetrator words ("assailants", "unidentified gunmen")? */
function isUnknownActor(v: SentView, a: number, b: number): boolean {
  const { unknownActorNouns } = lexicon().cues;
  for (let k = a; k < b; k++) {
    const t = v.toks[k]!;
    if (t.pos === 'DET' || t.pos === 'PUNCT' || t.pos === 'NUM') continue;
    if (unknownActorNouns.has(v.low[k]!) || unknownActorNouns.has(v.lemma[k]!) || /^(armed|masked|suspected|unknown|unidentified|several|two|some)$/.test(v.low[k]!)) continue;
    return false;
  }
  return true;
}

export interface SlotReading {
  actors: ActorRef[];
  places: PlaceCand[];
}

/**
 * Actors and places named in chunk [a, b) for the given role. `premod` chunks (words before a trigger
 * noun) only give actors when they name a country, an organisation or a person.
 */
const BREAK = new Set([',', ';', ':', '(', ')', 'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'while', 'as', 'when']);

/**
 * The noun phrase of a descriptive actor around its head: a slot can run past it ("Irbil, and that none
 * of its own forces"), and the actor's name is the phrase up to the nearest comma, conjunction or
 * relative word on either side of the head ("an American civilian contractor").
 */
function phraseAround(v: SentView, a: number, b: number, head: number): [number, number] {
  let s = head;
  while (s > a && !BREAK.has(v.low[s - 1]!)) s--;
  let e = head + 1;
  // keep a following "of"-phrase ("members of the militia") up to the next break
  while (e < b && !BREAK.has(v.low[e]!) && (v.low[e] === 'of' || v.low[e - 1] === 'of' || v.toks[e]!.pos === 'PROPN' || v.toks[e]!.pos === 'NOUN' || v.toks[e]!.pos === 'ADJ' || v.toks[e]!.pos === 'DET' || v.toks[e]!.pos === 'NUM' || v.low[e] === '-')) e++;
  return [s, e];
}

export function readSlot(v: SentView, a: number, b: number, role: ActorRef['role'], opts: { premod?: boolean; metonymy?: boolean } = {}): SlotReading {
  const lex = lexicon();
  const r = rangeOf(v, a, b);
  const actors: ActorRef[] = [];
  const places: PlaceCand[] = [];
  const head = headOf(v, a, b);
  const headIsActor = lex.cues.actorNouns.has(v.low[head]!) || lex.cues.actorNouns.has(v.lemma[head]!);
  const ms = mentionsIn(v, r);
  for (const m of ms) {
    if (m.type === 'person' || m.type === 'organization' || m.type === 'other') actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
    else if (isCountryMention(m)) {
      // a country is an actor when it is the chunk ("the U.S."), modifies an actor noun ("Iraqi forces") or a trigger noun
      const alone = mentionAlone(v, a, b, m);
      if (alone || (headIsActor && STATE_HEADS.test(v.low[head]!)) || opts.premod) actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
      else if (v.low[tokenIndex(v, m.end - 1) + 1] === "'s") places.push({ name: m.name, entity: m.key, geo: m.geo ?? null, at: { start: m.start, end: m.end }, score: 0 });
    } else if (opts.metonymy && m.type === 'location' && ms.length === 1 && mentionAlone(v, a, b, m)) actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
    else places.push({ name: m.name, entity: m.key, geo: m.geo ?? null, at: { start: m.start, end: m.end }, score: m.type === 'facility' ? 2 : 1 });
  }
  const covered = (k: number) => ms.some((m) => v.toks[k]!.start >= m.start && v.toks[k]!.end <= m.end);
  const stateHead = STATE_HEADS.test(v.low[head]!);
  // countries written as words no mention covers ("U.S. forces", "the United States and Iraq")
  for (const hit of lex.nations.scan(v.toks, a, b)) {
    if (covered(hit.start)) continue;
    const alone = isAlone(v, a, b, hit.start, hit.end);
    if (!(alone || (headIsActor && stateHead) || opts.premod)) continue;
    if (actors.some((x) => x.name === hit.data.name)) continue;
    actors.push({ role, name: hit.data.name, entity: null, at: rangeOf(v, hit.start, hit.end) });
  }
  // descriptive actors: "IS militants", "an Iraqi militia", "former pro-Iran paramilitaries"
  const desc = stripDet(textOf(v, a, b));
  const anaphoric = /^(of |these |those |such |this |that )/i.test(desc) || /^(some|many|most|all|one|none) of /i.test(desc);
  if (anaphoric) { /* "some of those fighters": not a name */ }
  else if (!opts.premod && headIsActor && !covered(head) && (!stateHead || !actors.length) && !isUnknownActor(v, a, b)) {
    const [da, db] = phraseAround(v, a, b, head);
    const name = stripDet(textOf(v, da, db));
    if (!/^(some|many|most|all|one|none|each|both|several) of /i.test(name)) actors.push({ role, name, entity: null, at: rangeOf(v, da, db) });
  }
  // no entity layer at all: fall back on proper-noun runs
  if (!v.doc.mentions.length && !actors.length && !opts.premod) {
    let k = a;
    while (k < b) {
      if (v.toks[k]!.pos === 'PROPN') {
        let e = k;
        while (e < b && (v.toks[e]!.pos === 'PROPN' || v.low[e] === '-' || (v.low[e] === 'al' && v.toks[e + 1]))) e++;
        const name = textOf(v, k, e);
        if (role === 'target' || role === 'other') places.push({ name, entity: null, geo: null, at: rangeOf(v, k, e), score: 0.5 });
        actors.push({ role, name, entity: null, at: rangeOf(v, k, e) });
        k = e;
      } else k++;
    }
  }
  return { actors, places };
}

/** The occupant or owner named after a facility chunk ending at token `end`: "housing US troops", "home to US forces", "belonging to X". */
export function occupantAfter(v: SentView, end: number): ActorRef[] {
  const lex = lexicon();
  const limit = Math.min(v.toks.length, end + 14);
  for (const cue of lex.cues.occupantCues) {
    const at = findSeq(v, cue, end, limit);
    if (at < 0) continue;
    let k = at + cue.split(' ').length;
    if (cue === 'where') {
      // "where U.S. troops have trained": the subject of the relative clause
      const np = npRight(v, k, { limit: Math.min(v.toks.length, k + 6) });
      if (!np) continue;
      const got = readSlot(v, np[0], np[1], 'target').actors;
      if (got.length) return got;
      continue;
    }
    while (k < limit && v.toks[k]!.pos === 'DET') k++;
    const np = npRight(v, k, { coord: true, limit: Math.min(v.toks.length, k + 10) });
    if (!np) continue;
    const got = readSlot(v, np[0], np[1], 'target').actors;
    if (got.length) return got;
  }
  return [];
}
