/**
 * Keeps the ledger index (src/store/repos/ledger.ts) in step with the canonical events: every event that
 * is new or changed since it was indexed is read, shown the way the report shows it (ACLED coding,
 * outlets, independent sources), and written as one index row; rows of removed events go. Cheap when
 * nothing changed: a count and a max over fused_events decide whether to look at all.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Dialect } from '../store/db.js';
import type { FusedEvent } from '../core/model/event.js';
import type { Article } from '../core/model/article.js';
import { ensureLedger, storeVersion, staleLedger, deleteLedgerRows, putLedgerRows, analyzeLedger, type LedgerRow } from '../store/repos/ledger.js';
import { getEventsByIds, articleHeads, articleTexts, type ArticleHead } from '../store/repos/reads.js';
import { dayNumber } from '../store/repos/events.js';
import { reportEvent } from '../report/event.js';
import { nearDuplicates, independentSources, labelOf } from '../fuse/index.js';
import type { ReportEvent } from '../report/types.js';
import type { Resources } from '../resources/index.js';

const BATCH = 500;
/** Index rows written or removed in one sync past which the planner statistics are refreshed. */
const ANALYZE_AFTER = 5000;

/** The article facts an event view needs: outlet names, and the texts for counting copies once. */
export interface EventContext { resources: Resources; sourceOf: (articleId: string) => string; independent: (e: FusedEvent) => number }

/**
 * Context for a set of events: reads their articles' outlets, and their texts only where an event has several
 * articles and its count of independent sources is not `known` (the ledger index holds it for an event it
 * indexed as it is now). `heads`: the articles' heads when the caller has read them already.
 */
export async function eventContext(db: Kysely<Database>, resources: Resources, events: readonly FusedEvent[], known: { heads?: readonly ArticleHead[]; independent?: ReadonlyMap<string, number> } = {}): Promise<EventContext> {
  const ids = [...new Set(events.flatMap((e) => e.reports.map((r) => r.article)))];
  const heads = new Map((known.heads ?? await articleHeads(db, ids)).map((h) => [h.id, h]));
  const multi = [...new Set(events.filter((e) => !known.independent?.has(e.id) && new Set(e.reports.map((r) => r.article)).size > 1).flatMap((e) => e.reports.map((r) => r.article)))];
  const texts = await articleTexts(db, multi);
  const relCache = new Map<string, number>();
  return {
    resources,
    sourceOf: (a) => heads.get(a)?.source ?? heads.get(a)?.file ?? a,
    independent: (e) => {
      const given = known.independent?.get(e.id);
      if (given !== undefined) return given;
      const arts = [...new Set(e.reports.map((r) => r.article))];
      if (arts.length < 2) return arts.length;
      const key = arts.sort().join(',');
      let n = relCache.get(key);
      if (n === undefined) {
        // only id and text matter to the near-duplicate detector
        const docs = arts.filter((a) => texts.has(a)).map((a) => ({ id: a, text: texts.get(a)! }) as unknown as Article);
        n = independentSources(arts, nearDuplicates(docs));
        relCache.set(key, n);
      }
      return n;
    },
  };
}

export function viewEvent(e: FusedEvent, ctx: EventContext): ReportEvent {
  return reportEvent(ctx.resources, e, ctx.sourceOf, ctx.independent(e));
}

