/**
 * `sitrep eval --format corpus --gold FILE`: reads every article of the folder the gold file names
 * (with its meta.jsonl sidecar) exactly as `sitrep analyze FOLDER` does, analyses them together in a fresh
 * in-memory store (no isolation: fusion across articles is what is measured) and scores the report with
 * src/eval/corpus.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInputs } from '../ingest/index.js';
import { corpusDir, corpusMissesText, loadCorpusGold, scoreCorpus, type CorpusReport } from './corpus.js';
import { metricTable } from './format.js';
import type { EvalResult } from './index.js';

export async function runCorpusEval(goldArg: string): Promise<EvalResult> {
  const gold = resolve(goldArg);
  if (!existsSync(gold)) {
    return { text: `sitrep eval: gold file not found: ${gold}\n(the example corpus's answers are examples/corpus.expected.json)\n`, json: { error: 'gold-missing', gold, format: 'corpus' }, exitCode: 2 };
  }
  const g = loadCorpusGold(gold);
  const dir = corpusDir(gold, g);
  const ingest = await readInputs([dir]);
  const { analyzeRecords } = await import('../engine/analyze.js');
  const { loadResources } = await import('../resources/index.js');
  const resources = loadResources();
  const t0 = performance.now();
  const out = await analyzeRecords(ingest.records, { db: ':memory:', resources });
  const seconds = (performance.now() - t0) / 1000;
  const s = scoreCorpus(out.report as unknown as CorpusReport, g);
  const failures = ingest.failures.length + out.failures.length;
  const text = [
    `sitrep eval --format corpus  ${gold}`,
    `${ingest.records.length} articles from ${dir}, ${failures} not analysable; ${s.eventCount} events in the report; engine ${seconds.toFixed(1)} s`,
    '',
    metricTable(s.metrics),
    '',
    'misses:',
    corpusMissesText(s) || '  none',
    '',
  ].join('\n');
  const json = { format: 'corpus', gold, counts: { articles: ingest.records.length, failures, events: s.eventCount }, metrics: s.metrics, incidents: s.incidents, overMerged: s.overMerged, falseEvents: s.falseEvents, contradictionsMissed: s.contradictionsMissed };
  return { text, json, exitCode: 0 };
}
