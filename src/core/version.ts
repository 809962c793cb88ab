/**
 * Pipeline version: stored with every result so that results can be explained and recomputed.
 * Bump it whenever a stage changes what it outputs for the same input.
 */
export const GENERATOR_NAME = 'sitrep';
export const PIPELINE_VERSION = '0.2.0';
