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
}

export async function candidateEvents(db: Db, windows: readonly BlockWindow[]): Promise<FusedEvent[]> {
  const seen = new Map<string, FusedEvent>();
  for (const w of windows) {
    let q = db.selectFrom('fused_events').select(['id', 'data']).where('family', '=', w.family);
    q = w.dayStart === null || w.dayEnd === null
      ? q.where('day_start', 'is', null)
      : q.where('day_start', '<=', w.dayEnd).where('day_end', '>=', w.dayStart);
    if (w.country) q = q.where((eb) => eb.or([eb('country', '=', w.country!), eb('country', 'is', null)]));
    const rows = await q.execute();
    for (const r of rows) if (!seen.has(r.id)) seen.set(r.id, JSON.parse(r.data) as FusedEvent);
  }
  return [...seen.values()];
}

export async function putEvent(db: Db, e: FusedEvent, family: string, version: string, now: string): Promise<void> {
  const row = {
    id: e.id, family, type: e.type, day_start: dayNumber(e.date?.start), day_end: dayNumber(e.date?.end),
    country: e.location?.country ?? null, lat: e.location?.lat ?? null, lon: e.location?.lon ?? null,
    data: JSON.stringify(e), pipeline_version: version, updated_at: now,
  };
  await db.insertInto('fused_events').values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ family: row.family, type: row.type, day_start: row.day_start, day_end: row.day_end, country: row.country, lat: row.lat, lon: row.lon, data: row.data, pipeline_version: row.pipeline_version, updated_at: row.updated_at }))
    .execute();
  const articles = [...new Set(e.reports.map((r) => r.article))];
  for (const a of articles) await db.insertInto('event_reports').values({ event_id: e.id, article_id: a }).onConflict((oc) => oc.columns(['event_id', 'article_id']).doNothing()).execute();
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
