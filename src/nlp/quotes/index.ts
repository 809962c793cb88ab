/** STUB — quotes stage; replaced by the language-layer work. */
import type { Stage } from '../stage.js';
export const quotesStage: Stage = { name: 'nlp/quotes.v0', requires: ['sentences', 'mentions'], assigns: ['quotes'], run() {} };
