/** Canonical (fused) events and which articles report them: the only SQL for these tables. */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { FusedEvent } from '../../core/model/event.js';
import type { Database } from '../schema.js';
import { identitySet } from '../../fuse/identity.js';

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
  /**
   * people the report names (identity name keys, src/fuse/identity.ts): stored events of the family and
   * date window that name one of them are candidates wherever their place was read
   */
  readonly names?: readonly string[];
}

/** Name keys of the people a canonical event names (its identity evidence `names`). */
export const namesOf = (e: FusedEvent): string[] => [...identitySet(e.evidence, 'names')];

/** Degrees around a precise point that still hold candidates: beyond ~150 km two places are distant for fusion (src/fuse/where.ts). */
export const POINT_BOX_DEG = 1.5;

/**
 * Days a stored event without a country may span and still be a candidate for a report placed in a
 * country (a day or a week). Without a place in common fusion merges only on a detail that singles out
 * the incident (src/fuse/score.ts); a country-less event dated no better than a month or a year is found
 * by the people it names (event_names), or else it would be a candidate for every report of the family in
 * its weeks — most events of a topical stream, and more with every batch.
 */
export const PLACELESS_SPAN_DAYS = 7;

/** Events whose window is at most this long are "short" and looked up in a narrow range. */
export const SHORT_SPAN_DAYS = 31;
/** The longest date window a stored event is looked up by (a year-precision event spans 366 days). */
export const MAX_EVENT_SPAN_DAYS = 400;

/** JSON characters of the canonical events kept parsed between articles (the objects take a few times that in memory). */
const PARSED_BUDGET_CHARS = 24_000_000;
/** An event larger than this share of the budget is not kept (it would push out everything else). */
const LARGEST_KEPT = PARSED_BUDGET_CHARS / 4;

/**
 * Canonical events kept parsed, by id, with the revision stamp of the row they are (the `rev` column,
 * new with every write): a canonical event is a candidate for many articles in a row and changes only
 * when one merges into it, so its JSON is fetched and parsed again only when the stored stamp differs.
 * An event written here is kept as the object that was written, so the next article finds it without
 * reading it back; a write that is rolled back leaves the old stamp in the store, which then differs
 * from the kept one, so it is read again — a change by another writer likewise. Fusion treats canonical
 * events as immutable (it builds new ones), which is what makes sharing the object safe — and lets
 * src/fuse keep its per-object views across articles. Least recently used entries are dropped past the
 * budget. Rows without a stamp (written before migration 0004) are always read in full.
 */
const parsed = new Map<string, { rev: string; chars: number; event: FusedEvent }>();
let parsedChars = 0;

function keep(id: string, rev: string, chars: number, event: FusedEvent): void {
  const old = parsed.get(id);
  if (old) { parsed.delete(id); parsedChars -= old.chars; }
  if (!rev || chars > LARGEST_KEPT) return;
  parsed.set(id, { rev, chars, event });
  parsedChars += chars;
  for (const [k, v] of parsed) {
    if (parsedChars <= PARSED_BUDGET_CHARS) break;
    parsed.delete(k);
    parsedChars -= v.chars;
  }
}

/** Drops every kept event (a test reads events back from the store's rows; a long-lived server may free the memory). */
export function forgetParsedEvents(): void {
  parsed.clear();
  parsedChars = 0;
}

function kept(id: string, rev: string): FusedEvent | null {
  const hit = parsed.get(id);
  if (!hit || !rev || hit.rev !== rev) return null;
  parsed.delete(id);
  parsed.set(id, hit);
  return hit.event;
}

/** Ids per `in (...)` list: far below SQLite's and PostgreSQL's limits on bound parameters. */
export const IDS_PER_STATEMENT = 500;

/**
 * How a read treats the parsed-event cache. `keep: false` for one-off readers (an export reads every
 * event once, in order): what they read is not kept, so it neither grows the process by the cache's
 * budget nor pushes out the events fusion is about to need again; events already kept are still used.
 */
