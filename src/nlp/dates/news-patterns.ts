/**
 * Date expressions chrono-node does not read, or reads against the wrong anchor, in news copy: seasons
 * ("last summer"), decades, cued bare years ("in 2017", "early 2020", "the 2003 invasion", "2020 vote"),
 * calendar periods with a part ("earlier this year", "late last year", "next week"), weekends, and
 * story-relative offsets ("about a year later", "24 hours earlier") anchored on the previous explicit
 * date of the text rather than on the publication date. Each pattern runs once over a paragraph.
 */
import { addDays, addMonths, daysInMonth, dayValue, fromDays, monthValue, rangeValue, toDays, weekday, weekValue, yearValue, ymd, type Ymd } from './calendar.js';
import { wordValue } from '../figures/number-words.js';
import { NONE, type Anchor, type Found, type ResolveContext, type Resolved } from './types.js';

const YEAR = '(?:19|20)\\d\\d';
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };

/** Season of year `y`: winter starts in December of `y` and ends in February of `y + 1`. */
function seasonRange(name: string, y: number): [Ymd, Ymd] {
  const [a, b] = SEASONS[name]!;
  const endY = b < a ? y + 1 : y;
  return [ymd(y, a, 1), ymd(endY, b, daysInMonth(endY, b))];
}

/** Year of the most recent season `name` that has begun by `ref` (strictly ended when `ended`). */
function lastSeasonYear(name: string, ref: Ymd, ended: boolean): number {
  for (let y = ref.y; y > ref.y - 3; y--) {
    const [s, e] = seasonRange(name, y);
    if (ended ? toDays(e) < toDays(ref) : toDays(s) <= toDays(ref)) return y;
  }
  return ref.y - 1;
}

const seasonRe = new RegExp(`\\b(?:(last|this|next|past)\\s+|(?:(?:in|during|over|by|since|until|through)\\s+the\\s+)|(early|late|mid-?)\\s*)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(${YEAR})\\b)?`, 'gi');

function* seasons(para: string, offset: number): Generator<Found> {
  for (const m of para.matchAll(seasonRe)) {
    const [all, mod, part, name, year] = m;
    if (!mod && !part && !year && !/^(?:in|during|over|by|since|until|through)\s/i.test(all)) continue;
    if (!year && /^\s+of\s+[A-Za-z]/.test(para.slice(m.index + all.length))) continue; // "the fall of Baghuz"
    const season = name!.toLowerCase();
    const modifier = mod?.toLowerCase() ?? null;
    const start = offset + m.index;
    const first = /^(?:in|during|over|by|since|until|through)\s+the\s+/i.exec(all);
    yield {
      start: start + (first ? first[0].length : 0), end: start + all.length, by: 'dates/season', priority: 3,
      resolve(ctx): Resolved | null {
        let y: number;
        const st = { ...NONE, year: !!year };
        if (year) y = Number(year);
        else if (!ctx.ref) return null;
        else if (modifier === 'next') return value(ctx.ref.y + (toDays(seasonRange(season, ctx.ref.y)[0]) > toDays(ctx.ref) ? 0 : 1), st, true);
        else if (modifier === 'this') y = ctx.ref.y;
        else if (ctx.future) y = toDays(seasonRange(season, ctx.ref.y)[1]) >= toDays(ctx.ref) ? ctx.ref.y : ctx.ref.y + 1;
        else y = lastSeasonYear(season, ctx.ref, modifier === 'last' || modifier === 'past');
        return value(y, st, ctx.future);
      },
    };
    function value(y: number, st: typeof NONE, future: boolean): Resolved {
      const [a, b] = seasonRange(season, y);
      return { value: rangeValue(a, b), stated: st, future };
    }
  }
}

