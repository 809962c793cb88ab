/** Canonical (fused) events and which articles report them: the only SQL for these tables. */
import type { Kysely, Transaction } from 'kysely';
import type { FusedEvent } from '../../core/model/event.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export const dayNumber = (iso: string | null | undefined): number | null => (iso ? Math.floor(Date.parse(iso + 'T00:00:00Z') / 86400000) : null);

/** A blocking window: type family, day window (null = undated, found among undated events only), country. */
export interface BlockWindow {
  readonly family: string;
  readonly dayStart: number | null;
  readonly dayEnd: number | null;
  readonly country?: string | null;
  /** a precise point (town or finer): only events near it (or without a point) are candidates */
  readonly lat?: number | null;
  readonly lon?: number | null;
}

/** Degrees around a precise point that still hold candidates: beyond ~150 km two places are distant for fusion (src/fuse/where.ts). */
export const POINT_BOX_DEG = 1.5;

/** Events whose window is at most this long are "short" and looked up in a narrow range. */
export const SHORT_SPAN_DAYS = 31;
/** The longest date window a stored event is looked up by (a year-precision event spans 366 days). */
export const MAX_EVENT_SPAN_DAYS = 400;

/** JSON characters of parsed candidates kept between calls (about 2 bytes each, plus the parsed objects). */
const PARSED_BUDGET_CHARS = 2_000_000;

/**
 * Candidates parsed from their JSON, by id, with the JSON they came from: a canonical event is a candidate
 * for many articles in a row and changes only when one merges into it, so it is parsed again only when
 * its stored JSON differs (compared in full, so a change by anyone, or a rolled-back transaction, is never
 * missed). Fusion treats canonical events as immutable (it builds new ones), which is what makes sharing
 * the parsed object safe — and lets src/fuse keep its per-object views across articles.
 * Least recently used entries are dropped past the budget.
 */
const parsedCandidates = new Map<string, { data: string; event: FusedEvent }>();
let parsedChars = 0;

function parseCandidate(id: string, data: string): FusedEvent {
  const hit = parsedCandidates.get(id);
  if (hit) {
    parsedCandidates.delete(id);
    if (hit.data === data) { parsedCandidates.set(id, hit); return hit.event; }
    parsedChars -= hit.data.length;
  }
  const event = JSON.parse(data) as FusedEvent;
  if (data.length <= PARSED_BUDGET_CHARS / 8) {
    parsedCandidates.set(id, { data, event });
    parsedChars += data.length;
    for (const [k, v] of parsedCandidates) {
      if (parsedChars <= PARSED_BUDGET_CHARS) break;
      parsedCandidates.delete(k);
      parsedChars -= v.data.length;
    }
  }
  return event;
}

/**
 * Candidates that overlap each window. Short events (a day, a week, a month) are found by a range scan of
 * `day_start` over the window widened by a month; the few long ones by a scan widened by a year. Both
 * use the (family, long_span, day_start) index, so the cost does not grow with the store.
 */
export async function candidateEvents(db: Db, windows: readonly BlockWindow[]): Promise<FusedEvent[]> {
  const seen = new Map<string, FusedEvent>();
  for (const w of windows) {
    const parts: { longSpan: number; lookBack: number }[] = [{ longSpan: 0, lookBack: SHORT_SPAN_DAYS }, { longSpan: 1, lookBack: MAX_EVENT_SPAN_DAYS }];
    for (const part of w.dayStart === null || w.dayEnd === null ? [null] : parts) {
      let q = db.selectFrom('fused_events').select(['id', 'data']).where('family', '=', w.family);
      q = part === null || w.dayStart === null || w.dayEnd === null
        ? q.where('day_start', 'is', null)
        : q.where('long_span', '=', part.longSpan).where('day_start', '<=', w.dayEnd).where('day_start', '>=', w.dayStart - part.lookBack).where('day_end', '>=', w.dayStart);
      if (w.country) q = q.where((eb) => eb.or([eb('country', '=', w.country!), eb('country', 'is', null)]));
      if (w.lat != null && w.lon != null) {
        const lat = w.lat, lon = w.lon, dLon = POINT_BOX_DEG / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
        q = q.where((eb) => eb.or([eb('lat', 'is', null), eb.and([eb('lat', '>=', lat - POINT_BOX_DEG), eb('lat', '<=', lat + POINT_BOX_DEG), eb('lon', '>=', lon - dLon), eb('lon', '<=', lon + dLon)])]));
      }
      for (const r of await q.execute()) if (!seen.has(r.id)) seen.set(r.id, parseCandidate(r.id, r.data));
    }
  }
  return [...seen.values()];
}

