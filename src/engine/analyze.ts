/**
 * The engine: RawRecords → cleaned articles → per-document pipeline → store (one transaction per
 * article) → fusion into canonical events → the report for the inputs. Used by the CLI and by eval.
 *
 * One article's write is atomic: its row (or updated metadata), its analysis, the removal of the events
 * its previous analysis built and the re-fusion of every other article that reported them all happen in
 * one transaction, so a failure leaves the store as it was. The pipeline runs before, outside it.
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
import { insertArticle, hasAnalysis, putAnalysis, getArticleMeta, updateArticleMeta, arrivalDays, type AnalysisResult } from '../store/repos/articles.js';
import { lockForWrite } from '../store/locks.js';
import type { Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { mergeMeta } from './metadata.js';
import { eventsForArticles, articlesForEvents, deleteEvents } from '../store/repos/events.js';
import { ArrivesLate, fuseInArrivalOrder, type RebuildStats } from './fuse-store.js';
import { arrivalKey } from './arrival.js';
import { prepareArticle } from './prepare.js';
import { buildReport, type Report } from '../report/build.js';
import { findNearDuplicates } from '../ingest/near-dup.js';
import { DocPool, type DocResult, type PoolAnswer } from './pool.js';
import type { KbOptions } from '../kb/index.js';

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
  /** what the arrival-order rebuild did (articles fused again, late arrivals held) is added here when given */
  readonly rebuild?: RebuildStats;
  /**
   * Articles held at most before they are fused and committed together (default HELD_GROUP): late arrivals, and
   * the articles of a batch that replaces stored analyses. Any bound gives the same ledger; a smaller one holds
   * less in memory and fuses again more often the stored articles a group sends back.
   */
  readonly heldGroup?: number;
  /**
   * Run the per-document pipeline on this many worker threads (default 1: in this thread). The results are
   * stored by this thread in the same order as with one job, so the store and the report are the same.
   * Workers run the default pipeline: with a `pipeline` of the caller's own, the run stays in this thread.
   */
  readonly jobs?: number;
  /** the KB options the workers load their resources with; they must give what `resources` holds (default: the built-in KB) */
  readonly kb?: KbOptions;
}

export interface AnalyzeOutcome {
  readonly report: Report;
  readonly failures: SitrepError[];
  /** article ids newly analysed in this run, and those already in the store */
  readonly analysed: string[];
  readonly unchanged: string[];
  /** inputs whose text nearly repeats another input's: not analysed, recorded as another source of that article */
  readonly nearDuplicates: { origin: string; of: string; similarity: number }[];
}

export const toResult = (d: DocResult, article: Article): AnalysisResult => ({
  reference: d.reference, publishedInferred: article.publishedInferred,
  sentences: d.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
  mentions: d.mentions, times: d.times, figures: d.figures, quotes: d.quotes, events: d.events,
});

/** Adds the milliseconds since `t0` to `timings[name]` (when timings are asked for). */
export function addTime(timings: Map<string, number> | undefined, name: string, t0: number): void {
  if (timings) timings.set(name, (timings.get(name) ?? 0) + performance.now() - t0);
}

const defaultPipeline = buildPipeline();

/** An error from inside the engine, named by the input and coded; a SitrepError passes as it is. */
export function wrapError(e: unknown, input: string, code: 'SITREP_ERR_INTERNAL' | 'SITREP_ERR_STORE', what: string): SitrepError {
  if (e instanceof SitrepError) return e;
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new SitrepError(code, `${what}, nothing stored or changed for this input: ${msg}`, input);
}

