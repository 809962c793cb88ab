/**
 * Opens the store: SQLite (better-sqlite3, WAL) by default, PostgreSQL when given a postgres:// URL.
 * Both go through Kysely so the repositories hold the only SQL, written once for both dialects.
 */
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SitrepError } from '../core/errors.js';
import type { Database } from './schema.js';
import * as m0001 from './migrations/0001-init.js';
import * as m0002 from './migrations/0002-span-class.js';

const MIGRATIONS: Record<string, Migration> = { '0001-init': m0001, '0002-span-class': m0002 };

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> { return MIGRATIONS; }
}

export type Dialect = 'sqlite' | 'postgres';

export interface OpenDb { readonly db: Kysely<Database>; readonly dialect: Dialect }

export const DEFAULT_DB_FILE = 'sitrep.db';

export async function openDb(location: string = DEFAULT_DB_FILE): Promise<OpenDb> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  if (/^postgres(?:ql)?:\/\//.test(location)) {
    const pg = await import('pg');
    const Pool = (pg.default ?? pg).Pool;
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: location, max: 4 }) }) });
    dialect = 'postgres';
  } else {
    const { default: SQLite } = await import('better-sqlite3');
    let handle;
    try {
      if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
      handle = new SQLite(location);
      handle.pragma('journal_mode = WAL');
      // with WAL, NORMAL syncs at checkpoints: a crash keeps the database consistent, a power loss may drop
      // the last transactions; FULL would fsync every article's transaction
      handle.pragma('synchronous = NORMAL');
      // 64 MiB page cache: the blocking index and recent events stay in memory as the store grows
      handle.pragma('cache_size = -65536');
      handle.pragma('foreign_keys = ON');
      handle.pragma('busy_timeout = 5000');
    } catch (e) {
      throw new SitrepError('SITREP_ERR_STORE', `cannot open the SQLite store: ${(e as Error).message}`, location);
    }
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
    dialect = 'sqlite';
  }
  const { error } = await new Migrator({ db, provider: new StaticProvider() }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new SitrepError('SITREP_ERR_STORE', `cannot migrate the store: ${(error as Error).message ?? String(error)}`, location);
  }
  return { db, dialect };
}
