/**
 * Whole-store exports written as the store is read: the events in report order (by date, undated last,
 * then id), a page at a time, each turned into its report form and written as one row — an ACLED CSV
 * line, a GeoJSON feature, a JSONL line — so neither the output nor the store is ever held whole, and
 * memory follows the page, not the store. The rows are the ones the whole report gives (same events, same
 * order, same fields); what needs every article (near-duplicates for an event's independent sources) is
 * computed among that event's own articles, which gives the same count: a near-duplicate relation is a
 * property of a pair of texts alone (src/fuse/shingles.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Article } from '../core/model/article.js';
import type { FusedEvent } from '../core/model/event.js';
import type { Resources } from '../resources/index.js';
import type { ReportEvent } from './types.js';
import { eventKeys, eventsOf } from '../store/repos/events.js';
import { articleOutlets, type ArticleOutlet } from '../store/repos/articles.js';
import { articleTexts } from '../store/repos/reads.js';
import { nearDuplicates, independentSources } from '../fuse/index.js';
import { reportEvent } from './event.js';
import { ACLED_COLUMNS, acledRecord, csvField } from './export/acled-csv.js';
import { eventFeature } from './export/geojson.js';
import { jsonChunks } from './json-chunks.js';

/** Events read per page: a large canonical event's JSON runs to a few MB, so pages stay small. */
export const PAGE = 25;

export interface StreamExportOptions {
  readonly resources: Resources;
  /** only events with confidence at least this (null: all) */
  readonly minConfidence: number | null;
  /** statements (non-asserted events) and out-of-scope events (accidents) too; the report lists them apart, so CSV and GeoJSON leave them out */
  readonly statements?: boolean;
  /** count each event's independent sources (reads its articles' texts) */
  readonly independent?: boolean;
}

/** The store's events in report order as the report shows them. */
export async function* storeReportEvents(db: Kysely<Database>, opts: StreamExportOptions): AsyncGenerator<ReportEvent> {
  const outlets = new Map<string, ArticleOutlet>();
  for await (const a of articleOutlets(db)) outlets.set(a.id, a);
  // as the report names outlets (report/build.ts)
  const sourceOf = (id: string): string => { const a = outlets.get(id); return a ? a.source ?? a.outletFromText ?? a.file ?? a.id : id; };
  const keys = await eventKeys(db);
  for (let i = 0; i < keys.length; i += PAGE) {
    for (const e of await eventsOf(db, keys.slice(i, i + PAGE), { keep: false })) {
      if ((e.modality !== 'asserted' || e.scope) && !opts.statements) continue;
      if (opts.minConfidence !== null && opts.minConfidence > 0 && e.confidence < opts.minConfidence) continue;
      yield reportEvent(opts.resources, e, sourceOf, opts.independent ? await independentOf(db, e) : 0);
    }
  }
}

/** Independent sources of one event: near-duplicates among its own articles only. */
async function independentOf(db: Kysely<Database>, e: FusedEvent): Promise<number> {
  const ids = [...new Set(e.reports.map((r) => r.article))];
  const texts = await articleTexts(db, ids);
  // near-duplicate detection reads only an article's id and text
  const arts = ids.filter((id) => texts.has(id)).map((id) => ({ id, text: texts.get(id)! }) as unknown as Article);
  return independentSources(ids, nearDuplicates(arts));
}

/** Writes pieces to a stream in blocks of about 64 KB, waiting when the stream asks to. */
export class BlockWriter {
  #buf: string[] = [];
  #size = 0;
  constructor(private readonly out: NodeJS.WritableStream) {}
  async write(s: string): Promise<void> {
    this.#buf.push(s);
    this.#size += s.length;
    if (this.#size >= 65536) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.#buf.length) return;
    const block = this.#buf.join('');
    this.#buf = []; this.#size = 0;
    if (!this.out.write(block)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }
}

/** ACLED CSV (as acledExport writes it), row by row; returns the rows written and the events left out, by reason. */
export async function streamAcledCsv(db: Kysely<Database>, out: BlockWriter, opts: StreamExportOptions & { all?: boolean }): Promise<{ rows: number; outside: Record<string, number> }> {
  const articles = new Map<string, { source: string | null; published: string | null }>();
  for await (const a of articleOutlets(db)) articles.set(a.id, { source: a.source, published: a.published });
  await out.write(ACLED_COLUMNS.join(',') + '\r\n');
  let rows = 0;
  const outside: Record<string, number> = {};
  for await (const e of storeReportEvents(db, opts)) {
    const r = acledRecord(opts.resources, e, articles);
    if (r.outside && !opts.all) { outside[r.outside] = (outside[r.outside] ?? 0) + 1; continue; }
    await out.write(ACLED_COLUMNS.map((c) => csvField(r.values[c])).join(',') + '\r\n');
    rows++;
  }
  return { rows, outside };
}

/** GeoJSON FeatureCollection (as JSON.stringify(toGeoJson(report), null, 2) writes it), feature by feature. */
export async function streamGeoJson(db: Kysely<Database>, out: BlockWriter, opts: StreamExportOptions): Promise<void> {
  let n = 0;
  for await (const e of storeReportEvents(db, opts)) {
    await out.write((n++ ? ',\n    ' : '{\n  "type": "FeatureCollection",\n  "features": [\n    ') + [...jsonChunks(eventFeature(e), 0, '    ')].join(''));
  }
  await out.write(n ? '\n  ]\n}\n' : '{\n  "type": "FeatureCollection",\n  "features": []\n}\n');
}

/** JSON Lines: one report event (asserted or statement) per line, with its independent sources. */
export async function streamJsonl(db: Kysely<Database>, out: BlockWriter, opts: StreamExportOptions): Promise<number> {
  let n = 0;
  for await (const e of storeReportEvents(db, { ...opts, statements: true, independent: true })) { await out.write(JSON.stringify(e) + '\n'); n++; }
  return n;
}
