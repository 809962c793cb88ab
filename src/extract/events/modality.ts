/**
 * Modality of a trigger: did the event happen (asserted), or is it negated, hypothetical, planned,
 * forecast or denied? Read from the words before the trigger in its clause: modal verbs ("could
 * escalate attacks"), intent and forecast phrases ("are likely to", "plan to", "vowed to"), possibility
 * nouns ("the possibility of an air strike"), negation ("did not launch", "no attack"), denial and
 * conditional "if"; a modal between an event noun and the verb that makes it happen ("the talks would
 * begin") and a denied object ("offered no evidence") count too. Causatives ("leading X to announce") keep the event asserted. Cue lists live in
 * dict/cues.json.
 */
import type { Modality } from '../../core/model/event.js';
import { clauseSpan, type SentView } from './sentence.js';
import type { TriggerHit } from './triggers.js';

const FORECAST = /^(likely to|expected to|set to|poised to|about to|going to|due to)$/;
const HYPOTHETICAL = /^(possibility of|threat of|threats of|risk of|risks of|danger of|dangers of|fear of|fears of|prospect of|any|possible|potential|would)$/;
/** Adjectives that make an event noun one not yet happened: "a promised storming of Afrin", "the planned assault", "an imminent offensive". */
const NOT_YET = /^(planned|promised|expected|threatened|proposed|looming|imminent|impending|anticipated|feared|rumoured|rumored|mooted|upcoming|forthcoming|future)$/;
/**
 * Nouns of a speech act or decision whose "of"/"for" complement is its content: "the announcement of continuing
 * airstrikes", "Trump's call for the withdrawal", "plans for an offensive" — the content is announced, asked
 * for or planned, not told as done.
 */
const CONTENT_OF = /^(announcement of|announcements of|promise of|promises of|pledge of|pledges of|plan for|plans for|proposal for|proposals for|call for|calls for|demand for|demands for|request for|requests for|order for|preparations for)$/;
/** Verbs that make a meeting their object scheduled, not held: "announced the summit", "proposed talks". */
const SCHEDULE = /^(announce|schedule|propose|plan|call|arrange|organise|organize|convene|host)$/;
const CAUSATIVE = new Set(['lead', 'leading', 'led', 'prompt', 'prompted', 'prompting', 'force', 'forced', 'forcing', 'cause', 'caused', 'push', 'pushed', 'compel', 'compelled', 'drive', 'drove']);

/**
 * Implicative and aspectual verbs entail that their infinitive took place ("continued to send arms", "began to
 * withdraw", "managed to escape", "resorted to throwing stones"; Karttunen 1971): the complement is told as
 * done, unless the governing verb itself is modal ("will continue to"), which the modal scan below still reads.
 */
const IMPLICATIVE = new Set(['continue', 'begin', 'start', 'resume', 'manage', 'resort', 'proceed']);

const VIOLENT = new Set(['ASSAULT', 'COERCE']);
/** Acts that a purpose clause carries out by itself: protesting by striking, investigating by sending inspectors. */
const PURPOSE_REALISED = (hit: TriggerHit): boolean => hit.entry.type === 'PROTEST' || (hit.entry.type === 'ACCUSE' && hit.entry.mode === 'investigate');

/**
 * "to" opens a purpose clause of an act already told: the word before it is no verb or adjective ("on
 * Monday to", "inspectors to", "in Lagos to"), and a past or progressive verb that is no intent or
 * future cue comes earlier in the clause ("shunned work on Monday to protest").
 */
function isPurposeAfterAct(v: SentView, ca: number, inf: number): boolean {
  const prev = v.toks[inf - 1];
  if (!prev || !['NOUN', 'PROPN', 'NUM', 'ADV'].includes(prev.pos)) return false;
  const { cues } = v.lex;
  for (let k = inf - 2; k >= ca; k--) {
    const t = v.toks[k]!;
    if (t.pos !== 'VERB') continue;
    if (cues.intentVerbs.has(v.lemma[k]!) || v.low[k - 1] === 'to' || v.lemma[k - 1] === 'will' || v.lemma[k - 1] === 'would' || v.low[k - 1] === 'will' || v.low[k - 1] === 'would') return false;
    return /(ed|ing)$/.test(v.low[k]!) || v.low[k] !== v.lemma[k];
  }
  return false;
}

/** Verbs that report or establish a content: negated, they leave the content unasserted. */
const REPORT = /^(say|confirm|report|state|announce|show|prove|establish|reveal|disclose|verify|know)$/;

/**
 * "not said that", "did not confirm that": a "that" before the trigger (in its sentence, no semicolon between)
 * right after a report verb with a negation within the three words before it; returns the cue.
 */
