/**
 * Reading the event dictionaries under `dict/` at the repository root (TSV with `#` header comments,
 * or JSON). Files are read when a Resources is loaded; what is compiled from them is kept by Resources (src/resources).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `dict/` folder: found by walking up from this module to the folder holding package.json (works from src and dist). */
export function dictDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'dict'))) return join(d, 'dict');
    d = dirname(d);
  }
  throw new Error(`lexicon: no dict/ folder found above ${fileURLToPath(import.meta.url)}`);
}

/** Rows of a tab-separated dictionary, comment (`#`) and blank lines skipped; missing cells are ''. */
export function readTsv(name: string): string[][] {
  const text = readFileSync(join(dictDir(), name), 'utf8');
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(dictDir(), name), 'utf8')) as T;
}
