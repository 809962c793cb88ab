/**
 * Opens the store: SQLite (better-sqlite3, WAL) by default, PostgreSQL when given a postgres:// URL.
 * Both go through Kysely so the repositories hold the only SQL, written once for both dialects.
 */
import { sql, Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider, type SqliteDatabase } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { SitrepError } from '../core/errors.js';
import type { Database } from './schema.js';
import * as m0001 from './migrations/0001-init.js';
import * as m0002 from './migrations/0002-span-class.js';
import * as m0003 from './migrations/0003-meta-origins.js';
import * as m0004 from './migrations/0004-event-parts.js';
import * as m0005 from './migrations/0005-event-names.js';

const MIGRATIONS: Record<string, Migration> = { '0001-init': m0001, '0002-span-class': m0002, '0003-meta-origins': m0003, '0004-event-parts': m0004, '0005-event-names': m0005 };

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> { return MIGRATIONS; }
}

export type Dialect = 'sqlite' | 'postgres';

/** Distinct SQL texts whose prepared statements are kept (`in (?, ?, …)` lists make a few variants). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The better-sqlite3 handle as Kysely's SqliteDialect sees it, with prepared statements kept by SQL text:
 * Kysely's driver calls `prepare` for every query, and compiling the same INSERT or SELECT again for
 * every article costs more than running it. Parameters are still bound per call. A statement that is
 * busy (iterating) is never handed out twice; the least recently used one is dropped past the limit.
 */
export function cachingHandle(handle: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => { cache.clear(); handle.close(); },
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = handle.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
  };
}

export interface OpenDb { readonly db: Kysely<Database>; readonly dialect: Dialect }

export const DEFAULT_DB_FILE = 'sitrep.db';

export interface OpenOptions {
  /** the store must already exist (export, meta): a mistyped path is an error, not a new empty store */
  readonly mustExist?: boolean;
}

/**
 * A SQLite location that cannot be used, named: a missing directory is not created (a mistyped path
 * would silently make a new store somewhere), and a store that must exist must be there.
 */
function checkSqlitePath(location: string, opts: OpenOptions): void {
  if (location === ':memory:') return;
  const dir = dirname(location);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SitrepError('SITREP_ERR_STORE', `cannot open the SQLite store: the directory ${dir} does not exist (create it first)`, location);
  if (opts.mustExist && !existsSync(location)) throw new SitrepError('SITREP_ERR_STORE', 'cannot open the SQLite store: there is none at this path (`sitrep analyze ... --db` creates one)', location);
}

export async function openDb(location: string = DEFAULT_DB_FILE, opts: OpenOptions = {}): Promise<OpenDb> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  if (/^postgres(?:ql)?:\/\//.test(location)) {
    const pg = await import('pg');
    const Pool = (pg.default ?? pg).Pool;
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: location, max: 4 }) }) });
    dialect = 'postgres';
  } else {
    const { default: SQLite } = await import('better-sqlite3');
    checkSqlitePath(location, opts);
    let handle;
    try {
      handle = new SQLite(location, { fileMustExist: !!opts.mustExist });
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
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingHandle(handle) }) });
    dialect = 'sqlite';
  }
  // PostgreSQL: the migration bookkeeping lives in the store's own schema (search_path), so stores in
  // several schemas of one database migrate independently, also at the same time
  const schema = dialect === 'postgres' ? (await sql<{ s: string | null }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? undefined : undefined;
  const { error } = await new Migrator({ db, provider: new StaticProvider(), ...(schema ? { migrationTableSchema: schema } : {}) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new SitrepError('SITREP_ERR_STORE', `cannot migrate the store: ${(error as Error).message ?? String(error)}`, location);
  }
  return { db, dialect };
}