export async function analyzeRecords(records: readonly RawRecord[], opts: AnalyzeOptions): Promise<AnalyzeOutcome> {
  const store = typeof opts.db === 'object' ? opts.db : await openDb(opts.db ?? ':memory:');
  const ownStore = typeof opts.db !== 'object';
  const { resources } = opts;
  const failures: SitrepError[] = [];
  const unchanged: string[] = [];
  try {
    const articles: Article[] = [];
    for (const r of records) {
      try {
        const a = prepareArticle(cleanRecord(r));
        if (!a.text.trim()) throw new SitrepError('SITREP_ERR_INPUT_EMPTY', 'no article prose left after cleaning', r.origin);
        articles.push(a);
      } catch (e) { failures.push(wrapError(e, r.origin, 'SITREP_ERR_INTERNAL', 'cleaning failed')); }
    }
    // one article per text; a later copy's metadata still counts (it may bring the sidecar's date)
    // an input with the very text of an earlier one is recorded on it as another source, like a near-duplicate
    const batch = new Map<string, Article>();
    for (const a of articles) {
      const first = batch.get(a.id);
      if (!first) { batch.set(a.id, a); continue; }
      const merged = mergeMeta(metaOf(first), a).article;
      merged.diagnostics.push(...first.diagnostics.filter((d) => d.rule === COPY_RULE), ...(first.origin !== a.origin ? [copyOf(first, 1)] : []));
      batch.set(a.id, merged);
    }
    // near-duplicates from one outlet (the same story re-posted with a changed word, a feed flood) are one
    // article: the copy is analysed no more, and is recorded on the kept article as another source of it.
    // Another outlet's copy stays an article of its own (its attribution, a wire copy: the report relates
    // the two and counts them as one independent source). The kept one is the first published (its
    // relative dates refer to the right days), then the longest, then by id
    const nearDuplicates: AnalyzeOutcome['nearDuplicates'] = [];
    const outlets = new Map<string, Article[]>();
    for (const a of batch.values()) {
      const k = a.source ?? a.outletFromText ?? '';
      const g = outlets.get(k);
      if (g) g.push(a); else outlets.set(k, [a]);
    }
    // (not under isolate: those records are independent incidents by construction, a templated pair included)
    for (const group of opts.isolate ? [] : outlets.values()) {
      const unique = group.sort((x, y) => dayOf(x).localeCompare(dayOf(y)) || y.text.length - x.text.length || x.id.localeCompare(y.id));
      for (const d of findNearDuplicates(unique.map((a) => a.text))) {
        const copy = unique[d.copy]!, kept = unique[d.of]!;
        batch.delete(copy.id);
        // with the copies of the copy
        kept.diagnostics.push(copyOf(copy, d.similarity), ...copy.diagnostics.filter((x) => x.rule === COPY_RULE));
        nearDuplicates.push({ origin: copy.origin, of: kept.id, similarity: d.similarity });
      }
    }
    const scope = [...batch.keys()];
    const stored = await getArticleMeta(store.db, scope);
    const todo: { article: Article; fresh: boolean }[] = [];
    for (const a of batch.values()) {
      const s = stored.get(a.id);
      // a stored article seen again keeps what is stored unless this input says better (engine/metadata.ts)
      const m = s ? mergeMeta(s, a) : null;
      const article = m ? prepareArticle({ ...m.article, publishedInferred: null }) : a;
      if (!opts.reprocess && s && !m!.changed.length && (await hasAnalysis(store.db, a.id, PIPELINE_VERSION))) unchanged.push(a.id);
      else todo.push({ article, fresh: !opts.reprocess && !(m?.changed.length) });
    }
    // fusion is fed in arrival order — publication day, then id (arrival.ts) — not in the order the inputs were
    // given: the same articles make the same ledger however they are listed (and however they were split into runs:
    // fuse-store.ts)
    todo.sort((x, y) => (arrivalKey(x.article) < arrivalKey(y.article) ? -1 : arrivalKey(x.article) > arrivalKey(y.article) ? 1 : 0));
    const run = await analyzeArticles(store, todo, opts);
    failures.push(...run.failures);
    unchanged.push(...run.unchanged);
    // an article whose analysis failed was never stored, so the report leaves it out by itself
    const tr = performance.now();
    const report = await buildReport(store.db, scope, resources);
    for (const art of report.articles) art.diagnostics.push(...(run.explained.get(art.id) ?? []));
    addTime(opts.timings, 'report', tr);
    return { report, failures, analysed: run.analysed, unchanged, nearDuplicates };
  } finally {
    if (ownStore) await store.db.destroy();
  }
}

