/**
 * Publication dates at the edge: a value from JSON, RSS, Atom, HTML meta or the sidecar becomes an ISO
 * calendar day, or is dropped with a named warning — a day that does not exist (2023-02-31), a year out
 * of range (0000, 9999, 10000), or a string that is no full date ("42", "Dec 16 201"). Nothing here throws.
 */
import type { Diagnostic } from '../core/diagnostics.js';

/** Publication years accepted: news archives start well after 1800; a date far in the future is an error. */
export const MIN_YEAR = 1800;
export const maxYear = (): number => new Date().getUTCFullYear() + 1;

/** RFC 822 zone names Date.parse knows, in minutes east of UTC. */
const ZONES: Record<string, number> = { Z: 0, UT: 0, UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** True when y-m-d is a day of the proleptic Gregorian calendar within the accepted years. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (!(y >= MIN_YEAR && y <= maxYear() && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface DayReading { readonly day: string | null; readonly problem: string | null }

/**
 * The publication day as the outlet wrote it: `Mon, 09 May 2022 23:30:00 -0500` is 9 May (the outlet's
 * day), not 10 May (UTC); a date without a zone is a calendar date, whatever the machine's time zone.
 */
export function readDay(s: string | null | undefined): DayReading {
  if (s == null) return { day: null, problem: null };
  const str = String(s).trim();
  if (!str) return { day: null, problem: null };
  const iso = /^([+-]?\d{4,})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(str);
  if (iso) {
    const y = Number(iso[1]), m = Number(iso[2]), d = Number(iso[3]);
    return isCalendarDay(y, m, d) ? { day: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, problem: null } : { day: null, problem: `not a calendar day between ${MIN_YEAR} and ${maxYear()}` };
  }
  // anything else must name a four-digit year and a month (name or number): "42" or "Dec 16 201" is not a date
  if (!/(?<!\d)\d{4}(?!\d)/.test(str) || !/[a-z]{3}|\d[/.]\d/i.test(str)) return { day: null, problem: 'not a full date (day, month and four-digit year)' };
  const t = Date.parse(str);
  if (Number.isNaN(t)) return { day: null, problem: 'not a date' };
  const off = /([+-])(\d{2}):?(\d{2})$/.exec(str);
  const named = /\b([A-Z]{1,3}T?)$/i.exec(str)?.[1]?.toUpperCase();
  const minutes = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : named !== undefined ? ZONES[named] : undefined;
  const d = minutes !== undefined ? new Date(t + minutes * 60000) : new Date(t);
  const [y, m, day] = minutes !== undefined ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  // Date.parse rolls "31 Feb" over into March: the day number written must be the day read
  const written = /(?<![\d:])(\d{1,2})(?![\d:])/.exec(str.replace(/(?<!\d)\d{4}(?!\d)/, ''))?.[1];
  if (written && /[a-z]{3}/i.test(str) && Number(written) !== day && minutes === undefined) return { day: null, problem: 'not a calendar day' };
  return isCalendarDay(y, m, day) ? { day: `${pad(y, 4)}-${pad(m)}-${pad(day)}`, problem: null } : { day: null, problem: `not a calendar day between ${MIN_YEAR} and ${maxYear()}` };
}

/** The day, or null; a bad value adds a named warning (`ingest/bad-date`) saying which field and value. */
export function dayOrWarn(s: string | null | undefined, field: string, warnings: Diagnostic[]): string | null {
  const r = readDay(s);
  if (r.problem) warnings.push({ severity: 'warning', rule: 'ingest/bad-date', message: `${field} "${String(s).slice(0, 80)}" dropped: ${r.problem}`, text: String(s).slice(0, 200) });
  return r.day;
}

/** The day or null, without a warning (values that are only a fallback). */
export const isoDay = (s: string | null | undefined): string | null => readDay(s).day;