function negatedReport(v: SentView, anchor: number): string | null {
  for (let k = anchor - 1; k >= Math.max(1, anchor - 15); k--) {
    if (v.low[k] === ';' || v.low[k] === '"') return null;
    if (v.low[k] !== 'that') continue;
    const r = k - 1;
    if (!REPORT.test(v.lemma[r]!) || v.toks[r]!.pos !== 'VERB') continue;
    for (let j = r - 1; j >= Math.max(0, r - 3); j--) if (/^(not|n't|never)$/.test(v.low[j]!)) return `${v.low[j]} ${v.low[r]} that`;
  }
  return null;
}

/** The first word of the noun phrase that ends at the trigger (determiners, adjectives, nouns and "'s" before it), not before lo. */
function firstOfNp(v: SentView, anchor: number, lo: number): number {
  let k = anchor;
  while (k - 1 >= lo && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(v.toks[k - 1]!.pos) || v.low[k - 1] === "'s" || /ing$/.test(v.low[k - 1]!) && v.toks[k - 1]!.pos === 'VERB' && k - 2 >= 0 && /^(of|for)$/.test(v.low[k - 2]!))) k--;
  return k;
}

export interface ModalityReading {
  readonly modality: Modality;
  /** the cue words, for provenance in diagnostics */
  readonly cue: string | null;
  /** an intent verb governs the trigger ("expect to begin talks"): CONSULT becomes AGREE */
  readonly intentVerb: string | null;
}

export function readModality(v: SentView, hit: TriggerHit): ModalityReading {
  const { cues } = v.lex;
  const [ca] = clauseSpan(v, hit.head);
  const anchor = hit.light >= 0 && !hit.lightAfter ? Math.min(hit.light, hit.a) : hit.a;
  const from = Math.max(ca, anchor - 9);
  if (v.low[ca] === 'if' || v.low[ca] === 'unless') return { modality: 'hypothetical', cue: v.low[ca]!, intentVerb: null };
  // the content of a negated report: "It has not been said that the two refused", "Police did not confirm that
  // the men were shot" — the writer asserts nothing about it
  const neg = negatedReport(v, anchor);
  if (neg) return { modality: 'hypothetical', cue: neg, intentVerb: null };
  // "a promised storming", "the planned assault", "an imminent offensive" (an adjective right before the noun, or one between)
  if (!hit.verbal) {
    for (let k = hit.a - 1; k >= Math.max(ca, hit.a - 3) && (v.toks[k]!.pos === 'ADJ' || v.toks[k]!.pos === 'VERB' || v.toks[k]!.pos === 'NOUN'); k--) {
      if (NOT_YET.test(v.low[k]!)) return { modality: v.low[k] === 'planned' || v.low[k] === 'proposed' || v.low[k] === 'promised' ? 'planned' : 'forecast', cue: v.low[k]!, intentVerb: null };
    }
  }
  // "announced the summit", "proposed talks": a meeting named as the object of its announcement is scheduled (held
  // later, if at all); an announced act ("announced the arrest of") is reported as done and stays asserted
  if (!hit.verbal && hit.entry.type === 'CONSULT') {
    const k = firstOfNp(v, hit.a, ca) - 1;
    if (k >= ca && v.toks[k]!.pos === 'VERB' && SCHEDULE.test(v.lemma[k]!)) return { modality: 'planned', cue: `${v.low[k]} ${v.low[hit.head]}`, intentVerb: null };
  }
  // "risks being executed", "risk being arrested": a danger, not an act
  if (hit.verbal && v.low[hit.a - 1] === 'being' && v.lemma[hit.a - 2] === 'risk') return { modality: 'hypothetical', cue: 'risk being', intentVerb: null };
  // infinitive: "to begin talks", "to announce a suspension"
  let inf = -1;
  for (let k = anchor - 1; k >= Math.max(ca, anchor - 3); k--) {
    if (v.low[k] === 'to' && v.toks[k]!.pos === 'PART') { inf = k; break; }
    if (v.toks[k]!.pos !== 'VERB' && v.toks[k]!.pos !== 'ADV') break;
  }
  // "resorted to throwing", "continued to send": no intent or plan in the "to" (IMPLICATIVE)
  const implicative = inf >= 1 && IMPLICATIVE.has(v.lemma[inf - 1]!) && v.toks[inf - 1]!.pos === 'VERB';
  if (inf >= 0 && !implicative) {
    // a perfect infinitive tells a past act: "claimed to have shot down", "believed to have planted"
    if (v.lemma[inf + 1] === 'have' && inf + 1 < anchor) return { modality: 'asserted', cue: null, intentVerb: null };
    const before = `${v.low[inf - 1] ?? ''} to`;
    // "willing to withdraw", "ready to talk": the cue is the phrase (a firm commitment for commitment.ts)
    if (cues.futureCues.includes(before) && v.toks[inf - 1]!.pos !== 'VERB') return { modality: 'planned', cue: before, intentVerb: null };
    // "failed to reach agreement": it did not happen
    if (v.lemma[inf - 1] === 'fail') return { modality: 'negated', cue: before, intentVerb: null };
    // "attempted to assassinate", "tried to storm": an attempted attack is an attack (GTD and CAMEO code attempts)
    if ((v.lemma[inf - 1] === 'attempt' || v.lemma[inf - 1] === 'try') && VIOLENT.has(hit.entry.type)) return { modality: 'asserted', cue: null, intentVerb: null };
    // purpose of an act told as done: "shunned work on Monday to protest", "sent a team to Bosnia to investigate"
    if (PURPOSE_REALISED(hit) && isPurposeAfterAct(v, ca, inf)) return { modality: 'asserted', cue: null, intentVerb: null };
    for (let k = inf - 1; k >= Math.max(0, inf - 4); k--) {
      const l = v.lemma[k]!;
      // a causative told as done ("led X to announce", "forced them to retreat") makes the act asserted; one
      // itself wanted or infinitive ("to force the regime to negotiate", "should force") leaves it planned
      if (CAUSATIVE.has(v.low[k]!) || CAUSATIVE.has(l)) return v.low[k - 1] === 'to' || cues.modalVerbs[v.low[k - 1] ?? ''] !== undefined ? { modality: 'planned', cue: `${v.low[k]} to`, intentVerb: null } : { modality: 'asserted', cue: null, intentVerb: null };
      if (cues.intentVerbs.has(l) || cues.intentVerbs.has(v.low[k]!)) return { modality: 'planned', cue: v.low[k]! + ' to', intentVerb: l };
      if (v.toks[k]!.pos === 'VERB' || v.toks[k]!.pos === 'AUX') break;
    }
    if (!(hit.entry.flags.has('speech'))) return { modality: 'planned', cue: 'to', intentVerb: null };
    // a speech act a noun wants or refuses ("France's refusal to offer", "our commitment to support", "little interest to offer") is not told as done
    if (v.toks[inf - 1]!.pos === 'NOUN') return { modality: 'planned', cue: `${v.low[inf - 1]} to`, intentVerb: null };
  }
  for (let k = anchor - 1; k >= from; k--) {
    const w = v.low[k]!;
    const l = v.lemma[k]!;
    if (w in cues.modalVerbs && (v.toks[k]!.pos === 'AUX' || v.toks[k]!.pos === 'VERB')) {
      return { modality: cues.modalVerbs[w] as Modality, cue: w, intentVerb: null };
    }
    // a passive participle is no denial of what follows ("workers who were dismissed by decree held a protest")
    if ((cues.denialCues.has(l) || cues.denialCues.has(w)) && v.lemma[k - 1] !== 'be') return { modality: 'denied', cue: w, intentVerb: null };
    if ((w === 'not' || w === "n't" || w === 'never') && anchor - k <= 4) {
      if (v.low[k + 1] === 'only') continue;
      return { modality: 'negated', cue: w, intentVerb: null };
    }
    if (w === 'no' && !hit.verbal && anchor - k <= 2) return { modality: 'negated', cue: w, intentVerb: null };
    if ((l === 'rule' && v.low[k + 1] === 'out') || w === 'possibility') return { modality: 'hypothetical', cue: w, intentVerb: null };
    for (const len of [3, 2, 1]) {
      const phrase = v.low.slice(k, k + len).join(' ');
      if (k + len > anchor) continue;
      // "likely to", "plan to" govern the act right after them, not a later clause's verb ("a group likely to be IS militants shot at ...")
      if (/ to$/.test(phrase) && v.toks.slice(k + len, anchor).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
      if (FORECAST.test(phrase)) return { modality: 'forecast', cue: phrase, intentVerb: null };
      if (!hit.verbal && CONTENT_OF.test(phrase) && k + len === firstOfNp(v, anchor, k + len)) return { modality: 'planned', cue: phrase, intentVerb: null };
      if (HYPOTHETICAL.test(phrase) && (phrase !== 'any' || !hit.verbal)) return { modality: 'hypothetical', cue: phrase, intentVerb: null };
      // "to be" is future only right before its act ("is to be held", "are to be formally launched"), not in "believed to be responsible for a blast"
      if (phrase === 'to be' && v.toks.slice(k + len, anchor).some((t) => t.pos !== 'ADV' && t.pos !== 'DET')) continue;
      if (cues.futureCues.includes(phrase) && !/^(continue to|continues to)$/.test(phrase)) return { modality: 'planned', cue: phrase, intentVerb: null };
    }
  }
  // the happening verb after its noun carries the modal: "the talks would begin", "talks are expected to resume"
  if (hit.lightAfter && hit.light > hit.head) {
    for (let k = hit.b; k < hit.light; k++) {
      const w = v.low[k]!;
      if (w in cues.modalVerbs && (v.toks[k]!.pos === 'AUX' || v.toks[k]!.pos === 'VERB')) return { modality: cues.modalVerbs[w] as Modality, cue: w, intentVerb: null };
      const two = `${w} ${v.low[k + 1] ?? ''}`;
      if (FORECAST.test(two)) return { modality: 'forecast', cue: two, intentVerb: null };
    }
  }
  // a verb whose object is denied: "offered no evidence", "gave no details"
  if (hit.verbal && v.low[hit.b] === 'no' && v.toks[hit.b + 1]?.pos !== 'VERB') return { modality: 'negated', cue: 'no', intentVerb: null };
  return { modality: 'asserted', cue: null, intentVerb: null };
}
