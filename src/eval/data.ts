/**
 * The harness's mapping tables (src/eval/data/*.json, *.tsv), read once per process. They are found from
 * the package root so the same code runs from src/ (tsx) and from dist/ (compiled; tsc copies no data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;
function packageRoot(): string {
  if (root) return root;
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(join(d, 'package.json')); i++) d = dirname(d);
  root = d;
  return d;
}

const cache = new Map<string, unknown>();

/** Parsed JSON of `src/eval/data/<name>`. */
export function evalData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(packageRoot(), 'src', 'eval', 'data', name), 'utf8')));
  return cache.get(name) as T;
}

/** Rows of a TSV in `src/eval/data/`, without `#` comment lines. */
export function evalTsv(name: string): string[][] {
  if (!cache.has(name)) {
    const text = readFileSync(join(packageRoot(), 'src', 'eval', 'data', name), 'utf8');
    cache.set(name, text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t')));
  }
  return cache.get(name) as string[][];
}
