/** A pipeline worker of engine/pool.ts: loads the resources once, then analyses the articles it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createDoc } from '../core/model/doc.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { buildPipeline } from '../pipeline/index.js';
import { stageContext } from '../nlp/stage.js';
import { loadResources } from '../resources/index.js';
import type { KbOptions } from '../kb/index.js';
import type { PoolAnswer, PoolRequest } from './pool.js';

const resources = loadResources({ kb: (workerData as { kb: KbOptions }).kb });
const pipeline = buildPipeline();
const ctx = stageContext(resources);

parentPort!.on('message', (m: PoolRequest) => {
  const diagnostics: Diagnostic[] = [];
  const timings = m.timings ? new Map<string, number>() : undefined;
  let answer: PoolAnswer;
  const had = m.article.diagnostics.length;
  try {
    const d = pipeline.run(createDoc(m.article), m.explain ? stageContext(resources, (x) => diagnostics.push(x)) : ctx, timings);
    answer = { doc: { reference: d.reference, sentences: d.sentences, mentions: d.mentions, times: d.times, figures: d.figures, quotes: d.quotes, events: d.events }, articleDiagnostics: m.article.diagnostics.slice(had), error: null, diagnostics, timings: [...(timings ?? [])] };
  } catch (e) {
    const err = e as Error & { code?: string };
    answer = { doc: null, articleDiagnostics: [], error: { name: err.name ?? 'Error', message: err.message ?? String(e), ...(typeof err.code === 'string' ? { code: err.code } : {}) }, diagnostics, timings: [] };
  }
  parentPort!.postMessage({ id: m.id, ...answer });
});
