/**
 * Scratch stores for the tests and the benchmarks: a fresh SQLite file in a temporary folder, or a fresh
 * PostgreSQL schema on a given server, each dropped again by its cleanup. Here, beside the store, so that
 * benchmarks (bench/) and tests (test/store/stores.ts, which adds the choice of server) share one copy
 * without either depending on the other's code. Not part of the package's API (src/index.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface TestStore {
  readonly name: string;
  /** a location openDb accepts */
  readonly location: string;
  cleanup(): Promise<void>;
}

/** The PostgreSQL server the tests and benchmarks use by default (database `test`, user `postgres`). */
export const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/test';

async function pgAdmin(url: string, sql: string): Promise<void> {
  const pg = await import('pg');
  const client = new (pg.default ?? pg).Client({ connectionString: url });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
}

export async function sqliteStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  return { name: 'sqlite', location: join(dir, 'sitrep.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh schema (a random name: identifiers cannot be bound as parameters) on the server at `url`. */
export async function postgresStore(url: string): Promise<TestStore> {
  const schema = `sitrep_test_${randomBytes(6).toString('hex')}`;
  await pgAdmin(url, `CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { name: 'postgres', location: u.toString(), cleanup: () => pgAdmin(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}
