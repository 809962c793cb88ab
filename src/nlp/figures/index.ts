/** STUB — figures stage; replaced by the language-layer work. */
import type { Stage } from '../stage.js';
export const figuresStage: Stage = { name: 'nlp/figures.v0', requires: ['sentences', 'tokens'], assigns: ['figures'], run() {} };
