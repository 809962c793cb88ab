/**
 * Agreement of reported figures. Figures agree when their ranges can hold the same true value: "at
 * least 2" and 3, a range and a value inside it, "approximately 2,500" and "an estimated 2,500"
 * (approximate figures get a relative margin). Only figures that cannot both be true are conflicts.
 */
import type { Count } from '../core/model/event.js';

export interface Interval { readonly lo: number; readonly hi: number }

/** A reported count as an interval; approximate figures widen by `margin` (10 % by default). */
export function intervalOf(c: Count, approximate = false, margin = 0.1): Interval {
  const hi = c.max ?? Infinity;
  return approximate ? { lo: Math.floor(c.min * (1 - margin)), hi: hi === Infinity ? hi : Math.ceil(hi * (1 + margin)) } : { lo: c.min, hi };
}

export const intervalsOverlap = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;

/** True when two counts can describe the same number. */
export function countsAgree(a: Count, b: Count, approxA = false, approxB = false): boolean {
  return intervalsOverlap(intervalOf(a, approxA), intervalOf(b, approxB));
}

/** The tightest count both agree on (call only when they agree). */
export function intersectCounts(a: Count, b: Count): Count {
  const max = a.max == null ? b.max : b.max == null ? a.max : Math.min(a.max, b.max);
  return { min: Math.max(a.min, b.min), max };
}

export const countKey = (c: Count): string => `${c.min}-${c.max ?? '+'}`;
export const exactCount = (n: number): Count => ({ min: n, max: n });

const STATED = /\d|\b(?:no|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?|thousands?|several|some|many|few)\b/i;
/**
 * A count whose evidence states no number ("the killing of General X and Y" read as 2 by counting the
 * named victims) is a lower bound: more may have died. Stated counts are kept as read.
 */
export function asStated(c: Count, evidenceText: string): Count {
  return STATED.test(evidenceText) ? c : { min: c.min, max: null };
}
