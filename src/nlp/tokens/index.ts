/**
 * Tokens, sentences and part-of-speech tags with wink-nlp (English lite web model).
 * The text is split into paragraphs (line breaks) first: wink misses boundaries at line breaks
 * without a full stop (headline into body, truncated paragraphs). wink reports token indices, not
 * character offsets, so offsets are recovered here by locating each token in the paragraph in order.
 * wink's tokenizer breaks words at Latin letters beyond Latin-1 ("Erdo|ğ|an", "Ş|anl|ı|urfa", "Ḩ|asakah"),
 * so wink reads a copy of the paragraph where each such letter is replaced by its base letter, one UTF-16
 * unit for one ("Erdogan", "Sanliurfa"): offsets stay the same, and token text is taken from the original.
 */
import { createRequire } from 'node:module';
import type { Doc, Sentence, Token } from '../../core/model/doc.js';
import type { Stage } from '../stage.js';

const require = createRequire(import.meta.url);

interface WinkIts { value: unknown; pos: unknown; lemma: unknown; span: unknown }
interface WinkItemList { out(f?: unknown): unknown[] }
interface WinkDoc { tokens(): WinkItemList; sentences(): WinkItemList }
interface Wink { readDoc(text: string): WinkDoc; its: WinkIts }

let nlp: Wink | null = null;
/** The wink instance, loaded once per process (about 130 ms). */
export function wink(): Wink {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    // only sentence boundaries and POS (with lemmas) are read: wink's NER, negation and sentiment passes
    // (a third of readDoc's time) are left out; they do not feed the POS tagger
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  }
  return nlp;
}

const EXTRA_BASE: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ŀ': 'l', 'Ŀ': 'L', 'ĸ': 'k', 'ŉ': 'n', 'ƒ': 'f', 'ǝ': 'e', 'ə': 'e', 'Ə': 'E' };
const foldCache = new Map<string, string>();
/** A Latin letter beyond Latin-1 as its ASCII base letter ("ğ" → "g", "Ḩ" → "H", "ı" → "i"); else itself. */
function foldLetter(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const base = EXTRA_BASE[c] ?? c.normalize('NFD')[0] ?? c;
    f = /^[A-Za-z]$/.test(base) ? base : c;
    foldCache.set(c, f);
  }
  return f;
}
/** The paragraph as wink should read it: same length, Latin letters beyond Latin-1 folded to ASCII. */
export function foldForTokenizer(para: string): string {
  return /[\u0100-\u024f\u1e00-\u1eff]/.test(para) ? para.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, foldLetter) : para;
}

/** Tokenises one paragraph `[pStart, pEnd)` of `text`, appending to tokens and sentences. */
function tokenizeParagraph(text: string, pStart: number, pEnd: number, paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  const para = foldForTokenizer(text.slice(pStart, pEnd));
  const w = wink();
  const wd = w.readDoc(para);
  const values = wd.tokens().out(w.its.value) as string[];
  const pos = wd.tokens().out(w.its.pos) as string[];
  const lemmas = wd.tokens().out(w.its.lemma) as string[];
  const spans = wd.sentences().out(w.its.span) as [number, number][];
  const base = tokens.length;
  const offs: [number, number][] = [];
  let cursor = 0;
  for (const v of values) {
    let at = para.indexOf(v, cursor);
    // wink may normalise a token (e.g. quotes); fall back to the next non-space position
    if (at < 0 || at - cursor > 40) {
      at = cursor;
      while (at < para.length && /\s/.test(para[at]!)) at++;
      offs.push([at, Math.min(para.length, at + v.length)]);
    } else offs.push([at, at + v.length]);
    cursor = offs[offs.length - 1]![1];
  }
  let sentIdx = sentences.length;
  const sentOf = new Array<number>(values.length).fill(sentIdx);
  spans.forEach(([a, b], k) => { for (let i = a; i <= b; i++) sentOf[i] = sentIdx + k; });
  values.forEach((v, i) => {
    const [s, e] = offs[i]!;
    const original = text.slice(pStart + s, pStart + e);
    let lemma = lemmas[i] ?? v.toLowerCase();
    // a folded word ("Erdogan" for "Erdoğan") keeps its own letters in the lemma when wink did not change it
    if (original !== para.slice(s, e) && lemma === para.slice(s, e).toLowerCase()) lemma = original.toLowerCase();
    tokens.push({ start: pStart + s, end: pStart + e, text: original, pos: pos[i] ?? 'X', lemma, sentence: sentOf[i]! });
  });
  for (const [a, b] of spans) {
    const start = pStart + offs[a]![0];
    const end = pStart + offs[b]![1];
    sentences.push({ start, end, text: text.slice(start, end), paragraph, tokenStart: base + a, tokenEnd: base + b + 1 });
    sentIdx++;
  }
}

export const tokensStage: Stage = {
  name: 'nlp/tokens.v1',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc): void {
    const { text, paragraphs } = doc.article;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, i) => { if (p.end > p.start) tokenizeParagraph(text, p.start, p.end, i, tokens, sentences); });
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

/** Tokens of sentence `i`. */
export const sentenceTokens = (doc: Doc, i: number): Token[] => {
  const s = doc.sentences[i];
  return s ? doc.tokens.slice(s.tokenStart, s.tokenEnd) : [];
};

/** Index of the sentence that contains offset `at`, or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
