/**
 * `sitrep eval`: runs the normal pipeline on independently labelled records (GTD, ACLED, UCDP,
 * WikiEvents, PLOVER, the real-article gold set of eval/gold, and the geoparsing corpora GeoWebNews, LGL, TR-News, GeoVirus) and scores the output field by field. Development data is read from where it lies
 * (../shared/eval/raw by default) and never copied into the repository. Metric definitions and mapping
 * tables: docs/EVAL.md.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawRecord } from '../core/model/article.js';
import { EVAL_FORMATS, type EvalFormat, type LoadedGold } from './gold.js';
import { indexReport, type Report, type ReportIndex } from './report.js';
import type { GoldRecord } from './gold.js';
import { pickEvent, scoreRecords, type Classifiers, type RecordResult } from './score-records.js';
import { scoreWikiEvents } from './score-wikievents.js';
import { loadGtd, gtdClassifiers } from './datasets/gtd.js';
import { loadAcled, acledClassifiers } from './datasets/acled.js';
import { loadUcdp, ucdpClassifiers } from './datasets/ucdp.js';
import { loadPlover, ploverClassifiers } from './datasets/plover.js';
import { loadWikiEvents } from './datasets/wikievents.js';
import { metricTable, missesText, worstMisses } from './format.js';
import type { MetricRow } from './tally.js';

export { EVAL_FORMATS, type EvalFormat } from './gold.js';

export const EVAL_USAGE = `usage: sitrep eval --format gtd|acled|ucdp|wikievents|plover|gritta|corpus|articles|incidents --gold FILE [--json] [--limit N] [--stream]
  Runs the pipeline on labelled records and prints field-by-field accuracy and the worst misses.
  --format corpus analyses a whole folder together and scores it against the expected answers in FILE
           (examples/corpus.expected.json): fusion, look-alikes, mentions, contradictions, non-events.
  --format articles scores full real articles against the hand-made gold set eval/gold/articles.jsonl
           (offsets into ../shared texts; docs/ANNOTATION.md): event precision and recall, fields on
           matched events, and a confidence calibration table.
  --gold   the gold file; the development files are under ../shared/eval/raw:
           gtd        gtd-2021h1/gtd_2021h1_iraq_syria.csv
           acled      acled-acledR/acled_2022h1_sample_middle_east.csv
           ucdp       ucdp-ged-iraq/ucdp_ged_iraq_1989_2018.csv
           wikievents wikievents/dev.jsonl
           plover     plover/PLOVER_GSR_CAMEO.json
           gritta     geoparsing-gritta/GWN.xml (also lgl.xml, GeoVirus.xml, TR-News.xml)
  --format incidents analyses every article of a JSONL file (incidents/gva_dev.jsonl, gvc_dev.jsonl) as one
           stream into one store and compares each article's main event with its gold incident: B-cubed P/R/F1,
           same-incident pairs merged, wrong merges per 100 articles, worst merges and splits with their evidence.
  --stream gtd, acled: all records into one store as one stream; adds kept_apart (no other record's reports
           in the record's event); the field metrics are read from the fused events.
  --limit  at most N articles (default: all; UCDP: 1000)
  --json   everything machine-readable (metrics, every record's outcomes, timings)
  Metric definitions: docs/EVAL.md`;

/** The development gold file of each format, relative to the shared folder's eval/raw. */
export const DEFAULT_GOLD: Record<EvalFormat, string> = {
  gtd: 'gtd-2021h1/gtd_2021h1_iraq_syria.csv',
  acled: 'acled-acledR/acled_2022h1_sample_middle_east.csv',
  ucdp: 'ucdp-ged-iraq/ucdp_ged_iraq_1989_2018.csv',
  wikievents: 'wikievents/dev.jsonl',
  plover: 'plover/PLOVER_GSR_CAMEO.json',
  gritta: 'geoparsing-gritta/GWN.xml',
};

