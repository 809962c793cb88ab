/**
 * The ledger index: a read model of the canonical events for the HTTP API (src/serve). `fused_events`
 * keeps each event as JSON with only the columns fusion blocks on; the analyst's filters (ACLED type,
 * admin1, actor, confidence, independent sources, conflicts, toll, full text over report sentences) need
 * columns and indexes of their own. The index is derived: rebuilt from `fused_events` whenever an event's
 * `updated_at` differs (or it is gone), so it never holds anything the store does not, and the write path
 * of analyze is untouched. Full text is SQLite FTS5 or a PostgreSQL tsvector with a GIN index.
 * The only SQL for the ledger_* tables.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Expression, type SqlBool, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import type { Dialect } from '../db.js';

/** What the list view shows of an event, kept as JSON beside the filter columns. */
export interface LedgerSummary {
  label: string;
  type: string;
  mode: string | null;
  acledType: string | null;
  date: { start: string; end: string; precision: string } | null;
  place: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  agents: string[];
  targets: string[];
  weapon: string | null;
  killed: { min: number; max: number | null } | null;
  injured: { min: number; max: number | null } | null;
  responsibility: { status: string; by: string[] } | null;
  sources: string[];
  independentSources: number;
  conflicts: string[];
  confidence: number;
  background: boolean;
  modality: string;
  reports: number;
  updatedAt: string;
}

export interface LedgerRow {
  id: string;
  dayStart: number | null;
  dayEnd: number | null;
  type: string;
  mode: string | null;
  acledType: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  confidence: number;
  independent: number;
  conflicts: number;
  background: boolean;
  modality: string;
  /** lower bound of the death toll, -1 when no toll is reported */
  killed: number;
  updatedAt: string;
  summary: LedgerSummary;
  actors: { entity: string | null; name: string; role: string }[];
  /** report sentences, for full-text search */
  text: string;
}

interface LedgerTables {
  ledger_events: {
    /** SQLite only: the row's integer key, which is also its ledger_text (FTS5) rowid */
    doc?: number;
    id: string; day_start: number | null; day_end: number | null; sort_day: number; type: string; mode: string | null; acled_type: string | null;
    country: string | null; admin1: string | null; lat: number | null; lon: number | null; confidence: number; independent: number;
    conflicts: number; background: number; modality: string; killed: number; updated_at: string;
  };
  ledger_summaries: { event_id: string; summary: string };
  ledger_actors: { event_id: string; entity: string | null; name_lc: string; role: string };
  ledger_text: { event_id: string; body: string; tsv?: unknown; rowid?: number };
}

export type LedgerDb = Kysely<Database & LedgerTables>;
const ldb = (db: Kysely<Database>): LedgerDb => db as unknown as LedgerDb;

/** Undated events sort before every dated one. */
const UNDATED = -1_000_000;

