/**
 * Fuses articles' extracted events into the canonical events of the store: loads the candidate events by
 * blocking (type family, date window, country), lets src/fuse merge or create, and writes back what changed.
 * Runs inside the caller's transaction.
 *
 * Fusion is incremental, and merging does not commute: which report founds an event (its id), the order of its
 * members, evidence and merge reasons, and which events a third report can join all follow the order reports
 * are fused in. The ledger is defined as the articles fused in arrival order (publication day, then id:
 * arrival.ts), and an article that arrives after later-published ones takes its place in that order: the
 * stored events its reports meet (their exact blocks, as fusion compares them; blocking is symmetric: block.ts,
 * datesMeet) that hold a later-published report are removed, and their articles are fused again after it, each
 * by the same rule (a caller may instead hold such an article and fuse what it held in one call: `deferLate`,
 * analyze.ts, which fuses held articles in groups, so that each article sent back is fused again about once per group) — so a report that bridged
 * two events (A and C joined through B) is re-examined in its place too, and B's join is made again, with its
 * reason, when B comes after the others. In a stream that arrives in publication order nothing is rebuilt.
 */
import type { Transaction } from 'kysely';
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { ExtractedEvent, FusedEvent } from '../core/model/event.js';
import type { Range } from '../core/span.js';
import type { Doc } from '../core/model/doc.js';
import type { Database } from '../store/schema.js';
import { candidateEvents, dayNumber, deleteEvents, putEvent, type BlockWindow } from '../store/repos/events.js';
import { analysedOf, arrivalDays, getAnalyses, getArticles } from '../store/repos/articles.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { fuseArticleEvents, blockOf, blockWindowsFor, familyKey, MemoryEventIndex, MAX_REACH_DAYS } from '../fuse/index.js';
import type { EntityType } from '../core/model/entity.js';
import type { BlockQuery } from '../fuse/block.js';
import { arrivalKey } from './arrival.js';

const COARSE = new Set(['country', 'region', 'admin1']);
/** Places precise enough to bound the candidates by a box around their point. */
const FINE = new Set(['site', 'town']);
/**
 * Times one article may be put back behind an earlier-published one its rebuild uncovered, within one call: the
 * rebuild of a rebuild is bounded (each round removes events; this caps pathological chains). A run's late arrivals
 * are fused in one call, where chains are longer: 60 varied Guardian copies arriving before 60 stored ones reached 3
 * twice (two events marked order-dependent), 10 never (the one-run ledger byte for byte); a deferral costs one read.
 */
const MAX_DEFERRALS = 10;
/**
 * Stored articles one call may send back to be fused again. An article published long before a dense
 * neighbourhood of the store rebuilds that neighbourhood (each rebuilt report re-examines its own block); past
 * this many, the remaining events are left as they are (then, and only then, the ledger depends on the order).
 * A call fuses one arrival, or a group of at most HELD_GROUP held ones (analyze.ts), so the cap is per group and a
 * run's rebuild grows with its groups rather than binding once for the whole run.
 */
const MAX_REFUSED = 2000;
/** The rule recorded on an event whose article was fused out of arrival order because a bound above was reached. */
const ORDER_RULE = 'fuse/order-dependent';

export interface FuseInput {
  readonly article: Article;
  readonly events: readonly ExtractedEvent[];
  readonly mentions: readonly Mention[];
  readonly sentences: readonly Range[];
}

/** What the arrival-order rebuild did in a call (counts add up over calls given the same object). */
export interface RebuildStats {
  /** stored articles fused again behind an earlier-published arrival */
  refused: number;
  /** new articles held to the end of their batch because they arrived after later-published stored reports of their block */
  deferred: number;
  /** arrivals fused although a rebuild they called for was cut short by MAX_REFUSED or MAX_DEFERRALS (recorded on their events) */
  capped: number;
}

interface FuseOpts {
  isolate?: boolean;
  timings?: Map<string, number>;
  stats?: RebuildStats;
  /**
   * For a call fusing one new article: when it arrives after later-published stored reports of its block, throw
   * ArrivesLate (nothing written; the caller rolls its transaction back) instead of rebuilding them, so that the
   * caller can fuse all its late arrivals in one call, where each rebuilt article is fused again once.
   */
  deferLate?: boolean;
}