const decadeRe = /\b(?:(early|mid-?|late)\s*)?((?:19|20)\d0)['’]?s\b/gi;
function* decades(para: string, offset: number): Generator<Found> {
  for (const m of para.matchAll(decadeRe)) {
    const y = Number(m[2]);
    yield {
      start: offset + m.index, end: offset + m.index + m[0].length, by: 'dates/decade', priority: 3,
      resolve: () => ({ value: rangeValue(ymd(y, 1, 1), ymd(y + 9, 12, 31)), stated: { ...NONE, year: true } }),
    };
  }
}

/** A bare year needs a cue before it: a preposition, a part ("early"), a determiner or possessive ("the 2003 invasion", "parliament's 2020 vote"). */
const yearRe = new RegExp(`(\\b(?:in|since|by|until|till|from|during|before|after|through|throughout|early|late|mid|of|the|its|their|his|her|a|between|and|to|or|year|summer|spring|autumn|winter)\\s+|['’]s\\s+|\\bmid-)(${YEAR})\\b(?![-–/.,]?\\d)`, 'gi');
function* years(para: string, offset: number): Generator<Found> {
  for (const m of para.matchAll(yearRe)) {
    const y = Number(m[2]);
    const cue = m[1]!.trim().toLowerCase();
    const part = /^(?:early|late|mid)/.test(cue) ? cue : null;
    const s = offset + m.index + (part ? 0 : m[1]!.length);
    const e = offset + m.index + m[0].length;
    // "the 2,500" is not a year (excluded by the lookahead); "2003 troops" would be: leave counts to figures
    if (/^\s+(?:troops|people|soldiers|fighters|civilians|families|refugees|personnel|members|times)\b/i.test(para.slice(m.index + m[0].length))) continue;
    yield {
      start: s, end: e, by: part ? 'dates/part-year' : 'dates/cued-year', priority: 2,
      resolve: (ctx) => ({ value: yearValue(y), stated: { ...NONE, year: true }, future: ctx.ref ? y > ctx.ref.y : undefined }),
    };
  }
}

const periodRe = /\b(?:(earlier|later|early|late)\s+(?:in\s+)?)?(this|last|next|past|the\s+past|the\s+previous|the\s+coming)\s+(year|month|week)\b(?!s)/gi;
function* periods(para: string, offset: number): Generator<Found> {
  for (const m of para.matchAll(periodRe)) {
    const part = m[1]?.toLowerCase() ?? null;
    const which = m[2]!.toLowerCase().replace(/^the\s+/, '');
    const unit = m[3]!.toLowerCase();
    // "the past year" is a duration ending now, not a calendar period
    const duration = which === 'past' || which === 'previous' || which === 'coming';
    yield {
      start: offset + m.index, end: offset + m.index + m[0].length, by: 'dates/period', priority: 3,
      resolve(ctx): Resolved | null {
        const ref = ctx.ref;
        if (!ref) return null;
        const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        const future = which === 'next' || which === 'coming' || part === 'later' && step === 0;
        if (duration) {
          const len = unit === 'year' ? 365 : unit === 'month' ? 30 : 7;
          return which === 'coming'
            ? { value: rangeValue(ref, addDays(ref, len)), stated: NONE, future: true, by: 'dates/duration' }
            : { value: rangeValue(addDays(ref, -len), ref), stated: NONE, future: false, by: 'dates/duration' };
        }
        let start: Ymd, end: Ymd, precision: 'year' | 'month' | 'week';
        if (unit === 'year') { start = ymd(ref.y + step, 1, 1); end = ymd(ref.y + step, 12, 31); precision = 'year'; }
        else if (unit === 'month') { const b = addMonths(ymd(ref.y, ref.m, 1), step); start = b; end = ymd(b.y, b.m, daysInMonth(b.y, b.m)); precision = 'month'; }
        else { const w = weekValue(addDays(ref, step * 7)); start = parse(w.start); end = parse(w.end); precision = 'week'; }
        if (step === 0 && part === 'earlier') return { value: rangeValue(start, ref), stated: NONE, future: false };
        if (step === 0 && part === 'later') return { value: rangeValue(ref, end), stated: NONE, future: true };
        return { value: rangeValue(start, end, precision), stated: NONE, future };
      },
    };
  }
}
const parse = (s: string): Ymd => ymd(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));

const weekendRe = /\b(this|last|next|over\s+the|at\s+the|on\s+the|during\s+the)\s+weekend\b/gi;
function* weekends(para: string, offset: number): Generator<Found> {
  for (const m of para.matchAll(weekendRe)) {
    const which = m[1]!.toLowerCase();
    yield {
      start: offset + m.index, end: offset + m.index + m[0].length, by: 'dates/weekend', priority: 3,
      resolve(ctx): Resolved | null {
        if (!ctx.ref) return null;
        const wd = weekday(ctx.ref);
        const future = which === 'next' || (which !== 'last' && ctx.future);
        // Saturday of the most recent weekend that has begun (or the coming one)
        let sat = addDays(ctx.ref, -((wd + 1) % 7));
        if (future && toDays(sat) + 1 < toDays(ctx.ref)) sat = addDays(sat, 7);
        if (which === 'last' && wd !== 0 && wd !== 6) sat = addDays(ctx.ref, -((wd + 1) % 7));
        return { value: rangeValue(sat, addDays(sat, 1)), stated: NONE, future };
      },
    };
  }
}

const APPROX = 'about|around|roughly|nearly|almost|some|approximately|more\\s+than|less\\s+than|just|only|exactly|barely|over';
const AMOUNT = '\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|several|a\\s+couple\\s+of';
const storyRe = new RegExp(`\\b(?:(${APPROX})\\s+)?(${AMOUNT})\\s+(hours?|days?|weeks?|months?|years?|decades?)\\s+(later|earlier|afterwards|before(?=\\s*[,.;])|after(?=\\s*[,.;]))`, 'gi');
// ("by the end of the day" closes the day just told; "at the end of the day" is the idiom "ultimately" and is left out)
const dayAfterRe = /\b(?:the\s+(following|next|previous)\s+(day|morning|evening|night|week)|the\s+day\s+(before|after)(?=\s*[,.;])|later\s+that\s+(day|night|week)|the\s+same\s+day|(?<=\bby\s+)the\s+end\s+of\s+(?:the|that)\s+day)\b/gi;

