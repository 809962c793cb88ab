/**
 * The Guardian sample (../shared/eval/raw/ngec-guardian-sdf/guardian_sdf_sample.csv: 249 full articles
 * on Syria, the SDF and Isis) as RawRecords, read at run time and never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawRecord } from '../src/core/model/article.js';
import { csvRecords } from '../src/eval/csv.js';

export const GUARDIAN_REL = join('eval', 'raw', 'ngec-guardian-sdf', 'guardian_sdf_sample.csv');

/** The sample's articles, or null when the file is absent. */
export function guardianRecords(sharedDir: string): RawRecord[] | null {
  const file = join(sharedDir, GUARDIAN_REL);
  if (!existsSync(file)) return null;
  return csvRecords(readFileSync(file, 'utf8'))
    .filter((r) => (r.text ?? '').trim())
    .map((r, i) => ({
      origin: `${file}#${i}`, file: 'guardian_sdf_sample.csv', format: 'text' as const, body: r.text!, bodyIsHtml: false,
      externalId: `guardian-${i}`, url: null, title: null, source: r.source || 'Guardian',
      published: /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') ? r.date! : null, language: 'en',
    }));
}

/**
 * The records repeated until their text reaches `bytes` (or there are `maxCount` of them). Copies get a distinct last line so that
 * content-hash deduplication in the store does not skip them.
 */
export function repeatToSize(records: readonly RawRecord[], bytes: number, maxCount = Infinity): RawRecord[] {
  const out: RawRecord[] = [];
  let size = 0;
  for (let copy = 0; size < bytes && out.length < maxCount && records.length; copy++) {
    for (const r of records) {
      if (size >= bytes || out.length >= maxCount) break;
      const body = copy === 0 ? r.body : `${r.body}\n\n(Copy ${copy}.)`;
      out.push({ ...r, body, origin: `${r.origin}~${copy}`, externalId: `${r.externalId}~${copy}` });
      size += body.length;
    }
  }
  return out;
}