/** UCDP has ~3.7k headlined events in the development half; a default cap keeps a run short. */
const DEFAULT_LIMIT: Partial<Record<EvalFormat, number>> = { ucdp: 1000 };

/** Runs the engine on the inputs and returns its report. Tests pass a fake. */
export type Analyzer = (records: RawRecord[], timings: Map<string, number>) => Promise<{ report: Report; failures: number }>;

const WARM_UP = 'warm-up';

/** The engine on the records: each record fused only with itself, or (`stream`) all into one store as one stream. */
export const analyzerFor = (stream: boolean): Analyzer => async (records, timings) => {
  const { analyzeRecords } = await import('../engine/analyze.js');
  const { loadResources } = await import('../resources/index.js');
  const resources = loadResources();
  // warm-up on one record in its own store: loads the KB and models, so the timing is throughput
  const w0 = performance.now();
  await analyzeRecords(records.slice(0, 1), { db: ':memory:', isolate: true, resources });
  timings.set(WARM_UP, performance.now() - w0);
  const out = await analyzeRecords(records, { db: ':memory:', timings, isolate: !stream, resources });
  return { report: out.report as unknown as Report, failures: out.failures.length };
};

/** Each record fused only with itself (the per-record runs). */
export const engineAnalyzer: Analyzer = analyzerFor(false);

export interface EvalOptions {
  format: EvalFormat | string;
  gold: string;
  limit?: number;
  json?: boolean;
  /** how many worst misses to list (default 10) */
  misses?: number;
  analyze?: Analyzer;
  /** gtd, acled: analyse every record into one store as one stream (publication order) and score kept_apart */
  stream?: boolean;
  /** articles: the shared folder that holds the texts (default: ../shared beside the working directory or the gold's repository) */
  shared?: string;
}

export interface EvalResult { text: string; json: object; exitCode: number }

const CLASSIFIERS: Record<Exclude<EvalFormat, 'wikievents' | 'gritta'>, { load: (p: string, l?: number) => LoadedGold; cls: Classifiers }> = {
  gtd: { load: loadGtd, cls: gtdClassifiers },
  acled: { load: loadAcled, cls: acledClassifiers },
  ucdp: { load: loadUcdp, cls: ucdpClassifiers },
  plover: { load: loadPlover, cls: ploverClassifiers },
};

function missing(format: string, gold: string): EvalResult {
  const hint = (EVAL_FORMATS as readonly string[]).includes(format)
    ? `\nthe development file for ${format} is ../shared/eval/raw/${DEFAULT_GOLD[format as EvalFormat]} (the shared folder beside the repository; it is not part of a clone)`
    : '';
  const text = `sitrep eval: gold file not found: ${gold}${hint}\n`;
  return { text, json: { error: 'gold-missing', gold, format }, exitCode: 2 };
}

/**
 * The entity stage's own geocoding check on the same GTD file (src/eval/geocoding.ts, the entities
 * work): the place each summary names, within 25 km of GTD's point (specificity 1 or 2). It isolates
 * geocoding from event extraction. Left out, with a note on stderr, when that module fails.
 */
async function gtdGeocoding(gold: string): Promise<MetricRow[]> {
  try {
    const { scoreGtdGeocoding } = await import('./geocoding.js');
    const { loadResources } = await import('../resources/index.js');
    const g = scoreGtdGeocoding(gold, loadResources());
    const filled = g.n - g.misses.filter((m) => !m.got).length;
    return [{ name: 'geocode.25km', n: g.n, filled, correct: g.within25, rate: g.n ? g.within25 / g.n : null, precision: filled ? g.within25 / filled : null }];
  } catch (e) {
    process.stderr.write(`sitrep eval: geocoding check skipped: ${(e as Error).message}\n`);
    return [];
  }
}

/**
 * Geoparsing corpora (src/eval/datasets/gritta.ts): toponym recognition and resolution by the
 * tokens and entities stages, per gold toponym with coordinates; no event extraction.
 */