export async function ensureLedger(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const d = ldb(db);
  // an index of an older layout (summaries inside ledger_events; in SQLite, no integer `doc` key shared with
  // the full-text rows) is dropped and rebuilt: it is derived
  const old = (await db.introspection.getTables()).find((t) => t.name === 'ledger_events');
  if (old && (old.columns.some((c) => c.name === 'summary') || (dialect === 'sqlite' && !old.columns.some((c) => c.name === 'doc')))) {
    for (const t of ['ledger_events', 'ledger_actors', 'ledger_text', 'ledger_summaries']) await sql`drop table if exists ${sql.table(t)}`.execute(db);
  }
  // SQLite: an integer key that is the rowid (so it survives VACUUM) and the FTS5 rowid of the event's text, so
  // a text match is a set of integers checked without reading the FTS table's content rows
  let events = d.schema.createTable('ledger_events').ifNotExists();
  events = dialect === 'sqlite'
    ? events.addColumn('doc', 'integer', (c) => c.primaryKey()).addColumn('id', 'text', (c) => c.notNull().unique())
    : events.addColumn('id', 'text', (c) => c.primaryKey());
  await events
    .addColumn('day_start', 'integer').addColumn('day_end', 'integer').addColumn('sort_day', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull()).addColumn('mode', 'text').addColumn('acled_type', 'text')
    .addColumn('country', 'text').addColumn('admin1', 'text').addColumn('lat', 'real').addColumn('lon', 'real')
    .addColumn('confidence', 'real', (c) => c.notNull()).addColumn('independent', 'integer', (c) => c.notNull())
    .addColumn('conflicts', 'integer', (c) => c.notNull()).addColumn('background', 'integer', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull()).addColumn('killed', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // what the list shows, apart from the filter columns: a filtered scan then reads narrow rows (about 50 to
  // a page of the table instead of 5), and only the page's summaries are read — at 100,000 events a scan
  // over the wide rows cost hundreds of milliseconds
  await d.schema.createTable('ledger_summaries').ifNotExists()
    .addColumn('event_id', 'text', (c) => c.primaryKey()).addColumn('summary', 'text', (c) => c.notNull()).execute();
  for (const [name, cols] of [
    ['ledger_sort_day', ['sort_day', 'id']], ['ledger_killed', ['killed', 'id']], ['ledger_updated', ['updated_at', 'id']],
    ['ledger_confidence', ['confidence', 'id']], ['ledger_independent', ['independent', 'id']],
    ['ledger_country', ['country', 'sort_day']], ['ledger_admin1', ['admin1', 'sort_day']], ['ledger_type', ['type', 'sort_day']], ['ledger_lat', ['lat', 'lon']],
  ] as const) await d.schema.createIndex(name).ifNotExists().on('ledger_events').columns([...cols]).execute();
  // the store's change stamp (storeVersion) reads max(updated_at): an index makes it one seek, not a scan of every event's JSON
  await d.schema.createIndex('fused_events_updated').ifNotExists().on('fused_events').column('updated_at').execute();
  await d.schema.createTable('ledger_actors').ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull()).addColumn('entity', 'text').addColumn('name_lc', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull()).execute();
  await d.schema.createIndex('ledger_actors_event').ifNotExists().on('ledger_actors').column('event_id').execute();
  await d.schema.createIndex('ledger_actors_entity').ifNotExists().on('ledger_actors').columns(['entity', 'event_id']).execute();
  await d.schema.createIndex('ledger_actors_name').ifNotExists().on('ledger_actors').columns(['name_lc', 'event_id']).execute();
  if (dialect === 'sqlite') {
    await sql`create virtual table if not exists ledger_text using fts5(event_id unindexed, body, tokenize = 'porter unicode61')`.execute(db);
  } else {
    await sql`create table if not exists ledger_text (event_id text primary key, body text not null, tsv tsvector not null)`.execute(db);
    await sql`create index if not exists ledger_text_tsv on ledger_text using gin (tsv)`.execute(db);
  }
}

/**
 * The store's change stamp: the latest `updated_at` of a canonical event, one index seek. Every write
 * of fusion stamps the events it writes (a merge that removes an event writes the one it merged into),
 * so the stamp moves with every change that matters; a bare deletion is picked up with the next write.
 */
export async function storeVersion(db: Kysely<Database>): Promise<string> {
  const r = await db.selectFrom('fused_events').select((eb) => eb.fn.max('updated_at').as('u')).executeTakeFirst();
  return String(r?.u ?? '');
}

/** Ids of canonical events missing from the index or changed since they were indexed, and of index rows whose event is gone. */
export async function staleLedger(db: Kysely<Database>): Promise<{ changed: string[]; gone: string[] }> {
  const d = ldb(db);
  const changed = await d.selectFrom('fused_events as f').leftJoin('ledger_events as l', 'l.id', 'f.id')
    .select('f.id').where((eb) => eb.or([eb('l.id', 'is', null), eb('l.updated_at', '<>', eb.ref('f.updated_at'))])).execute();
  const gone = await d.selectFrom('ledger_events as l').leftJoin('fused_events as f', 'f.id', 'l.id').select('l.id').where('f.id', 'is', null).execute();
  return { changed: changed.map((r) => r.id), gone: gone.map((r) => r.id) };
}