const dayOf = (a: Article): string => a.published ?? a.publishedInferred?.guess ?? a.publishedInferred?.start ?? '9999-12-31';

const COPY_RULE = 'ingest/near-duplicate';

/** The record, on the kept article, of a (near-)duplicate input: where it came from and what it said of itself. */
function copyOf(copy: Article, similarity: number): Diagnostic {
  const meta = [copy.source && `source ${copy.source}`, copy.url && `url ${copy.url}`, copy.published && `published ${copy.published}`, copy.title && `title "${copy.title}"`, copy.externalId && `id ${copy.externalId}`].filter(Boolean).join(', ');
  const how = similarity === 1 ? 'the same text' : `${Math.round(similarity * 100)}% of word 5-grams shared`;
  return { severity: 'info', rule: COPY_RULE, message: `${copy.origin} repeats this article (${how}): kept as another source of it${meta ? ` (${meta})` : ''}` };
}

/** A worker's error as this thread sees it: a coded error keeps its code. */
function workerError(e: { name: string; message: string; code?: string }): Error {
  if (e.code?.startsWith('SITREP_ERR_')) return new SitrepError(e.code as ConstructorParameters<typeof SitrepError>[0], e.message);
  return Object.assign(new Error(e.message), { name: e.name });
}

const metaOf = (a: Article) => ({ id: a.id, source: a.source, published: a.published, url: a.url, title: a.title, externalId: a.externalId, language: a.language, publishedInferred: a.publishedInferred, origins: a.origins ?? {} });

/** An analysed article held to be stored with others (see analyzeArticles). */
interface Held { article: Article; fresh: boolean; doc: DocResult }

/**
 * Held articles fused and committed together at most: a safety valve, not a saving. Each group rebuilds, again, the
 * events earlier groups built with the stored reports of their blocks, so on a backfill small groups cost more and
 * reach the caps: growth bench batch 2 (1,000 late copies) with groups of 250: 446.9 vs 183.7 CPU-s, 8,302 vs 1,202
 * articles fused again, 3,345 capped (the ledger then order-dependent), for a peak of 1,546 vs 1,665 MB. Above the
 * bench's batch, so a run below it is today's one call; any bound gives the same ledger where no cap binds.
 */
export const HELD_GROUP = 2000;

/**
 * Analyses articles (cleaned, metadata settled) and stores them, replacing what the store held for them.
 * `fresh`: stored only when no other writer stored it meanwhile. Fusion follows arrival order (fuse-store.ts).
 *
 * When none of them had events stored, each is written in its own transaction as it comes, except a late
 * arrival (published before stored reports of its block), which is held. When some replace a stored analysis,
 * all are held. Held articles are written in groups of at most HELD_GROUP, each in one transaction that removes
 * the events the old analyses took part in and fuses the group and the other articles of those events in arrival
 * order: re-analysing a whole batch gives what one run gives. Should that transaction fail, nothing of it is
 * kept, and each article of the group is tried again in a transaction of its own, so one bad article fails alone.
 */
