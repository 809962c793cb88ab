/**
 * Finding event triggers in one sentence: dictionary phrases (dict/event-triggers.tsv) matched on lemma or
 * surface form, checked against part of speech (verb or nominal use), and against the trigger's flags:
 * light nouns need a light or happening verb ("held talks", "talks resumed"), `needs-weapon` verbs need a
 * weapon word in their object ("fired rockets", "received 2 rounds of indirect fire"), nouns that are the
 * theme of another act ("suspension of attacks", "call for withdrawal") or modify another noun ("attack
 * helicopter") are not events. `needs-weapon-subject` triggers need a weapon word just before them ("a bomb
 * went off"), `not-followed-by=` ones a next word outside a list ("stormed the compound", not "stormed out").
 */
import { contextWords, listRe } from '../ontology/actor-class.js';
import type { TriggerEntry } from '../../lexicon/index.js';
import { clauseSpan, findSeq, type SentView, textOf } from './sentence.js';
import { npLeft, npRight } from './np.js';
import { peopleNouns } from '../../resources/people-nouns.js';
import { resourceKey } from '../../resources/index.js';
import { cameoVerbAt } from '../ontology/cameo-verbs.js';

export interface TriggerHit {
  /** token indices [a, b) of the trigger words, local to the sentence */
  readonly a: number;
  readonly b: number;
  /** the head token (the verb, or the noun) */
  readonly head: number;
  readonly entry: TriggerEntry;
  readonly verbal: boolean;
  /** index of the light verb that makes a nominal trigger an event ("held" in "held talks"), or -1 */
  readonly light: number;
  /** the light verb follows the noun ("talks resumed") */
  readonly lightAfter: boolean;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
/** Nouns of time that follow an event noun without modifying it ("resumed negotiations today"). */
const TIME_NOUNS = /^(today|yesterday|tonight|tomorrow|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|afternoon|night|week|weekend|month|year)$/;
/** Nouns that measure a meeting: "the first round of talks". */
const ROUND_NOUNS = /^(round|rounds|session|sessions|series|day|days)$/;
const BETWEEN_LIGHT = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PART', 'NOUN', 'PROPN', 'ADV', 'PUNCT']);

function isVerbalAt(v: SentView, i: number, multi: boolean): boolean {
  const t = v.toks[i]!;
  const pv = v.toks[i - 1];
  if (t.pos === 'VERB' && pv && (pv.pos === 'DET' || pv.pos === 'NUM' || pv.pos === 'ADJ' || v.low[i - 1] === "'s") && /s$/.test(v.low[i]!)) return false;
  // a present-tense "-s" verb needs a subject right before it; otherwise it is a plural noun ("back-to-back attacks")
  if (t.pos === 'VERB' && !multi && /[^s]s$/.test(v.low[i]!) && pv && !['NOUN', 'PROPN', 'PRON', 'ADV', 'AUX'].includes(pv.pos)) return false;
  if (t.pos === 'VERB') return true;
  const before = v.toks[i - 1];
  if (multi && t.pos !== 'DET' && !(before && (before.pos === 'DET' || before.pos === 'ADJ' || /^(its|their|his|her|our|my|your)$/.test(v.low[i - 1]!)))) return true;
  // wink sometimes tags participles as ADJ/NOUN after an auxiliary ("were shot", "was bombed")
  const prev = v.lemma[i - 1];
  return (t.pos === 'ADJ' || t.pos === 'NOUN') && (prev === 'be' || prev === 'have' || prev === 'get') && /(ed|en|wn|t)$/.test(v.low[i]!);
}

/**
 * A word matched by its own form whose tagger lemma is another word, sitting where a noun stands: "a single
 * gunshot wound" (tagged a verb, lemma "wind"). Read as a verb it would be the trigger verb's base form, and a
 * base-form verb does not follow a determiner or an adjective; singular nouns between them are compound
 * modifiers ("gunshot"), which English writes in the singular, while a plural noun there may be a subject.
 */
function nounByForm(v: SentView, i: number, pattern: string, slot: 'first' | 'last' = 'first'): boolean {
  const slots = pattern.trim().toLowerCase().split(/\s+/);
  const alts = slots[slot === 'first' ? 0 : slots.length - 1]!.split('|');
  if (v.lemma[i] === v.low[i] || alts.includes(v.lemma[i]!) || !alts.includes(v.low[i]!)) return false;
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === 'NOUN' && v.lemma[k] === v.low[k]) k--;
  const p = v.toks[k];
  return !!p && (p.pos === 'DET' || p.pos === 'ADJ' || /^(his|her|its|their|our|my|your)$/.test(v.low[k]!));
}