export async function deleteLedgerRows(db: Kysely<Database>, dialect: Dialect, ids: readonly string[]): Promise<void> {
  const d = ldb(db);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await d.deleteFrom('ledger_actors').where('event_id', 'in', chunk).execute();
    // FTS5 looks rows up by rowid only (event_id is unindexed there): by the events' keys, before their rows go
    if (dialect === 'sqlite') await sql`delete from ledger_text where rowid in (select doc from ledger_events where id in (${sql.join(chunk)}))`.execute(db);
    else await d.deleteFrom('ledger_text').where('event_id', 'in', chunk).execute();
    await d.deleteFrom('ledger_summaries').where('event_id', 'in', chunk).execute();
    await d.deleteFrom('ledger_events').where('id', 'in', chunk).execute();
  }
}

export async function putLedgerRows(db: Kysely<Database>, dialect: Dialect, rows: readonly LedgerRow[]): Promise<void> {
  if (!rows.length) return;
  await db.transaction().execute(async (trx) => {
    await deleteLedgerRows(trx, dialect, rows.map((r) => r.id));
    const t = ldb(trx);
    for (let i = 0; i < rows.length; i += 50) {
      const chunk = rows.slice(i, i + 50);
      const inserted = t.insertInto('ledger_events').values(chunk.map((r) => ({
        id: r.id, day_start: r.dayStart, day_end: r.dayEnd, sort_day: r.dayStart ?? UNDATED, type: r.type, mode: r.mode, acled_type: r.acledType,
        country: r.country, admin1: r.admin1, lat: r.lat, lon: r.lon, confidence: r.confidence, independent: r.independent,
        conflicts: r.conflicts, background: r.background ? 1 : 0, modality: r.modality, killed: r.killed, updated_at: r.updatedAt,
      })));
      const docs = dialect === 'sqlite' ? new Map((await inserted.returning(['id', 'doc']).execute()).map((r) => [r.id, Number(r.doc)])) : (await inserted.execute(), null);
      await t.insertInto('ledger_summaries').values(chunk.map((r) => ({ event_id: r.id, summary: JSON.stringify(r.summary) }))).execute();
      const actors = chunk.flatMap((r) => r.actors.map((a) => ({ event_id: r.id, entity: a.entity, name_lc: a.name.toLowerCase(), role: a.role })));
      if (actors.length) await t.insertInto('ledger_actors').values(actors).execute();
      if (docs) await t.insertInto('ledger_text').values(chunk.map((r) => ({ rowid: docs.get(r.id)!, event_id: r.id, body: r.text }))).execute();
      else {
        // one statement for the chunk, the text bound once per row (one per row was 100,000 round trips for a first build)
        const values = sql.join(chunk.map((r) => sql`(${r.id}, ${r.text})`));
        await sql`insert into ledger_text (event_id, body, tsv) select v.id, v.body, to_tsvector('english', v.body) from (values ${values}) as v(id, body)`.execute(trx);
      }
    }
  });
}

/**
 * The count of independent sources the index holds for an event, when its row was built from the event as
 * it is now (same `updated_at`); null otherwise (not indexed yet, or changed since).
 */
export async function indexedIndependent(db: Kysely<Database>, id: string): Promise<number | null> {
  const r = await ldb(db).selectFrom('ledger_events as l').innerJoin('fused_events as f', 'f.id', 'l.id')
    .select('l.independent').where('l.id', '=', id).whereRef('l.updated_at', '=', 'f.updated_at').executeTakeFirst();
  return r ? Number(r.independent) : null;
}

/** Refreshes the planner's statistics of the index tables (after a large rebuild they describe an empty or a different index). */
export async function analyzeLedger(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  // PostgreSQL's text table too: without statistics of its tsvectors the planner guesses a word's share of the events
  const tables = ['ledger_events', 'ledger_actors', 'ledger_summaries', ...(dialect === 'postgres' ? ['ledger_text'] : [])];
  for (const t of tables) await sql`analyze ${sql.table(t)}`.execute(db);
}

