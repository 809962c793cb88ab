/**
 * Builds cleaned text from pieces of the raw text while recording, for every run of cleaned characters,
 * where it came from. Cleaning only drops characters or substitutes one character for one character,
 * so each segment maps linearly back to the raw input.
 */
import type { OffsetSegment } from '../core/model/article.js';

/** Same-length substitutions: typographic quotes to ASCII, non-breaking and odd spaces to a space. */
const SUBSTITUTE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ', '\u000B': ' ', '\u000C': ' ',
};
/** Characters dropped outright: zero-width, soft hyphen, and control characters (NUL cannot even be stored in PostgreSQL text). */
const DROP = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/;

type Segment = { start: number; end: number; rawStart: number };

/**
 * The longest run of non-space characters kept whole. Longer runs (a 100 KB "word": base64, a minified
 * blob, a hostile input) get a space substituted every this many characters: tokenisers and their feature
 * regexes cost the square of a token's length, and no word or URL in prose is this long.
 */
export const MAX_TOKEN_CHARS = 128;

/**
 * The most characters of cleaned text an article is analysed over (about 16,000 words). The longest news
 * features run to 10,000 words; past this an input is a dump, not an article (a 4 MB single line), and the
 * pipeline's cost grows with the text. The raw input is kept whole; the cut is reported (clean/too-long).
 */
export const MAX_ARTICLE_CHARS = 100_000;

export class TextBuilder {
  private out: string[] = [];
  private length = 0;
  /** grown in place while building (one object per run, not per character) */
  private readonly segs: Segment[] = [];
  /** non-space characters since the last space or line break */
  private run = 0;
  /** how many over-long runs were broken (see MAX_TOKEN_CHARS) */
  brokenTokens = 0;
  /** raw offset where the text was cut at MAX_ARTICLE_CHARS, or null while whole */
  cutAt: number | null = null;

  get segments(): readonly OffsetSegment[] { return this.segs; }

  /** Appends raw[start, end) with substitutions, collapsing runs of spaces to one. */
  append(raw: string, start: number, end: number): void {
    if (this.cutAt !== null) return;
    for (let i = start; i < end; i++) {
      let ch = raw[i]!;
      // past the bound the text ends at the next word break (runs are at most MAX_TOKEN_CHARS long)
      if (this.length >= MAX_ARTICLE_CHARS && /\s/.test(ch)) { this.cutAt = i; return; }
      const code = ch.charCodeAt(0);
      // plain printable ASCII needs neither dropping nor substitution
      if (code < 32 || code > 126) {
        if (DROP.test(ch)) continue;
        ch = SUBSTITUTE[ch] ?? ch;
      }
      if (ch === ' ' && (this.length === 0 || this.lastChar() === ' ' || this.lastChar() === '\n')) continue;
      if (ch === ' ') this.run = 0;
      else if (++this.run > MAX_TOKEN_CHARS) { if (this.run === MAX_TOKEN_CHARS + 1) this.brokenTokens++; ch = ' '; this.run = 0; }
      this.push(ch, i);
    }
  }

  /** Appends a separator character that stands for raw position `rawAt` (e.g. a line break). */
  separator(ch: string, rawAt: number): void {
    if (this.length >= MAX_ARTICLE_CHARS) { this.cutAt ??= rawAt; return; }
    if (this.length === 0 || this.lastChar() === ch) return;
    if (this.lastChar() === ' ') this.trimEnd();
    this.run = 0;
    this.push(ch, rawAt);
  }

  /** Removes one trailing space. */
  trimEnd(): void {
    if (this.lastChar() !== ' ') return;
    this.out.pop();
    this.length--;
    const seg = this.segs[this.segs.length - 1]!;
    if (seg.end - 1 === seg.start) this.segs.pop();
    else seg.end--;
  }

  get size(): number { return this.length; }

  private lastChar(): string | undefined { return this.out[this.out.length - 1]; }

  private push(ch: string, rawAt: number): void {
    const last = this.segs[this.segs.length - 1];
    if (last && last.end === this.length && last.rawStart + (last.end - last.start) === rawAt) last.end++;
    else this.segs.push({ start: this.length, end: this.length + 1, rawStart: rawAt });
    this.out.push(ch);
    this.length++;
  }

  toString(): string { return this.out.join(''); }
}

/** Maps a cleaned-text offset back to the raw input through the segments. */
export function toRaw(segments: readonly OffsetSegment[], at: number): number {
  let lo = 0, hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.rawStart + (at - s.start);
  }
  const last = segments[segments.length - 1];
  return last ? last.rawStart + (last.end - last.start) : 0;
}
