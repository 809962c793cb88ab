/**
 * The pipeline module, above nlp and extract: the ordered list of per-document stages (nlp stages, then
 * the event stage of extract). Lives here so that nlp never imports extract. The builder checks that each stage's `requires` are assigned
 * by an earlier stage, so a reordering mistake fails at start-up, not as empty output.
 */
import type { Doc } from '../core/model/doc.js';
import { SitrepError } from '../core/errors.js';
import type { Layer, Stage, StageContext } from '../nlp/stage.js';
import { tokensStage } from '../nlp/tokens/index.js';
import { entitiesStage } from '../nlp/entities/index.js';
import { datesStage } from '../nlp/dates/index.js';
import { figuresStage } from '../nlp/figures/index.js';
import { quotesStage } from '../nlp/quotes/index.js';
import { eventsStage } from '../extract/events/index.js';

export const DEFAULT_STAGES: readonly Stage[] = [tokensStage, entitiesStage, datesStage, figuresStage, quotesStage, eventsStage];

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc, ctx: StageContext, timings?: Map<string, number>): Doc;
}

export function buildPipeline(stages: readonly Stage[] = DEFAULT_STAGES, disable: readonly string[] = []): Pipeline {
  const active = stages.filter((s) => !disable.some((d) => s.name === d || s.name.startsWith(d + '.')));
  const assigned = new Set<Layer>();
  for (const s of active) {
    const missing = s.requires.filter((r) => !assigned.has(r));
    if (missing.length) throw new SitrepError('SITREP_ERR_CONFIG', `stage ${s.name} requires ${missing.join(', ')}, which no earlier stage assigns`);
    s.assigns.forEach((a) => assigned.add(a));
  }
  return Object.freeze({
    stages: active,
    run(doc: Doc, ctx: StageContext, timings?: Map<string, number>): Doc {
      for (const s of active) {
        const t0 = performance.now();
        s.run(doc, ctx);
        if (timings) timings.set(s.name, (timings.get(s.name) ?? 0) + performance.now() - t0);
      }
      return doc;
    },
  });
}
