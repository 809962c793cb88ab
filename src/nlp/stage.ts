/**
 * A pipeline stage is a plain object: what it needs from earlier stages, what it adds, and a function
 * over one Doc. The ordered list lives in src/pipeline/index.ts.
 */
import type { Doc } from '../core/model/doc.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Resources } from '../resources/index.js';

export type Layer = 'sentences' | 'tokens' | 'mentions' | 'times' | 'figures' | 'quotes' | 'events';

/** Where stages leave rule-id diagnostics (rejected triggers, dropped candidates ...). */
export type DiagnosticSink = (d: Diagnostic) => void;

/**
 * What a stage may read besides its doc: the resources loaded once by the engine (KB, gazetteer, event
 * lexicon, memo tables: `ctx.resources.kb`, `ctx.resources.lexicon`, `ctx.resources.memo(key, build)`)
 * and a diagnostics sink. The reference date is the doc's (`doc.reference`).
 */
export interface StageContext {
  readonly resources: Resources;
  readonly diagnose: DiagnosticSink;
}

/** Discards diagnostics (the engine's default until `--explain`). */
export const ignoreDiagnostics: DiagnosticSink = () => {};

/** A stage context over loaded resources. */
export const stageContext = (resources: Resources, diagnose: DiagnosticSink = ignoreDiagnostics): StageContext =>
  Object.freeze({ resources, diagnose });

export interface Stage {
  /** versioned id, `area/name.vN` */
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc, ctx: StageContext): void;
}
