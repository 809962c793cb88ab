/**
 * `sitrep export --format acled-csv|json|jsonl|geojson [--db FILE]`: every canonical event in the store.
 * ACLED CSV, GeoJSON and JSONL are written row by row as the store is read (src/report/stream-export.ts),
 * so they take memory by the page, not by the store; the JSON report is written section by section
 * (src/report/stream-report.ts), its events a page at a time, never as one string or one object.
 */
import type { Resources } from '../resources/index.js';
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { openDb, DEFAULT_DB_FILE } from '../store/db.js';
import { cliResources } from './resources.js';
import { EXIT } from './exit-codes.js';
import { BlockWriter, streamAcledCsv, streamGeoJson, streamJsonl } from '../report/stream-export.js';
import { streamJsonReport } from '../report/stream-report.js';
import { minConfidenceArg } from './analyze.js';

export const EXPORT_USAGE = `usage: sitrep export --format acled-csv|json|jsonl|geojson [--db FILE|postgres://URL] [--all] [--min-confidence X]
  prints every canonical event in the store (ACLED-style CSV, the JSON report, one report event per
  line (JSONL, statements included), or GeoJSON); CSV, JSONL and GeoJSON are written as the store is read
  acled-csv: only events inside ACLED's typology with a date, a place and an ACLED actor (the count left
             out, by reason, goes to stderr); --all writes every event as a row, uncodable columns empty
  --min-confidence  only events and statements with confidence at least X (0..1)`;

export async function exportCommand(argv: string[], loadResources: () => Resources = cliResources): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'json' }, db: { type: 'string' }, 'min-confidence': { type: 'string' }, help: { type: 'boolean', short: 'h' }, all: { type: 'boolean' } } });
  if (values.help) { process.stdout.write(EXPORT_USAGE + '\n'); return EXIT.OK; }
  const format = values.format!;
  if (!['acled-csv', 'json', 'jsonl', 'geojson'].includes(format)) throw new SitrepError('SITREP_ERR_USAGE', `--format must be acled-csv, json, jsonl or geojson, not ${format}`);
  const minConfidence = minConfidenceArg(values['min-confidence']);
  const store = await openDb(values.db ?? DEFAULT_DB_FILE, { mustExist: true });
  try {
    const resources = loadResources();
    const out = new BlockWriter(process.stdout);
    if (format === 'acled-csv') {
      const x = await streamAcledCsv(store.db, out, { resources, minConfidence, all: !!values.all });
      await out.flush();
      const left = Object.entries(x.outside).map(([why, n]) => `${n} ${why}`).join(', ');
      if (left) process.stderr.write(`sitrep export: ${x.rows} ACLED rows; left out (--all keeps them): ${left}\n`);
      return EXIT.OK;
    }
    if (format === 'geojson') await streamGeoJson(store.db, out, { resources, minConfidence });
    else if (format === 'jsonl') await streamJsonl(store.db, out, { resources, minConfidence });
    else await streamJsonReport(store.db, out, resources, minConfidence);
    await out.flush();
    return EXIT.OK;
  } finally {
    await store.db.destroy();
  }
}
