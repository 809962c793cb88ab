/** `sitrep analyze PATH... [--meta FILE] [--db FILE] [--format text|json] [--reprocess] [--explain] [--max-bytes N]` */
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { readInputs } from '../ingest/index.js';
import { analyzeRecords } from '../engine/analyze.js';
import { openDb, DEFAULT_DB_FILE } from '../store/db.js';
import { textReport } from './text-report.js';
import { progressBar } from './progress.js';
import { EXIT } from './exit-codes.js';
import { filterByConfidence, parseMinConfidence } from '../report/confidence.js';
import { cliResources, kbOptionsFromEnv } from './resources.js';
import type { Resources } from '../resources/index.js';

/** `--min-confidence`, or a usage error naming the bad value. */
export function minConfidenceArg(raw: string | undefined): number | null {
  try { return parseMinConfidence(raw); } catch (e) { throw new SitrepError('SITREP_ERR_USAGE', (e as Error).message); }
}

export const ANALYZE_USAGE = `usage: sitrep analyze PATH... [--meta FILE] [--db FILE|postgres://URL] [--format text|json] [--reprocess] [--explain] [--max-bytes N] [--min-confidence X] [--jobs N]
  PATH       files (.txt .html .json .jsonl .xml/.rss/.atom), directories (read recursively) or http(s) URLs
  --meta     JSONL sidecar {file, source, published, ...}; a meta.jsonl inside an input directory is used when --meta is absent
  --db       store location (default: ./${DEFAULT_DB_FILE}, SQLite)
  --format   text (default) or json (the report contract)
  --reprocess  analyse again even when the store already holds results of this pipeline version
  --max-bytes  per-input size limit (default 5242880)
  --explain  add each analysed article's stage diagnostics to the report (why a trigger is no event: rule ids such as events/reject-aggregate)
  --min-confidence  report only events and statements with confidence at least X (0..1); the store keeps all
  --jobs     run the per-document pipeline on N worker threads (default 1; each worker loads its own KB, ~0.5 GB); the store and the report are the same as with 1`;

export async function analyzeCommand(argv: string[], resources: () => Resources = cliResources): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    meta: { type: 'string' }, db: { type: 'string' }, format: { type: 'string', default: 'text' },
    reprocess: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false }, 'max-bytes': { type: 'string' }, 'min-confidence': { type: 'string' }, jobs: { type: 'string', default: '1' }, help: { type: 'boolean', short: 'h' },
  } });
  if (values.help) { process.stdout.write(ANALYZE_USAGE + '\n'); return EXIT.OK; }
  if (!positionals.length) throw new SitrepError('SITREP_ERR_USAGE', 'analyze needs at least one PATH\n' + ANALYZE_USAGE);
  if (values.format !== 'text' && values.format !== 'json') throw new SitrepError('SITREP_ERR_USAGE', `--format must be text or json, not ${values.format}`);
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new SitrepError('SITREP_ERR_USAGE', '--max-bytes must be a positive number');
  const minConfidence = minConfidenceArg(values['min-confidence']);
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new SitrepError('SITREP_ERR_USAGE', `--jobs must be a whole number from 1 to 64, not ${values.jobs}`);
  const ingest = await readInputs(positionals, { meta: values.meta ?? null, ...(maxBytes ? { maxBytes } : {}) });
  const store = await openDb(values.db ?? DEFAULT_DB_FILE);
  try {
    const progress = progressBar(ingest.records.length, 'analyzing');
    const out = await analyzeRecords(ingest.records, { db: store, resources: resources(), reprocess: values.reprocess, explain: values.explain, jobs, kb: kbOptionsFromEnv(), ...(progress ? { onProgress: progress } : {}) });
    const failures = [...ingest.failures, ...out.failures];
    const report = filterByConfidence(out.report, minConfidence);
    process.stdout.write(values.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : textReport(report));
    for (const s of ingest.skipped) process.stderr.write(`sitrep: skipped ${s}\n`);
    for (const f of failures) process.stderr.write(`sitrep: error: ${f.message} [${f.code}]\n`);
    process.stderr.write(`sitrep: ${ingest.records.length} input article(s): ${out.analysed.length} analysed, ${out.unchanged.length} already stored, ${out.nearDuplicates.length ? `${out.nearDuplicates.length} near-duplicate(s) recorded as sources of those, ` : ''}${failures.length} failed\n`);
    return failures.length ? EXIT.INPUT_FAILED : EXIT.OK;
  } finally {
    await store.db.destroy();
  }
}