const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };

/** The previous explicit date to anchor a story-relative offset on (with a time of day for hours). */
function storyAnchor(prev: readonly Anchor[], start: number, unit: string): Anchor | null {
  const usable = prev.filter((a) => !a.future && a.end <= start && a.start >= start - 3000);
  const p = (a: Anchor): string => a.value.precision;
  const fine = usable.filter((a) => unit === 'year' || unit === 'decade' ? ['day', 'month', 'year'].includes(p(a))
    : unit === 'month' ? p(a) === 'day' || p(a) === 'month' : p(a) === 'day');
  if (unit === 'hour') {
    const timed = fine.filter((a) => a.minutes !== null);
    if (timed.length) return timed[timed.length - 1]!;
  }
  return fine[fine.length - 1] ?? null;
}

function shift(anchor: { day: Ymd; minutes: number | null }, amount: number, unit: string, dir: number): { day: Ymd; minutes: number | null } {
  if (unit === 'hour') {
    const total = (anchor.minutes ?? 12 * 60) + dir * amount * 60;
    return { day: addDays(anchor.day, Math.floor(total / 1440)), minutes: anchor.minutes === null ? null : ((total % 1440) + 1440) % 1440 };
  }
  if (unit === 'month') return { day: addMonths(anchor.day, dir * amount), minutes: null };
  if (unit === 'year' || unit === 'decade') return { day: addMonths(anchor.day, dir * amount * (unit === 'year' ? 12 : 120)), minutes: null };
  return { day: fromDays(toDays(anchor.day) + Math.round(dir * amount * UNIT_DAYS[unit]!)), minutes: null };
}

function* storyRelative(para: string, offset: number): Generator<Found> {
  for (const m of para.matchAll(storyRe)) {
    const approx = !!m[1];
    const amountWord = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const amount = /^\d+$/.test(amountWord) ? Number(amountWord) : amountWord === 'a few' || amountWord === 'several' ? 3 : amountWord === 'a couple of' ? 2 : wordValue(amountWord) ?? 1;
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    const dir = /^(?:earlier|before)$/i.test(m[4]!) ? -1 : 1;
    const start = offset + m.index;
    yield {
      start, end: start + m[0].length, by: 'dates/story-relative', priority: 3,
      resolve(ctx): Resolved | null {
        const a = storyAnchor(ctx.previous, start, unit);
        const base = a ? { day: parse(a.value.start), minutes: a.minutes } : ctx.ref ? { day: ctx.ref, minutes: null } : null;
        if (!base) return null;
        const r = shift(base, amount, unit, dir);
        const coarse = unit === 'decade' || (unit === 'year' && (approx || amount > 1));
        const value = coarse ? yearValue(r.day.y) : unit === 'year' || unit === 'month' ? monthValue(r.day.y, r.day.m) : dayValue(r.day);
        const timeOfDay = r.minutes === null ? null : `${String(Math.floor(r.minutes / 60)).padStart(2, '0')}:${String(r.minutes % 60).padStart(2, '0')}`;
        return { value, stated: NONE, timeOfDay: unit === 'hour' ? timeOfDay : null, reference: a ? `expression:${a.start}-${a.end}` : ctx.refLabel, future: false };
      },
    };
  }
  for (const m of para.matchAll(dayAfterRe)) {
    const text = m[0].toLowerCase();
    const dir = /previous|before/.test(text) ? -1 : /same|later that|end of/.test(text) ? 0 : 1;
    const unit = /week/.test(text) ? 'week' : 'day';
    const start = offset + m.index;
    yield {
      start, end: start + m[0].length, by: 'dates/story-relative', priority: 3,
      resolve(ctx): Resolved | null {
        const a = storyAnchor(ctx.previous, start, 'day');
        if (!a) return null;
        const r = shift({ day: parse(a.value.start), minutes: null }, dir === 0 ? 0 : 1, unit, dir || 1);
        return { value: unit === 'week' ? weekValue(r.day) : dayValue(r.day), stated: NONE, reference: `expression:${a.start}-${a.end}`, future: false };
      },
    };
  }
}

/** All news-pattern candidates of one paragraph. */
export function newsCandidates(para: string, offset: number): Found[] {
  return [...seasons(para, offset), ...decades(para, offset), ...years(para, offset), ...periods(para, offset), ...weekends(para, offset), ...storyRelative(para, offset)];
}