/** Thrown under `deferLate`: the article arrives after later-published stored reports of its block. */
export class ArrivesLate extends Error {
  constructor(readonly article: string) { super(`${article} arrives after later-published reports of its block`); this.name = 'ArrivesLate'; }
}

const addTiming = (t: Map<string, number> | undefined, name: string, ms: number): void => { if (t) t.set(name, (t.get(name) ?? 0) + ms); };

/** The stored candidates of an article's events (none when isolated). */
async function candidatesOf(trx: Transaction<Database>, x: FuseInput, opts: FuseOpts): Promise<FusedEvent[]> {
  if (opts.isolate || !x.events.length) return [];
  // the window the report looks in, and its own span widened by the most any stored event reaches (block.ts,
  // datesMeet): the rows of both, filtered exactly by fusion's index
  const windows = blockWindowsFor(x.article, x.events, undefined, x.mentions, x.sentences).map((q) => storeWindow(q, [q.dateStart, q.dateEnd], [q.spanStart, q.spanEnd]));
  return candidateEvents(trx, windows);
}

/**
 * Of the rows the store read for an input, the events its own fusion compares its reports with: fuse.ts files the
 * candidates in a MemoryEventIndex and queries it with each report's exact block (family, dates against window and
 * span both ways, place cell, actors, names); the store's rows are a superset (storeWindow widens by MAX_REACH_DAYS).
 */
function exactCandidates(x: FuseInput, candidates: readonly FusedEvent[]): FusedEvent[] {
  if (!candidates.length) return [];
  const index = new MemoryEventIndex(candidates);
  // (the entity types as fuse.ts reads them from the mentions: the first mention of a key)
  const types = new Map<string, EntityType>();
  for (const m of x.mentions) if (!types.has(m.key)) types.set(m.key, m.type);
  const met = new Set<string>();
  for (const q of blockWindowsFor(x.article, x.events, (k) => types.get(k), x.mentions, x.sentences)) for (const c of index.candidates(q)) met.add(c.id);
  return candidates.filter((c) => met.has(c.id));
}

/** Events a re-analysis removed, and the arrival keys its articles had before it (their metadata may have changed). */
export interface Removed {
  readonly events: readonly FusedEvent[];
  readonly formerKeys: ReadonlyMap<string, string>;
}

/** The first arrival key among an event's reports (an article's former key when it has one). */
function firstKey(e: FusedEvent, keys: ReadonlyMap<string, string>, former: ReadonlyMap<string, string>): string {
  return e.members.map((m) => former.get(m.article) ?? keys.get(m.article) ?? '').sort()[0] ?? '';
}

/**
 * The store rows a block reaches: its window, and its own span widened by the most any other side reaches
 * (MAX_REACH_DAYS; block.ts sets window and span together, so an undated window means an undated block); the
 * place as fine as it was read.
 */
function storeWindow(b: BlockQuery, [ds, de]: readonly [string | null | undefined, string | null | undefined], [os, oe]: readonly [string | null | undefined, string | null | undefined]): BlockWindow {
  const s1 = dayNumber(ds), e1 = dayNumber(de), s2 = dayNumber(os), e2 = dayNumber(oe);
  return {
    family: b.family,
    dayStart: s1 === null ? null : Math.min(s1, (s2 ?? s1) - MAX_REACH_DAYS), dayEnd: e1 === null ? null : Math.max(e1, (e2 ?? e1) + MAX_REACH_DAYS),
    country: b.country && !COARSE.has(b.precision ?? '') ? b.country : null,
    ...(b.lat != null && b.lon != null && FINE.has(b.precision ?? '') ? { lat: b.lat, lon: b.lon } : {}),
    ...(b.names?.length ? { names: b.names } : {}),
  };
}

/** The store rows a stored event's block reaches (a superset, as for a report: candidatesOf). */
function blockWindowOf(e: FusedEvent): BlockWindow {
  const b = blockOf(e);
  // (blockOf gives an event's own span as dateStart..dateEnd and its window as spanStart..spanEnd)
  return storeWindow(b, [b.spanStart, b.spanEnd], [b.dateStart, b.dateEnd]);
}

/** Whether a stored event falls in a block window (the family and days; the place was bounded by the query). */
function windowsMeet(w: BlockWindow, c: FusedEvent): boolean {
  if (familyKey(c) !== w.family) return false;
  const s = dayNumber(c.date?.start), e = dayNumber(c.date?.end);
  if (w.dayStart === null || w.dayEnd === null || s === null || e === null) return true;
  return s - 7 <= w.dayEnd && w.dayStart <= e;
}

