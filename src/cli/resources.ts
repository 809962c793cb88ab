/**
 * The resources of a CLI run, loaded once per command: the environment is read here and nowhere below
 * the CLI. `SITREP_KB_DIR` replaces the built-in KB folder, `SITREP_KB_FILES` (paths separated by the
 * platform path delimiter) adds KB files, `SITREP_CACHE_DIR` moves the gazetteer cache (kb/README.md).
 */
import { delimiter } from 'node:path';
import type { KbOptions } from '../kb/index.js';
import { loadResources, type Resources } from '../resources/index.js';

/** KB options from the environment. */
export function kbOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): KbOptions {
  const extraFiles = (env.SITREP_KB_FILES ?? '').split(delimiter).filter(Boolean);
  return {
    ...(env.SITREP_KB_DIR ? { dir: env.SITREP_KB_DIR } : {}),
    ...(extraFiles.length ? { extraFiles } : {}),
    ...(env.SITREP_CACHE_DIR ? { gazetteer: { cacheDir: env.SITREP_CACHE_DIR } } : {}),
  };
}

/** The resources for this process's environment. */
export const cliResources = (env: NodeJS.ProcessEnv = process.env): Resources => loadResources({ kb: kbOptionsFromEnv(env) });
