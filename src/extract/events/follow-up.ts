/**
 * Legal follow-up news: an arrest, a charge, an indictment, a plea, a trial or a sentence reported for a shooting
 * told in the past. Such a report's act takes its date from the legal news ("was sentenced Monday for the shooting",
 * or only the week of publication): that date is the hearing's, and the shooting happened before it, on a day the
 * text does not give (months or years before, for court news). The event keeps the date it read, marked
 * `dateOfFollowUp`, and fusion reads it as an upper bound reaching back a year (src/fuse/score.ts, block.ts).
 * An act whose own clause states its date ("was shot on March 3") is dated by it and is not marked.
 * Hand-written: the legal-process vocabulary of English news is a small closed class; no resource lists it.
 */
import type { Range } from '../../core/span.js';

/**
 * Words of the legal process after an act: arrest, charge, indictment, arraignment, plea, trial, verdict, sentence.
 * ("hearing" only with the kind of hearing: "hearing gunshots" is no court news.)
 */
const LEGAL = /\b(?:arrested|charged|indicted|arraigned|arraignment|sentenced|sentencing|convicted|acquitted|pleaded|pleads|plea|trial|verdict|jury|jurors|testified|(?:preliminary|bond|court|plea|sentencing|probable cause|detention) hearing|(?:found|was|were|is) (?:not )?guilty)\b/i;

/** The families of acts a legal follow-up tells in the past: violence against people. */
const VIOLENT = new Set(['ASSAULT']);

export interface FollowUpInput {
  readonly type: string;
  readonly modality: string;
  readonly background: boolean;
  readonly dateBasis?: string;
  readonly date: { readonly value: { readonly end: string }; readonly at: Range } | null;
  readonly sentences: readonly Range[];
}

/** Days before publication within which a date is the news's own week ("Monday", "today"), not a date in the past. */
const NEWS_WEEK_DAYS = 7;

/**
 * True when the act's date is that of the legal news about it, not its own: the act is violent and asserted, and either
 * the words that date it tell a step of the legal process (the sentence of the date expression; for the week of
 * publication, the act's first sentence), or the lead (the article's first two sentences) tells one and the date is
 * the news's own week (a court story's "Monday" is the hearing's; the shooting it follows is told in the past).
 */
export function dateOfLegalFollowUp(text: string, docSentences: readonly Range[], e: FollowUpInput, reference: string | null): boolean {
  if (!VIOLENT.has(e.type) || e.modality !== 'asserted' || e.background || !e.date || !e.dateBasis) return false;
  const sentenceOf = (at: Range): Range | undefined => docSentences.find((s) => s.start <= at.start && at.start < s.end);
  const said = (r: Range | undefined): boolean => !!r && LEGAL.test(text.slice(r.start, r.end));
  const lead = docSentences.slice(0, 2).some(said);
  if (e.dateBasis === 'reference') return lead || said(e.sentences[0]);
  if (e.dateBasis !== 'own') return lead || said(sentenceOf(e.date.at));
  if (!lead || !reference) return false;
  const days = (Date.parse(reference.slice(0, 10)) - Date.parse(e.date.value.end.slice(0, 10))) / 86400000;
  return days >= -1 && days <= NEWS_WEEK_DAYS;
}