/** Fuses one article into the given candidates and writes what changed. */
async function fuseAndWrite(trx: Transaction<Database>, x: FuseInput, candidates: readonly FusedEvent[], now: string, opts: FuseOpts, orderNote: string | null = null): Promise<void> {
  const t1 = performance.now();
  const fused = fuseArticleEvents(x.article, x.events, x.mentions, candidates, { sentences: x.sentences });
  const { removed } = fused;
  // where a bound cut the rebuild short, the events this article made or changed say so (they, and the events left
  // in place, may differ from a run in arrival order)
  const upserted = orderNote === null ? fused.upserted
    : fused.upserted.map((e) => (e.members.some((m) => m.article === x.article.id) ? { ...e, mergedBecause: [...e.mergedBecause, `${x.article.source ?? x.article.id} ${orderNote}`], rules: [...new Set([...e.rules, ORDER_RULE])] } : e));
  const t2 = performance.now();
  await deleteEvents(trx, removed);
  // a merged event was a candidate read in this transaction: only its new article links are written
  const before = new Map(candidates.map((c) => [c.id, c]));
  for (const e of upserted) await putEvent(trx, e, familyKey(e), PIPELINE_VERSION, now, before.get(e.id));
  addTiming(opts.timings, '  of which: fuse', t2 - t1);
  addTiming(opts.timings, '  of which: write events', performance.now() - t2);
}

/** A stored article's analysis as fusion takes it (null when it has none for this pipeline version). */
async function storedInput(trx: Transaction<Database>, id: string): Promise<FuseInput | null> {
  const [article] = await getArticles(trx, [id]);
  const [analysis] = await getAnalyses(trx, [id], PIPELINE_VERSION);
  if (!article || !analysis) return null;
  const r = analysis.result;
  return { article, events: r.events as Doc['events'], mentions: r.mentions as Doc['mentions'], sentences: r.sentences };
}

/**
 * Fuses `inputs` (articles stored with their analysis in this transaction) and `stored` (ids of stored articles
 * whose events were removed, fused again from their stored analysis) in arrival order, taking each one's place
 * in that order against what the store already holds (see the module comment).
 */
