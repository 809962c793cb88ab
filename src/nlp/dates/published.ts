/**
 * Publication-date inference for articles that carry none. The text bounds when it can have been
 * written: it is no older than the latest past date it states in full (a stated year), than a weekday
 * written with its date ("Friday, April 8" fits only some years), or than well-known events it names
 * ("since the outbreak of the Israel-Hamas war" ⇒ after 2023-10-07); terms of office it names in the
 * present ("President Joe Biden") bound it from above. The window is [floor, ceiling] (the guess when no
 * ceiling is known); `guess`, the earliest date the floor allows plus a little slack, is used as the
 * reference date for relative expressions.
 */
import type { Article, PublishedWindow } from '../../core/model/article.js';
import { addDays, iso, parseIso, toDays, weekday, ymd, type Ymd } from './calendar.js';
import { detectTimes } from './detect.js';
import anchorData from './anchors.json' with { type: 'json' };

interface AnchorRecord { id: string; pattern: string; flags?: string; notBefore?: string; notAfter?: string; source: string }
interface Bound { day: Ymd; basis: string }

const ANCHORS = (anchorData.anchors as AnchorRecord[]).map((a) => ({ ...a, re: new RegExp(a.pattern, a.flags ?? 'i') }));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WD_DATE = new RegExp(`\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}|${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?!\\d|,?\\s+\\d{4})`, 'g');

/** Days an article usually appears after the latest date it states in full (measured on the Guardian sample; see the report). */
const SLACK_AFTER_FULL_DATE = 2;
/** ... after a date known only from a weekday written with its day of month */
const SLACK_AFTER_WEEKDAY_DATE = 1;

/** Years (around `near`) in which month `m`, day `d` falls on weekday `wd`. */
function yearsFitting(wd: number, m: number, d: number, near: number): number[] {
  const out: number[] = [];
  for (let y = near - 12; y <= near + 12; y++) if (d <= 31 && weekday(ymd(y, m, d)) === wd) out.push(y);
  return out;
}

export function inferPublishedWindow(article: Pick<Article, 'text'> & Partial<Pick<Article, 'title'>>): PublishedWindow | null {
  const text = article.title ? `${article.title}\n${article.text}` : article.text;
  const lower: Bound[] = [];
  const upper: Bound[] = [];

  // dates stated with a year, not forward-looking
  let latestFull: Bound | null = null;
  for (const t of detectTimes(text, { reference: null })) {
    // a bare year is too weak a floor ("in 2019" in a December article is often a plan)
    if (t.future || !t.stated.year || t.value.precision === 'range' || t.value.precision === 'year') continue;
    const day = parseIso(t.value.start)!;
    const b = { day, basis: `the text states "${text.slice(t.start, t.end)}"` };
    lower.push(b);
    if (t.value.precision === 'day' && (!latestFull || toDays(day) > toDays(latestFull.day))) latestFull = b;
  }
  // well-known events and terms of office
  for (const a of ANCHORS) {
    const m = a.re.exec(text);
    if (!m) continue;
    if (a.notBefore) lower.push({ day: parseIso(a.notBefore)!, basis: `it mentions "${m[0]}" (${a.id}, not before ${a.notBefore})` });
    if (a.notAfter) upper.push({ day: parseIso(a.notAfter)!, basis: `it mentions "${m[0]}" (${a.id}, not after ${a.notAfter})` });
  }
  const floor = lower.reduce<Bound | null>((a, b) => (!a || toDays(b.day) > toDays(a.day) ? b : a), null);
  // weekday written with its date: the fitting year nearest after the floor
  let weekdayDate: Bound | null = null;
  const near = floor?.day.y ?? null;
  if (near !== null) {
    for (const m of text.matchAll(WD_DATE)) {
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const mon = MONTHS.indexOf((m[3] ?? m[4])!.slice(0, 3).toLowerCase()) + 1;
      const d = Number(m[2] ?? m[5]);
      const fits = yearsFitting(wd, mon, d, near).map((y) => ymd(y, mon, d)).filter((v) => !floor || toDays(v) >= toDays(floor.day) - 366);
      const pick = fits.find((v) => !floor || toDays(v) >= toDays(floor.day)) ?? fits[fits.length - 1];
      if (pick && (!weekdayDate || toDays(pick) > toDays(weekdayDate.day))) weekdayDate = { day: pick, basis: `"${m[0]}" fits ${iso(pick)}` };
    }
  }
  if (weekdayDate) lower.push(weekdayDate);
  const rank = (b: Bound): number => toDays(b.day) + (b === weekdayDate || b === latestFull ? 0.5 : 0);
  const start = lower.reduce<Bound | null>((a, b) => (!a || rank(b) > rank(a) ? b : a), null);
  if (!start) return null;
  const ceiling = upper.filter((u) => toDays(u.day) >= toDays(start.day)).reduce<Bound | null>((a, b) => (!a || toDays(b.day) < toDays(a.day) ? b : a), null);

  const slack = start === weekdayDate ? SLACK_AFTER_WEEKDAY_DATE : start === latestFull ? SLACK_AFTER_FULL_DATE : 0;
  let end = addDays(start.day, slack);
  const basis = [`not before ${iso(start.day)}: ${start.basis}`];
  if (start !== weekdayDate && start !== latestFull) {
    // only a coarse floor (a month, a year, an event): the guess is the end of what the floor allows
    const coarse = lower.find((b) => b === start);
    if (coarse && start.day.d === 1) end = start.day.m === 1 ? ymd(start.day.y, 12, 31) : ymd(start.day.y, start.day.m, 28);
  }
  if (ceiling && toDays(end) > toDays(ceiling.day)) end = ceiling.day;
  if (ceiling) basis.push(`not after ${iso(ceiling.day)}: ${ceiling.basis}`);
  // the window runs to the ceiling when the text gives one; the best single guess is kept apart
  return { start: iso(start.day), end: iso(ceiling ? ceiling.day : end), guess: iso(end), basis: basis.join('; ') };
}