const IRREGULAR_PAST = new Set(['shot', 'struck', 'threw', 'blew', 'beat', 'hit', 'held', 'took', 'fought', 'overran', 'retook', 'stole', 'set', 'met', 'sent', 'fled', 'led']);

/**
 * A past-tense verb the tagger read as a noun after its subject: "Assailants abducted seven teachers",
 * "Gunmen shot and killed a shepherd" (wink tags a capitalised plural at the start as a name, then the
 * verb as a noun). The word before is the bare subject (a noun, name or pronoun with no determiner
 * right before the verb's word), and nothing follows that makes the word a noun head ("'s", a verb).
 */
function isMistaggedPast(v: SentView, i: number): boolean {
  const t = v.toks[i]!;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') return false;
  const w = v.low[i]!;
  if (!(/[^e]ed$/.test(w) || IRREGULAR_PAST.has(w))) return false;
  const pv = v.toks[i - 1];
  if (!pv || !(pv.pos === 'NOUN' || pv.pos === 'PROPN' || pv.pos === 'PRON') || /^(the|a|an|its|their|his|her)$/.test(v.low[i - 1]!)) return false;
  // a plural subject or a name: "Assailants abducted", "Gunmen shot", "Police arrested"
  const nx = v.toks[i + 1];
  if (pv.pos === 'NOUN' && !/s$|m[ae]n$|police$/.test(v.low[i - 1]!) && !/^(at|dead|and)$/.test(v.low[i + 1] ?? '')) return false;
  return !!nx && nx.pos !== 'VERB' && nx.pos !== 'AUX' && v.low[i + 1] !== "'s";
}

