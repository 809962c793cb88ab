/**
 * Candidates from chrono-node (casual English, `forwardDate: false`). chrono finds the expressions and
 * tells which components were stated (`isCertain`); the calendar value is then chosen here by news
 * rules rather than by chrono's "nearest occurrence" default: a bare weekday or month is the most
 * recent one not after publication unless a future cue governs it.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { addDays, compare, dayValue, monthValue, weekday, yearValue, ymd, type Ymd } from './calendar.js';
import type { Found, ResolveContext, Resolved, Stated } from './types.js';

/** The chrono instance (configured once, never changed afterwards). */
const PARSER = chrono.casual.clone();

const LEAD = /^(?:on|in|at|by|since|until|till|from|during|of|the)\s+/i;
const TRAIL = /[\s,;:!?)"“”'’]+$|(?<!\b[a-z]\.[a-z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.[\s"”'’]*$/i;

/** a part of the day before the date it belongs to: "(the) morning of", "late night of" */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

/** chrono results that are not dates in news copy. */
const STOP = /^(?:now|the years?|years|months|days|weeks|9\/11|11\/9|7\/7)$/i;
/** weekday names that start a title: "Sunday Times", "Friday Prayers" */
const TITLE_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Sport|Star|Mail|Independent|Tribune|Prayers?|Massacre|Agreement|Night Live)\b/;
/**
 * words before a weekday that make it no particular day: "on a Friday afternoon", "every Sunday" (an
 * indefinite or quantified weekday names any such day, and no calendar day can be resolved from it)
 */
const INDEFINITE_BEFORE = /\b(?:a|an|one|any|every|each|some)\s+$/i;
/**
 * the named days of the English calendar built on a weekday: feasts, commemorations and trade days
 * ("Bloody Sunday", "Good Friday", "Black Friday") name one occasion, not the weekday of the text's week
 */
const NAMED_DAY_BEFORE = /\b(?:Bloody|Good|Black|Holy|Maundy|Ash|Palm|Easter|Shrove|Whit|Low|Super|Cyber|Giving|Small Business)\s+$/;
/** the modal "may" / the noun "march" and similar month-name words used as other words */
const MONTH_WORD_AS_VERB = /^(?:may|march)$/i;

const TIME_ONLY_DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

function stated(c: ParsedComponents): Stated {
  return { year: c.isCertain('year'), month: c.isCertain('month'), day: c.isCertain('day') };
}

