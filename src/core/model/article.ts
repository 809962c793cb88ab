/** Articles: what ingest reads (RawRecord) and what cleaning makes of it (Article). */
import type { Diagnostic } from '../diagnostics.js';

/** Article metadata fields whose value can come from several places (and be corrected later). */
export const META_FIELDS = ['source', 'published', 'url', 'title', 'externalId', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];
/**
 * Where a metadata value came from: the input itself (page meta, JSON field, feed item, headline line),
 * the sidecar file, or a person (`sitrep meta set`). An inferred publication window is `publishedInferred`.
 */
export type MetaOrigin = 'page' | 'sidecar' | 'manual';
export type MetaOrigins = Partial<Record<MetaField, MetaOrigin>>;

/** One article as it arrived, before cleaning. Produced by src/ingest. */
export interface RawRecord {
  /** where it came from: file path, `file:line` for JSONL, `file#item-N` for feeds */
  readonly origin: string;
  /** input file name (basename), when it came from a file */
  readonly file: string | null;
  readonly format: 'text' | 'html' | 'json' | 'feed';
  /** the body as received: plain text, or HTML when `format` is html or the record had `html` */
  readonly body: string;
  readonly bodyIsHtml: boolean;
  readonly externalId: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  /** ISO date YYYY-MM-DD */
  readonly published: string | null;
  readonly language: string | null;
  readonly byline?: string | null;
  /** where each metadata value came from (absent: the input itself) */
  readonly origins?: MetaOrigins;
  /** problems with the input's values (a date that is no calendar day ...): the value was dropped */
  readonly warnings?: readonly Diagnostic[];
}

export interface Dateline {
  readonly place: string | null;
  readonly agency: string | null;
  /** the state or country written after the place ("Lexington, Ky." → "Ky.", "KIRKUK, Iraq" → "Iraq") */
  readonly region?: string | null;
  /**
   * Where the place is written, as offsets into `raw` (the dateline is cut out of the cleaned text, so no
   * offset of `text` holds it): `raw.slice(at.start, at.end)` is the place as written ("BAGHDAD").
   */
  readonly at?: { readonly start: number; readonly end: number };
}

/**
 * Offset map from cleaned text back to the raw body: sorted segments, each a run of cleaned text
 * `[start, end)` that came from raw `[rawStart, rawStart + (end - start))` (same length; cleaning only
 * removes or substitutes same-length characters).
 */
export interface OffsetSegment {
  readonly start: number;
  readonly end: number;
  readonly rawStart: number;
}

export interface PublishedWindow {
  readonly start: string;
  readonly end: string;
  /** the best single guess inside the window: the reference date for relative expressions */
  readonly guess?: string;
  readonly basis: string;
}

/** A cleaned article. Offsets of every span point into `text`. */
export interface Article {
  /** content hash of the cleaned body (sha256, first 16 hex chars) */
  readonly id: string;
  readonly origin: string;
  readonly file: string | null;
  readonly url: string | null;
  readonly externalId: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  publishedInferred: PublishedWindow | null;
  readonly dateline: Dateline | null;
  /** outlet named by the text itself ("(Tasnim)", "Associated Press writer ...") */
  readonly outletFromText: string | null;
  readonly language: string | null;
  /** cleaned body text */
  readonly text: string;
  readonly offsetMap: readonly OffsetSegment[];
  /** paragraphs of the cleaned text */
  readonly paragraphs: readonly { start: number; end: number }[];
  /** text that was removed as non-prose, with why (caption, credit, keywords, boilerplate) */
  readonly removed: readonly { kind: string; text: string; rawStart: number }[];
  readonly diagnostics: Diagnostic[];
  readonly raw: string;
  /** where each metadata value came from (absent: the input itself, or no value) */
  readonly origins?: MetaOrigins;
}

/**
 * An Article over text that needs no cleaning (tests, benchmarks, eval probes): one paragraph per line,
 * the identity offset map, nothing removed.
 */
export function plainArticle(text: string, opts: { id?: string; published?: string | null; source?: string | null; title?: string | null; file?: string | null } = {}): Article {
  const paragraphs: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    paragraphs.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const id = opts.id ?? 'text';
  return {
    id, origin: opts.file ?? id, file: opts.file ?? null, url: null, externalId: null, title: opts.title ?? null, source: opts.source ?? null,
    published: opts.published ?? null, publishedInferred: null, dateline: null, outletFromText: null, language: 'en', text,
    offsetMap: [{ start: 0, end: text.length, rawStart: 0 }], paragraphs, removed: [], diagnostics: [], raw: text,
  };
}

const fold = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The headline inside the text: cleaning keeps a headline found on the first line as the first paragraph,
 * so it is the first paragraph when that paragraph is the article's title. Null when the title came from
 * metadata only (HTML, JSON, feeds) and is not part of the text.
 */
export function headlineOf(article: Pick<Article, 'title' | 'text' | 'paragraphs'>): { start: number; end: number } | null {
  const p = article.paragraphs[0];
  if (!article.title || !p || p.end <= p.start) return null;
  return fold(article.text.slice(p.start, p.end)) === fold(article.title) ? { start: p.start, end: p.end } : null;
}
