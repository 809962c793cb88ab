/**
 * Date windows for fusion: day numbers, the tolerance each precision allows, compatibility of two
 * reported dates, and the month buckets the event index files events under. Plain arithmetic on ISO
 * dates (UTC days); no library needed.
 */
import type { DateValue, DatePrecision } from '../core/model/time.js';

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
/**
 * UTC day number of an ISO date ("2024-07-17", or the day of a timestamp). Plain arithmetic on the digits
 * (days from the civil date), so it needs no memo table; anything else goes through Date.parse.
 */
export function dayOf(iso: string): number {
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6), d = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(ISO_DAY.test(iso) && m >= 1 && m <= 12 && d >= 1 && d <= 28)) {
    return Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86400000);
  }
  // days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil)
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400), yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
export const isoOf = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10);

/** Days two reports of one incident may differ by, beyond their windows (time zones, "overnight"). */
const TOLERANCE: Record<DatePrecision, number> = { day: 1, week: 1, month: 2, year: 0, range: 1 };
export const toleranceOf = (d: DateValue): number => TOLERANCE[d.precision] ?? 1;
/** Widest tolerance, used to widen block queries. */
export const MAX_TOLERANCE = 2;

export interface DayWindow { readonly start: number; readonly end: number }
export const windowOf = (d: DateValue): DayWindow => ({ start: dayOf(d.start), end: dayOf(d.end) });

/** Days between two windows, 0 when they overlap. */
export function gapDays(a: DayWindow, b: DayWindow): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

export type DateRelation = 'same' | 'contains' | 'near' | 'overlap' | 'incompatible';

/**
 * How two reported dates relate: `same` window, one `contains` the other (a day inside "in April"),
 * `overlap`ping windows, `near` (apart by no more than the tolerance of the more precise one), or
 * `incompatible` (April 2022 vs April 2024; "in April" 2024 vs 16 July 2024).
 */
export function dateRelation(a: DateValue, b: DateValue): DateRelation {
  const wa = windowOf(a), wb = windowOf(b);
  if (wa.start === wb.start && wa.end === wb.end) return 'same';
  if ((wa.start <= wb.start && wb.end <= wa.end) || (wb.start <= wa.start && wa.end <= wb.end)) return 'contains';
  const gap = gapDays(wa, wb);
  if (gap === 0) return 'overlap';
  return gap <= Math.max(toleranceOf(a), toleranceOf(b)) ? 'near' : 'incompatible';
}

export const widthOf = (d: DateValue): number => dayOf(d.end) - dayOf(d.start) + 1;

/** `YYYY-MM` keys of every month a window touches (the index buckets). */
export function monthsOf(startDay: number, endDay: number): string[] {
  const out: string[] = [];
  const s = new Date(startDay * 86400000), e = new Date(endDay * 86400000);
  let y = s.getUTCFullYear(), m = s.getUTCMonth();
  const ey = e.getUTCFullYear(), em = e.getUTCMonth();
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    if (++m === 12) { m = 0; y++; }
  }
  return out;
}

const BARE_WEEKDAY = /^(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/**
 * True for a date read from a bare weekday ("on Tuesday"): such a date is ambiguous by a week when the
 * article was published on that weekday (today, or the same weekday a week earlier in a cited report).
 */
export const isBareWeekday = (text: string | null | undefined): boolean => !!text && BARE_WEEKDAY.test(text.trim());

/**
 * True when `loose` (a bare-weekday date) is exactly one week after `other`, a stated day (within its
 * tolerance). A vaguer `other` ("the week before publication", a month) says nothing about which week
 * the weekday fell in.
 */
export function weekApart(loose: DateValue, other: DateValue): boolean {
  if (loose.precision !== 'day' || other.precision !== 'day') return false;
  const d = dayOf(loose.start) - 7, w = windowOf(other);
  return d >= w.start - toleranceOf(other) && d <= w.end + toleranceOf(other);
}

/**
 * Days by which a date lies before the publication that bounds another report's date, when that report's date is
 * only its publication's (`bound`, src/fuse/view.ts publicationDate): the incident happened by then, so an earlier
 * date is compatible with it, a later one (beyond the tolerance) is not (null). (Two dates that are both only
 * publications' are not read so: a report that states no date is most likely news of its week, and on the GTD
 * stream, whose summaries state none, joining two such reports weeks apart merged distinct attacks.)
 */
export function daysBeforePublication(bound: DateValue, other: DateValue): number | null {
  const pub = dayOf(bound.end);
  const w = windowOf(other);
  return w.start <= pub + toleranceOf(bound) ? Math.max(0, pub - w.end) : null;
}
