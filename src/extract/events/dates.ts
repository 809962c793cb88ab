/**
 * The date of an event: the time expression of the trigger's own clause (from the dates layer,
 * doc.times), else one elsewhere in the sentence that is not the date of a report ("reports emerged
 * Thursday that ...", "officials said Thursday" date the report, not the attack; they date statements
 * such as agreements), else the document reference with week precision. The basis is kept so that merging
 * and fusion prefer a stated date over a fallback.
 */
import type { DateValue, TimeExpression } from '../../core/model/time.js';
import type { Range } from '../../core/span.js';
import { inCauseClause, tokenAt, type SentView } from './sentence.js';
import type { TriggerHit } from './triggers.js';

export type DateBasis = 'own' | 'sentence' | 'paragraph' | 'report' | 'merged' | 'reference';

export interface DateReading {
  readonly value: DateValue;
  readonly at: Range;
  readonly basis: DateBasis;
  readonly future: boolean;
}

const PREC_RANK: Record<string, number> = { day: 0, week: 0.2, month: 0.3, range: 0.45, year: 0.5 };
const NOT_EVENT_DATE = /^(since|for|until|by|over|during|throughout|within|after|before)\b/i;
const BOUND_BEFORE = /^(since|until|till)$/;


/** Words that stamp a web page, not an act: "Posted Jun 27, 2016", "Last updated: June 28", "Published on ..." */
const POSTING = /^(posted|updated|published|modified|created|edited|uploaded)$/;

/** Is the time expression a web page's posting or update stamp? Never an event date. */
function isPostingDate(v: SentView, t: TimeExpression): boolean {
  if (POSTING.test(t.text.trim().split(/\s+/)[0]!.toLowerCase())) return true;
  for (let k = tokenAt(v, t.start) - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    if (POSTING.test(v.low[k]!)) return true;
    if (!/^(:|on|at|-|\||—)$/.test(v.low[k]!)) return false;
  }
  return false;
}

/** identifying or naming the victims is news about an act, dated by its own telling ("Police identified on Tuesday a man gunned down ...") */
const IDENTIFY = /^(identify|name)$/;

/** Is the time expression [ta, tb) (token indices) the date of a report rather than of an act? */
export function isReportDate(v: SentView, ta: number, tb: number): boolean {
  const { reportingVerbs, reportingNouns } = v.lex.cues;
  for (let k = ta - 1; k >= Math.max(0, ta - 5); k--) {
    const l = v.lemma[k]!;
    if (reportingVerbs.has(l) || reportingVerbs.has(v.low[k]!) || (reportingNouns.has(v.low[k]!) && ta - k <= 2)) return true;
    if (IDENTIFY.test(l) && v.toks[k]!.pos === 'VERB') return true;
    if (v.toks[k]!.pos === 'VERB' || v.low[k] === ',') break;
  }
  for (let k = tb; k < Math.min(v.toks.length, tb + 1); k++) {
    if (reportingVerbs.has(v.lemma[k]!) && v.toks[k]!.pos === 'VERB') return true;
  }
  return false;
}

export function timesOf(v: SentView): TimeExpression[] {
  // "until last year", "since 2017": bounds of a state, not the date of an act (with or without the word in the expression)
  // ("since last Thursday, when jets bombed ..." still dates what the when-clause tells)
  const bound = (t: TimeExpression) => {
    if (!BOUND_BEFORE.test(v.low[tokenAt(v, t.start) - 1] ?? '')) return false;
    const after = tokenAt(v, t.end - 1) + 1;
    return !(v.low[after] === ',' && v.low[after + 1] === 'when');
  };
  return v.doc.times.filter((t) => t.sentence === v.index && !NOT_EVENT_DATE.test(t.text.trim()) && !bound(t) && !isPostingDate(v, t));
}

/** The event date for a trigger; `speech` events (statements, agreements) may take the report's date. */
/** A verb trigger in a past form ("rejected", "took"): inflected, and neither 3rd-person -s nor -ing. */
const pastForm = (v: SentView, hit: TriggerHit): boolean =>
  hit.verbal && v.low[hit.head] !== v.lemma[hit.head] && !/(s|ing)$/.test(v.low[hit.head]!);

/** Is there an infinitive ("to" + verb) in [from, to)? What comes after it is that verb's complement. */
function inComplementAfter(v: SentView, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (v.low[k] === 'to' && v.toks[k]!.pos === 'PART' && v.toks[k + 1]!.pos === 'VERB') return true;
  return false;
}

export function readDate(v: SentView, hit: TriggerHit, speech: boolean): DateReading | null {
  const cands = timesOf(v).map((t) => {
    const ta = tokenAt(v, t.start), tb = tokenAt(v, t.end - 1) + 1;
    const sameClause = v.clause[ta] === v.clause[hit.head];
    // the date of the incident another one answers ("in retaliation for last Sunday's attack") is not this one's
    if (!sameClause && inCauseClause(v, ta)) return null;
    // a future date after an infinitive that follows a past-tense trigger dates that infinitive's (unrealised) act:
    // a past act cannot be next week ("rejected an invitation to attend a meeting next week"); a present verb may
    // be scheduled or habitual ("asks for donations to help during the next year") and keeps the date
    if (t.future && ta >= hit.b && pastForm(v, hit) && inComplementAfter(v, hit.b, ta)) return null;
    const report = isReportDate(v, ta, tb);
    const dist = ta >= hit.b ? ta - hit.b : hit.a - tb;
    // "Tuesday's attack": a possessive date on the trigger noun is its own
    const possessive = v.low[tb] === "'s" && tb + 1 >= hit.a - 2 && tb < hit.a;
    const rank = possessive ? 0 : report ? (speech ? 1.5 : 5) : sameClause ? 1 : 3;
    const prec = PREC_RANK[t.value.precision] ?? 0.5;
    return { t, rank: rank + prec + Math.max(0, dist) / 100, report, sameClause };
  }).filter((c): c is NonNullable<typeof c> => c !== null);
  cands.sort((a, b) => a.rank - b.rank);
  const best = cands[0];
  if (best && (best.rank < 5.5)) {
    const basis: DateBasis = best.report ? 'report' : best.sameClause ? 'own' : 'sentence';
    return { value: best.t.value, at: { start: best.t.start, end: best.t.end }, basis, future: !!best.t.future };
  }
  if (best) return { value: best.t.value, at: { start: best.t.start, end: best.t.end }, basis: 'report', future: !!best.t.future };
  return null;
}

const addDays = (iso: string, n: number): string => new Date(Date.parse(iso + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10);

/** The fallback date: the week that ends on the document reference date. */
export function referenceDate(reference: string | null, at: Range): DateReading | null {
  if (!reference || !/^\d{4}-\d{2}-\d{2}$/.test(reference)) return null;
  return { value: { start: addDays(reference, -6), end: reference, precision: 'week' }, at, basis: 'reference', future: false };
}

/** Is the date well before the reference (a recalled, background event)? */
export function isBackgroundDate(d: DateValue, reference: string | null): boolean {
  if (!reference) return false;
  return Date.parse(d.end + 'T00:00:00Z') < Date.parse(reference + 'T00:00:00Z') - 45 * 86400000;
}

/** Do two dates overlap (with a tolerance in days)? */
export function datesOverlap(a: DateValue, b: DateValue, tolDays = 1): boolean {
  const s = (x: string) => Date.parse(x + 'T00:00:00Z') / 86400000;
  return s(a.start) - tolDays <= s(b.end) && s(b.start) - tolDays <= s(a.end);
}
