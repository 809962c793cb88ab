/**
 * The engine: RawRecords → cleaned articles → per-document pipeline → store (one transaction per
 * article) → fusion into canonical events → the report for the inputs. Used by the CLI and by eval.
 */
import type { RawRecord, Article } from '../core/model/article.js';
import { createDoc, type Doc } from '../core/model/doc.js';
import { SitrepError } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { cleanRecord } from '../clean/index.js';
import { buildPipeline, type Pipeline } from '../pipeline/index.js';
import { stageContext } from '../nlp/stage.js';
import type { Resources } from '../resources/index.js';
import { openDb, type OpenDb } from '../store/db.js';
import { insertArticle, hasAnalysis, putAnalysis, getArticles, getAnalyses, type AnalysisResult } from '../store/repos/articles.js';
import { eventsForArticles, articlesForEvents, deleteEvents } from '../store/repos/events.js';
import { fuseIntoStore } from './fuse-store.js';
import { prepareArticle } from './prepare.js';
import { buildReport, type Report } from '../report/build.js';

export interface AnalyzeOptions {
  /** SQLite file, ':memory:', or a postgres:// URL; or an already open store */
  readonly db?: string | OpenDb;
  /** analyse again even when the store has this article's results for this pipeline version */
  readonly reprocess?: boolean;
  /** KB, lexicon and memo tables, loaded once by the caller (`loadResources()`, the CLI's `cliResources()`) */
  readonly resources: Resources;
  /** the per-document pipeline (default: `buildPipeline()`; tests pass one under the stage guard) */
  readonly pipeline?: Pipeline;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Fuse each article's events only among themselves, not with other articles or the store. For
   * evaluation on records that are independent incidents by construction (GTD, ACLED rows).
   */
  readonly isolate?: boolean;
  /**
   * Keep the stages' diagnostics (rejected triggers, dropped candidates ..., each with its rule id) and add
   * them to the report's `diagnostics` of each article analysed in this run (`sitrep analyze --explain`).
   */
  readonly explain?: boolean;
  /** per-stage milliseconds are added here when given */
  readonly timings?: Map<string, number>;
}

export interface AnalyzeOutcome {
  readonly report: Report;
  readonly failures: SitrepError[];
  /** article ids newly analysed in this run, and those already in the store */
  readonly analysed: string[];
  readonly unchanged: string[];
}

export const toResult = (d: Doc): AnalysisResult => ({
  reference: d.reference, publishedInferred: d.article.publishedInferred,
  sentences: d.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
  mentions: d.mentions, times: d.times, figures: d.figures, quotes: d.quotes, events: d.events,
});

/** Adds the milliseconds since `t0` to `timings[name]` (when timings are asked for). */
export function addTime(timings: Map<string, number> | undefined, name: string, t0: number): void {
  if (timings) timings.set(name, (timings.get(name) ?? 0) + performance.now() - t0);
}

const defaultPipeline = buildPipeline();

export async function analyzeRecords(records: readonly RawRecord[], opts: AnalyzeOptions): Promise<AnalyzeOutcome> {
  const store = typeof opts.db === 'object' ? opts.db : await openDb(opts.db ?? ':memory:');
  const ownStore = typeof opts.db !== 'object';
  const { resources, pipeline = defaultPipeline } = opts;
  const ctx = stageContext(resources);
  const failures: SitrepError[] = [];
  const analysed: string[] = [];
  const unchanged: string[] = [];
  const scope: string[] = [];
  try {
    // clean first, so that re-processing can clear the old events of every article concerned at once
    const articles: Article[] = [];
    for (const r of records) {
      try {
        const a = prepareArticle(cleanRecord(r));
        if (!a.text.trim()) throw new SitrepError('SITREP_ERR_INPUT_EMPTY', 'no article prose left after cleaning', r.origin);
        articles.push(a);
      } catch (e) { failures.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MALFORMED', (e as Error).message, r.origin)); }
    }
    const todo: Article[] = [];
    const seen = new Set<string>();
    for (const a of articles) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      scope.push(a.id);
      if (!opts.reprocess && (await hasAnalysis(store.db, a.id, PIPELINE_VERSION))) unchanged.push(a.id);
      else todo.push(a);
    }
    // events that involve re-analysed articles are rebuilt from all of their reports
    const refuse = new Set<string>();
    if (todo.length) {
      const stale = await eventsForArticles(store.db, todo.map((a) => a.id));
      if (stale.length) {
        // the other articles of those events (outside this batch, or unchanged in it) are fused again afterwards
        const reanalysed = new Set(todo.map((a) => a.id));
        for (const id of await articlesForEvents(store.db, stale.map((e) => e.id))) if (!reanalysed.has(id)) refuse.add(id);
        await deleteEvents(store.db, stale.map((e) => e.id));
      }
    }
    let done = 0;
    const explained = new Map<string, Diagnostic[]>();
    for (const a of todo) {
      try {
        const found: Diagnostic[] = [];
        const doc = pipeline.run(createDoc(a), opts.explain ? stageContext(resources, (d) => found.push(d)) : ctx, opts.timings);
        if (opts.explain) explained.set(a.id, found);
        const now = new Date().toISOString();
        const t0 = performance.now();
        await store.db.transaction().execute(async (trx) => {
          await insertArticle(trx, a, now);
          await putAnalysis(trx, a.id, PIPELINE_VERSION, toResult(doc), now);
          await fuseIntoStore(trx, a, doc.events, doc.mentions, doc.sentences, now, { isolate: opts.isolate ?? false, timings: opts.timings });
        });
        addTime(opts.timings, 'store and fusion (per article)', t0);
        analysed.push(a.id);
      } catch (e) {
        failures.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_STORE', `analysis failed, nothing stored for this input: ${(e as Error).stack ?? e}`, a.origin));
      }
      opts.onProgress?.(++done, todo.length);
    }
    if (refuse.size) await refuseStored(store, [...refuse]);
    // an article whose analysis failed was never stored, so the report leaves it out by itself
    const tr = performance.now();
    const report = await buildReport(store.db, scope, resources);
    for (const art of report.articles) art.diagnostics.push(...(explained.get(art.id) ?? []));
    addTime(opts.timings, 'report', tr);
    return { report, failures, analysed, unchanged };
  } finally {
    if (ownStore) await store.db.destroy();
  }
}

/** Re-fuses stored analyses (articles whose shared events were rebuilt). */
async function refuseStored(store: OpenDb, ids: string[]): Promise<void> {
  const arts = await getArticles(store.db, ids);
  const analyses = new Map((await getAnalyses(store.db, ids, PIPELINE_VERSION)).map((a) => [a.articleId, a.result]));
  for (const a of arts) {
    const r = analyses.get(a.id);
    if (!r) continue;
    await store.db.transaction().execute(async (trx) => fuseIntoStore(trx, a, r.events as Doc['events'], r.mentions as Doc['mentions'], r.sentences, new Date().toISOString()));
  }
}