export interface ReadOptions {
  readonly keep?: boolean;
}

/**
 * The events of rows (id and stamp, in order): kept ones as they are, the others fetched in full (a few
 * statements, inside the caller's transaction, so what is read is what the stamps said) and parsed.
 */
async function eventsOfRows(db: Db, rows: readonly { id: string; rev: string }[], opts: ReadOptions = {}): Promise<FusedEvent[]> {
  const out = new Map<string, FusedEvent>();
  const missing: { id: string; rev: string }[] = [];
  for (const r of rows) {
    const e = kept(r.id, r.rev);
    if (e) out.set(r.id, e); else missing.push(r);
  }
  for (let i = 0; i < missing.length; i += IDS_PER_STATEMENT) {
    const ids = missing.slice(i, i + IDS_PER_STATEMENT).map((c) => c.id);
    const parts = new Map<string, string[]>();
    for (const p of await db.selectFrom('event_parts').select(['event_id', 'data']).where('event_id', 'in', ids).orderBy('event_id').orderBy('seq').execute()) {
      const l = parts.get(p.event_id);
      if (l) l.push(p.data); else parts.set(p.event_id, [p.data]);
    }
    for (const r of await db.selectFrom('fused_events').select(['id', 'rev', 'data']).where('id', 'in', ids).execute()) {
      const event = JSON.parse(r.data) as FusedEvent;
      let chars = r.data.length;
      for (const p of parts.get(r.id) ?? []) { appendPart(event, JSON.parse(p) as Part); chars += p.length; }
      sizes.set(event, { head: r.data.length, parts: chars - r.data.length });
      if (opts.keep !== false) keep(r.id, r.rev, chars, event);
      out.set(r.id, event);
    }
  }
  return rows.map((r) => out.get(r.id)).filter((e): e is FusedEvent => !!e);
}

/**
 * What one write adds to the parts of an event that only grow as reports merge into it. Fusion builds a
 * merged event from the old one's arrays with the new items after them (src/fuse/fuse.ts, mergeEvidence),
 * so a merge's part is what follows the old arrays; any other change is written as a whole new event.
 */
interface Part {
  r?: FusedEvent['reports'];
  m?: FusedEvent['members'];
  b?: FusedEvent['mergedBecause'];
  e?: FusedEvent['evidence'];
}

/** The event without its growing parts (those are empty in place, so the assembled event keeps its key order). */
const headOf = (e: FusedEvent): FusedEvent => ({ ...e, reports: [], members: [], mergedBecause: [], evidence: {} });

/** The growing parts of a whole event. */
const wholePart = (e: FusedEvent): Part => ({ r: e.reports, m: e.members, b: e.mergedBecause, e: e.evidence });

/** Adds a part to an event being assembled (in write order). */
function appendPart(into: FusedEvent, p: Part): void {
  if (p.r) into.reports.push(...p.r);
  if (p.m) into.members.push(...p.m);
  if (p.b) into.mergedBecause.push(...p.b);
  for (const [k, v] of Object.entries(p.e ?? {})) (into.evidence[k] ??= []).push(...v);
}

/** What `after` has past `before`'s items, or null when `before` is not where `after` starts (the same objects, in order). */
function tail<T>(before: readonly T[], after: readonly T[]): T[] | null {
  if (after.length < before.length) return null;
  for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) return null;
  return after.slice(before.length);
}

