/**
 * Direct-quote spans in the article text: straight and curly double quotes, tolerant of what real copy
 * does: a second opening mark before the close (the quote runs to the close), an opening mark never
 * closed (the quote runs to the paragraph end), and quotes that run over paragraphs (the English
 * convention: no closing mark at the end of a paragraph when the next paragraph opens with one).
 * Hand-written: a character scan per paragraph; no library pairs quotes with these tolerances.
 */
export interface QuoteSpan {
  /** offsets of the quoted words, without the marks */
  readonly start: number;
  readonly end: number;
  /** offsets of the opening and closing marks (close = end of paragraph when unclosed) */
  readonly open: number;
  readonly close: number;
  /** true when this quote continues the previous one over a paragraph break */
  readonly continues: boolean;
  /** true when the quote had no closing mark */
  readonly unclosed: boolean;
}

const OPENERS = new Set(['“', '„']);
const CLOSERS = new Set(['”']);

function isOpeningStraight(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : '\n';
  const after = text[i + 1] ?? '\n';
  if (/[\s([{—–-]/.test(before)) return true;
  if (/\s/.test(after) || /[.,;:!?)]/.test(after)) return false;
  return !/\w/.test(before);
}

function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Quote spans of `text`, paragraph by paragraph. */
export function findQuotes(text: string, paragraphs: readonly { start: number; end: number }[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    let open: number | null = null;
    let continues = carry;
    carry = false;
    for (let i = ps; i < pe; i++) {
      const c = text[i]!;
      if (c !== '"' && !OPENERS.has(c) && !CLOSERS.has(c)) continue;
      // a straight mark inside an open quote closes it unless it plainly opens ("... and the "timing ...")
      const opening = OPENERS.has(c) || (c === '"' && (open === null ? isOpeningStraight(text, i) : isOpeningStraight(text, i) && /\w/.test(text[i + 1] ?? '')));
      if (opening) {
        if (open === null) open = i; // a second opener inside an open quote is a stray mark
        continue;
      }
      if (open === null) continue; // stray closing mark
      const [s, e] = trimmed(text, open + 1, i);
      if (e > s) out.push({ start: s, end: e, open, close: i, continues, unclosed: false });
      open = null;
      continues = false;
    }
    if (open !== null) {
      const [s, e] = trimmed(text, open + 1, pe);
      const next = paragraphs[p + 1];
      const nextOpens = !!next && /^\s*["“„]/.test(text.slice(next.start, Math.min(next.end, next.start + 3)));
      if (e > s) out.push({ start: s, end: e, open, close: pe, continues, unclosed: true });
      carry = nextOpens;
    }
  }
  return out;
}