function hhmm(c: ParsedComponents): string | null {
  if (!c.isCertain('hour')) return null;
  const h = c.get('hour') ?? 0, m = c.get('minute') ?? 0;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Most recent date with weekday `wd` not after `ref` (same day counts), or when future the first one from it on. */
export function pastWeekday(ref: Ymd, wd: number, future: boolean, strict = false): Ymd {
  if (future) {
    const ahead = (wd - weekday(ref) + 7) % 7 || (strict ? 7 : 0);
    return addDays(ref, ahead);
  }
  let back = (weekday(ref) - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** Year of the most recent month `m` (day `d`) not after `ref`, or the next one when future. */
export function pastYear(ref: Ymd, m: number, d: number | null, future: boolean, from: Ymd | null = null): number {
  const base = from ?? ref;
  const probe = ymd(base.y, m, d ?? 1);
  if (future || from) {
    if (d === null) return m >= base.m ? base.y : base.y + 1;
    return compare(probe, base) >= 0 ? base.y : base.y + 1;
  }
  if (d === null) return m <= ref.m ? ref.y : ref.y - 1;
  return compare(probe, ref) <= 0 ? ref.y : ref.y - 1;
}

function resolveResult(r: ParsedResult, text: string, ctx: ResolveContext): Resolved | null {
  const c = r.start;
  const st = stated(c);
  const timeOfDay = hhmm(c);
  const { ref } = ctx;
  const lower = text.toLowerCase();
  // weekday without a date: "on Tuesday", "last Tuesday", "next Monday"
  if (c.isCertain('weekday') && !st.day) {
    if (!ref) return null;
    const wd = c.get('weekday') ?? 0;
    const next = /\bnext\b/.test(lower), last = /\b(?:last|past)\b/.test(lower);
    const future = next || (!last && ctx.future);
    const day = pastWeekday(ref, wd, future, last || next);
    return { value: dayValue(day), stated: st, timeOfDay, future, by: 'dates/past-weekday' };
  }
  if (st.year) {
    // with no reference date, chrono makes "today", "last year" or "two years ago" certain against its own default
    // day: only a year written in the text is known then (no date is better than one of the year 2000)
    if (!ref && (!/\d{2}/.test(text) || r.tags().has('result/relativeDate'))) return null;
    const y = c.get('year')!;
    if (st.day && st.month) return { value: dayValue(ymd(y, c.get('month')!, c.get('day')!)), stated: st, timeOfDay, by: 'dates/chrono' };
    if (st.month) return { value: monthValue(y, c.get('month')!), stated: st, timeOfDay, by: 'dates/chrono' };
    // relative years ("last year", "four years ago") are year-certain through the reference
    return { value: yearValue(y), stated: st, by: 'dates/chrono' };
  }
  if (st.month) {
    const m = c.get('month')!;
    const d = st.day ? c.get('day')! : null;
    let y: number;
    let by = 'dates/past-month';
    if (ctx.contextYear !== null) { y = ctx.contextYear; by = 'dates/context-year'; }
    else if (ref) y = pastYear(ref, m, d, ctx.future, ctx.futureInPast);
    else return null;
    return { value: d === null ? monthValue(y, m) : dayValue(ymd(y, m, d)), stated: st, timeOfDay, by };
  }
  // relative day expressions chrono resolved from the reference: today, yesterday, "two days ago"
  if (ref && c.isCertain('day')) {
    const t = c.date();
    const v = ymd(t.getFullYear(), t.getMonth() + 1, t.getDate());
    return { value: dayValue(v), stated: { year: false, month: false, day: false }, timeOfDay, by: 'dates/relative' };
  }
  return null;
}

/** Finds chrono candidates in `para` (which starts at `offset` in the article text). */
export function chronoCandidates(para: string, offset: number, refDate: Date): Found[] {
  const out: Found[] = [];
  for (const r0 of PARSER.parse(para, { instant: refDate }, { forwardDate: false })) {
    let r = r0;
    let at = r0.index;
    // chrono reads "morning of 1 March 2019" as a time of day and drops the date: the date is what follows "of"
    const tod = PART_OF_DAY_OF.exec(r0.text);
    if (tod) {
      const sub = PARSER.parse(r0.text.slice(tod[0].length), { instant: refDate }, { forwardDate: false })[0];
      if (sub && sub.index === 0 && sub.start.isCertain('day')) { r = sub; at = r0.index + tod[0].length; }
    }
    let s = at, e = at + r.text.length;
    let t = r.text;
    const lead = LEAD.exec(t);
    if (lead && lead[0].length < t.length) { s += lead[0].length; t = t.slice(lead[0].length); }
    const trail = TRAIL.exec(t);
    if (trail && trail[0].length < t.length) { e -= trail[0].length; t = t.slice(0, t.length - trail[0].length); }
    if (STOP.test(t)) continue;
    if (r.start.isCertain('weekday') && TITLE_AFTER.test(para.slice(e))) continue;
    if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      const before = para.slice(Math.max(0, s - 40), s);
      if (INDEFINITE_BEFORE.test(before) || /^(?:a|an)\s/i.test(t)) continue;
      if (NAMED_DAY_BEFORE.test(before)) continue;
    }
    if (MONTH_WORD_AS_VERB.test(t) && (t[0] === t[0]!.toLowerCase() || /^\s+(?:be|not|have|also|well|still|stay|need|seem|take|come|want|help|make|face)\b/i.test(para.slice(e)))) continue;
    let c = r.start;
    let tags = r.tags();
    // chrono reads durations ("for 30 years", "21 years after") as relative dates: keep only true ones
    if (tags.has('result/relativeDate') && !/\bago\b|^(?:today|tonight|yesterday|tomorrow)\b|^(?:last|next|this|past)\s+\w+$|^in\s+(?:a|an|\d+|\w+)\s+(?:days?|weeks?|months?|years?)$/i.test(t)) {
      // ... but a stated date after the offset is a date of its own: "three days after April 15, 2013, bombing" keeps
      // "April 15, 2013" (the date of the bombing the offset counts from)
      const off = /\b(?:after|before)\s+/i.exec(t);
      const sub = off ? PARSER.parse(t.slice(off.index + off[0].length), { instant: refDate }, { forwardDate: false })[0] : undefined;
      if (!off || !sub || sub.index !== 0 || sub.tags().has('result/relativeDate') || !(sub.start.isCertain('month') && (sub.start.isCertain('year') || sub.start.isCertain('day')))) continue;
      s += off.index + off[0].length; t = sub.text; e = s + t.length; r = sub; c = sub.start; tags = sub.tags();
    }
    // a year read from one or two digits ("17 July 36 people")
    if (c.isCertain('year') && !tags.has('result/relativeDate') && /\d/.test(t) && !/\d{4}|['’]\d\d\b/.test(t)) continue;
    const dateless = TIME_ONLY_DATE_PARTS.every((k) => !c.isCertain(k)) && c.isCertain('hour');
    if (dateless) {
      out.push({ start: offset + s, end: offset + e, by: 'dates/time', priority: 1, timeOnly: { minutes: (c.get('hour') ?? 0) * 60 + (c.get('minute') ?? 0) }, resolve: () => null });
      continue;
    }
    const text = t;
    out.push({
      start: offset + s, end: offset + e, by: 'dates/chrono', priority: 1,
      minutes: c.isCertain('hour') ? (c.get('hour') ?? 0) * 60 + (c.get('minute') ?? 0) : null,
      resolve: (ctx) => resolveResult(r, text, ctx),
    });
  }
  return out;
}

/** A reference instant for chrono: local noon of the civil date, so time zones cannot shift the day. */
export const chronoRef = (v: Ymd): Date => new Date(v.y, v.m - 1, v.d, 12, 0, 0);

