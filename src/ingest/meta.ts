/**
 * Sidecar metadata: a JSONL file of `{file, source, published, language?, url?, title?}` that supplies
 * outlet and publication date per input file (matched by file name).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SitrepError } from '../core/errors.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { dayOrWarn } from './day.js';
import { urlOrWarn } from './url-field.js';

export interface FileMeta { source?: string | null; published?: string | null; language?: string | null; url?: string | null; title?: string | null; id?: string | null; warnings?: Diagnostic[] }

export function readMeta(path: string): Map<string, FileMeta> {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch (e) { throw new SitrepError('SITREP_ERR_META', `cannot read the metadata file: ${(e as Error).message}`, path); }
  const map = new Map<string, FileMeta>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: Record<string, unknown>;
    try { o = JSON.parse(line) as Record<string, unknown>; } catch (e) { throw new SitrepError('SITREP_ERR_META', `malformed JSON: ${(e as Error).message}`, `${path}:${i + 1}`); }
    if (typeof o.file !== 'string') throw new SitrepError('SITREP_ERR_META', 'each line needs a "file" name', `${path}:${i + 1}`);
    const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const warnings: Diagnostic[] = [];
    const published = dayOrWarn(s(o.published) ?? (typeof o.published === 'number' ? String(o.published) : null), `published (${basename(path)} line ${i + 1})`, warnings);
    const url = urlOrWarn(s(o.url), warnings);
    map.set(basename(o.file), { source: s(o.source), published, language: s(o.language), url, title: s(o.title), id: s(o.id), ...(warnings.length ? { warnings } : {}) });
  });
  return map;
}
