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
import { kbRecord } from '../ontology/acled-actors.js';
import { peopleNouns } from '../../resources/people-nouns.js';
import { findSeq, rangeOf, textOf, type SentView } from './sentence.js';
import type { Lexicon } from '../../lexicon/index.js';
import { resourceKey, type Resources } from '../../resources/index.js';
import { headOf, npRight } from './np.js';
import { isAgentNoun } from '../ontology/petrarch.js';
import { withActorCountry } from './actor-country.js';

export interface PlaceCand extends PlaceRef {
  /** how good a place for the event: higher is better */
  score: number;
}

const COUNTRY_PREC = new Set(['country', 'region']);
/** heads that make a nation modifier the actor itself: "U.S. forces" = United States */
const STATE_HEADS = /^(forces|force|troops|military|army|navy|government|officials|official|personnel|soldiers|soldier|servicemembers|authorities|administration|warplanes|jets|aircraft|police|security|ministry|embassy|diplomats|side|officers|policemen|gendarmerie|coastguard)$/;
/** weapons and craft a state fires or flies: "Turkish artillery and airstrikes", "Israeli gunboats", "a Syrian regime sniper" */
const STATE_WEAPON_HEADS = /^(artillery|airstrikes|airstrike|drones|drone|helicopters|helicopter|gunboats|gunboat|warships|warship|planes|plane|sniper|snipers|tanks|navy|vessels)$/;
/** a bare word for a state's forces, resolved to the force named earlier in the text ("Soldiers fired ...") */
const BARE_FORCES = /^(?:the\s+)?(soldiers|troops|forces|army|military|police|policemen|police officers|officers|gendarmes|security forces)$/i;
/** what a force holds: its positions are targeted as the force itself */
const POSITION_HEADS = /^(positions|position|camps|camp|strongholds|stronghold|gatherings|posts|post|hideouts|hideout|sites|headquarters|bases|base|checkpoints|checkpoint|barracks|outposts|outpost)$/;
/** security-force and law-enforcement nouns beside the general actor nouns of dict/cues.json ("Detectives have arrested one person") */
const SECURITY_NOUNS = /^(officers|policemen|policeman|gendarmes|gendarmerie|coastguard|detectives|detective|investigators|deputies|troopers|marshals)$/;
/** officers of the law who act on suspects but are no armed side when attacked ("shot at the chief prosecutor"): actors as doers only */
const LAW_DOERS = /^(prosecutors|prosecutor)$/;
const POLICE = /\b(police|gendarm)/i;
/** counts and collectives before a descriptive actor: "5 rioters", "Dozens of anti-corruption protesters", "a group of local residents" */
const COUNT_PREFIX = /^(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|tens|dozens|hundreds|thousands|scores|several|a few|few|many|some|a number|a total|total|a group|groups|a crowd|crowds)\s+(?:of\s+)?)+/i;

/** A descriptive actor's name without the count before it ("5 rioters" → "rioters"). */
export function stripCount(name: string): string {
  const s = name.replace(COUNT_PREFIX, '').trim();
  return s && s !== name && /[a-z]/i.test(s) ? s.replace(/^(the|a|an)\s+/i, '') : name;
}

const PEOPLE_HEADS = resourceKey<Set<string>>('extract/events/people-heads');
/** people nouns (dict/actor-nouns.json): heads of descriptive actors for protest subjects and the targets of violence */
const peopleWords = (res: Resources): Set<string> => res.memo(PEOPLE_HEADS, (r) => {
  const p = peopleNouns(r);
  return new Set([...Object.values(p.groups).flat(), ...p.civilians].map((w) => w.split(' ').pop()!));
});

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

/** Is token k covered by a country or demonym mention ("Bosnian" of "Bosnian Serbs")? */
const nationalityAt = (v: SentView, k: number): boolean =>
  v.doc.mentions.some((m) => m.type === 'location' && m.key.startsWith('kb:country-') && v.toks[k]!.start >= m.start && v.toks[k]!.end <= m.end);

