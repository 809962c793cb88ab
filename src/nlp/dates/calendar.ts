/**
 * Plain calendar arithmetic on year-month-day triples (no time zones, no Date objects in the values).
 * Dates in Sitrep are civil dates read from text, so UTC-based arithmetic on Y-M-D is exact and keeps the
 * results independent of the machine's time zone. Hand-written because these few lines are all we need.
 */
import type { DatePrecision, DateValue } from '../../core/model/time.js';

export interface Ymd {
  readonly y: number;
  /** 1-12 */
  readonly m: number;
  /** 1-31 */
  readonly d: number;
}

const DAY_MS = 86_400_000;

export const ymd = (y: number, m: number, d: number): Ymd => ({ y, m, d });

/** Parses `YYYY-MM-DD` (a longer ISO string is cut to its date); null when malformed. */
export function parseIso(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.y, v.m) ? v : null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const iso = (v: Ymd): string => `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;

export const toDays = (v: Ymd): number => Date.UTC(v.y, v.m - 1, v.d) / DAY_MS;
export function fromDays(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (v: Ymd, n: number): Ymd => fromDays(toDays(v) + n);
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** 0 = Sunday ... 6 = Saturday */
export const weekday = (v: Ymd): number => new Date(toDays(v) * DAY_MS).getUTCDay();

/** Adds months, clamping the day to the target month's length. */
export function addMonths(v: Ymd, n: number): Ymd {
  const idx = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

export const compare = (a: Ymd, b: Ymd): number => toDays(a) - toDays(b);

export const dayValue = (v: Ymd): DateValue => ({ start: iso(v), end: iso(v), precision: 'day' });
export const monthValue = (y: number, m: number): DateValue =>
  ({ start: iso({ y, m, d: 1 }), end: iso({ y, m, d: daysInMonth(y, m) }), precision: 'month' });
export const yearValue = (y: number): DateValue => ({ start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31`, precision: 'year' });
export const rangeValue = (a: Ymd, b: Ymd, precision: DatePrecision = 'range'): DateValue =>
  ({ start: iso(a), end: iso(b), precision });

/** Monday-to-Sunday week holding `v`. */
export function weekValue(v: Ymd): DateValue {
  const monday = addDays(v, -((weekday(v) + 6) % 7));
  return rangeValue(monday, addDays(monday, 6), 'week');
}