export function ledgerRow(v: ReportEvent, updatedAt: string): LedgerRow {
  const killed = v.casualties?.killed ?? null;
  return {
    id: v.id, dayStart: dayNumber(v.date?.start), dayEnd: dayNumber(v.date?.end), type: v.type, mode: v.mode, acledType: v.acled.event_type,
    country: v.location?.country ?? null, admin1: v.location?.admin1 ?? null, lat: v.location?.lat ?? null, lon: v.location?.lon ?? null,
    confidence: v.confidence, independent: v.independentSources, conflicts: v.conflicts.length, background: v.background, modality: v.modality,
    killed: killed ? killed.min : -1, updatedAt,
    summary: {
      label: labelOf(v), type: v.type, mode: v.mode, acledType: v.acled.event_type, date: v.date, place: v.location?.name ?? null,
      country: v.location?.country ?? null, admin1: v.location?.admin1 ?? null, lat: v.location?.lat ?? null, lon: v.location?.lon ?? null,
      agents: v.actors.filter((a) => a.role === 'agent').map((a) => a.name), targets: v.actors.filter((a) => a.role === 'target').map((a) => a.name),
      weapon: v.weapon, killed, injured: v.casualties?.injured ?? null, responsibility: v.responsibility, sources: v.sources,
      independentSources: v.independentSources, conflicts: [...new Set(v.conflicts.map((c) => c.field))], confidence: v.confidence,
      background: v.background, modality: v.modality, reports: new Set(v.reports.map((r) => r.article)).size, updatedAt,
    },
    actors: [
      ...v.actors.map((a) => ({ entity: a.entity, name: a.name, role: a.role })),
      ...(v.responsibility?.by ?? []).map((name) => ({ entity: null, name, role: 'responsible' })),
      ...(v.location?.entity ? [{ entity: v.location.entity, name: v.location.name, role: 'place' }] : []),
    ],
    text: [...new Set(v.reports.map((r) => r.text))].join('\n'),
  };
}

/** Brings the index up to date; returns how many rows were written and removed. Serialised per store by the caller. */
export async function syncLedger(db: Kysely<Database>, dialect: Dialect, resources: Resources): Promise<{ written: number; removed: number }> {
  await ensureLedger(db, dialect);
  const { changed, gone } = await staleLedger(db);
  await deleteLedgerRows(db, dialect, gone);
  for (let i = 0; i < changed.length; i += BATCH) {
    const ids = changed.slice(i, i + BATCH);
    // an event out of the ledger's scope (an accident) stays in the store but gets no ledger row (nor a stale one)
    // (it is read again at each sync that finds the store changed: a follow-up may mark that in the index)
    const all = await getEventsByIds(db, ids);
    const events = all.filter((e) => !e.scope);
    await deleteLedgerRows(db, dialect, all.filter((e) => e.scope).map((e) => e.id));
    const stamps = new Map((await db.selectFrom('fused_events').select(['id', 'updated_at']).where('id', 'in', ids).execute()).map((r) => [r.id, r.updated_at]));
    const ctx = await eventContext(db, resources, events);
    await putLedgerRows(db, dialect, events.map((e) => ledgerRow(viewEvent(e, ctx), stamps.get(e.id) ?? '')));
  }
  // the query planner picks indexes by the tables' statistics: after a large change (a first build) they are stale
  if (changed.length + gone.length >= ANALYZE_AFTER) await analyzeLedger(db, dialect);
  return { written: changed.length, removed: gone.length };
}

/**
 * One store's index, synchronised at most once at a time and only when the store changed. The first
 * read waits for the index to be built; after that a read never waits: at most once per `minIntervalMs`
 * it starts a look at the store's change stamp in the background, so a read may lag a change made by
 * another process by about that long. Writes through this server call `refresh()`, which does wait.
 */
export class LedgerIndex {
  private version: string | null = null;
  private running: Promise<void> | null = null;
  private lastLook = 0;
  private ensured = false;
  /** the index's tables exist (its rows may lag the store: read only rows stamped as the event is) */
  get ready(): boolean { return this.ensured; }
  constructor(private readonly db: Kysely<Database>, private readonly dialect: Dialect, private readonly resources: Resources, private readonly minIntervalMs = 1000) {}

  async ensure(): Promise<void> {
    if (this.version === null) return this.look(true);
    if (Date.now() - this.lastLook >= this.minIntervalMs) void this.look(false).catch(() => undefined);
  }

  /** After a write by this process: bring the index up to date before answering. */
  async refresh(): Promise<void> {
    if (this.running) await this.running.catch(() => undefined);
    return this.look(true);
  }

  private look(force: boolean): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        this.lastLook = Date.now();
        if (!this.ensured) { await ensureLedger(this.db, this.dialect); this.ensured = true; }
        const v = await storeVersion(this.db);
        if (v === this.version && !force) return;
        await syncLedger(this.db, this.dialect, this.resources);
        this.version = v;
      } finally { this.running = null; }
    })();
    return this.running;
  }
}
