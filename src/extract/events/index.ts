/** STUB — event extraction stage; replaced by the event-extraction work. */
import type { Stage } from '../../nlp/stage.js';
export const eventsStage: Stage = { name: 'extract/events.v0', requires: ['sentences', 'tokens', 'mentions', 'times', 'figures'], assigns: ['events'], run() {} };
