/**
 * Spans: the provenance unit of Sitrep. Every value the engine outputs points to the cleaned body text
 * of one article with half-open UTF-16 offsets, so that `article.text.slice(start, end) === text`.
 */
import { SitrepError } from './errors.js';

export interface Span {
  /** article id (content hash) */
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Builds a span over `text`, rejecting offsets that fall outside it instead of clamping them. */
export function makeSpan(article: string, text: string, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start || end > text.length) {
    throw new SitrepError('SITREP_ERR_SPAN', `span ${start}-${end} is outside article ${article} (length ${text.length})`);
  }
  return { article, start, end, text: text.slice(start, end) };
}

/** Local character range inside one document, before the article id is attached. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Range, inner: Range): boolean => outer.start <= inner.start && inner.end <= outer.end;