/** The part a write of `after` appends to `before`, or null when `after` does not extend it (then it is written whole). */
function partAfter(before: FusedEvent, after: FusedEvent): Part | null {
  const r = tail(before.reports, after.reports), m = tail(before.members, after.members), b = tail(before.mergedBecause, after.mergedBecause);
  if (!r || !m || !b) return null;
  // evidence fields in the same order, each extended; new fields after them
  const oldKeys = Object.keys(before.evidence), newKeys = Object.keys(after.evidence);
  if (tail(oldKeys, newKeys) === null) return null;
  const e: FusedEvent['evidence'] = {};
  for (const k of newKeys) {
    const t = tail(before.evidence[k] ?? [], after.evidence[k]!);
    if (!t) return null;
    if (t.length) e[k] = t;
  }
  return { ...(r.length ? { r } : {}), ...(m.length ? { m } : {}), ...(b.length ? { b } : {}), ...(Object.keys(e).length ? { e } : {}) };
}

/** JSON characters of a parsed or written event, head and parts, for the memory budget. */
const sizes = new WeakMap<FusedEvent, { head: number; parts: number }>();

/** A new revision stamp: unique per write (random, so two writers never make the same one). */
const newRev = (): string => randomUUID();

/**
 * Candidates that overlap each window. Short events (a day, a week, a month) are found by a range scan of
 * `day_start` over the window widened by a month; the few long ones by a scan widened by a year. Both
 * use the (family, long_span, day_start) index, so the cost does not grow with the store.
 */
export async function candidateEvents(db: Db, windows: readonly BlockWindow[]): Promise<FusedEvent[]> {
  const seen = new Map<string, string>();
  for (const w of windows) {
    const parts: { longSpan: number; lookBack: number }[] = [{ longSpan: 0, lookBack: SHORT_SPAN_DAYS }, { longSpan: 1, lookBack: MAX_EVENT_SPAN_DAYS }];
    for (const part of w.dayStart === null || w.dayEnd === null ? [null] : parts) {
      let q = db.selectFrom('fused_events').select(['id', 'rev']).where('family', '=', w.family);
      q = part === null || w.dayStart === null || w.dayEnd === null
        ? q.where('day_start', 'is', null)
        : q.where('long_span', '=', part.longSpan).where('day_start', '<=', w.dayEnd).where('day_start', '>=', w.dayStart - part.lookBack).where('day_end', '>=', w.dayStart);
      // a stored event with no country is blocked by what it does have: a date to the day or week (vaguer
      // ones are found by the people they name, below, or not at all)
      if (w.country) q = q.where((eb) => eb.or([eb('country', '=', w.country!), eb.and([eb('country', 'is', null), eb(eb('day_end', '-', eb.ref('day_start')), '<=', PLACELESS_SPAN_DAYS)])]));
      if (w.lat != null && w.lon != null) {
        const lat = w.lat, lon = w.lon, dLon = POINT_BOX_DEG / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
        q = q.where((eb) => eb.or([eb('lat', 'is', null), eb.and([eb('lat', '>=', lat - POINT_BOX_DEG), eb('lat', '<=', lat + POINT_BOX_DEG), eb('lon', '>=', lon - dLon), eb('lon', '<=', lon + dLon)])]));
      }
      for (const r of await q.execute()) if (!seen.has(r.id)) seen.set(r.id, r.rev);
    }
    // the same person named: a candidate whatever place either report read (the name index bounds the scan)
    if (w.names?.length) {
      let q = db.selectFrom('event_names').innerJoin('fused_events', 'fused_events.id', 'event_names.event_id')
        .select(['fused_events.id as id', 'fused_events.rev as rev']).where('event_names.name', 'in', [...w.names]).where('fused_events.family', '=', w.family);
      q = w.dayStart === null || w.dayEnd === null ? q.where('fused_events.day_start', 'is', null)
        : q.where('fused_events.day_start', '<=', w.dayEnd).where('fused_events.day_end', '>=', w.dayStart);
      for (const r of await q.execute()) if (!seen.has(r.id)) seen.set(r.id, r.rev);
    }
  }
  return eventsOfRows(db, [...seen].map(([id, rev]) => ({ id, rev })));
}

