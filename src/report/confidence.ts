/**
 * Confidence in the report: `--min-confidence X` keeps only the events and statements whose confidence
 * is at least X, everywhere the report names them (stories, timelines, entities' event lists), so that
 * the report and every export built from it agree. `LOW_CONFIDENCE` is where the text report starts
 * showing events apart for review.
 */
import type { Report } from './types.js';

/** below this, the text report lists an event apart, as one to check */
export const LOW_CONFIDENCE = 0.5;

/** Parses a `--min-confidence` value: a number in [0, 1], or a clear error naming the value. */
export function parseMinConfidence(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new RangeError(`--min-confidence must be a number from 0 to 1, not ${JSON.stringify(raw)}`);
  return x;
}

/** The report without the events, statements and out-of-scope events below `min` (the report itself is not changed). */
export function filterByConfidence(r: Report, min: number | null): Report {
  if (min === null || min <= 0) return r;
  const events = r.events.filter((e) => e.confidence >= min);
  const statements = r.statements.filter((e) => e.confidence >= min);
  const keep = new Set([...events, ...statements].map((e) => e.id));
  const kept = (ids: string[]) => ids.filter((id) => keep.has(id));
  return {
    ...r,
    events,
    statements,
    ...(r.outOfScope ? { outOfScope: r.outOfScope.filter((e) => e.confidence >= min) } : {}),
    entities: r.entities.map((e) => (e.events ? { ...e, events: kept(e.events) } : e)),
    stories: r.stories.map((s) => ({
      ...s,
      events: kept(s.events),
      ...(s.background ? { background: kept(s.background) } : {}),
      ...(s.timeline ? { timeline: s.timeline.filter((t) => keep.has(t.event)) } : {}),
    })),
    timeline: r.timeline.filter((t) => keep.has(t.event)),
  };
}
