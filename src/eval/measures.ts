/** Field comparisons shared by the dataset scorers: dates as day intervals, counts (distances: src/core/distance.ts). */
import type { GoldCount, GoldDate } from './gold.js';
import type { ReportCount, ReportDate } from './report.js';

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of an ISO date (UTC). */
export const dayNumber = (iso: string): number => Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
export const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => isoOfDay(dayNumber(iso) + n);

/** Exact day: the prediction is one day and it is the gold's (which must itself be one day). */
export function sameDay(pred: ReportDate | null, gold: GoldDate): boolean {
  return !!pred && pred.start === pred.end && gold.start === gold.end && pred.start.slice(0, 10) === gold.start;
}

/** Within the gold's precision: the predicted interval lies inside the gold interval, one day of slack each side. */
export function withinDate(pred: ReportDate | null, gold: GoldDate): boolean {
  if (!pred) return false;
  return dayNumber(pred.start) >= dayNumber(gold.start) - 1 && dayNumber(pred.end) <= dayNumber(gold.end) + 1;
}

/** Covers: the predicted interval, at most 7 days wide, contains the whole gold interval (vague but right). */
export function coversDate(pred: ReportDate | null, gold: GoldDate): boolean {
  if (!pred) return false;
  const w = dayNumber(pred.end) - dayNumber(pred.start);
  return w <= 7 && dayNumber(pred.start) <= dayNumber(gold.start) && dayNumber(pred.end) >= dayNumber(gold.end);
}

/** A predicted count as an interval; `max` null = open-ended. */
export const countRange = (c: ReportCount | undefined | null): { min: number; max: number } | null =>
  c && typeof c.min === 'number' ? { min: c.min, max: c.max === null ? Infinity : c.max ?? c.min } : null;

/**
 * Exact count: the prediction is one number equal to the gold's best estimate. A gold of 0 is also
 * matched by no count at all (the text said nobody was hurt, or said nothing).
 */
export function countExact(pred: ReportCount | undefined | null, gold: GoldCount): boolean {
  const r = countRange(pred);
  if (!r) return gold.best === 0;
  // an open "at least N" is read as N, the conservative figure GTD and ACLED code
  return r.min === gold.best && (r.max === r.min || r.max === Infinity);
}

/** Within range: the predicted interval and the gold's [low, high] overlap (no count counts as 0). */
export function countWithin(pred: ReportCount | undefined | null, gold: GoldCount): boolean {
  const r = countRange(pred) ?? { min: 0, max: 0 };
  return r.min <= gold.high && r.max >= gold.low;
}

export const median = (xs: readonly number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
