/** STUB — date stage; replaced by the language-layer work. */
import type { Stage } from '../stage.js';
export const datesStage: Stage = { name: 'nlp/dates.v0', requires: ['sentences'], assigns: ['times'], run() {} };
