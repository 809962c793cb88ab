/** A store holding the example corpus (or the seeds), its report, and a server over it, for the serve tests. */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDb, type OpenDb } from '../../src/store/db.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { testEngine } from '../helpers/resources.js';
import { buildReport, type Report } from '../../src/report/build.js';
import { buildServer, type ServeOptions } from '../../src/serve/server.js';
import { repoRoot } from '../helpers/shared.js';

export interface Served { store: OpenDb; report: Report; app: FastifyInstance; close: () => Promise<void> }

/** Analyses `dirs` into a fresh store (default: an in-memory SQLite store) and builds the server over it. */
export async function served(dirs: string[] = [join(repoRoot(), 'examples', 'corpus')], opts: Partial<ServeOptions> = {}, location = ':memory:'): Promise<Served> {
  const store = await openDb(location);
  const { records } = await readInputs(dirs);
  const engine = testEngine();
  await analyzeRecords(records, { db: store, ...engine });
  const ids = (await store.db.selectFrom('articles').select('id').execute()).map((r) => r.id);
  const report = await buildReport(store.db, ids, engine.resources);
  const app = await buildServer({ store, resources: engine.resources, token: 'test-token', webRoot: join(repoRoot(), 'no-web-here'), ...opts });
  return { store, report, app, close: async () => { await app.close(); await store.db.destroy(); } };
}