/**
 * Where the people's name starts when [s, e) is a plural demonym naming people ("two Palestinians",
 * "Iraqis", "Bosnian Serbs"), not the state; -1 when it is not. Only where people are expected (targets
 * of violence, protesters, speakers), and when it is the chunk, its counted part or its described part.
 * A nationality word right before it is part of the name ("Bosnian Serbs": Serbs of Bosnia); adjectives
 * and counts are not.
 */
function peopleStart(v: SentView, a: number, b: number, s: number, e: number, country: string): number {
  const text = textOf(v, s, e);
  if (e - s !== 1 || !/[a-z]s$/.test(text) || text.toLowerCase() === country.toLowerCase()) return -1;
  if (isAlone(v, a, b, s, e) || (s - 1 >= a && v.toks[s - 1]!.pos === 'NUM' && isAlone(v, a, b, s - 1, e))) return s;
  // described people: "Young Algerians", "ethnic Turks", "200 angry Palestinians", "Bosnian Serbs" (adjectives, counts
  // and nationality words before the demonym; a sentence's first word is capitalised, and the tagger then calls an
  // adjective a proper noun: "Young")
  let k = s, name = s;
  while (k - 1 >= a) {
    const p = k - 1;
    if (name === k && /^[A-Z]/.test(v.toks[p]!.text) && nationalityAt(v, p)) { k = p; name = p; continue; }
    const initial = p === 0 && v.toks[p]!.pos === 'PROPN' && !v.doc.mentions.some((m) => v.toks[p]!.start >= m.start && v.toks[p]!.end <= m.end);
    if ((/^(ADJ|NUM)$/.test(v.toks[p]!.pos) && /^[a-z\d]/i.test(v.low[p]!)) || initial) { k = p; continue; }
    break;
  }
  // people with a count before them ("Thousands of Nigerians") or a place after them ("Nigerians from throughout the
  // country", "Palestinians of the West Bank") are still those people
  if (k < s && isAlone(v, a, b, k, e)) return name;
  const pre = k > a ? stripDet(textOf(v, a, k)) : '';
  const opens = k === a || (k - 1 === a && v.toks[a]!.pos === 'DET') || (!!pre && COUNT_PREFIX.exec(pre + ' ')?.[0].trim() === pre);
  const closes = e === b || /^(and|,|\(|in|from|of|on|at|across|throughout)$/.test(v.low[e]!);
  return opens && closes ? name : -1;
}

/**
 * Does the country ending at token `tb` modify the state noun at `head` directly, over modifiers only
 * ("Egyptian police", "Ghanaian authorities", "Iraq's interim government")? Then the actor is named as
 * written — the police, not the country — while it stays linked to the country's record.
 */
function writtenForce(v: SentView, tb: number, head: number): boolean {
  if (head < tb || head - tb > 3) return false;
  for (let k = tb; k < head; k++) if (!(/^(ADJ|NOUN)$/.test(v.toks[k]!.pos) && /^[a-z-]+$/.test(v.low[k]!) || v.low[k] === "'s")) return false;
  return true;
}

/** Mentions lying inside range, in text order. */
export function mentionsIn(v: SentView, r: Range): Mention[] {
  return v.doc.mentions.filter((m) => m.start >= r.start && m.end <= r.end).sort((a, b) => a.start - b.start);
}

const isCountryMention = (lex: Lexicon, m: Mention): boolean => m.type === 'location' && (!!m.geo && COUNTRY_PREC.has(m.geo.precision) || !m.geo && !!nationIn(lex, m.text));

function nationIn(lex: Lexicon, text: string): { name: string; iso2: string } | null {
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
  const { unknownActorNouns } = v.lex.cues;
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

/**
 * The state force a bare "Soldiers" or "police" refers to: the nearest force of the knowledge base named
 * earlier in the text (police words to a police force, others to an armed force).
 */
function earlierForce(v: SentView, at: number, word: string): Mention | null {
  const police = POLICE.test(word);
  let best: Mention | null = null;
  for (const m of v.doc.mentions) {
    if (m.end > at || !m.key.startsWith('kb:') || (best && m.start < best.start)) continue;
    const r = kbRecord(v.res, m.key);
    if (!r || (r as { class?: string }).class !== 'military') continue;
    if (POLICE.test([r.name, ...r.aliases].join(' ')) !== police) continue;
    best = m;
  }
  return best;
}

/** a crowd named without its nationality ("rioters"), which an earlier mention may give ("Palestinian rioters") */
const CROWD = /^(rioters?|protesters?|protestors|demonstrators?|settlers?|worshippers|worshipers)$/i;
function earlierNationality(v: SentView, at: number, noun: string): string | null {
  const before = v.doc.article.text.slice(0, at);
  let found: string | null = null;
  for (const m of before.matchAll(new RegExp(`\\b([A-Z][a-z]+)\\s+${noun.toLowerCase().replace(/s$/, '')}s?\\b`, 'g'))) if (nationIn(v.lex, m[1]!)) found = m[1]!;
  return found;
}

/** singular personal pronouns: they refer to one person ("struck him", "he opened fire") */
const PERSONAL = /^(he|him|she|her)$/;
/** a person's name: typed persons, or untyped names of two or more capitalised words ("Curtis Hollinger") */
const isPersonName = (m: Mention): boolean => m.type === 'person' || (m.type === 'other' && /^[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+)+$/.test(m.text));

/**
 * The person a singular personal pronoun at token k refers back to, among the persons named before it in
 * its sentence or the two before, less those in `exclude` (the other party of its own clause: "Smith shot
 * him" never means Smith, binding principle B). A subject pronoun continues the topic: the first person
 * named in the nearest sentence that names one (a sentence's first name is mostly its subject, the
 * preferred centre of centering theory), or the nearest before it in its own sentence; any other pronoun
 * takes the nearest person named before it (the recency baseline of Hobbs' algorithm).
 */
export function antecedentOf(v: SentView, k: number, exclude: ReadonlySet<string> = new Set(), subject = false): Mention | null {
  const at = v.toks[k]!.start;
  const cands = v.doc.mentions.filter((m) => m.end <= at && m.sentence >= v.index - 2 && isPersonName(m) && !exclude.has(m.key)).sort((x, y) => x.start - y.start);
  if (!cands.length) return null;
  const last = cands[cands.length - 1]!;
  if (!subject || last.sentence === v.index) return last;
  return cands.find((m) => m.sentence === last.sentence) ?? last;
}

/**
 * Does the country possessing the rest of chunk [from, b) stand for the state ("support Turkey's efforts",
 * "denounced Serbia's suppression": the possessor of an act or stance is whom it concerns)? Not when what
 * it possesses is a place ("Iraq's Anbar province", "Syria's border") or a person or group named in the
 * chunk, which is then the actor itself.
 */
function possessorActs(v: SentView, from: number, b: number, ms: readonly Mention[], m: Mention): boolean {
  if (from >= b) return false;
  const head = headOf(v, from, b);
  if (v.toks[head]!.pos !== 'NOUN' || v.lex.cues.placeNouns.has(v.low[head]!) || v.lex.cues.actorNouns.has(v.low[head]!) || POSITION_HEADS.test(v.low[head]!)) return false;
  return !ms.some((x) => x !== m && x.start >= v.toks[from]!.start);
}

export function readSlot(v: SentView, a: number, b0: number, role: ActorRef['role'], opts: { premod?: boolean; metonymy?: boolean; people?: boolean; pronouns?: boolean; exclude?: ReadonlySet<string>; subject?: boolean } = {}): SlotReading {
  const lex = v.lex;
  let b = b0;
  const r = rangeOf(v, a, b);
  const actors: ActorRef[] = [];
  const places: PlaceCand[] = [];
  // "struck him", "he opened fire": the person the pronoun refers back to, keyed and named as its antecedent
  if (opts.pronouns && b - a === 1 && PERSONAL.test(v.low[a]!) && v.toks[a]!.pos === 'PRON') {
    const m = antecedentOf(v, a, opts.exclude, opts.subject);
    if (m) actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
    return { actors, places };
  }
  let head = headOf(v, a, b);
  let headWord = v.low[head]!;
  // "regime forces positions", "pro-Iran militias positions": the force that holds the positions is the actor
  if (POSITION_HEADS.test(headWord) && role !== 'agent') {
    for (let k = head - 1; k > a; k--) {
      if (v.toks[k]!.pos !== 'NOUN' && v.toks[k]!.pos !== 'PROPN') break;
      if (lex.cues.actorNouns.has(v.low[k]!) && !lex.cues.placeNouns.has(v.low[k]!)) { head = k; headWord = v.low[k]!; b = k + 1; break; }
    }
  }
  const headIsActor = lex.cues.actorNouns.has(headWord) || lex.cues.actorNouns.has(v.lemma[head]!) || SECURITY_NOUNS.test(headWord) || (role === 'agent' && LAW_DOERS.test(headWord))
    || (!!opts.people && (peopleWords(v.res).has(headWord) || peopleWords(v.res).has(v.lemma[head]!)))
    // a generic agent of the PETRARCH dictionary with a sector, as the one who acts: "the Serbian parliament", "Rwandan
    // rebels", "activists", and as the target of a political act (a target of violence is read by its people nouns:
    // "shot at the chief prosecutor" targets a civilian, not a government side)
    || ((role === 'agent' || (role === 'target' && !opts.people)) && v.toks[head]!.pos === 'NOUN' && isAgentNoun(v.res, headWord));
  const stateModifier = (headIsActor && STATE_HEADS.test(headWord)) || (role !== 'other' && STATE_WEAPON_HEADS.test(headWord));
  const ms = mentionsIn(v, r);
  for (const m of ms) {
    if (m.type === 'person' || m.type === 'organization' || m.type === 'other') {
      // an unlinked name before a force noun is a description of that force: "Regime forces"
      const last = tokenIndex(v, m.end - 1);
      const descr = m.key.startsWith('name:') && m.type === 'organization' && head === last + 1 && STATE_HEADS.test(headWord) && !ms.some((x) => x.start >= v.toks[head]!.start && x.start < v.toks[head]!.end);
      if (descr) actors.push({ role, name: textOf(v, tokenIndex(v, m.start), head + 1), entity: m.key, at: { start: m.start, end: v.toks[head]!.end } });
      else actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
    } else if (isCountryMention(v.lex, m)) {
      // a country is an actor when it is the chunk ("the U.S."), modifies an actor noun ("Iraqi forces") or a trigger noun
      const alone = mentionAlone(v, a, b, m);
      const ta = tokenIndex(v, m.start), tb = tokenIndex(v, m.end - 1) + 1;
      const ps = opts.people ? peopleStart(v, a, b, ta, tb, m.name) : -1;
      if (ps >= 0) actors.push({ role, name: textOf(v, ps, tb), entity: null, at: { start: v.toks[ps]!.start, end: m.end } });
      else if (!alone && stateModifier && writtenForce(v, tb, head)) actors.push({ role, name: stripDet(textOf(v, ta, head + 1)), entity: m.key, at: { start: m.start, end: v.toks[head]!.end } });
      else if (alone || stateModifier || opts.premod) actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
      else if (v.low[tokenIndex(v, m.end - 1) + 1] === "'s") {
        places.push({ name: m.name, entity: m.key, geo: m.geo ?? null, at: { start: m.start, end: m.end }, score: 0 });
        if (possessorActs(v, tb + 1, b, ms, m)) actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
      }
    } else if (opts.metonymy && m.type === 'location' && ms.length === 1 && mentionAlone(v, a, b, m)) actors.push({ role, name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
    else places.push({ name: m.name, entity: m.key, geo: m.geo ?? null, at: { start: m.start, end: m.end }, score: m.type === 'facility' ? 2 : 1 });
  }
  const covered = (k: number) => ms.some((m) => v.toks[k]!.start >= m.start && v.toks[k]!.end <= m.end);
  const stateHead = STATE_HEADS.test(v.low[head]!);
  // countries written as words no mention covers ("U.S. forces", "the United States and Iraq")
  for (const hit of lex.nations.scan(v.toks, a, b)) {
    if (covered(hit.start)) continue;
    const alone = isAlone(v, a, b, hit.start, hit.end);
    if (!(alone || stateModifier || opts.premod)) continue;
    if (actors.some((x) => x.name === hit.data.name)) continue;
    const ps = opts.people ? peopleStart(v, a, b, hit.start, hit.end, hit.data.name) : -1;
    if (ps >= 0) actors.push({ role, name: textOf(v, ps, hit.end), entity: null, at: rangeOf(v, ps, hit.end) });
    else actors.push({ role, name: hit.data.name, entity: null, at: rangeOf(v, hit.start, hit.end) });
  }
  // descriptive actors: "IS militants", "an Iraqi militia", "former pro-Iran paramilitaries"
  const desc = stripDet(textOf(v, a, b));
  const anaphoric = /^(of |these |those |such |this |that )/i.test(desc) || /^(some|many|most|all|one|none) of /i.test(desc);
  if (anaphoric) { /* "some of those fighters": not a name */ }
  else if (!opts.premod && headIsActor && !covered(head) && (!stateHead || !actors.length) && !isUnknownActor(v, a, b)) {
    // an earlier conjunct with an actor head of its own: "Israeli settlers and train guards", "Regime forces and pro-Iran militias"
    for (let k = a; k < head; k++) {
      const w = v.low[k]!;
      if (!(v.low[k + 1] === 'and' || v.low[k + 1] === ',') || covered(k) || !(lex.cues.actorNouns.has(w) || SECURITY_NOUNS.test(w) || (!!opts.people && peopleWords(v.res).has(w)))) continue;
      const [ca, cb] = phraseAround(v, a, k + 1, k);
      const name = stripCount(stripDet(textOf(v, ca, cb)));
      if (!isUnknownActor(v, ca, cb) && !/^(some|many|most|all|one|none|each|both|several) of /i.test(name)) actors.push({ role, name, entity: null, at: rangeOf(v, ca, cb) });
    }
    const [da, db] = phraseAround(v, a, b, head);
    const name = stripCount(stripDet(textOf(v, da, db)));
    const force = BARE_FORCES.test(name) ? earlierForce(v, v.toks[da]!.start, name) : null;
    const nation = !force && CROWD.test(name) ? earlierNationality(v, v.toks[da]!.start, name) : null;
    if (force) actors.push({ role, name: force.name, entity: force.key, at: rangeOf(v, da, db) });
    else if (nation) actors.push({ role, name: `${nation} ${name}`, entity: null, at: rangeOf(v, da, db) });
    else if (!/^(some|many|most|all|one|none|each|both|several) of /i.test(name)) actors.push({ role, name, entity: null, at: rangeOf(v, da, db) });
  }
  // no entity layer at all: fall back on proper-noun runs
  if (!v.doc.mentions.length && !actors.length && !opts.premod) {
    let k = a;
    // a day or month name is a time, not a name ("on Sunday")
    const timed = (i: number) => v.doc.times.some((t) => v.toks[i]!.start >= t.start && v.toks[i]!.end <= t.end);
    while (k < b) {
      if (v.toks[k]!.pos === 'PROPN' && !timed(k)) {
        let e = k;
        while (e < b && (v.toks[e]!.pos === 'PROPN' || v.low[e] === '-' || (v.low[e] === 'al' && v.toks[e + 1]))) e++;
        const name = textOf(v, k, e);
        if (role === 'target' || role === 'other') places.push({ name, entity: null, geo: null, at: rangeOf(v, k, e), score: 0.5 });
        actors.push({ role, name, entity: null, at: rangeOf(v, k, e) });
        k = e;
      } else k++;
    }
  }
  return { actors: actors.map((x) => withActorCountry(v, x)), places };
}

/** The occupant or owner named after a facility chunk ending at token `end`: "housing US troops", "home to US forces", "belonging to X". */
export function occupantAfter(v: SentView, end: number): ActorRef[] {
  const lex = v.lex;
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