export async function analyzeArticles(store: OpenDb, todo: readonly { article: Article; fresh: boolean }[], opts: AnalyzeOptions): Promise<{ analysed: string[]; unchanged: string[]; failures: SitrepError[]; explained: Map<string, Diagnostic[]> }> {
  const { resources, pipeline = defaultPipeline } = opts;
  const ctx = stageContext(resources);
  const explained = new Map<string, Diagnostic[]>();
  const failures: SitrepError[] = [];
  const analysed: string[] = [];
  const unchanged: string[] = [];
  const replacing = todo.length ? (await eventsForArticles(store.db, todo.map((t) => t.article.id))).length > 0 : false;
  const ready: Held[] = [];
  const groupBound = Math.max(1, Math.floor(opts.heldGroup ?? HELD_GROUP));
  let done = 0;
  const jobs = opts.pipeline ? 1 : Math.min(opts.jobs ?? 1, todo.length);
  const pool = jobs > 1 ? new DocPool(jobs, opts.kb) : null;
  // articles in the workers' hands at a time: enough to keep them busy, few enough that answers waiting for
  // the writer do not pile up
  const window = jobs * 4;
  const answers: Promise<PoolAnswer | Error>[] = [];
  const send = (upTo: number): void => {
    while (pool && answers.length < Math.min(upTo, todo.length)) {
      answers.push(pool.run(todo[answers.length]!.article, { explain: !!opts.explain, timings: !!opts.timings }).catch((e: Error) => e));
    }
  };
  try {
    for (const [i, { article: a, fresh }] of todo.entries()) {
      let doc: DocResult | null = null;
      if (pool) {
        send(i + window);
        const got = await answers[i]!;
        answers[i] = Promise.resolve(new Error('taken'));
        const err = got instanceof Error ? got : got.error ? workerError(got.error) : null;
        if (err) failures.push(wrapError(err, a.origin, 'SITREP_ERR_INTERNAL', 'analysis failed'));
        else if (!(got instanceof Error)) {
          doc = got.doc;
          // a stage may note something on the article itself (dates/no-reference): the worker's copy comes back
          a.diagnostics.push(...got.articleDiagnostics);
          if (opts.explain) explained.set(a.id, got.diagnostics);
          if (opts.timings) for (const [k, v] of got.timings) opts.timings.set(k, (opts.timings.get(k) ?? 0) + v);
        }
      } else {
        try {
          const found: Diagnostic[] = [];
          doc = pipeline.run(createDoc(a), opts.explain ? stageContext(resources, (d) => found.push(d)) : ctx, opts.timings);
          if (opts.explain) explained.set(a.id, found);
        } catch (e) { failures.push(wrapError(e, a.origin, 'SITREP_ERR_INTERNAL', 'analysis failed')); }
      }
      if (doc && !replacing) {
        const d = doc;
        try {
          const t0 = performance.now();
          const stored = await store.db.transaction().execute(async (trx) => {
            await lockForWrite(trx, store.dialect);
            // another writer may have stored the same article since it was looked up
            if (fresh && (await hasAnalysis(trx, a.id, PIPELINE_VERSION))) return false;
            await replaceAnalysis(trx, a, d, new Date().toISOString(), opts, true);
            return true;
          });
          addTime(opts.timings, 'store and fusion (per article)', t0);
          (stored ? analysed : unchanged).push(a.id);
        } catch (e) {
          // published before stored reports of its block: held (nothing of it stored) and fused with the batch's other
          // late arrivals in one call at the end, where each stored article they send back is fused again once, not
          // once per arrival
          if (e instanceof ArrivesLate) { ready.push({ article: a, fresh, doc: d }); if (opts.rebuild) opts.rebuild.deferred++; }
          else failures.push(wrapError(e, a.origin, 'SITREP_ERR_STORE', 'storing the analysis failed'));
        }
      } else if (doc) ready.push({ article: a, fresh, doc });
      // a full group is fused and committed now, so that what a run holds in memory is bounded by the group, not
      // the run: the store then holds the one-run ledger of what it has stored, and the next group takes its
      // place in arrival order against it as any arrival does (fuse-store.ts)
      if (ready.length >= groupBound) await storeHeld(store, ready.splice(0), opts, { analysed, unchanged, failures });
      opts.onProgress?.(++done, todo.length);
    }
  } finally { await pool?.close(); }
  if (ready.length) await storeHeld(store, ready, opts, { analysed, unchanged, failures });
  return { analysed, unchanged, failures, explained };
}

/**
 * Stores held articles (late arrivals, or a batch replacing stored analyses) in one transaction that removes the
 * events their old analyses took part in and fuses them and the other articles of those events in arrival order.
 * Should it fail, nothing of it is kept, and each article is tried again in a transaction of its own.
 */
