/**
 * Finds and resolves the time expressions of one text: runs chrono and the news patterns per paragraph,
 * removes overlaps (news patterns win, then the longer), joins a bare time of day with the date next to
 * it ("1:46 a.m." Friday local time), then resolves every candidate in text order so that
 * story-relative phrases can anchor on the dates before them.
 */
import type { DateValue } from '../../core/model/time.js';
import { dayValue, iso, parseIso, type Ymd } from './calendar.js';
import { chronoCandidates, chronoRef } from './chrono-producer.js';
import { newsCandidates } from './news-patterns.js';
import { cueWord, tenseCue } from './cues.js';
import { NONE, type Anchor, type Found, type Resolved, type Stated } from './types.js';

export interface Detected {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  readonly stated: Stated;
  readonly timeOfDay: string | null;
  readonly reference: string;
  readonly by: string;
  readonly future: boolean;
  readonly cue: string | null;
}

export interface DetectOptions {
  /** reference date `YYYY-MM-DD` (publication, or the inferred window's end) */
  readonly reference: string | null;
  /** label for expressions resolved against it: `published` (default) or `inferred` */
  readonly referenceLabel?: string;
  /** text ranges to read, e.g. paragraphs; default the whole text */
  readonly ranges?: readonly { start: number; end: number }[];
  /** sentence ranges, to keep cue windows inside a sentence; default the ranges */
  readonly sentences?: readonly { start: number; end: number }[];
}

const hhmm = (min: number): string => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
const GAP = /^[\s,"“”'’(]*(?:on\s+)?$/i;
const LOCAL = /^[\s"”']*(?:local\s+time|\(local\s+time\)|(?:GMT|UTC)(?:[+-]\d{1,2})?)/i;

function removeOverlaps(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.priority - a.priority || (b.end - b.start) - (a.end - a.start));
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      const better = f.priority > last.priority || (f.priority === last.priority && f.end - f.start > last.end - last.start);
      if (better) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/** Joins each bare time of day with an adjacent date candidate; a time with no date keeps its own slot. */
function mergeTimes(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const next = found[i + 1];
    if (f.timeOnly && next && !next.timeOnly && GAP.test(text.slice(f.end, next.start)) && next.start - f.end < 12) {
      out.push({ ...next, start: f.start, minutes: f.timeOnly.minutes, by: next.by });
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (f.timeOnly && prev && !prev.timeOnly && prev.minutes == null && /^[\s,]*(?:at\s+)?$/i.test(text.slice(prev.end, f.start))) {
      out[out.length - 1] = { ...prev, end: f.end, minutes: f.timeOnly.minutes };
      continue;
    }
    out.push(f);
  }
  // "local time" after a timed expression belongs to it
  return out.map((f) => {
    if (f.minutes == null && !f.timeOnly) return f;
    const m = LOCAL.exec(text.slice(f.end, f.end + 30));
    return m ? { ...f, end: f.end + m[0].length } : f;
  });
}

function containing(ranges: readonly { start: number; end: number }[], at: number): { start: number; end: number } | null {
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1; else if (at >= r.end) lo = mid + 1; else return r;
  }
  return null;
}

/** The last day the text named before (a day's date, not a future one) if it lies in the six days up to the reference. */
function storyDay(before: readonly Detected[], ref: Ymd | null): Detected | undefined {
  if (!ref) return undefined;
  const end = iso(ref), start = new Date(Date.parse(end + 'T00:00:00Z') - 6 * 86400000).toISOString().slice(0, 10);
  for (let k = before.length - 1; k >= 0; k--) {
    const d = before[k]!;
    if (d.value.precision !== 'day' || d.future) continue;
    return d.value.start >= start && d.value.start <= end ? d : undefined;
  }
  return undefined;
}

/** Detects and resolves every time expression of `text`. */
export function detectTimes(text: string, opts: DetectOptions): Detected[] {
  const ref: Ymd | null = parseIso(opts.reference);
  const refLabel = opts.referenceLabel ?? 'published';
  const ranges = opts.ranges ?? [{ start: 0, end: text.length }];
  const sentences = opts.sentences ?? ranges;
  const chronoAt = chronoRef(ref ?? { y: 2000, m: 1, d: 1 });
  let found: Found[] = [];
  for (const r of ranges) {
    const para = text.slice(r.start, r.end);
    found.push(...newsCandidates(para, r.start));
    found.push(...chronoCandidates(para, r.start, chronoAt));
  }
  found = mergeTimes(text, removeOverlaps(found));

  const out: Detected[] = [];
  const anchors: Anchor[] = [];
  for (const f of found) {
    const sent = containing(sentences, f.start) ?? { start: Math.max(0, f.start - 200), end: f.end };
    const before = text.slice(sent.start, f.start);
    const sameSentence = out.filter((d) => d.start >= sent.start && d.end <= f.start);
    const pastPoint = [...sameSentence].reverse().find((d) => ref && d.value.end < iso(ref));
    let cue = tenseCue(before);
    // "announced the US would withdraw ... on Tuesday": with no date of its own the report takes this one
    if (cue.reported && !sameSentence.length) cue = { future: false, futureInPast: false };
    const yearStated = [...sameSentence].reverse().find((d) => d.stated.year && d.value.precision !== 'range');
    let r: Resolved | null;
    if (f.timeOnly) {
      // a time of day with no date beside it: the date of the sentence's previous expression, else the day the
      // story last named ("left six injured Wednesday night. The first shooting occurred around 10:15 p.m." — a
      // narrative keeps its current day until it names another), when that day falls in the week up to the
      // reference; else the reference
      const host = sameSentence[sameSentence.length - 1] ?? storyDay(out, ref);
      r = host ? { value: host.value, stated: host.stated, reference: `expression:${host.start}-${host.end}` }
        : ref ? { value: dayValue(ref), stated: NONE } : null;
      if (r) r = { ...r, timeOfDay: hhmm(f.timeOnly.minutes), by: 'dates/time' };
    } else {
      r = f.resolve({
        ref, refLabel, future: cue.future,
        futureInPast: cue.futureInPast && pastPoint ? parseIso(pastPoint.value.start) : null,
        contextYear: yearStated ? Number(yearStated.value.start.slice(0, 4)) : null,
        previous: anchors,
      });
    }
    if (!r) continue;
    const minutes = f.timeOnly?.minutes ?? f.minutes ?? null;
    const d: Detected = {
      start: f.start, end: f.end, value: r.value, stated: r.stated,
      timeOfDay: r.timeOfDay ?? (minutes !== null ? hhmm(minutes) : null),
      reference: r.reference ?? refLabel, by: r.by ?? f.by,
      future: r.future ?? cue.future, cue: cueWord(before),
    };
    out.push(d);
    anchors.push({ start: d.start, end: d.end, value: d.value, minutes: d.timeOfDay ? Number(d.timeOfDay.slice(0, 2)) * 60 + Number(d.timeOfDay.slice(3)) : null, future: d.future });
  }
  return out;
}