async function runGritta(gold: string, limit: number | undefined): Promise<EvalResult> {
  const { loadGritta, scoreGritta, grittaMisses } = await import('./datasets/gritta.js');
  const { loadResources } = await import('../resources/index.js');
  const t0 = performance.now();
  const g = loadGritta(gold, limit);
  const resources = loadResources();
  const t1 = performance.now();
  const s = scoreGritta(g, resources);
  const seconds = (performance.now() - t1) / 1000;
  const chars = g.docs.reduce((n, d) => n + d.text.length, 0);
  const toponyms = g.docs.reduce((n, d) => n + d.toponyms.length, 0);
  const summary = [
    `sitrep eval --format gritta (${g.corpus})  ${gold}`,
    `${g.docs.length} articles (${(chars / 1e6).toFixed(2)} MB), ${toponyms} gold toponyms, ${s.outcomes.length} with coordinates; ` +
      `tokens + entities ${seconds.toFixed(1)} s (${(g.docs.length / Math.max(seconds, 1e-9)).toFixed(1)} articles/s) after ${((t1 - t0) / 1000).toFixed(1)} s loading`,
    ...(g.skipped.length ? [`skipped: ${g.skipped.map((x) => `${x.count} ${x.reason}`).join(', ')}`] : []),
    ...(limit !== undefined ? [`limited to ${limit} articles (--limit)`] : []),
  ];
  const auc = s.metrics.find((m) => m.name === 'resolve.161km')?.extra?.auc;
  const text = [...summary, '', metricTable(s.metrics), `AUC of the log error over recognised toponyms: ${auc ?? '—'} (0 best, 1 worst)`, '', grittaMisses(s), ''].join('\n');
  const json = {
    format: 'gritta', corpus: g.corpus, gold, limit: limit ?? null,
    counts: { articles: g.docs.length, toponyms, withCoordinates: s.outcomes.length, skipped: g.skipped },
    timing: { loadSeconds: (t1 - t0) / 1000, engineSeconds: seconds },
    metrics: s.metrics,
    records: s.outcomes,
    spurious: s.spurious,
  };
  return { text, json, exitCode: 0 };
}

/**
 * `kept_apart` (--stream): of the records whose article has an event of an acceptable type, the share
 * whose compared event holds reports of no other record's article. GTD and ACLED rows are distinct
 * incidents, so an event with two records' reports is a wrong merge.
 */
function keptApart(records: readonly GoldRecord[], index: ReportIndex): MetricRow {
  let n = 0, correct = 0;
  for (const g of records) {
    const e = pickEvent(index.eventsOf(g.article), g.types);
    if (!e) continue;
    n++;
    // records with the same text share one article, so one article is one record's text
    if (new Set(e.reports.map((r) => r.article)).size <= 1) correct++;
  }
  return { name: 'kept_apart', n, filled: n, correct, rate: n ? correct / n : null, precision: n ? correct / n : null };
}

