/**
 * Generic and aggregate statements are not single incidents: "have struck American military
 * installations in Iraq more than 60 times", "have carried out dozens of attacks", "US troops have faced
 * numerous attacks", "a surge in attacks", "militias continue to carry out drone attacks", "two
 * back-to-back attacks". A trigger is aggregate when a habitual cue (dict/cues.json) qualifies it, when it
 * is a plural attack noun that is counted, generic or governed by a perfect/present/habitual verb, or when
 * a perfect-tense attack verb has no date of its own and a plural object.
 */
import { clauseSpan, type SentView } from './sentence.js';
import type { TriggerHit } from './triggers.js';
import type { Frame } from './frame.js';
import { numberValue } from './numbers.js';

const QUANT_CUES = new Set(['dozens of', 'scores of', 'hundreds of', 'numerous', 'multiple', 'several', 'more than', 'a series of', 'series of', 'string of', 'a wave of', 'wave of', 'a spate of', 'spate of', 'a surge in', 'surge in']);
const PLURAL_GENERIC_DET = new Set(['these', 'those', 'such', 'similar', 'recent', 'their', 'its', 'repeated', 'numerous', 'frequent', 'regular', 'retaliatory', 'many', 'multiple', 'several', 'further', 'other', 'more', 'daily', 'nightly', 'sporadic', 'ongoing', 'continued', 'occasional']);

const isPlural = (v: SentView, k: number): boolean => v.low[k] !== v.lemma[k] && /s$/.test(v.low[k]!) && !/ss$/.test(v.low[k]!);

