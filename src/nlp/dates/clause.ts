/**
 * Date lookup for event extraction: the time expression that belongs to a clause, and free date text
 * resolved against a reference.
 */
import type { Doc } from '../../core/model/doc.js';
import type { Range } from '../../core/span.js';
import type { DateValue, TimeExpression } from '../../core/model/time.js';
import { detectTimes, type Detected } from './detect.js';

export interface ClauseTimeOptions {
  /** offset of the event trigger: among several candidates the nearest one wins */
  readonly near?: number;
  /** accept forward-looking expressions (for planned events); default false */
  readonly future?: boolean;
  /** accept "since X" / "until X" bounds; default false */
  readonly bounds?: boolean;
}

const BOUND_CUES = new Set(['since', 'until', 'till', 'by', 'before', 'after', 'from', 'as of']);
const RANK: Record<string, number> = { day: 0, week: 1, month: 2, range: 3, year: 4 };

/**
 * The time expression of `doc.times` that dates the clause `range` (offsets into the article text):
 * expressions inside the range, without future ones and open bounds ("since Oct. 7") unless asked for;
 * the nearest to `opts.near` when given, else the most precise, else the first. Null when none.
 */
export function timeForRange(doc: Doc, range: Range, opts: ClauseTimeOptions = {}): TimeExpression | null {
  const inside = doc.times.filter((t) => t.start >= range.start && t.end <= range.end);
  const usable = inside.filter((t) => (opts.future || !t.future) && (opts.bounds || !BOUND_CUES.has(t.cue ?? '')));
  if (!usable.length) return null;
  const near = opts.near;
  if (near !== undefined) {
    const dist = (t: TimeExpression): number => (near < t.start ? t.start - near : near >= t.end ? near - t.end + 1 : 0);
    return usable.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  }
  return usable.reduce((a, b) => ((RANK[b.value.precision] ?? 9) < (RANK[a.value.precision] ?? 9) ? b : a));
}

export interface ResolvedDateText {
  readonly text: string;
  /** offsets of the expression inside the given text */
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  readonly stated: Detected['stated'];
  readonly timeOfDay: string | null;
  readonly future: boolean;
  readonly by: string;
}

/**
 * Resolves free date text ("last Tuesday", "April 7", "early 2020", "January 3, 2020") against a
 * reference date `YYYY-MM-DD`, with the same news rules as the stage. Returns the longest expression
 * found, or null when the text holds none (or needs a reference and has none).
 */
export function resolveDateText(text: string, reference: string | null): ResolvedDateText | null {
  const found = detectTimes(text, { reference });
  if (!found.length) return null;
  const best = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  return { text: text.slice(best.start, best.end), start: best.start, end: best.end, value: best.value, stated: best.stated, timeOfDay: best.timeOfDay, future: best.future, by: best.by };
}
