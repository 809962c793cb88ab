/**
 * `sitrep eval --format articles --gold eval/gold/articles.jsonl`: runs every gold article through the
 * same path as `sitrep analyze` (analyzeRecords, each article fused only with itself) and scores the
 * ledger against the real-article gold set (src/eval/datasets/articles.ts; docs/EVAL.md, "Real articles").
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanRecord } from '../clean/index.js';
import type { OffsetSegment } from '../core/model/article.js';
import { calibrationTable, loadArticleGold, scoreArticles, sharedRaw, sourceTable, type EngineArticle } from './datasets/articles.js';
import { metricTable, missesText, worstMisses } from './format.js';
import { indexReport, type Report } from './report.js';
import type { Analyzer, EvalResult } from './index.js';

export async function runArticlesEval(goldArg: string, opts: { limit?: number; misses?: number; analyze?: Analyzer; shared?: string }): Promise<EvalResult> {
  const gold = resolve(goldArg || 'eval/gold/articles.jsonl');
  if (!existsSync(gold)) return { text: `sitrep eval: gold file not found: ${gold}\n`, json: { error: 'gold-missing', gold, format: 'articles' }, exitCode: 2 };
  const raw = sharedRaw(gold, opts.shared);
  if (!existsSync(raw)) {
    return { text: `sitrep eval: the articles are read from the shared folder, not found at ${raw} (the gold file holds offsets only)\n`, json: { error: 'shared-missing', raw, format: 'articles' }, exitCode: 2 };
  }
  const t0 = performance.now();
  const { articles, inputs, missing } = loadArticleGold(gold, opts.limit, raw);
  // the cleaner's offset map of each input, to carry the engine's spans back to the shared text
  const maps = new Map<string, { text: string; map: readonly OffsetSegment[] }>();
  for (const r of inputs) { const c = cleanRecord(r); maps.set(r.externalId!, { text: c.text, map: c.offsetMap }); }
  const tLoad = performance.now();
  const timings = new Map<string, number>();
  const analyze = opts.analyze ?? (await import('./index.js')).engineAnalyzer;
  const { report, failures } = await analyze(inputs, timings);
  const tRun = performance.now();
  const warm = timings.get('warm-up') ?? 0;
  timings.delete('warm-up');
  const index = indexReport(report, inputs.map((x) => x.externalId!));
  const reportId = new Map((report as Report).articles.map((a) => [a.externalId ?? '', a.id]));
  let mapMismatch = 0;
  const engineOf = (key: string): EngineArticle => {
    const m = maps.get(key);
    const text = index.textOf(key);
    // the report's text is the cleaned text; if it is not what the cleaner gives here, spans are taken as they are
    const same = !!m && (text === null || text === m.text);
    if (!same) mapMismatch++;
    return { events: index.eventsOf(key), offsetMap: same ? m!.map : null, reportArticleId: reportId.get(key) ?? null };
  };
  const s = scoreArticles(articles, engineOf, index);
  const misses = worstMisses(s.results, opts.misses ?? 10);
  const seconds = (tRun - tLoad - warm) / 1000;
  const events = articles.reduce((n, a) => n + a.events.length, 0);
  const errorLines = Object.entries(s.errors).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${String(v).padStart(5)}  ${k}`);
  const text = [
    `sitrep eval --format articles  ${gold}`,
    `${articles.length} articles, ${events} gold events, ${failures} not analysable; engine ${seconds.toFixed(1)} s after ${(warm / 1000).toFixed(1)} s warm-up`,
    ...(missing.length ? [`not found in the shared files: ${missing.join(', ')}`] : []),
    ...(mapMismatch ? [`${mapMismatch} articles whose report text differs from the cleaner's: spans compared as they are`] : []),
    ...(opts.limit !== undefined ? [`limited to ${opts.limit} articles (--limit)`] : []),
    '', metricTable(s.metrics),
    '', 'by source:', sourceTable(s.bySource),
    '', 'calibration (asserted engine events by confidence; share = matched a gold event):', calibrationTable(s.calibration),
    '', 'errors by kind:', ...errorLines,
    '', `worst articles (${misses.length}):`, missesText(misses), '',
  ].join('\n');
  const json = {
    format: 'articles', gold, limit: opts.limit ?? null,
    counts: { articles: articles.length, goldEvents: events, failures, missing },
    timing: { loadSeconds: (tLoad - t0) / 1000, warmUpSeconds: warm / 1000, engineSeconds: seconds, stagesMs: Object.fromEntries(timings) },
    metrics: s.metrics, bySource: s.bySource, calibration: s.calibration, errors: s.errors,
    records: s.results.map((r) => ({ id: r.id, events: r.event, outcomes: r.outcomes })),
  };
  return { text, json, exitCode: 0 };
}
