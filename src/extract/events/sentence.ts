/**
 * A sentence seen by the event grammar: its tokens with lower-cased lemma/text keys, a clause id per
 * token, and whether each token sits inside a direct quote. Clause boundaries are the places where an
 * argument or a date stops belonging to a predicate: `;`, complementisers after reporting words ("reports
 * emerged Thursday that ..."), relative pronouns, contrastive conjunctions and "according to" tails.
 * Hand-written: wink gives POS but no dependency parse, and a shallow clause split is all the grammar needs.
 */
import type { Doc, Token } from '../../core/model/doc.js';
import type { Range } from '../../core/span.js';
import type { Lexicon } from '../../lexicon/index.js';
import { resourceKey, type Resources } from '../../resources/index.js';

export interface SentView {
  readonly doc: Doc;
  /** sentence index in doc.sentences */
  readonly index: number;
  readonly toks: readonly Token[];
  readonly lemma: readonly string[];
  readonly low: readonly string[];
  readonly clause: readonly number[];
  readonly quoted: readonly boolean[];
  readonly range: Range;
  /** the resources of the stage context, and their event lexicon */
  readonly res: Resources;
  readonly lex: Lexicon;
}

const QUOTES = new Set(['"', '“', '”', '«', '»']);
const SPLIT_SCONJ = new Set(['because', 'although', 'though', 'while', 'whereas', 'since', 'after', 'before', 'until', 'unless', 'if', 'as']);
const REL = new Set(['which', 'who', 'whom', 'whose', 'where']);

const CAUSE_CUES = resourceKey<string[][]>('extract/events/cause-cues');
/** The cause cues (dict/cues.json causeCues: "in retaliation for", "after" ...), as word lists. */
const causeCues = (res: Resources): string[][] => res.memo(CAUSE_CUES, (r) => r.lexicon.cues.causeCues.map((c) => c.split(' ')));
/** The cause cue of two or more words that starts at token i of lower-cased words `low`, if any. */
const causePhraseAt = (res: Resources, low: readonly string[], i: number): string[] | undefined =>
  causeCues(res).find((p) => p.length > 1 && p.every((x, k) => low[i + k] === x));

export function viewSentence(doc: Doc, index: number, res: Resources): SentView {
  const s = doc.sentences[index]!;
  const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
  const lemma = toks.map((t) => t.lemma.toLowerCase());
  const low = toks.map((t) => t.text.toLowerCase().replace(/[’‘]/g, "'"));
  const { reportingVerbs, reportingNouns } = res.lexicon.cues;
  const clause: number[] = [];
  const quoted: boolean[] = [];
  let c = 0;
  let inQ = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = low[i]!;
    if (QUOTES.has(t.text)) {
      // straight quotes toggle; curly ones open/close
      inQ = t.text === '“' ? true : t.text === '”' ? false : !inQ;
    }
    let boundary = false;
    if (w === ';') boundary = true;
    else if (w === 'that' && t.pos === 'SCONJ') {
      const prev = i > 0 ? lemma[i - 1]! : '';
      const prev2 = i > 1 ? lemma[i - 2]! : '';
      if (reportingVerbs.has(prev) || reportingNouns.has(prev) || reportingVerbs.has(prev2) || toks[i - 1]?.pos === 'PROPN' || toks[i - 1]?.pos === 'VERB') boundary = true;
    } else if (REL.has(w) && (t.pos === 'PRON' || t.pos === 'ADV' || t.pos === 'SCONJ') && i > 0) boundary = true;
    else if (SPLIT_SCONJ.has(w) && t.pos === 'SCONJ' && i > 0) boundary = true;
    // conditionals open a clause whatever the tagger says (wink tags "unless" as ADP)
    else if ((w === 'unless' || w === 'if') && i > 0) boundary = true;
    else if (w === 'according' && low[i + 1] === 'to') boundary = true;
    else if (w === 'but' && low[i - 1] === ',') boundary = true;
    // "... hit 85 targets in retaliation for last Sunday's drone attack": the answered incident is its own clause
    else if (causePhraseAt(res, low, i)) boundary = true;
    if (boundary) c++;
    clause.push(c);
    quoted.push(inQ);
  }
  return { doc, index, toks, lemma, low, clause, quoted, range: { start: s.start, end: s.end }, res, lex: res.lexicon };
}

/** Character range of tokens [a, b). */
export const rangeOf = (v: SentView, a: number, b: number): Range => ({ start: v.toks[a]!.start, end: v.toks[Math.max(a, b - 1)]!.end });

/** Text of tokens [a, b) as written. */
export const textOf = (v: SentView, a: number, b: number): string => (b > a ? v.doc.article.text.slice(v.toks[a]!.start, v.toks[b - 1]!.end) : '');

/** First index >= from (and < to) where the space-separated words of `phrase` occur (lemma or text), or -1. */
export function findSeq(v: SentView, phrase: string, from = 0, to = v.toks.length): number {
  const words = phrase.split(' ');
  outer: for (let i = from; i + words.length <= to; i++) {
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (v.low[i + k] !== w && v.lemma[i + k] !== w) continue outer;
    }
    return i;
  }
  return -1;
}

/** Does the clause that holds token i open with a cause phrase ("in retaliation for last Sunday's attack")? */
export function inCauseClause(v: SentView, i: number): boolean {
  return !!causePhraseAt(v.res, v.low, clauseSpan(v, i)[0]);
}

const CAUSE_REACH = 7;
/**
 * Is the noun phrase that ends at token i introduced by a cause cue a few words before it ("in retaliation
 * for last Sunday's drone attack", "after the U.S. killing of")? No comma or clause mark in between.
 */
export function introducedByCause(v: SentView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - CAUSE_REACH); k--) {
    if (/^[,;:()]$/.test(v.low[k]!)) return false;
    if (causeCues(v.res).some((p) => k - p.length + 1 >= 0 && p.every((x, j) => v.low[k - p.length + 1 + j] === x))) return true;
  }
  return false;
}

/** Token index in the sentence of a character offset (the token that ends after it). */
export function tokenAt(v: SentView, offset: number): number {
  for (let i = 0; i < v.toks.length; i++) if (v.toks[i]!.end > offset) return i;
  return v.toks.length - 1;
}

/** Token range [a, b) of the clause that holds token i. */
export function clauseSpan(v: SentView, i: number): [number, number] {
  const c = v.clause[i];
  let a = i, b = i + 1;
  while (a > 0 && v.clause[a - 1] === c) a--;
  while (b < v.toks.length && v.clause[b] === c) b++;
  return [a, b];
}

export const isVerbLike = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
