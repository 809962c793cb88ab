/**
 * How far an event can be trusted: a logistic score over features of how it was read, each with the
 * reason it moves trust. The weights are priors set by reasoning about the extraction errors seen on real
 * articles (issue 11); the score is calibrated on the annotated gold set (CONFIDENCE_CALIBRATION below,
 * so that events at 0.8 are right about 80% of the time). `confidenceFeatures`
 * exposes the feature values for that fit and for diagnostics.
 *
 * Hand-written: a few named features and a sigmoid; no library needed.
 */
import type { Candidate } from './candidate.js';

export interface ConfidenceFeature {
  readonly id: string;
  /** log-odds added when the feature holds */
  readonly weight: number;
  /** why it moves trust, in one line */
  readonly why: string;
  readonly holds: (c: Candidate) => boolean;
}

/** log-odds of an event with none of the features below */
export const CONFIDENCE_BIAS = -0.6;

export const CONFIDENCE_FEATURES: readonly ConfidenceFeature[] = [
  { id: 'verbal', weight: 0.6, why: 'a predicate tells an act; a bare noun often only names one ("the attack", "the threat of")', holds: (c) => c.rule === 'events/verb-active' || c.rule === 'events/verb-passive' },
  { id: 'light-verb', weight: 0.4, why: 'a noun made an act by a light verb ("carried out an attack", "held talks")', holds: (c) => c.rule === 'events/light-verb' },
  { id: 'agent', weight: 0.35, why: 'a named doer: the sentence tells who acted', holds: (c) => c.actors.some((a) => a.role === 'agent') },
  { id: 'target', weight: 0.2, why: 'a named target or victim', holds: (c) => c.actors.some((a) => a.role === 'target') },
  { id: 'place', weight: 0.35, why: 'the sentences place the act', holds: (c) => !!c.location },
  { id: 'own-date', weight: 0.4, why: 'a date stated with the act, not the publication week', holds: (c) => !!c.date && (c.date.basis === 'own' || c.date.basis === 'sentence' || c.date.basis === 'merged') },
  { id: 'paragraph-date', weight: 0.2, why: 'a date from an earlier sentence of its paragraph or, for the same kind of act, the lead: likely, less sure than its own', holds: (c) => c.date?.basis === 'paragraph' },
  { id: 'toll-or-weapon', weight: 0.25, why: 'a casualty count or a weapon: concrete detail of an incident', holds: (c) => !!(c.weapon || c.killed || c.injured) },
  { id: 'several-sentences', weight: 0.3, why: 'more than one sentence tells it (told again, or followed up)', holds: (c) => c.sentences.length > 1 },
  { id: 'quoted', weight: -0.5, why: 'inside a direct quote: a witness\'s words, not the outlet\'s report', holds: (c) => !!c.quoted },
  { id: 'casualty-only', weight: -0.3, why: 'only a casualty word ("died", "were wounded"), with no act of its own', holds: (c) => c.casualtyOnly && c.sentences.length === 1 },
];

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The features that hold for a candidate, by id. */
export function confidenceFeatures(c: Candidate): string[] {
  return CONFIDENCE_FEATURES.filter((f) => f.holds(c)).map((f) => f.id);
}

/**
 * Platt scaling of the prior score, fitted on the real-article gold set (eval/gold/articles.jsonl, 2026-12-02:
 * 178 asserted engine events, 99 of them real; logistic regression of "paired with a gold event" on the
 * prior log-odds): confidence = sigmoid(scale * x + shift). A refit of every feature weight on the same
 * events gave no lower log-loss (0.642 against 0.647), so the priors keep their relative sizes.
 * Refit with the calibration rows of `sitrep eval --format articles` (docs/EVAL.md) when the extraction changes.
 */
export const CONFIDENCE_CALIBRATION = { scale: 1.18, shift: -0.53 } as const;

/** The event's confidence in (0, 1), rounded to two places and kept within [0.05, 0.97]. */
export function confidenceOf(c: Candidate): number {
  let x = CONFIDENCE_BIAS;
  for (const f of CONFIDENCE_FEATURES) if (f.holds(c)) x += f.weight;
  x = CONFIDENCE_CALIBRATION.scale * x + CONFIDENCE_CALIBRATION.shift;
  return Math.min(0.97, Math.max(0.05, Math.round(sigmoid(x) * 100) / 100));
}
