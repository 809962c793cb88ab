/**
 * Access to ../shared (seed corpus, gold, contract, development data). Tests that need it skip with a
 * message on a clone without it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Repository root (works from test/helpers and from dist/test/helpers). */
export const repoRoot = (): string => {
  let d = here;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  return resolve(here, '..', '..');
};

/** The shared folder beside the repository, or null when this clone has none. */
export function sharedDir(): string | null {
  const d = process.env.SITREP_SHARED ?? join(repoRoot(), '..', 'shared');
  return existsSync(join(d, 'corpus')) || existsSync(join(d, 'eval')) ? d : null;
}

/** `{ skip: message }` for node:test when a path under ../shared is missing, else `{}`. */
export function needShared(...parts: string[]): { skip?: string } {
  const d = sharedDir();
  if (!d) return { skip: 'no ../shared folder beside the repository: skipped' };
  const p = join(d, ...parts);
  return existsSync(p) ? {} : { skip: `${p} is missing: skipped` };
}

export const sharedPath = (...parts: string[]): string => join(sharedDir() ?? '../shared', ...parts);