/** Rows of event_reports per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const LINKS_PER_STATEMENT = 200;

/** The `fused_events` row of a canonical event: its head (without the growing parts) and the columns fusion blocks on. */
export function eventRow(e: FusedEvent, family: string, version: string, now: string) {
  const dayStart = dayNumber(e.date?.start), dayEnd = dayNumber(e.date?.end);
  const pointed = e.location?.lat != null && e.location.lon != null && !['country', 'region'].includes(e.location.precision ?? '');
  return {
    id: e.id, family, type: e.type, day_start: dayStart, day_end: dayEnd,
    country: e.location?.country ?? null,
    // the blocking point: only for places finer than a country or region, whose centroid says nothing about where
    lat: pointed ? e.location!.lat : null, lon: pointed ? e.location!.lon : null,
    long_span: dayStart !== null && dayEnd !== null && dayEnd - dayStart > SHORT_SPAN_DAYS ? 1 : 0,
    data: JSON.stringify(headOf(e)), rev: newRev(), pipeline_version: version, updated_at: now,
  };
}

/** The one `event_parts` row that holds all of an event's growing parts (a bulk writer's part of putEvent). */
export function wholePartRow(e: FusedEvent) {
  return { event_id: e.id, seq: 0, data: JSON.stringify(wholePart(e)) };
}

/**
 * Writes a canonical event (insert or replace) and links it to its articles. `before`: the version of
 * it the caller read in this transaction, if any; only links to articles it did not have are written.
 * An appended part's seq is max(seq)+1, safe because every writer holds the store's write lock
 * (locks.ts `lockForWrite`) for the whole read-merge-write, so no two transactions append at once.
 */
export async function putEvent(db: Db, e: FusedEvent, family: string, version: string, now: string, before?: FusedEvent): Promise<void> {
  const row = eventRow(e, family, version, now);
  // a merge into what was read appends its part; anything else replaces the event's parts with one whole part
  // (an event written before migration 0004 is whole in `data`, with no parts to append to)
  const old = before ? sizes.get(before) : undefined;
  const part = before && old && old.parts > 0 ? partAfter(before, e) : null;
  let seq = 0;
  if (part && old) {
    const last = await db.selectFrom('event_parts').select((eb) => eb.fn.max('seq').as('s')).where('event_id', '=', e.id).executeTakeFirst();
    seq = last?.s == null ? 0 : Number(last.s) + 1;
  } else await db.deleteFrom('event_parts').where('event_id', '=', e.id).execute();
  const partJson = JSON.stringify(part && old ? part : wholePart(e));
  await db.insertInto('event_parts').values({ event_id: e.id, seq, data: partJson }).execute();
  await db.insertInto('fused_events').values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ family: row.family, type: row.type, day_start: row.day_start, day_end: row.day_end, long_span: row.long_span, country: row.country, lat: row.lat, lon: row.lon, data: row.data, rev: row.rev, pipeline_version: row.pipeline_version, updated_at: row.updated_at }))
    .execute();
  const size = { head: row.data.length, parts: (part && old ? old.parts : 0) + partJson.length };
  sizes.set(e, size);
  keep(e.id, row.rev, size.head + size.parts, e);
  // the people it names, for blocking by name: only those the version read did not name yet
  const named = new Set(before ? namesOf(before) : []);
  const names = namesOf(e).filter((n) => !named.has(n));
  for (let i = 0; i < names.length; i += LINKS_PER_STATEMENT) {
    await db.insertInto('event_names').values(names.slice(i, i + LINKS_PER_STATEMENT).map((name) => ({ event_id: e.id, name })))
      .onConflict((oc) => oc.columns(['event_id', 'name']).doNothing()).execute();
  }
  // one multi-row statement per event instead of one per (event, article); links already there are kept
  const had = new Set(before?.reports.map((r) => r.article));
  const articles = [...new Set(e.reports.map((r) => r.article))].filter((a) => !had.has(a));
  for (let i = 0; i < articles.length; i += LINKS_PER_STATEMENT) {
    await db.insertInto('event_reports').values(articles.slice(i, i + LINKS_PER_STATEMENT).map((a) => ({ event_id: e.id, article_id: a })))
      .onConflict((oc) => oc.columns(['event_id', 'article_id']).doNothing()).execute();
  }
}