function isNominalAt(v: SentView, i: number): boolean {
  const t = v.toks[i]!;
  if (NOUNISH.has(t.pos)) return true;
  // hyphenated compounds split by the tokenizer: "a sit - in"
  if (v.low[i - 1] === '-' && i >= 2 && v.toks[i - 2]!.end === v.toks[i - 1]!.start && v.toks[i - 1]!.end === t.start) return true;
  // "-ing" nominals after a determiner: "the killing of", "the shelling"
  const prev = v.toks[i - 1];
  if (t.pos === 'VERB' && prev && (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ' || v.low[i - 1] === "'s") && /s$/.test(v.low[i]!)) return true;
  if (t.pos === 'VERB' && /[^s]s$/.test(v.low[i]!) && prev && !['NOUN', 'PROPN', 'PRON', 'ADV', 'AUX'].includes(prev.pos)) return true;
  return t.pos === 'VERB' && /ing$/.test(v.low[i]!) && !!prev && (prev.pos === 'DET' || prev.pos === 'PART' || prev.pos === 'ADJ' || (prev.pos === 'PROPN' && v.low[i - 2] === 'the'));
}

/** Light verb governing the noun at `head`: to its left ("held talks") or right ("talks resumed"). */
function lightVerbFor(v: SentView, a: number, head: number): { at: number; after: boolean } {
  const { lightVerbs, happenVerbs } = v.lex.cues;
  const [ca, cb] = clauseSpan(v, head);
  for (let k = a - 1, steps = 0; k >= ca && steps < 6; k--, steps++) {
    const t = v.toks[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN') && (lightVerbs.has(v.lemma[k]!) || lightVerbs.has(v.low[k]!)) && (t.pos !== 'NOUN' || v.lemma[k] === 'call')) return { at: k, after: false };
    if (v.low[k] === 'for' && v.lemma[k - 1] === 'call') return { at: k - 1, after: false };
    if (v.low[k] === 'in' && (v.lemma[k - 1] === 'engage' || v.low[k - 1] === 'engaged')) return { at: k - 1, after: false };
    // a measure of the talks: "opened the first round of talks", "held a new session of negotiations"
    if (v.low[k] === 'of' && ROUND_NOUNS.test(v.low[k - 1] ?? '')) continue;
    // "gathered for a protest", "assembled for a sit-in"
    if (v.low[k] === 'for' && /^(gather|assemble|converge|rally)$/.test(v.lemma[k - 1] ?? '')) return { at: k - 1, after: false };
    // the particle of a phrasal light verb: "carried out an attack", "set up a checkpoint"
    if ((v.low[k] === 'out' || v.low[k] === 'up') && k > ca && lightVerbs.has(v.lemma[k - 1]!)) continue;
    // inside a hyphenated compound before the noun: "organized a sit-in protest"
    if (v.low[k] === '-' || (v.low[k + 1] === '-' && v.toks[k]!.end === v.toks[k + 1]!.start) || (v.low[k - 1] === '-' && v.toks[k - 1]!.end === t.start)) continue;
    if (!BETWEEN_LIGHT.has(t.pos)) break;
  }
  for (let k = head + 1, steps = 0; k < cb && steps < 4; k++, steps++) {
    const t = v.toks[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && (happenVerbs.has(v.lemma[k]!) || happenVerbs.has(v.low[k]!))) {
      // "talks were held", "talks took place"
      if (v.lemma[k] === 'be' && !(v.lemma[k + 1] === 'hold' || v.low[k + 1] === 'held' || v.lemma[k + 1] === 'underway' || (/ed$/.test(v.low[k + 1] ?? '') && (lightVerbs.has(v.lemma[k + 1]!) || lightVerbs.has(v.low[k + 1]!))))) return { at: -1, after: true };
      return { at: k, after: true };
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return { at: -1, after: false };
}

function isThemeOfAnother(v: SentView, a: number): boolean {
  const { themeHeads, stopThemeHeads } = v.lex.cues;
  for (let k = a - 1; k >= Math.max(0, a - 5); k--) {
    const w = v.low[k]!;
    if (w === 'of' || w === 'for' || w === 'on' || w === 'about' || w === 'over' || w === 'in' || w === 'to' || w === 'against') {
      for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
        if (themeHeads.has(v.lemma[j]!) && !stopThemeHeads.has(v.lemma[j]!) || themeHeads.has(v.low[j]!) && !stopThemeHeads.has(v.low[j]!)) return true;
        if (v.toks[j]!.pos === 'VERB' || v.low[j] === ',') break;
      }
      return false;
    }
    const p = v.toks[k]!.pos;
    if (p === 'VERB' || p === 'PUNCT') return false;
  }
  return false;
}

/**
 * Reported speech before token i ("the ministry said the US must ...", "..., saying he must resign"), with a
 * subject other than the speaker ("we must" is no demand on another).
 */
function isReported(v: SentView, i: number): boolean {
  // epistemic "must": "it must have been", "something must be right"
  if (v.lemma[i + 1] === 'have' || (v.lemma[i + 1] === 'be' && /^(right|wrong|true|false|correct|mistaken|mad|crazy|joking|clear|obvious|possible|likely)$/.test(v.low[i + 2] ?? ''))) return false;
  const { reportingVerbs } = v.lex.cues;
  for (let k = i - 1; k >= 0; k--) {
    if (/^(i|we|you)$/.test(v.low[k]!)) return false;
    if (v.toks[k]!.pos === 'VERB' && (reportingVerbs.has(v.lemma[k]!) || reportingVerbs.has(v.low[k]!)) && v.low[k] !== 'according') return true;
  }
  return false;
}

/** First token of the clause holding token i. */
const ca0 = (v: SentView, i: number): number => clauseSpan(v, i)[0];

function hasWeaponNear(v: SentView, from: number, to: number): boolean {
  const lex = v.lex;
  for (let k = from; k < Math.min(to, v.toks.length); k++) if (lex.weapons.matchAt(v.toks, k).length) return true;
  return false;
}

/** A direct object follows the verb ("deployed reinforcements", "deployed 300 troops"), so it is an act, not a state. */
function hasObjectAfter(v: SentView, k: number): boolean {
  const t = v.toks[k];
  return !!t && (t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'DET' || (t.pos === 'ADJ' && v.toks[k + 1]?.pos === 'NOUN'));
}

const PEOPLE = resourceKey<Set<string>>('extract/events/counted-people');
/**
 * The phrase right before a death word is a count or names people, and the word is not a modifier of a
 * noun after it: "13 dead in north Iraq violence", "leaves 14 dead", "Five soldiers die", "three
 * policemen dead" (not "dead bodies", "the dead", "the plan died", "hopes die").
 */
function hasCountedSubject(v: SentView, a: number, b: number): boolean {
  const next = v.toks[b];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !TIME_NOUNS.test(v.low[b]!)) return false;
  // deaths from accidents, disasters and disease ("13 dead in bus crash") are left to the assertion layer (assertion.ts)
  let k = a;
  while (k > 0 && (v.low[k - 1] === 'were' || v.low[k - 1] === 'are' || v.low[k - 1] === 'reported' || v.low[k - 1] === 'found' || v.low[k - 1] === 'now' || v.low[k - 1] === 'left')) k--;
  const prev = v.toks[k - 1];
  if (!prev) return false;
  if (prev.pos === 'NUM' || /^(dozens|hundreds|scores|thousands)$/.test(v.low[k - 1]!)) return true;
  if (prev.pos !== 'NOUN') return false;
  const people = v.res.memo(PEOPLE, (r) => {
    const p = peopleNouns(r);
    const s = new Set([...r.lexicon.cues.actorNouns, ...Object.values(p.groups).flat(), ...p.civilians].map((w) => w.toLowerCase().split(' ').pop()!));
    for (const w of ['policemen', 'policeman', 'servicemen', 'serviceman', 'pilgrims', 'worshippers', 'workers', 'members', 'others', 'shepherds', 'officers', 'recruits', 'guards', 'prisoners', 'inmates']) s.add(w);
    return s;
  });
  // one person dying is mostly no attack ("Former president dies at 90"); a plural of people is
  const plural = v.lemma[k - 1] !== v.low[k - 1] || /^(people|police|men|women|children|personnel)$/.test(v.low[k - 1]!);
  return plural && (people.has(v.low[k - 1]!) || people.has(v.lemma[k - 1]!));
}

/** Every trigger in the sentence, in text order, validated. */
export function findTriggers(v: SentView): TriggerHit[] {
  const lex = v.lex;
  const out: TriggerHit[] = [];
  // a CAMEO-typed verb is an event between named actors (read.ts): it needs a name on each side in its clause
  const names = v.doc.mentions.filter((m) => m.sentence === v.index);
  const named = names.length > 0;
  for (let i = 0; i < v.toks.length; ) {
    let taken: TriggerHit | null = null;
    const matches = lex.triggers.matchAt(v.toks, i);
    // a verb the hand-written dictionary does not know is typed by the CAMEO verb patterns; one it knows
    // keeps its own senses and guards (a guard that rejects it is not overruled)
    if (!matches.length && named) taken = cameoTrigger(v, i, names);
    for (const m of matches) {
      const e = m.data;
      const multi = m.end - m.start > 1;
      // "13 dead in ...", "five soldiers die": a predicate only after a count or a people noun
      if (e.flags.has('counted-subject') && !hasCountedSubject(v, m.start, m.end)) continue;
      const verbal = e.flags.has('counted-subject') || (e.kind === 'verb' || e.kind === 'any') && !nounByForm(v, m.start, e.pattern) && (isVerbalAt(v, m.start, multi) || (e.flags.has('aux') && v.toks[m.start]!.pos === 'AUX') || isMistaggedPast(v, m.start));
      const headNoun = m.end - 1;
      // (a noun the tagger read as another verb, "a gunshot wound" lemma "wind", is still a noun: nounByForm)
      const nominal = !verbal && (e.kind === 'noun' || e.kind === 'any') && (isNominalAt(v, headNoun) || nounByForm(v, headNoun, e.pattern, 'last'));
      if (!verbal && !nominal) continue;
      const head = verbal ? m.start : headNoun;
      // the second half of a hyphenated modifier is no act: "Iran-backed militias", "U.S.-led coalition"
      if (m.start >= 2 && v.low[m.start - 1] === '-' && v.toks[m.start - 1]!.start === v.toks[m.start - 2]!.end && v.toks[m.start - 1]!.end === v.toks[m.start]!.start && /(ed|en)$/.test(v.low[m.start]!)) continue;
      // a noun modifying another noun ("attack helicopters", "protest movement") is not an event
      if (nominal && NOUNISH.has(v.toks[m.end]?.pos ?? '') && !/^(on|against)$/.test(v.low[m.end]!) && v.toks[m.end]!.pos !== 'PROPN' && !TIME_NOUNS.test(v.low[m.end]!)) continue;
      if (nominal && v.low[m.start - 1] === 'to' && v.toks[m.start - 1]!.pos === 'PART') continue;
      let light = -1, lightAfter = false;
      if (nominal) {
        let lv = lightVerbFor(v, m.start, head);
        // an attack noun is carried out, not called, announced or attended: the subject of "called the
        // attack an escalation" is a speaker, not the attacker
        if (e.type === 'ASSAULT' && lv.at >= 0 && !lv.after && !lex.cues.attackLightVerbs.has(v.lemma[lv.at]!) && !lex.cues.attackLightVerbs.has(v.low[lv.at]!)) lv = { at: -1, after: false };
        if (lv.at < 0 && e.flags.has('light')) continue;
        light = lv.at; lightAfter = lv.after;
      }
      if (nominal && isThemeOfAnother(v, m.start)) continue;
      // states, not acts: "U.S. soldiers deployed to both sides", "troops deployed to Iraq now" (a move "deployed from A to B" is an act)
      if (verbal && e.type === 'MOBILIZE' && e.mode !== 'alert' && v.toks[m.start - 1]?.pos === 'NOUN' && /ed$/.test(v.low[m.start]!) && !hasObjectAfter(v, m.end) && v.low[m.end] !== 'from') continue;
      const [, cb] = clauseSpan(v, head);
      if (e.flags.has('needs-weapon') && !hasWeaponNear(v, m.end, Math.min(cb, m.end + 8)) && !(verbal && isPassive(v, head) && hasWeaponNear(v, Math.max(0, m.start - 6), m.start))) continue;
      if (e.flags.has('reported') && !isReported(v, m.start)) continue;
      if (e.flags.has('needs-weapon-subject') && !hasWeaponNear(v, Math.max(ca0(v, head), m.start - 6), m.start)) continue;
      const notFollowed = [...e.flags].find((f) => f.startsWith('not-followed-by='));
      // alternatives may be word sequences joined by "+": "refused to+be+named"
      if (notFollowed && notFollowed.slice('not-followed-by='.length).split('|').some((alt) => alt.split('+').every((w, k) => v.low[m.end + k] === w))) continue;
      if (e.flags.has('needs-protester')) {
        const np = npLeft(v, m.start);
        const cues = lex.cues.protesterNouns;
        const purpose = lex.cues.protestPurpose.some((c) => findSeq(v, c, m.end, cb) >= 0);
        if (!purpose && (!np || !v.lemma.slice(np[0], np[1]).some((w) => cues.has(w) || cues.has(w + 's')))) continue;
      }
      if (e.flags.has('unarmed-subject')) {
        const np = npLeft(v, m.start);
        if (np && listRe(v.res, contextWords(v.res).armedWords).test(textOf(v, np[0], np[1]))) continue;
      }
      // the theme is a noun: "allow the return of inspectors", not the infinitive of "allowed to return";
      // in the passive or after its noun it is the noun before ("Flights were suspended", "photographs released by")
      const themes = verbal ? themeWords(v, m.start, m.end, cb) : null;
      if (e.needsTheme && !(themes ?? themeWordsAfter(v, m.end, cb)).some((w) => e.needsTheme!.includes(w))) continue;
      const notTheme = flagList(e.flags, 'not-theme=');
      if (notTheme && verbal && objectWords(v, m.start, m.end, cb).some((w) => notTheme.includes(w))) continue;
      const notSubject = flagList(e.flags, 'not-subject=');
      if (notSubject && verbal && subjectHead(v, m.start, notSubject)) continue;
      if (e.flags.has('needs-instrument') && !hasInstrument(v, m.end, cb)) continue;
      // a promise of hostile action ("promised further operations", "vowed to avenge") is a threat
      // ("vowed revenge for the killing": "revenge for" opens a cause clause, so the object's own clause counts)
      const hostileEnd = m.end < v.toks.length && v.clause[m.end] !== v.clause[head] && m.end === clauseSpan(v, m.end)[0] ? clauseSpan(v, m.end)[1] : cb;
      if (e.flags.has('needs-hostile') && !v.lemma.slice(m.end, Math.min(hostileEnd, m.end + 10)).some((w, k) => lex.cues.hostileThemes.has(w) || lex.cues.hostileThemes.has(v.low[m.end + k]!))) continue;
      // a participle describing who backs whom is a state, not an act: "Kurdish forces, backed by US air power, ...", "NGOs supporting the agencies"
      if (e.flags.has('no-reduced-passive') && verbal && !isPassive(v, head) && ((/(ed|en)$/.test(v.low[head]!) && v.low[m.end] === 'by') || (/ing$/.test(v.low[head]!) && NOUNISH.has(v.toks[head - 1]?.pos ?? '') && !/^(was|were|is|are|be|been)$/.test(v.low[head - 1]!)))) continue;
      if (e.flags.has('needs-partner') && verbal && !hasPartner(v, m.start, m.end, cb)) continue;
      if (verbal && isAdjectivalParticiple(v, m.start, m.end)) continue;
      if (e.flags.has('active') && verbal && (isPassive(v, head) || (/(ed|en)$/.test(v.low[head]!) && NOUNISH.has(v.toks[head - 1]?.pos ?? '') && !hasObjectAfter(v, m.end)))) continue;
      taken = { a: m.start, b: m.end, head, entry: e, verbal, light, lightAfter };
      break;
    }
    // every hand-written sense of the verb asked for a word that is not there (a theme, a weapon, a partner):
    // it selects no sense of its own, and a CAMEO pattern may name another ("closed its borders")
    if (!taken && named && matches.length && matches.every((m) => selectsSense(m.data))) {
      taken = cameoTrigger(v, i, names, true);
    }
    if (taken) { out.push(taken); i = taken.b; } else i++;
  }
  return out;
}

/**
 * The engine's mode for a CAMEO2PLOVER mode of the same meaning (the ACLED sub-event typing reads the
 * engine's modes); other modes are left to the weapon words.
 */
const CAMEO_MODES: Record<string, string> = {
  'ASSAULT/abduct': 'abduction', 'ASSAULT/assassinate': 'assassination', 'ASSAULT/beat': 'beating', 'ASSAULT/sexual': 'sexual violence',
  'ASSAULT/firearms': 'firearms', 'ASSAULT/explosives': 'explosion', 'ASSAULT/suicide-attack': 'suicide', 'CONSULT/visit': 'visit',
  'CONSULT/phone': 'phone', 'PROTEST/demo': 'demonstrate', 'PROTEST/riot': 'riot', 'PROTEST/hunger': 'hunger strike', 'COERCE/arrest': 'arrest',
  'COERCE/ban': 'ban', 'COERCE/curfew': 'curfew', 'COERCE/deport': 'expel', 'COERCE/seize': 'seize', 'RETREAT/withdraw': 'withdraw', 'RETREAT/ceasefire': 'ceasefire',
};
/** a verb typed by the CAMEO dictionary: an event only between two named actors, and only as a reported act (read.ts) */
const CAMEO_FLAGS: ReadonlySet<string> = new Set(['cameo']);

/**
 * A verb typed by the CAMEO verb dictionary (ontology/cameo-verbs.ts): a tagged verb used as a verb (not a
 * plural noun, not an adjectival participle), subject agent and object target as PETRARCH codes source and target.
 * `patternOnly`: only a pattern word around the verb types it, not its block's own code.
 */
function cameoTrigger(v: SentView, i: number, names: readonly { start: number; end: number }[], patternOnly = false): TriggerHit | null {
  if (v.toks[i]!.pos !== 'VERB' || !isVerbalAt(v, i, false) || isAdjectivalParticiple(v, i, i + 1)) return null;
  // "according to" is a preposition; "Iran-backed", "U.S.-led" are modifiers; "the occupied West Bank" an adjective
  // a reporting verb introduces the act it reports, which its own verb types ("said more strikes were planned")
  if (v.lex.cues.reportingVerbs.has(v.lemma[i]!) || v.lex.cues.reportingVerbs.has(v.low[i]!)) return null;
  if (v.low[i] === 'according' || (i > 0 && v.low[i - 1] === '-') || (/(ed|en)$/.test(v.low[i]!) && v.toks[i - 1]?.pos === 'DET')) return null;
  const [ca, cb] = clauseSpan(v, i);
  // a name earlier in the sentence (the source, or a passive's target; "Russia said it would ...") and one after
  // the verb in its clause: cheap to test, and most verbs fail it
  const t = v.toks[i]!, last = v.toks[cb - 1]!;
  if (!names.some((m) => m.end <= t.start) || !names.some((m) => m.start >= t.end && m.end <= last.end)) return null;
  const c = cameoVerbAt(v.res, v, i, ca, cb);
  // violence from a block's code alone is left out: those blocks hold verbs with common peaceful senses ("break
  // its isolation", "dominated the talks", "aims to"); violence is typed by a pattern word or the hand-written senses
  if (!c || (c.bare && (patternOnly || c.type === 'ASSAULT' || c.type === 'COERCE'))) return null;
  const entry: TriggerEntry = {
    type: c.type, mode: (c.ploverMode && CAMEO_MODES[`${c.type}/${c.ploverMode}`]) ?? null, kind: 'verb', pattern: `CAMEO ${c.cameo} (${c.via})`,
    subj: 'agent', obj: 'target', flags: CAMEO_FLAGS, outcome: null, needsTheme: null,
  };
  return { a: i, b: i + 1, head: i, entry, verbal: true, light: -1, lightAfter: false };
}

/** A hand-written entry that names a sense by a word it needs around the verb (and says nothing of the verb's other uses). */
const SENSE_FLAGS = ['needs-weapon', 'needs-weapon-subject', 'needs-protester', 'needs-hostile', 'needs-instrument', 'needs-partner'];
const selectsSense = (e: TriggerEntry): boolean => e.kind !== 'noun' && (!!e.needsTheme || SENSE_FLAGS.some((f) => e.flags.has(f)));

/** The value list of a `name=a|b` flag, or null. */
function flagList(flags: ReadonlySet<string>, name: string): string[] | null {
  const f = [...flags].find((x) => x.startsWith(name));
  return f ? f.slice(name.length).split('|') : null;
}

/** Lemmas and words of the object after a verb ending at `b`, within its clause: not past an infinitive "to". */
function themeWordsAfter(v: SentView, b: number, cb: number): string[] {
  const out: string[] = [];
  for (let k = b; k < Math.min(cb, b + 6); k++) {
    if (v.low[k - 1] === 'to' && k > b) continue;
    out.push(v.lemma[k]!, v.low[k]!);
  }
  return out;
}

/**
 * The theme of a verb at [a, b): its object, or in the passive ("Flights were suspended") and as a
 * participle after its noun ("photographs released by his office") the noun phrase before it.
 */
function themeWords(v: SentView, a: number, b: number, cb: number): string[] {
  const after = themeWordsAfter(v, b, cb);
  const passive = isPassive(v, a) || (/(ed|en)$/.test(v.low[a]!) && NOUNISH.has(v.toks[a - 1]?.pos ?? '') && !hasObjectAfter(v, b));
  if (!passive) return after;
  const np = npLeft(v, isPassive(v, a) ? auxStart(v, a) : a);
  return np ? [...after, ...v.lemma.slice(np[0], np[1]), ...v.low.slice(np[0], np[1])] : after;
}

/**
 * Words of the object of a verb at [a, b): the noun phrase right after it (with a reflexive pronoun:
 * "defend ourselves") and an "against" phrase after that ("defend Iraq against the terrorists"); in the
 * passive or after its noun, the noun phrase before it. Not a later infinitive ("defended the decision
 * to close the border").
 */
function objectWords(v: SentView, a: number, b: number, cb: number): string[] {
  const out: string[] = [];
  const take = (x: number, y: number) => { for (let k = x; k < y; k++) out.push(v.lemma[k]!, v.low[k]!); };
  let k = b;
  if (v.toks[k]?.pos === 'PRON' || /sel(f|ves)$/.test(v.low[k] ?? '')) { take(k, k + 1); k++; }
  const np = k < cb ? npRight(v, k, { limit: cb }) : null;
  if (np) { take(np[0], np[1]); k = np[1]; }
  if (v.low[k] === 'against' && k + 1 < cb) {
    const np2 = npRight(v, k + 1 + (/^(any|all)$/.test(v.low[k + 1]!) ? 0 : 0), { limit: cb });
    if (np2) take(np2[0], np2[1]);
  }
  const passive = isPassive(v, a) || (/(ed|en)$/.test(v.low[a]!) && NOUNISH.has(v.toks[a - 1]?.pos ?? '') && !hasObjectAfter(v, b));
  if (passive) {
    const left = npLeft(v, isPassive(v, a) ? auxStart(v, a) : a);
    if (left) take(left[0], left[1]);
  }
  return out;
}

/** First token of the auxiliaries and adverbs before a passive participle ("were" in "were quickly suspended"). */
function auxStart(v: SentView, a: number): number {
  let k = a;
  while (k > 0 && (v.toks[k - 1]!.pos === 'AUX' || v.toks[k - 1]!.pos === 'ADV' || v.lemma[k - 1] === 'be' || v.lemma[k - 1] === 'get' || v.low[k - 1] === 'not')) k--;
  return k;
}

/**
 * The head noun of the subject before the verb at `a` is one of `words` ("where the borders of Jordan,
 * Syria and Iraq meet": names, commas, "and", "of" and modifiers between are passed over).
 */
function subjectHead(v: SentView, a: number, words: readonly string[]): boolean {
  const [ca] = clauseSpan(v, a);
  for (let k = auxStart(v, a) - 1; k >= ca; k--) {
    const t = v.toks[k]!;
    if (t.pos === 'NOUN') return words.includes(v.lemma[k]!) || words.includes(v.low[k]!);
    if (t.pos === 'PROPN' || t.pos === 'CCONJ' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || v.low[k] === ',' || v.low[k] === 'of') continue;
    return false;
  }
  return false;
}

/** A weapon used as the instrument of the act: "destroyed the headquarters with ballistic missiles", "using drones". */
function hasInstrument(v: SentView, b: number, cb: number): boolean {
  const lex = v.lex;
  for (let k = b; k < Math.min(cb, b + 14); k++) {
    if (!/^(with|using|by)$/.test(v.low[k]!)) continue;
    for (let j = k + 1; j < Math.min(cb, k + 5); j++) if (lex.weapons.matchAt(v.toks, j).length) return true;
  }
  return false;
}

/**
 * A meeting needs two sides: an object or "with" partner after the verb ("met Erdogan", "met with
 * the envoy"), or a plural or conjoined subject ("the two leaders met", "Iran and Iraq met"); a single
 * body convening ("the council met in an extraordinary session") is no consultation.
 */
function hasPartner(v: SentView, a: number, b: number, cb: number): boolean {
  const nx = v.toks[b];
  if (nx && (nx.pos === 'NOUN' || nx.pos === 'PROPN' || nx.pos === 'DET' || nx.pos === 'NUM' || nx.pos === 'PRON' || v.low[b] === 'with')) return true;
  for (let k = b; k < Math.min(cb, b + 6); k++) if (v.low[k] === 'with') return true;
  const s = auxStart(v, a);
  // a relative "who met": the antecedent is out of reach; keep it
  if (s > 0 && /^(who|which|that)$/.test(v.low[s - 1]!)) return true;
  const np = npLeft(v, s);
  if (!np) return true;
  const words = v.low.slice(np[0], np[1]);
  if (words.includes('and') || words.includes('both') || words.includes('two')) return true;
  if (s > np[1] || /^(and|,)$/.test(v.low[np[0] - 1] ?? '')) return true;
  const head = np[1] - 1;
  if (v.toks[head]!.pos === 'PRON') return /^(they|we)$/.test(v.low[head]!);
  return /[^s]s$/.test(v.low[head]!) || /men$|people$|police$/.test(v.low[head]!);
}

/**
 * A past participle used as an adjective, not as a verb: "the besieged town", "two besieged villages",
 * "dead or imprisoned militants" (a determiner, number, adjective or preposition before it, or an
 * adjective joined by "or"/"and", and a noun after it).
 */
function isAdjectivalParticiple(v: SentView, a: number, b: number): boolean {
  if (b - a !== 1 || !/(ed|en|wn)$/.test(v.low[a]!)) return false;
  const next = v.toks[b];
  if (!next || next.pos !== 'NOUN') return false;
  const prev = v.toks[a - 1];
  if (!prev || prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ' || prev.pos === 'ADP' || /^(dozen|handful|couple|score)$/.test(v.low[a - 1]!)) return true;
  return prev.pos === 'CCONJ' && v.toks[a - 2]?.pos === 'ADJ';
}

/** Passive voice: a form of "be"/"get" before the participle, adverbs and "being"/"been" allowed between. */
export function isPassive(v: SentView, head: number, depth = 0): boolean {
  if (!/(ed|en|wn|t|ung)$/.test(v.low[head]!)) return false;
  // a participle coordinated with a passive one shares its auxiliary: "was shot and killed", "were shot or wounded"
  if (depth < 2 && head >= 2 && /^(and|or)$/.test(v.low[head - 1]!) && isPassive(v, head - 2, depth + 1)) return true;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    const l = v.lemma[k]!;
    if (l === 'be' || l === 'get' || v.low[k] === 'being') return true;
    // "was found shot", "was left wounded": a verb of state between the auxiliary and the participle
    if ((l === 'find' || l === 'leave') && k === head - 1 && v.lemma[k - 1] === 'be') continue;
    if (v.toks[k]!.pos === 'ADV' || v.low[k] === 'not' || v.low[k] === "n't" || v.low[k] === 'reportedly' || v.low[k] === 'also') continue;
    return false;
  }
  return false;
}