async function storeHeld(store: OpenDb, ready: readonly Held[], opts: AnalyzeOptions, out: { analysed: string[]; unchanged: string[]; failures: SitrepError[] }): Promise<void> {
  const { analysed, unchanged, failures } = out;
  const fuseOpts = fuseOptsOf(opts);
  try {
    const t0 = performance.now();
    const skipped = await store.db.transaction().execute(async (trx) => {
      await lockForWrite(trx, store.dialect);
      const now = new Date().toISOString();
      const skip = new Set<string>();
      for (const r of ready) if (r.fresh && (await hasAnalysis(trx, r.article.id, PIPELINE_VERSION))) skip.add(r.article.id);
      const mine = ready.filter((r) => !skip.has(r.article.id));
      const ids = new Set(mine.map((r) => r.article.id));
      const staleEvents = await eventsForArticles(trx, [...ids]);
      const stale = staleEvents.map((e) => e.id);
      const others = stale.length ? (await articlesForEvents(trx, stale)).filter((id) => !ids.has(id)) : [];
      const formerKeys = await formerKeysOf(trx, [...ids]);
      await deleteEvents(trx, stale);
      for (const { article: a, doc } of mine) {
        if (!(await insertArticle(trx, a, now))) await updateArticleMeta(trx, a);
        await putAnalysis(trx, a.id, PIPELINE_VERSION, toResult(doc, a), now);
      }
      await fuseInArrivalOrder(trx, mine.map(({ article, doc }) => ({ article, events: doc.events, mentions: doc.mentions, sentences: doc.sentences })), others, now, fuseOpts, { events: staleEvents, formerKeys });
      return skip;
    });
    addTime(opts.timings, 'store and fusion (per article)', t0);
    for (const r of ready) (skipped.has(r.article.id) ? unchanged : analysed).push(r.article.id);
  } catch {
    // one transaction per article instead: each fails or succeeds alone, and a failure changes nothing
    for (const { article: a, fresh, doc } of ready) {
      try {
        const stored = await store.db.transaction().execute(async (trx) => {
          await lockForWrite(trx, store.dialect);
          if (fresh && (await hasAnalysis(trx, a.id, PIPELINE_VERSION))) return false;
          await replaceAnalysis(trx, a, doc, new Date().toISOString(), opts);
          return true;
        });
        (stored ? analysed : unchanged).push(a.id);
      } catch (e) { failures.push(wrapError(e, a.origin, 'SITREP_ERR_STORE', 'storing the analysis failed')); }
    }
  }
}

/**
 * Inside one transaction: stores the article and its analysis, removes the events its previous analysis
 * (if any) took part in, and fuses it and the other articles of those events again in arrival order, so a
 * rebuilt event is what one run would have built.
 */
async function replaceAnalysis(trx: Transaction<Database>, a: Article, doc: DocResult, now: string, opts: AnalyzeOptions, deferLate = false): Promise<void> {
  const staleEvents = await eventsForArticles(trx, [a.id]);
  const stale = staleEvents.map((e) => e.id);
  const others = stale.length ? (await articlesForEvents(trx, stale)).filter((id) => id !== a.id) : [];
  const formerKeys = await formerKeysOf(trx, [a.id]);
  await deleteEvents(trx, stale);
  if (!(await insertArticle(trx, a, now))) await updateArticleMeta(trx, a);
  await putAnalysis(trx, a.id, PIPELINE_VERSION, toResult(doc, a), now);
  // (a late arrival is held only when it replaces nothing: then no stored events were removed above)
  const fuseOpts = { ...fuseOptsOf(opts), deferLate: deferLate && !stale.length };
  await fuseInArrivalOrder(trx, [{ article: a, events: doc.events, mentions: doc.mentions, sentences: doc.sentences }], others, now, fuseOpts, { events: staleEvents, formerKeys });
}

const fuseOptsOf = (opts: AnalyzeOptions) => ({ isolate: opts.isolate ?? false, ...(opts.timings ? { timings: opts.timings } : {}), ...(opts.rebuild ? { stats: opts.rebuild } : {}) });

/** The arrival keys stored articles have before their metadata is updated. */
async function formerKeysOf(trx: Transaction<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  return new Map([...(await arrivalDays(trx, ids))].map(([id, a]) => [id, arrivalKey(a)]));
}