export async function fuseInArrivalOrder(trx: Transaction<Database>, inputs: readonly FuseInput[], stored: readonly string[], now: string, opts: FuseOpts = {}, removed: Removed = { events: [], formerKeys: new Map() }): Promise<void> {
  const keys = new Map<string, string>();
  const keyOf = async (ids: readonly string[]): Promise<void> => {
    const missing = ids.filter((id) => !keys.has(id));
    if (missing.length) for (const [id, a] of await arrivalDays(trx, missing)) keys.set(id, arrivalKey(a));
  };
  // only events whose every report can be fused again from a stored analysis of this pipeline version are rebuilt
  // (an article analysed by an older version only keeps its reports where they are until it is analysed again)
  const analysed = new Set<string>(inputs.map((x) => x.article.id));
  const rebuildable = async (events: readonly FusedEvent[]): Promise<FusedEvent[]> => {
    const ids = [...new Set(events.flatMap((c) => c.members.map((m) => m.article)))].filter((a) => !analysed.has(a));
    if (ids.length) for (const a of await analysedOf(trx, ids, PIPELINE_VERSION)) analysed.add(a);
    return events.filter((c) => c.members.every((m) => analysed.has(m.article)));
  };
  const queue = new Map<string, FuseInput | null>();
  for (const x of inputs) { queue.set(x.article.id, x); keys.set(x.article.id, arrivalKey(x.article)); }
  await keyOf(stored);
  for (const id of stored) if (!queue.has(id) && keys.has(id)) queue.set(id, null);
  let refused = 0;
  // removed events (a re-analysis's old ones) were there when the reports of their block published after them were
  // fused: a merge, a look-alike or a "kept apart from" reason of those may rest on them, so those events are rebuilt
  // (from the first report of the removed one, as it was stored then)
  if (!opts.isolate && removed.events.length) {
    const around = await candidateEvents(trx, removed.events.map(blockWindowOf));
    await keyOf([...new Set([...removed.events, ...around].flatMap((c) => c.members.map((m) => m.article)))]);
    const gone = new Set(removed.events.map((e) => e.id));
    const rebuild: FusedEvent[] = [];
    for (const c of around) {
      if (gone.has(c.id)) continue;
      const since = removed.events.filter((r) => windowsMeet(blockWindowOf(r), c)).map((r) => firstKey(r, keys, removed.formerKeys)).sort()[0];
      if (since !== undefined && c.members.some((m) => (keys.get(m.article) ?? '') > since)) rebuild.push(c);
    }
    rebuild.splice(0, rebuild.length, ...(await rebuildable(rebuild)));
    await deleteEvents(trx, rebuild.map((c) => c.id));
    for (const a of new Set(rebuild.flatMap((c) => c.members.map((m) => m.article)))) if (!queue.has(a) && keys.has(a)) { queue.set(a, null); refused++; if (opts.stats) opts.stats.refused++; }
  }
  const deferred = new Map<string, number>();
  const news = new Set(inputs.map((x) => x.article.id));
  while (queue.size) {
    let id = '';
    for (const k of queue.keys()) if (!id || keys.get(k)! < keys.get(id)!) id = k;
    const x = queue.get(id) ?? (await storedInput(trx, id));
    if (!x) { queue.delete(id); continue; }
    queue.set(id, x);
    const t0 = performance.now();
    let candidates = await candidatesOf(trx, x, opts);
    addTiming(opts.timings, '  of which: load candidates', performance.now() - t0);
    // stored events its reports meet (their exact blocks, as fusion compares them) that hold a report published after
    // it: in arrival order they were built after it (or, when they hold earlier reports too, changed after it), and
    // their reports may have merged into its event, or been kept apart from it, so they are rebuilt behind it (events
    // it is already a member of are its own). An event of the store's wider read that none of its reports meets was
    // not compared with it in either order, and stays.
    const key = keys.get(id)!;
    const others = exactCandidates(x, candidates).filter((c) => !c.members.some((m) => m.article === id));
    await keyOf([...new Set(others.flatMap((c) => c.members.map((m) => m.article)))]);
    const after = others.filter((c) => c.members.some((m) => (keys.get(m.article) ?? '') > key));
    const late = after.length ? await rebuildable(after) : [];
    if (late.length && opts.deferLate && news.has(id)) throw new ArrivesLate(id);
    let orderNote: string | null = null;
    const rebuild = refused < MAX_REFUSED ? late : [];
    if (late.length && !rebuild.length) orderNote = `fused after later-published reports of its block without rebuilding ${late.map((c) => c.id).join(', ')} (${MAX_REFUSED} articles fused again in this run): the result may depend on the order articles arrived in`;
    if (rebuild.length) {
      await deleteEvents(trx, rebuild.map((c) => c.id));
      const gone = new Set(rebuild.map((c) => c.id));
      candidates = candidates.filter((c) => !gone.has(c.id));
      let earlier = false;
      for (const a of new Set(rebuild.flatMap((c) => c.members.map((m) => m.article)))) {
        if (a === id || queue.has(a) || !keys.has(a)) continue;
        queue.set(a, null);
        refused++;
        if (opts.stats) opts.stats.refused++;
        if (keys.get(a)! < key) earlier = true;
      }
      // an earlier-published report of a removed event goes first; this one is fused after it
      if (earlier) {
        if ((deferred.get(id) ?? 0) < MAX_DEFERRALS) { deferred.set(id, (deferred.get(id) ?? 0) + 1); continue; }
        orderNote = `fused before earlier-published reports of its block after ${MAX_DEFERRALS} deferrals: the result may depend on the order articles arrived in`;
      }
    }
    if (orderNote !== null && opts.stats) opts.stats.capped++;
    await fuseAndWrite(trx, x, candidates, now, opts, orderNote);
    queue.delete(id);
  }
}

/** Fuses one article (stored with its analysis in this transaction) into the store, in its place in arrival order. */
export async function fuseIntoStore(trx: Transaction<Database>, article: Article, events: readonly ExtractedEvent[], mentions: readonly Mention[], sentences: readonly Range[], now: string, opts: FuseOpts = {}): Promise<void> {
  if (!events.length) return;
  await fuseInArrivalOrder(trx, [{ article, events, mentions, sentences }], [], now, opts);
}
