/**
 * Throughput of the whole pipeline: articles/s and MB/s, time per stage and peak memory, on the
 * Guardian sample (repeated to size) and on generated input; then end to end through analyzeRecords
 * (cleaning, NLP stages, store, fusion, report) with an in-memory store. Prints figures; not a test.
 *
 *   npm run bench                     (compiles, then runs dist/bench/pipeline.bench.js)
 *   npx tsx bench/pipeline.bench.ts [--mb 2] [--e2e 249] [--only e2e] [--json]
 */
import { loadResources } from '../src/resources/index.js';
import { stageContext } from '../src/nlp/stage.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawRecord } from '../src/core/model/article.js';
import { createDoc } from '../src/core/model/doc.js';
import { cleanRecord } from '../src/clean/index.js';
import { prepareArticle } from '../src/engine/prepare.js';
import { analyzeRecords } from '../src/engine/analyze.js';
import { buildPipeline } from '../src/pipeline/index.js';
import { generateRecords } from './generate.js';
import { guardianRecords, repeatToSize, GUARDIAN_REL } from './guardian.js';
import { stageTable, type RunFigures } from './report.js';

function sharedDir(): string {
  if (process.env.SITREP_SHARED) return process.env.SITREP_SHARED;
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(d, 'package.json')); i++) d = dirname(d);
  return join(d, '..', 'shared');
}

const bytesOf = (rs: readonly RawRecord[]): number => rs.reduce((s, r) => s + Buffer.byteLength(r.body, 'utf8'), 0);

/** Cleaning and every stage on each record, timed per stage; no store. */
function runPipeline(name: string, records: readonly RawRecord[]): RunFigures {
  const pipeline = buildPipeline();
  const ctx = stageContext(loadResources());
  // warm-up: load models and compile dictionaries before timing
  for (const r of records.slice(0, 5)) pipeline.run(createDoc(prepareArticle(cleanRecord(r))), ctx);
  const timings = new Map<string, number>();
  let heapPeak = 0;
  const t0 = performance.now();
  records.forEach((r, i) => {
    const c0 = performance.now();
    const a = prepareArticle(cleanRecord(r));
    timings.set('clean', (timings.get('clean') ?? 0) + performance.now() - c0);
    pipeline.run(createDoc(a), ctx, timings);
    if (i % 25 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  });
  const ms = performance.now() - t0;
  return { name, articles: records.length, bytes: bytesOf(records), ms, stages: timings, heapPeakMb: heapPeak / 2 ** 20 };
}

/** The same path as `sitrep analyze`: store, fusion and report included. */
async function runEndToEnd(name: string, records: RawRecord[]): Promise<RunFigures> {
  await analyzeRecords(records.slice(0, 3), { db: ':memory:' }); // warm-up
  const timings = new Map<string, number>();
  const t0 = performance.now();
  const out = await analyzeRecords(records, { db: ':memory:', timings });
  const ms = performance.now() - t0;
  // keys indented with spaces break a stage down ("  of which: ..."), so they are not added again
  const stageMs = [...timings].filter(([k]) => !k.startsWith(' ')).reduce((s, [, x]) => s + x, 0);
  timings.set('clean and the rest', ms - stageMs);
  return { name, articles: records.length, bytes: bytesOf(records), ms, stages: timings, heapPeakMb: process.memoryUsage().heapUsed / 2 ** 20, failures: out.failures.length, events: out.report.events.length };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '2' }, e2e: { type: 'string', default: '249' }, json: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const only = values.only ?? null;
  const target = Number(values.mb) * 1e6;
  const shared = sharedDir();
  const guardian = guardianRecords(shared);
  const runs: RunFigures[] = [];
  const notes: string[] = [];
  if (only && only !== 'stages' && only !== 'e2e') throw new Error(`--only takes 'stages' or 'e2e', not '${only}'`);
  if (guardian) { if (only !== 'e2e') runs.push(runPipeline(`Guardian sample ×${(target / bytesOf(guardian)).toFixed(1)}`, repeatToSize(guardian, target))); }
  else notes.push(`Guardian sample not found at ${join(shared, GUARDIAN_REL)}: skipped (set SITREP_SHARED to the shared folder)`);
  const generated = generateRecords(4000);
  if (only !== 'e2e') runs.push(runPipeline('generated', repeatToSize(generated, target)));
  const e2eRecords = repeatToSize(guardian ?? generated, Infinity, Number(values.e2e));
  if (only !== 'stages') runs.push(await runEndToEnd(`end to end (analyzeRecords, :memory:) on ${guardian ? 'Guardian' : 'generated'}`, e2eRecords));
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  if (values.json) {
    process.stdout.write(JSON.stringify({ node: process.version, runs: runs.map((r) => ({ ...r, stages: Object.fromEntries(r.stages) })), maxRssMb, notes }, null, 2) + '\n');
    return;
  }
  process.stdout.write(`sitrep pipeline benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
  for (const r of runs) process.stdout.write('\n' + stageTable(r) + '\n');
  process.stdout.write(`\npeak resident memory (whole process): ${maxRssMb.toFixed(0)} MB\n`);
}

await main();
