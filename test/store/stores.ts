/**
 * Test stores: a fresh SQLite file always, and a fresh PostgreSQL schema when SITREP_TEST_PG is set
 * (e.g. postgres://postgres@127.0.0.1:5432/test) or, without it, when a server answers at 127.0.0.1:5432
 * (database `test`, user `postgres`). Each store is dropped again by its cleanup. The stores themselves
 * are made by src/store/testing.ts (shared with the benchmarks); this module chooses the servers.
 */
import { LOCAL_PG, postgresStore, sqliteStore, type TestStore } from '../../src/store/testing.js';

export { LOCAL_PG, postgresStore, sqliteStore, type TestStore };

/** The PostgreSQL URL to test on: SITREP_TEST_PG, else the local server when it accepts a connection. A refused
 * connection fails at once; the long timeout only covers a busy test process (a KB load blocks its event loop). */
async function findPg(): Promise<string | null> {
  if (process.env.SITREP_TEST_PG) return process.env.SITREP_TEST_PG;
  const pg = await import('pg');
  // a few tries: one failed connection of a busy test process is no proof that no server answers
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const client = new (pg.default ?? pg).Client({ connectionString: LOCAL_PG, connectionTimeoutMillis: 15000 });
      await client.connect();
      await client.end();
      return LOCAL_PG;
    } catch (e) {
      if ((e as { code?: string }).code === 'ECONNREFUSED') return null;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return null;
}

export const PG_URL = await findPg();

/** The stores to run store tests over: SQLite, and PostgreSQL when a server answers (or SITREP_TEST_PG is set). */
export const STORE_KINDS: { name: string; make: () => Promise<TestStore>; skip?: string }[] = [
  { name: 'sqlite', make: sqliteStore },
  PG_URL
    ? { name: 'postgres', make: () => postgresStore(PG_URL) }
    : { name: 'postgres', make: () => Promise.reject(new Error('unreachable')), skip: `no PostgreSQL server answers at ${LOCAL_PG} (set SITREP_TEST_PG=postgres://... to use another)` },
];
