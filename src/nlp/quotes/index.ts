/**
 * Quotes stage: direct speech with its speaker. Quote spans come from spans.ts (tolerant pairing of
 * straight and curly marks, paragraph-spanning quotes), speakers from speaker.ts. Scare quotes and quoted
 * names ("air strike", "Ansar Allah al-Awfia"), quoted times ("approximately 1:46 a.m.") and quotes with
 * no attributable speaker are left out. Offsets cover the quoted words without the marks. Reported speech
 * without marks ("X said the militia had ...", "according to X, ...") comes from indirect.ts, with
 * `direct: false` and offsets over the reported content.
 */
import type { Doc } from '../../core/model/doc.js';
import type { QuoteMention } from '../../core/model/quote.js';
import type { Stage } from '../stage.js';
import { sentenceAt } from '../tokens/index.js';
import { findQuotes, type QuoteSpan } from './spans.js';
import { accordingTo, afterQuote, beforeQuote, sentenceSpeaker, type Speaker, type SpeakerContext } from './speaker.js';
import { indirectQuote } from './indirect.js';

const MIN_WORDS = 3;

function isNameOrScare(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return true;
  // "Axis of Resistance", "Ansar Allah al-Awfia": every content word capitalised
  return words.length <= 6 && words.every((w) => /^(?:[A-Z]|al-|el-|of|the|and|for|in)/.test(w)) && !/[.!?,]$/.test(text);
}

function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.tokens[mid]!.start < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

export const quotesStage: Stage = {
  name: 'nlp/quotes.v1',
  requires: ['sentences', 'tokens', 'mentions', 'times'],
  assigns: ['quotes'],
  run(doc: Doc): void {
    const { text } = doc.article;
    const paragraphs = doc.article.paragraphs.length ? doc.article.paragraphs : [{ start: 0, end: text.length }];
    const spans = findQuotes(text, paragraphs);
    const marks: QuoteSpan[] = spans;
    const quoted = (i: number): boolean => {
      const t = doc.tokens[i];
      return !!t && marks.some((q) => t.start >= q.open && t.end <= q.close + 1);
    };
    const previous: (Speaker & { sentence: number })[] = [];
    const ctx: SpeakerContext = { doc, quoted, previous };
    const quotes: QuoteMention[] = [];
    let lastQuote: { speaker: Speaker; sentence: number } | null = null;
    for (const q of spans) {
      const lq = lastQuote as { speaker: Speaker; sentence: number } | null;
      const body = text.slice(q.start, q.end);
      const sOpen = Math.max(0, sentenceAt(doc, q.open) >= 0 ? sentenceAt(doc, q.open) : sentenceAt(doc, q.start));
      const sClose = Math.max(sOpen, sentenceAt(doc, Math.max(q.start, q.close - 1)));
      const timeCover = doc.times.filter((t) => t.start < q.end && q.start < t.end).reduce((n, t) => n + Math.min(t.end, q.end) - Math.max(t.start, q.start), 0);
      const timeFree = body.length - timeCover;
      const skip = !q.continues && (isNameOrScare(body) || timeCover >= 0.6 * body.length || (timeCover > 0 && timeFree < 20));
      const open = doc.sentences[sOpen]!, close = doc.sentences[sClose]!;
      let speaker: Speaker | null = null;
      if (q.continues && lq) speaker = { ...lq.speaker, by: 'quotes/continued' };
      if (!speaker && !q.unclosed) speaker = afterQuote(ctx, tokenIndexAt(doc, q.close + 1), close.tokenEnd);
      if (!speaker) speaker = beforeQuote(ctx, open.tokenStart, tokenIndexAt(doc, q.open));
      if (!speaker) speaker = accordingTo(ctx, open.tokenStart, close.tokenEnd);
      if (!speaker && lq && sOpen - lq.sentence <= 2) speaker = { ...lq.speaker, by: 'quotes/previous-quote' };
      if (!speaker && sOpen > 0) speaker = sentenceSpeaker(ctx, sOpen - 1);
      if (!speaker) continue;
      previous.push({ ...speaker, sentence: sClose });
      lastQuote = { speaker, sentence: sClose };
      if (skip) continue;
      quotes.push({ start: q.start, end: q.end, text: body, sentence: sOpen, speaker: speaker.text, speakerKey: speaker.key, direct: true, by: speaker.by });
    }
    // reported speech in the sentences that hold no quote marks
    const marked = new Set<number>();
    for (const q of spans) {
      const a = sentenceAt(doc, q.open), b = sentenceAt(doc, Math.max(q.start, q.close - 1));
      for (let i = Math.max(0, a); i <= Math.max(a, b); i++) marked.add(i);
    }
    for (let s = 0; s < doc.sentences.length; s++) {
      if (marked.has(s)) continue;
      const q = indirectQuote(ctx, s);
      if (q) quotes.push(q);
    }
    quotes.sort((x, y) => x.start - y.start);
    doc.quotes = quotes;
  },
};
