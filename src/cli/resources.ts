/**
 * The resources of a CLI run, loaded once per command: the environment is read here and nowhere below
 * the CLI. `SITREP_KB_DIR` replaces the built-in KB folder, `SITREP_KB_FILES` (paths separated by the
 * platform path delimiter) adds KB files (kb/README.md); the gazetteer is always the package's own
 * (kb/gazetteer-*.tsv.gz).
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
  };
}

/** The resources for this process's environment. */
export const cliResources = (env: NodeJS.ProcessEnv = process.env): Resources => loadResources({ kb: kbOptionsFromEnv(env) });
