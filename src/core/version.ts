import { readFileSync } from 'node:fs';
/**
 * Pipeline version: stored with every result so that results can be explained and recomputed.
 * Bump it whenever a stage changes what it outputs for the same input.
 */
export const GENERATOR_NAME = 'sitrep';
export const PIPELINE_VERSION = '0.2.0';

/**
 * The package version (package.json), read once when asked: the file sits two or three folders above
 * this module, in the source tree and in dist/.
 */
export function packageVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const p = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (p.name === GENERATOR_NAME && p.version) return p.version;
    } catch { /* not at this level */ }
  }
  return 'unknown';
}