export async function deleteEvents(db: Db, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  for (const id of ids) keep(id, '', 0, null as unknown as FusedEvent);
  // a few hundred ids per statement: one `in (...)` of every id fails past SQLite's 32,766 variables
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const some = ids.slice(i, i + IDS_PER_STATEMENT);
    await db.deleteFrom('event_reports').where('event_id', 'in', some).execute();
    await db.deleteFrom('event_parts').where('event_id', 'in', some).execute();
    await db.deleteFrom('event_names').where('event_id', 'in', some).execute();
    await db.deleteFrom('fused_events').where('id', 'in', some).execute();
  }
}

export async function eventsForArticles(db: Db, articleIds: readonly string[]): Promise<FusedEvent[]> {
  if (!articleIds.length) return [];
  const rows = new Map<string, string>();
  for (let i = 0; i < articleIds.length; i += IDS_PER_STATEMENT) {
    for (const r of await db.selectFrom('fused_events').innerJoin('event_reports', 'event_reports.event_id', 'fused_events.id')
      .select(['fused_events.id', 'fused_events.rev']).where('event_reports.article_id', 'in', articleIds.slice(i, i + IDS_PER_STATEMENT)).distinct().execute()) rows.set(r.id, r.rev);
  }
  return eventsOfRows(db, [...rows].map(([id, rev]) => ({ id, rev })));
}

export async function allEvents(db: Db): Promise<FusedEvent[]> {
  const rows = await db.selectFrom('fused_events').select(['id', 'rev']).orderBy('day_start').orderBy('id').execute();
  return eventsOfRows(db, rows);
}

/** Events by id, in the order given (ids not stored are left out). */
export async function eventsByIds(db: Db, ids: readonly string[]): Promise<FusedEvent[]> {
  const rows = new Map<string, string>();
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    for (const r of await db.selectFrom('fused_events').select(['id', 'rev']).where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT)).execute()) rows.set(r.id, r.rev);
  }
  return eventsOfRows(db, ids.filter((id) => rows.has(id)).map((id) => ({ id, rev: rows.get(id)! })));
}

/** Article ids that report any of the given events. */
export async function articlesForEvents(db: Db, eventIds: readonly string[]): Promise<string[]> {
  // by a few hundred ids per statement (SQLite refuses more than 32,766 variables); distinct across them, first seen first
  const out = new Set<string>();
  for (let i = 0; i < eventIds.length; i += IDS_PER_STATEMENT) {
    for (const r of await db.selectFrom('event_reports').select('article_id').where('event_id', 'in', eventIds.slice(i, i + IDS_PER_STATEMENT)).distinct().execute()) out.add(r.article_id);
  }
  return [...out];
}

/**
 * Every canonical event's id, stamp and first day, ordered as the report orders events (by date, undated
 * last, then id): a few dozen bytes per event, so an export can read the events themselves a few at a
 * time in that order (`eventsOf`) instead of the whole store at once.
 */
export async function eventKeys(db: Db): Promise<{ id: string; rev: string }[]> {
  const rows = await db.selectFrom('fused_events').select(['id', 'rev', 'day_start']).execute();
  return rows
    .map((r) => ({ id: r.id, rev: r.rev, day: r.day_start === null ? Infinity : Number(r.day_start) }))
    .sort((a, b) => a.day - b.day || a.id.localeCompare(b.id))
    .map(({ id, rev }) => ({ id, rev }));
}

/** The events of keys from `eventKeys`, in their order (kept parsed ones are not read again; `keep: false` keeps none of those read). */
export async function eventsOf(db: Db, keys: readonly { id: string; rev: string }[], opts: ReadOptions = {}): Promise<FusedEvent[]> {
  return eventsOfRows(db, keys, opts);
}
