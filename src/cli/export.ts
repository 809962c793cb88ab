/** `sitrep export --format acled-csv|json|geojson [--db FILE]`: every canonical event in the store. */
import type { Resources } from '../resources/index.js';
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { openDb, DEFAULT_DB_FILE } from '../store/db.js';
import { allArticleIds } from '../store/repos/articles.js';
import { buildReport } from '../report/build.js';
import { cliResources } from './resources.js';
import { EXIT } from './exit-codes.js';
import * as exporters from '../report/export/index.js';
import { filterByConfidence } from '../report/confidence.js';
import { minConfidenceArg } from './analyze.js';

export const EXPORT_USAGE = `usage: sitrep export --format acled-csv|json|geojson [--db FILE|postgres://URL] [--all] [--min-confidence X]
  prints every canonical event in the store (ACLED-style CSV, the JSON report, or GeoJSON)
  acled-csv: only events inside ACLED's typology with a date, a place and an ACLED actor (the count left
             out, by reason, goes to stderr); --all writes every event as a row, uncodable columns empty
  --min-confidence  only events and statements with confidence at least X (0..1)`;

export async function exportCommand(argv: string[], loadResources: () => Resources = cliResources): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'json' }, db: { type: 'string' }, 'min-confidence': { type: 'string' }, help: { type: 'boolean', short: 'h' }, all: { type: 'boolean' } } });
  if (values.help) { process.stdout.write(EXPORT_USAGE + '\n'); return EXIT.OK; }
  const format = values.format!;
  if (!['acled-csv', 'json', 'geojson'].includes(format)) throw new SitrepError('SITREP_ERR_USAGE', `--format must be acled-csv, json or geojson, not ${format}`);
  const minConfidence = minConfidenceArg(values['min-confidence']);
  const store = await openDb(values.db ?? DEFAULT_DB_FILE, { mustExist: true });
  try {
    const ids = await allArticleIds(store.db);
    const resources = loadResources();
    const report = filterByConfidence(await buildReport(store.db, ids, resources), minConfidence);
    if (format === 'acled-csv') {
      const x = exporters.acledExport(resources, report, { all: !!values.all });
      process.stdout.write(x.csv);
      const left = Object.entries(x.outside).map(([why, n]) => `${n} ${why}`).join(', ');
      if (left) process.stderr.write(`sitrep export: ${x.rows} ACLED rows; left out (--all keeps them): ${left}\n`);
      return EXIT.OK;
    }
    const out = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : JSON.stringify(exporters.toGeoJson(report), null, 2) + '\n';
    process.stdout.write(out);
    return EXIT.OK;
  } finally {
    await store.db.destroy();
  }
}
