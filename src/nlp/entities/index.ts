/** STUB — entity recognition stage; replaced by the language-layer work. */
import type { Stage } from '../stage.js';
export const entitiesStage: Stage = { name: 'nlp/entities.v0', requires: ['sentences', 'tokens'], assigns: ['mentions'], run() {} };