export type SortKey = 'date' | 'toll' | 'confidence' | 'sources' | 'updated';
const SORT_COLUMN = { date: 'sort_day', toll: 'killed', confidence: 'confidence', sources: 'independent', updated: 'updated_at' } as const;

export interface LedgerFilter {
  /** days since 1970-01-01: events whose date window overlaps [from, to] */
  from?: number;
  to?: number;
  types?: string[];
  modes?: string[];
  acledTypes?: string[];
  countries?: string[];
  admin1?: string[];
  near?: { lat: number; lon: number; km: number };
  /** actor names (case-insensitive) or entity ids */
  actors?: string[];
  entities?: string[];
  /** words, all of which a report sentence of the event holds */
  words?: string[];
  minConfidence?: number;
  minSources?: number;
  conflicts?: boolean;
  background?: boolean;
  modalities?: string[];
  minKilled?: number;
  updatedSince?: string;
  ids?: string[];
}

export interface LedgerPage {
  sort: SortKey;
  desc: boolean;
  limit: number;
  /** the last row of the previous page: its sort value and id */
  after?: [number | string, string] | null;
}

type Q = SelectQueryBuilder<Database & LedgerTables, 'ledger_events', any>;

function applyFilter(q: Q, f: LedgerFilter, dialect: Dialect, plan?: FilterPlan): Q {
  if (f.from !== undefined) q = q.where('day_end', '>=', f.from);
  // sort_day is day_start for a dated event: the same bound, on the column the (type|country, sort_day) and
  // sort indexes seek by, so a date range is a range of those indexes instead of a scan back from the newest
  if (f.to !== undefined) q = q.where('day_start', '<=', f.to).where('sort_day', '<=', f.to);
  if (f.types?.length) q = q.where('type', 'in', f.types);
  if (f.modes?.length) q = q.where('mode', 'in', f.modes);
  if (f.acledTypes?.length) q = q.where('acled_type', 'in', f.acledTypes);
  if (f.countries?.length) q = q.where('country', 'in', f.countries);
  if (f.admin1?.length) q = q.where('admin1', 'in', f.admin1);
  if (f.modalities?.length) q = q.where('modality', 'in', f.modalities);
  if (f.ids?.length) q = q.where('ledger_events.id', 'in', f.ids);
  if (f.minConfidence !== undefined) q = q.where('confidence', '>=', f.minConfidence);
  if (f.minSources !== undefined) q = q.where('independent', '>=', f.minSources);
  if (f.minKilled !== undefined) q = q.where('killed', '>=', f.minKilled);
  if (f.conflicts !== undefined) q = q.where('conflicts', f.conflicts ? '>' : '=', 0);
  if (f.background !== undefined) q = q.where('background', '=', f.background ? 1 : 0);
  if (f.updatedSince) q = q.where('updated_at', '>', f.updatedSince);
  if (f.near) {
    // a box first (indexable), then the equirectangular distance, exact enough within a few hundred km
    const dLat = f.near.km / 111.195, cos = Math.max(Math.cos((f.near.lat * Math.PI) / 180), 0.01), dLon = dLat / cos;
    q = q.where('lat', '>=', f.near.lat - dLat).where('lat', '<=', f.near.lat + dLat).where('lon', '>=', f.near.lon - dLon).where('lon', '<=', f.near.lon + dLon)
      .where(sql<SqlBool>`((lat - ${f.near.lat}) * (lat - ${f.near.lat}) + (lon - ${f.near.lon}) * ${cos} * (lon - ${f.near.lon}) * ${cos}) <= ${dLat * dLat}`);
  }
  for (const m of memberships(f, dialect)) {
    const members = sql`select ${sql.ref(m.pick)} from ${sql.table(m.table)} where ${m.cond}`;
    // a wide set (many matches) is checked row by row along the order the query reads in instead of driving it:
    // in SQLite the unary `+` keeps the column from choosing the plan (PostgreSQL plans alone: see pagePlan)
    const wide = dialect === 'sqlite' && plan?.wide.has(m.key);
    q = q.where(wide ? sql<SqlBool>`+${sql.ref(m.column)} in (${members})` : sql<SqlBool>`${sql.ref(m.column)} in (${members})`);
  }
  return q;
}

