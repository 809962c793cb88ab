/** `sitrep export --format acled-csv|json|geojson [--db FILE]`: every canonical event in the store. */
import { cliResources } from './resources.js';
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { openDb, DEFAULT_DB_FILE } from '../store/db.js';
import { buildReport } from '../report/build.js';
import { EXIT } from './exit-codes.js';
import * as exporters from '../report/export/index.js';

export const EXPORT_USAGE = `usage: sitrep export --format acled-csv|json|geojson [--db FILE|postgres://URL]
  prints every canonical event in the store (ACLED-style CSV, the JSON report, or GeoJSON)`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'json' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) { process.stdout.write(EXPORT_USAGE + '\n'); return EXIT.OK; }
  const format = values.format!;
  if (!['acled-csv', 'json', 'geojson'].includes(format)) throw new SitrepError('SITREP_ERR_USAGE', `--format must be acled-csv, json or geojson, not ${format}`);
  const store = await openDb(values.db ?? DEFAULT_DB_FILE, { mustExist: true });
  try {
    const ids = (await store.db.selectFrom('articles').select('id').orderBy('published').execute()).map((r) => r.id);
    const resources = cliResources();
    const report = await buildReport(store.db, ids, resources);
    const out = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'geojson' ? JSON.stringify(exporters.toGeoJson(report), null, 2) + '\n' : exporters.toAcledCsv(resources, report);
    process.stdout.write(out);
    return EXIT.OK;
  } finally {
    await store.db.destroy();
  }
}
