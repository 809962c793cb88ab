/**
 * JSON and JSONL article files. A JSON file holds one record, an array of records, or `{articles: [...]}`.
 * A JSONL file holds one record per line; a bad line is an error naming `file:line`, and the other lines
 * are still read.
 */
import type { RawRecord } from '../core/model/article.js';
import { SitrepError } from '../core/errors.js';
import { recordFromObject } from './record.js';

export interface Parsed { records: RawRecord[]; errors: SitrepError[] }

export function parseJsonl(text: string, path: string, file: string): Parsed {
  const records: RawRecord[] = [];
  const errors: SitrepError[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const origin = `${path}:${i + 1}`;
    try {
      let obj: unknown;
      try { obj = JSON.parse(line); } catch (e) { throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', `malformed JSON: ${(e as Error).message}`, origin); }
      records.push(recordFromObject(obj, origin, file));
    } catch (e) {
      errors.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MALFORMED', String(e), origin));
    }
  });
  return { records, errors };
}

export function parseJson(text: string, path: string, file: string): Parsed {
  let obj: unknown;
  try { obj = JSON.parse(text); } catch (e) { throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', `malformed JSON: ${(e as Error).message}`, path); }
  const list = Array.isArray(obj) ? obj : obj && typeof obj === 'object' && Array.isArray((obj as { articles?: unknown }).articles) ? (obj as { articles: unknown[] }).articles : [obj];
  const records: RawRecord[] = [];
  const errors: SitrepError[] = [];
  list.forEach((o, i) => {
    const origin = list.length > 1 ? `${path}#${i + 1}` : path;
    try { records.push(recordFromObject(o, origin, file)); } catch (e) { errors.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MALFORMED', `cannot read the record: ${(e as Error).message}`, origin)); }
  });
  return { records, errors };
}