/** A filter that names a set of events kept in a table of its own: its key in a plan, the ledger_events column that `pick` of `table` matches, and the rows' condition. */
interface Membership { key: string; column: string; table: string; pick: string; cond: RawBuilder<unknown> }

/** The actor, entity and report-word filters as sets of events. */
function memberships(f: LedgerFilter, dialect: Dialect): Membership[] {
  const out: Membership[] = [];
  (f.actors ?? []).forEach((a, i) => out.push({ key: `actor:${i}`, column: 'ledger_events.id', table: 'ledger_actors', pick: 'event_id', cond: sql`name_lc = ${a.toLowerCase()}` }));
  (f.entities ?? []).forEach((e, i) => out.push({ key: `entity:${i}`, column: 'ledger_events.id', table: 'ledger_actors', pick: 'event_id', cond: sql`entity = ${e}` }));
  if (f.words?.length) {
    out.push(dialect === 'sqlite'
      // FTS5 rowids are the events' integer keys: the match is a set of integers, no content row is read
      ? { key: 'words', column: 'ledger_events.doc', table: 'ledger_text', pick: 'rowid', cond: sql`ledger_text match ${f.words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')}` }
      : { key: 'words', column: 'ledger_events.id', table: 'ledger_text', pick: 'event_id', cond: sql`tsv @@ plainto_tsquery('english', ${f.words.join(' ')})` });
  }
  return out;
}

/** Members past which a set is wide: checking it along the sort order then beats reading and sorting all of them. */
export const WIDE_SET = 2000;

/** Which set filters of a query are wide, decided per query by counting each set's members up to WIDE_SET. */
export interface FilterPlan { wide: Set<string> }

/**
 * The plan of a query that reads a page (a sort and a limit). Both stores' planners guess how many events a
 * word or an actor names from averages; a count capped at WIDE_SET (a bounded read of an index) knows.
 */
export async function planFilter(db: Kysely<Database>, f: LedgerFilter, dialect: Dialect, wideAt = WIDE_SET): Promise<FilterPlan> {
  const wide = new Set<string>();
  for (const m of memberships(f, dialect)) {
    const r = await sql<{ n: number | string }>`select count(*) as n from (select 1 from ${sql.table(m.table)} where ${m.cond} limit ${wideAt}) as m`.execute(db);
    if (Number(r.rows[0]?.n ?? 0) >= wideAt) wide.add(m.key);
  }
  return { wide };
}

/** The summaries of the given events (a page's worth, or the map's points in chunks). */
async function summariesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, LedgerSummary>> {
  const out = new Map<string, LedgerSummary>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await ldb(db).selectFrom('ledger_summaries').select(['event_id', 'summary']).where('event_id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.event_id, JSON.parse(r.summary) as LedgerSummary);
  }
  return out;
}

/**
 * The plan of a page's query: SQLite's planner drives by a word or actor set whatever its size, so the
 * sets are counted; PostgreSQL's, with statistics of the text and actor tables (analyzeLedger), chose as
 * well on 100,000 events and the count was a round trip more, so it plans alone.
 */
const pagePlan = async (db: Kysely<Database>, f: LedgerFilter, dialect: Dialect, wideAt: number): Promise<FilterPlan | undefined> =>
  dialect === 'sqlite' ? planFilter(db, f, dialect, wideAt) : undefined;

