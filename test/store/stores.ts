/**
 * Test stores: a fresh SQLite file always, and a fresh PostgreSQL schema when SITREP_TEST_PG is set
 * (e.g. postgres://postgres@127.0.0.1:5432/test). Each store is dropped again by its cleanup.
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

export async function postgresStore(url: string): Promise<TestStore> {
  const schema = `sitrep_test_${randomBytes(6).toString('hex')}`;
  await pgAdmin(url, `CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { name: 'postgres', location: u.toString(), cleanup: () => pgAdmin(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

/** The stores to run store tests over: SQLite, and PostgreSQL when SITREP_TEST_PG is set. */
export const STORE_KINDS: { name: string; make: () => Promise<TestStore>; skip?: string }[] = [
  { name: 'sqlite', make: sqliteStore },
  process.env.SITREP_TEST_PG
    ? { name: 'postgres', make: () => postgresStore(process.env.SITREP_TEST_PG!) }
    : { name: 'postgres', make: () => Promise.reject(new Error('unreachable')), skip: 'set SITREP_TEST_PG=postgres://... to run the store tests on PostgreSQL' },
];