/** Perfect or present tense, or a habitual/continuing verb, governing token k ("have launched", "continue to carry out", "fuels"). */
function tenseOf(v: SentView, k: number): 'perfect' | 'habitual' | 'past' | 'other' {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const l = v.lemma[j]!;
    const w = v.low[j]!;
    if (l === 'continue' || w === 'keep' || w === 'kept' || w === 'often' || w === 'frequently' || w === 'regularly' || w === 'repeatedly' || w === 'routinely') return 'habitual';
    if (l === 'have' && v.toks[j]!.pos === 'AUX') return v.low[j] === 'had' || v.low[j] === "'d" ? 'past' : 'perfect';
    if (v.toks[j]!.pos === 'PUNCT' || v.toks[j]!.pos === 'SCONJ') break;
    // another verb or a modal governs what follows: "has said it will boycott" is no perfect of "boycott"
    if (v.toks[j]!.pos === 'VERB' || /^(will|would|shall|should|could|can|may|might|must|'ll)$/.test(w)) break;
  }
  return /ed$/.test(v.low[k]!) || v.toks[k]!.text !== v.toks[k]!.lemma ? 'past' : 'other';
}

/** A verb between the quantity and the trigger means the quantity counts something else ("hundreds of protesters held a rally"). */
const hasVerbBetween = (v: SentView, a: number, b: number): boolean => v.toks.slice(a, b).some((t) => t.pos === 'VERB' || t.pos === 'AUX');

export function isAggregate(v: SentView, frame: Frame, hasOwnDate: boolean): boolean {
  const { cues } = v.lex;
  const hit: TriggerHit = frame.hit;
  const [ca, cb] = clauseSpan(v, hit.head);
  const isAttack = hit.entry.type === 'ASSAULT' || hit.entry.type === 'PROTEST' || hit.entry.type === 'COERCE';
  // habitual cues in the clause around the trigger
  const lo = Math.max(ca, hit.a - 8), hi = Math.min(cb, hit.b + 10);
  for (let k = lo; k < hi; k++) {
    for (const len of [3, 2, 1]) {
      const phrase = v.low.slice(k, k + len).join(' ');
      if (!cues.habitualCues.includes(phrase)) continue;
      if (phrase === 'times' && !(numberValue(v.low[k - 1] ?? '') !== null || v.low[k - 1] === 'several' || v.low[k - 1] === 'many')) continue;
      // quantity cues only count attacks, not people ("hundreds of teachers protested")
      if (QUANT_CUES.has(phrase) && !(isAttack && !hit.verbal && k < hit.a && hit.a - (k + len) <= 4 && !hasVerbBetween(v, k + len, hit.a))) continue;
      if ((phrase === 'the attacks' || phrase === 'since the') && hasOwnDate) continue;
      if (isAttack || phrase === 'times' || phrase === 'periodically' || phrase === 'repeatedly' || phrase === 'for years') return true;
    }
  }
  if (!isAttack) return false;
  if (!hit.verbal && isPlural(v, hit.head)) {
    const before = hit.a - 1;
    const det = v.low[before] ?? '';
    const n = numberValue(det);
    // "two back-to-back attacks" sums incidents; "conducted 31 air raids on X" is one ACLED-style event
    const pastLight = hit.light >= 0 && !hit.lightAfter && tenseOf(v, hit.light) === 'past';
    if (n !== null && n > 1 && !pastLight) return true;
    if (PLURAL_GENERIC_DET.has(det) || PLURAL_GENERIC_DET.has(v.low[before - 1] ?? '')) return true;
    if (det === 'the' && !hasOwnDate) return true;
    if (hit.light >= 0 && !hit.lightAfter) {
      const t = tenseOf(v, hit.light);
      if ((t === 'perfect' || t === 'habitual') && !hasOwnDate) return true;
      if (t === 'other' && !hasOwnDate && v.low[hit.light - 1] === 'to') return true;
    } else if (!hasOwnDate && hit.light < 0) {
      // plural attack noun with no verb making it happen: "attacks on US bases", "strikes by Iranian proxies"
      return true;
    }
  }
  if (hit.verbal && overPeriod(v, ca, cb)) {
    // harm done to a bare plural over a stretch of time sums several incidents: "hospitals targeted by Russian and
    // Syrian warplanes over the past week" (the reduced relative's noun, or the object, with no article or number)
    const obj = frame.slots.find((s) => s.via === 'obj' || s.via === 'subj' && frame.passive);
    const heads = [...(v.low[hit.b] === 'by' && /ed$/.test(v.low[hit.head]!) ? [hit.a - 1] : []), ...(obj ? [obj.b - 1] : [])].filter((k) => k >= 0 && v.toks[k]!.pos === 'NOUN' && isPlural(v, k));
    if (heads.some((k) => { let j = k - 1; while (j >= 0 && v.toks[j]!.pos === 'ADJ') j--; return !(v.toks[j]?.pos === 'DET' || v.toks[j]?.pos === 'NUM' || v.toks[j]?.pos === 'PRON'); })) return true;
  }
  if (hit.verbal) {
    const t = tenseOf(v, hit.head);
    if (t === 'habitual') return true;
    if (t === 'perfect' && !hasOwnDate) {
      if (/^(more|over|dozens|scores|hundreds|numerous|multiple|several|many)$/.test(v.low[hit.b] ?? '')) return true;
      const obj = frame.slots.find((s) => s.via === 'obj' || s.via === 'subj' && frame.passive);
      // a counted object is one group acted on ("have kidnapped up to 16 advisers"): the number counts people or
      // things, not incidents; a bare plural ("have struck military installations") reads as a kind, many times
      if (obj && isPlural(v, obj.b - 1) && !countedFrom(v, obj.a, obj.b)) return true;
      // "have attacked" with nothing after it tells a kind of act; a noun phrase right after the verb is an object
      // the frame did not read ("have captured part of a stronghold", "have been holding thousands of refugees")
      if (!obj && !objectFollows(v, hit.b)) return true;
    }
  }
  return false;
}

/** Does a number count the noun phrase [a, b) ("16 Russian advisers", "up to 16 advisers", "thousands of refugees")? */
function countedFrom(v: SentView, a: number, b: number): boolean {
  // "a total of 900 fighters" sums what was done over a time: a count of many acts
  if (v.low.slice(a, b).some((w) => w === 'total' || w === 'cumulative' || w === 'altogether')) return false;
  for (let k = a; k < b; k++) if (v.toks[k]!.pos === 'NUM' || numberValue(v.low[k]!) !== null) return true;
  return false;
}

/** Does a noun phrase start right after the verb (an object), rather than a preposition, a clause or the end? */
function objectFollows(v: SentView, k: number): boolean {
  const t = v.toks[k];
  if (!t) return false;
  if (v.low[k] === 'up' && v.low[k + 1] === 'to') return true;
  return t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && v.toks[k + 1]?.pos === 'NOUN');
}

/** A stretch of time up to now in the clause: "over the past week", "during the last two months", "in the past 24 hours". */
function overPeriod(v: SentView, ca: number, cb: number): boolean {
  for (let k = ca; k < cb - 3; k++) {
    if (!/^(over|during|in|throughout)$/.test(v.low[k]!) || v.low[k + 1] !== 'the' || !/^(past|last)$/.test(v.low[k + 2]!)) continue;
    const u = numberValue(v.low[k + 3]!) !== null || /^(few|several|couple)$/.test(v.low[k + 3]!) ? v.low[k + 4] : v.low[k + 3];
    if (u && /^(hours|days|week|weeks|month|months|year|years|decade)$/.test(u)) return true;
  }
  return false;
}
