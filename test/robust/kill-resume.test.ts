/**
 * kill -9 during ingest, then resume: `sitrep analyze` runs in a child process over the example corpus and
 * is killed (SIGKILL, no chance to clean up) once a few articles are stored; running the same analysis again
 * on that store must give exactly the ledger of one uninterrupted run — no half-written article, no event
 * that remembers the interrupted run. SQLite, and PostgreSQL when a server answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb, type OpenDb } from '../../src/store/db.js';
import { repoRoot } from '../helpers/shared.js';
import { testResources } from '../helpers/resources.js';
import { STORE_KINDS, sqliteStore } from '../store/stores.js';
import { assertSameText, ledger } from './store-snapshot.js';

const CORPUS = join(repoRoot(), 'examples', 'corpus');
/** articles stored before the kill: enough for events to have been fused, few enough to leave most of the run undone */
const KILL_AFTER = 6;
/** the child's whole run, cold start included, on a loaded machine */
const CHILD_LIMIT_MS = 120_000;

const stored = async (s: OpenDb): Promise<number> => Number((await s.db.selectFrom('analyses').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);

/** Runs `sitrep analyze CORPUS --db location` in a child and SIGKILLs it once `KILL_AFTER` analyses are stored; the count at the kill. */
async function analyzeAndKill(location: string, watcher: OpenDb): Promise<number> {
  const child = spawn(process.execPath, [join(repoRoot(), 'bin', 'sitrep.js'), 'analyze', CORPUS, '--db', location, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const t0 = Date.now();
  try {
    for (;;) {
      // a store that does not exist yet (the child has not created it) counts as nothing stored
      const n = await stored(watcher).catch(() => 0);
      if (n >= KILL_AFTER) { child.kill('SIGKILL'); break; }
      if (child.exitCode !== null) throw new Error(`the child ended (code ${child.exitCode}) before it was killed: ${stderr}`);
      if (Date.now() - t0 > CHILD_LIMIT_MS) throw new Error(`no ${KILL_AFTER} articles stored within ${CHILD_LIMIT_MS} ms`);
      await new Promise((r) => setTimeout(r, 15));
    }
    await exited;
    return await stored(watcher);
  } finally { if (child.exitCode === null) child.kill('SIGKILL'); }
}

/** The ledger of one uninterrupted in-process run, in a fresh SQLite store: built once, compared with every store kind. */
let uninterrupted: Promise<string> | null = null;
const expectedLedger = (records: Parameters<typeof analyzeRecords>[0]): Promise<string> => (uninterrupted ??= (async () => {
  const whole = await sqliteStore();
  const s = await openDb(whole.location);
  try {
    const out = await analyzeRecords(records, { db: s, resources: testResources() });
    assert.deepEqual(out.failures.map((f) => f.message), []);
    return await ledger(s.db);
  } finally { await s.db.destroy(); await whole.cleanup(); }
})());

for (const kind of STORE_KINDS) {
  test(`kill -9 during analyze, then resume: the ledger of one uninterrupted run (${kind.name})`, kind.skip ? { skip: kind.skip } : {}, async () => {
    const { records, failures } = await readInputs([CORPUS]);
    assert.deepEqual(failures.map((f) => f.message), []);
    const resources = testResources();
    // the same ledger whatever the store: PostgreSQL's resumed run is compared with SQLite's uninterrupted one
    const expected = await expectedLedger(records);
    const cut = await kind.make();
    // SQLite: the watcher opens the file the child creates; opening it first creates it the same way
    const s = await openDb(cut.location);
    try {
      const atKill = await analyzeAndKill(cut.location, s);
      assert.ok(atKill >= KILL_AFTER && atKill < records.length, `killed mid-run (${atKill} of ${records.length} stored)`);
      if (s.dialect === 'sqlite') {
        const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(s.db);
        assert.deepEqual(check.rows.map((r) => r.integrity_check), ['ok']);
      }
      // no half-written article: each stored article has its analysis, and each link names a stored event
      const orphans = await s.db.selectFrom('articles').select('id').where('id', 'not in', s.db.selectFrom('analyses').select('article_id')).execute();
      assert.deepEqual(orphans, []);
      const out = await analyzeRecords(records, { db: s, resources });
      assert.deepEqual(out.failures.map((f) => f.message), []);
      assert.equal(out.unchanged.length, atKill, 'what the killed run stored is kept, not analysed again');
      assertSameText(await ledger(s.db), expected, 'resumed and uninterrupted ledgers');
    } finally { await s.db.destroy(); await cut.cleanup(); }
  });
}
