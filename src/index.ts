/**
 * The public API of the `sitrep` package (package.json `main`, `types` and `exports`):
 * - `analyze(paths | records, opts)`: read inputs (files, folders, URLs) or take raw records, run the
 *   engine, return the report with the inputs that failed;
 * - `analyzeRecords(records, { resources, db, ... })`: the engine itself (src/engine/analyze.ts);
 * - `runEval({ format, gold, ... })`: the evaluations of `sitrep eval`;
 * - `openDb(location)`: a store (SQLite file, ':memory:' or postgres:// URL) to pass as `db`;
 * - `loadResources(opts)`: the KB, gazetteer and lexicons, loaded once and passed to every call.
 * The CLI (src/cli) is one user of this API; it alone reads the environment.
 */
import { readInputs, type IngestOptions } from './ingest/index.js';
import { analyzeRecords, type AnalyzeOptions, type AnalyzeOutcome } from './engine/analyze.js';
import { loadResources, type Resources } from './resources/index.js';
import type { RawRecord } from './core/model/article.js';
import type { SitrepError } from './core/errors.js';

export { analyzeRecords, type AnalyzeOptions, type AnalyzeOutcome } from './engine/analyze.js';
export { runEval, EVAL_FORMATS, type EvalOptions, type EvalResult, type EvalFormat } from './eval/index.js';
export { openDb, DEFAULT_DB_FILE, type OpenDb } from './store/db.js';
export { loadResources, createResources, type Resources, type ResourceOptions } from './resources/index.js';
export { readInputs, type IngestOptions, type IngestResult } from './ingest/index.js';
export type { Report } from './report/types.js';
export type { RawRecord, Article } from './core/model/article.js';
export { SitrepError } from './core/errors.js';
export { PIPELINE_VERSION } from './core/version.js';

export interface AnalyzeApiOptions extends Omit<AnalyzeOptions, 'resources'>, Pick<IngestOptions, 'meta' | 'maxBytes'> {
  /** loaded resources (default: the built-in KB and lexicons, loaded for this call; pass them to analyse many batches) */
  readonly resources?: Resources;
}

export interface AnalyzeApiOutcome extends Omit<AnalyzeOutcome, 'failures'> {
  /** inputs that could not be read or analysed, each naming its input */
  readonly failures: SitrepError[];
  /** inputs skipped while reading (unsupported files ...) */
  readonly skipped: string[];
}

/** Analyses files, folders or URLs (strings) or raw records, by default in a fresh in-memory store. */
export async function analyze(inputs: readonly string[] | readonly RawRecord[], opts: AnalyzeApiOptions = {}): Promise<AnalyzeApiOutcome> {
  const { meta, maxBytes, resources, ...engine } = opts;
  const paths = inputs.filter((x): x is string => typeof x === 'string');
  const ingest = paths.length ? await readInputs(paths, { ...(meta !== undefined ? { meta } : {}), ...(maxBytes ? { maxBytes } : {}) }) : null;
  const records = [...(ingest?.records ?? []), ...inputs.filter((x): x is RawRecord => typeof x !== 'string')];
  const out = await analyzeRecords(records, { ...engine, resources: resources ?? loadResources() });
  return { ...out, failures: [...(ingest?.failures ?? []), ...out.failures], skipped: [...(ingest?.skipped ?? [])] };
}