/** Rows of event_reports per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const LINKS_PER_STATEMENT = 200;

/** The `fused_events` row of a canonical event: its JSON and the columns fusion blocks on. */
export function eventRow(e: FusedEvent, family: string, version: string, now: string) {
  const dayStart = dayNumber(e.date?.start), dayEnd = dayNumber(e.date?.end);
  const pointed = e.location?.lat != null && e.location.lon != null && !['country', 'region'].includes(e.location.precision ?? '');
  return {
    id: e.id, family, type: e.type, day_start: dayStart, day_end: dayEnd,
    country: e.location?.country ?? null,
    // the blocking point: only for places finer than a country or region, whose centroid says nothing about where
    lat: pointed ? e.location!.lat : null, lon: pointed ? e.location!.lon : null,
    long_span: dayStart !== null && dayEnd !== null && dayEnd - dayStart > SHORT_SPAN_DAYS ? 1 : 0,
    data: JSON.stringify(e), pipeline_version: version, updated_at: now,
  };
}

export async function putEvent(db: Db, e: FusedEvent, family: string, version: string, now: string): Promise<void> {
  const row = eventRow(e, family, version, now);
  await db.insertInto('fused_events').values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ family: row.family, type: row.type, day_start: row.day_start, day_end: row.day_end, long_span: row.long_span, country: row.country, lat: row.lat, lon: row.lon, data: row.data, pipeline_version: row.pipeline_version, updated_at: row.updated_at }))
    .execute();
  // one multi-row statement per event instead of one per (event, article); links already there are kept
  const articles = [...new Set(e.reports.map((r) => r.article))];
  for (let i = 0; i < articles.length; i += LINKS_PER_STATEMENT) {
    await db.insertInto('event_reports').values(articles.slice(i, i + LINKS_PER_STATEMENT).map((a) => ({ event_id: e.id, article_id: a })))
      .onConflict((oc) => oc.columns(['event_id', 'article_id']).doNothing()).execute();
  }
}

export async function deleteEvents(db: Db, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await db.deleteFrom('event_reports').where('event_id', 'in', [...ids]).execute();
  await db.deleteFrom('fused_events').where('id', 'in', [...ids]).execute();
}

export async function eventsForArticles(db: Db, articleIds: readonly string[]): Promise<FusedEvent[]> {
  if (!articleIds.length) return [];
  const rows = await db.selectFrom('fused_events').innerJoin('event_reports', 'event_reports.event_id', 'fused_events.id')
    .select(['fused_events.id', 'fused_events.data']).where('event_reports.article_id', 'in', [...articleIds]).distinct().execute();
  return rows.map((r) => JSON.parse(r.data) as FusedEvent);
}

export async function allEvents(db: Db): Promise<FusedEvent[]> {
  const rows = await db.selectFrom('fused_events').select('data').orderBy('day_start').execute();
  return rows.map((r) => JSON.parse(r.data) as FusedEvent);
}

/** Article ids that report any of the given events. */
export async function articlesForEvents(db: Db, eventIds: readonly string[]): Promise<string[]> {
  if (!eventIds.length) return [];
  const rows = await db.selectFrom('event_reports').select('article_id').where('event_id', 'in', [...eventIds]).distinct().execute();
  return rows.map((r) => r.article_id);
}
