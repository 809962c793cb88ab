/**
 * Doc: one article under analysis. Each NLP stage reads what earlier stages assigned and adds its own
 * layer; all offsets are into `article.text`.
 */
import type { Article } from './article.js';
import type { Mention } from './entity.js';
import type { TimeExpression } from './time.js';
import type { FigureMention } from './figure.js';
import type { QuoteMention } from './quote.js';
import type { ExtractedEvent } from './event.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ...) */
  readonly pos: string;
  readonly lemma: string;
  readonly sentence: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** index of the paragraph that holds it */
  readonly paragraph: number;
  /** index of the first token and one past the last in doc.tokens */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Doc {
  readonly article: Article;
  /** reference date for relative expressions: published, else the start of the inferred window */
  reference: string | null;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  times: TimeExpression[];
  figures: FigureMention[];
  quotes: QuoteMention[];
  events: ExtractedEvent[];
}

export function createDoc(article: Article): Doc {
  return {
    article,
    reference: article.published ?? article.publishedInferred?.guess ?? article.publishedInferred?.end ?? null,
    sentences: [],
    tokens: [],
    mentions: [],
    times: [],
    figures: [],
    quotes: [],
    events: [],
  };
}