export async function runEval(opts: EvalOptions): Promise<EvalResult> {
  if (opts.format === 'incidents') {
    const { runIncidentsEval } = await import('./incidents.js');
    return runIncidentsEval(opts.gold, opts.limit);
  }
  if (opts.format === 'corpus') {
    const { runCorpusEval } = await import('./corpus-run.js');
    return runCorpusEval(opts.gold);
  }
  if (opts.format === 'articles') {
    const { runArticlesEval } = await import('./articles-run.js');
    return runArticlesEval(opts.gold, { ...(opts.limit !== undefined ? { limit: opts.limit } : {}), ...(opts.misses !== undefined ? { misses: opts.misses } : {}), ...(opts.analyze ? { analyze: opts.analyze } : {}), ...(opts.shared ? { shared: opts.shared } : {}) });
  }
  const format = opts.format as EvalFormat;
  if (!EVAL_FORMATS.includes(format)) {
    return { text: `sitrep eval: unknown format "${opts.format}"\n${EVAL_USAGE}\n`, json: { error: 'bad-format', format: opts.format }, exitCode: 2 };
  }
  const gold = resolve(opts.gold || join('..', 'shared', 'eval', 'raw', DEFAULT_GOLD[format]));
  if (!existsSync(gold)) return missing(format, gold);
  const limit = opts.limit ?? DEFAULT_LIMIT[format];
  if (format === 'gritta') return runGritta(gold, limit);
  const stream = !!opts.stream && (format === 'gtd' || format === 'acled');
  const analyze = opts.analyze ?? analyzerFor(stream);

  const t0 = performance.now();
  let inputs: RawRecord[];
  let score: (r: Report) => { metrics: MetricRow[]; results: RecordResult[] };
  let recordCount: number;
  let skipped: { reason: string; count: number }[] = [];
  if (format === 'wikievents') {
    const w = loadWikiEvents(gold, limit);
    inputs = w.inputs;
    recordCount = w.docs.length;
    score = (r) => scoreWikiEvents(w.docs, indexReport(r, inputs.map((x) => x.externalId!)));
  } else {
    const d = CLASSIFIERS[format];
    const g = d.load(gold, limit);
    inputs = g.inputs;
    recordCount = g.records.length;
    skipped = g.skipped;
    score = (r) => {
      const index = indexReport(r, inputs.map((x) => x.externalId!));
      const out = scoreRecords(g.records, index, d.cls);
      if (stream) out.metrics.unshift(keptApart(g.records, index));
      return out;
    };
    // a stream arrives in publication order
    if (stream) inputs = inputs.map((x, i) => ({ x, i })).sort((a, b) => (a.x.published ?? '').localeCompare(b.x.published ?? '') || a.i - b.i).map((p) => p.x);
  }
  const tLoad = performance.now();
  const timings = new Map<string, number>();
  const { report, failures } = await analyze(inputs, timings);
  const tRun = performance.now();
  const warmMs = timings.get(WARM_UP) ?? 0;
  timings.delete(WARM_UP);
  const { metrics, results } = score(report);
  if (format === 'gtd') metrics.push(...(await gtdGeocoding(gold)));
  const misses = worstMisses(results, opts.misses ?? 10);
  const seconds = (tRun - tLoad - warmMs) / 1000;
  const chars = inputs.reduce((s, r) => s + r.body.length, 0);

  const summary = [
    `sitrep eval --format ${format}${stream ? ' --stream' : ''}  ${gold}`,
    `${recordCount} gold records, ${inputs.length} articles (${(chars / 1e6).toFixed(2)} MB), ${failures} not analysable; ` +
      `engine ${seconds.toFixed(1)} s after ${(warmMs / 1000).toFixed(1)} s warm-up (${(inputs.length / Math.max(seconds, 1e-9)).toFixed(1)} articles/s), scoring ${((performance.now() - tRun) / 1000).toFixed(2)} s`,
    ...(skipped.length ? [`skipped rows: ${skipped.map((s) => `${s.count} ${s.reason}`).join(', ')}`] : []),
    ...(limit !== undefined ? [`limited to ${limit} articles (--limit)`] : []),
  ];
  const text = [...summary, '', metricTable(metrics), '', `worst misses (${misses.length}):`, missesText(misses), ''].join('\n');
  const json = {
    format, gold, limit: limit ?? null,
    counts: { records: recordCount, articles: inputs.length, failures, skipped },
    timing: { loadSeconds: (tLoad - t0) / 1000, warmUpSeconds: warmMs / 1000, engineSeconds: seconds, articlesPerSecond: inputs.length / Math.max(seconds, 1e-9), stagesMs: Object.fromEntries(timings) },
    metrics,
    misses,
    records: results,
  };
  return { text, json, exitCode: 0 };
}
