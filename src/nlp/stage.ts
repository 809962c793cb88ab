/**
 * A pipeline stage is a plain object: what it needs from earlier stages, what it adds, and a function
 * over one Doc. The ordered list lives in src/pipeline/index.ts.
 */
import type { Doc } from '../core/model/doc.js';
import type { KnowledgeBase } from '../kb/index.js';

export type Layer = 'sentences' | 'tokens' | 'mentions' | 'times' | 'figures' | 'quotes' | 'events';

export interface StageContext {
  readonly kb: KnowledgeBase;
}

export interface Stage {
  /** versioned id, `area/name.vN` */
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc, ctx: StageContext): void;
}