/** `wideAt`: members from which a set filter counts as wide (WIDE_SET; tests force either plan with it). */
export async function listLedger(db: Kysely<Database>, dialect: Dialect, f: LedgerFilter, page: LedgerPage, wideAt = WIDE_SET): Promise<{ id: string; sortValue: number | string; summary: LedgerSummary }[]> {
  const col = SORT_COLUMN[page.sort];
  let q = applyFilter(ldb(db).selectFrom('ledger_events').select(['ledger_events.id', `${col} as sort_value` as 'id']) as unknown as Q, f, dialect, await pagePlan(db, f, dialect, wideAt));
  if (page.after) {
    const [v, id] = page.after;
    const op = page.desc ? '<' : '>';
    q = q.where((eb) => eb.or([eb(col, op, v), eb.and([eb(col, '=', v), eb('ledger_events.id', op, id)])]) as Expression<SqlBool>);
  }
  const dir = page.desc ? 'desc' : 'asc';
  const rows = await q.orderBy(col, dir).orderBy('ledger_events.id', dir).limit(page.limit).execute() as { id: string; sort_value: number | string }[];
  const summaries = await summariesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, sortValue: typeof r.sort_value === 'string' && col !== 'updated_at' ? Number(r.sort_value) : r.sort_value, summary: summaries.get(r.id)! }));
}

export async function countLedger(db: Kysely<Database>, dialect: Dialect, f: LedgerFilter): Promise<number> {
  const q = applyFilter(ldb(db).selectFrom('ledger_events').select((eb) => eb.fn.countAll<number>().as('n')) as unknown as Q, f, dialect);
  const r = await q.executeTakeFirst() as { n: number | string } | undefined;
  return Number(r?.n ?? 0);
}

/** Events per day (days since 1970-01-01 of the window's start) under a filter. */
export async function ledgerHistogram(db: Kysely<Database>, dialect: Dialect, f: LedgerFilter): Promise<{ day: number; n: number; killed: number }[]> {
  const q = applyFilter(ldb(db).selectFrom('ledger_events')
    .select((eb) => ['day_start', eb.fn.countAll<number>().as('n'), sql<number>`sum(case when killed > 0 then killed else 0 end)`.as('k')])
    .where('day_start', 'is not', null).groupBy('day_start') as unknown as Q, f, dialect);
  const rows = await q.orderBy('day_start').execute() as { day_start: number; n: number | string; k: number | string | null }[];
  return rows.map((r) => ({ day: Number(r.day_start), n: Number(r.n), killed: Number(r.k ?? 0) }));
}

/** Points for the map: located events under a filter, the largest tolls first, at most `limit`. */
export async function ledgerPoints(db: Kysely<Database>, dialect: Dialect, f: LedgerFilter, limit: number): Promise<{ id: string; lat: number; lon: number; killed: number; summary: LedgerSummary }[]> {
  const q = applyFilter(ldb(db).selectFrom('ledger_events').select(['ledger_events.id', 'lat', 'lon', 'killed'])
    .where('lat', 'is not', null).where('lon', 'is not', null) as unknown as Q, f, dialect, await pagePlan(db, f, dialect, WIDE_SET));
  const rows = await q.orderBy('killed', 'desc').orderBy('ledger_events.id').limit(limit).execute() as { id: string; lat: number; lon: number; killed: number }[];
  const summaries = await summariesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, lat: Number(r.lat), lon: Number(r.lon), killed: Number(r.killed), summary: summaries.get(r.id)! }));
}

/** Distinct values of a column for the filter menus, with counts. */
export async function ledgerFacet(db: Kysely<Database>, column: 'type' | 'acled_type' | 'country' | 'admin1' | 'mode', limit = 200): Promise<{ value: string; n: number }[]> {
  const rows = await ldb(db).selectFrom('ledger_events').select((eb) => [eb.ref(column).as('v'), eb.fn.countAll<number>().as('n')])
    .where(column, 'is not', null).groupBy(column).orderBy('n', 'desc').limit(limit).execute();
  return rows.map((r) => ({ value: String(r.v), n: Number(r.n) }));
}
