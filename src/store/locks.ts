/**
 * Fusion reads candidate events, merges and writes them back: two writers doing that at once on one store
 * would each write their merge over the other's (a lost update). Every article's write transaction first
 * takes the store's write lock, so these read-modify-write steps run one at a time per store, while the
 * pipeline (the costly part) still runs in parallel outside the transaction.
 * - PostgreSQL: a transaction-scoped advisory lock, released by commit or rollback.
 * - SQLite: a write statement that changes nothing, which makes the transaction a writer at once (instead
 *   of a reader that fails with SQLITE_BUSY when it tries to write later); other processes wait for it up
 *   to the busy timeout.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Dialect } from './db.js';

/** Advisory lock key of fusion writes (a fixed 64-bit number: 'sitrep' in ASCII). */
const FUSION_LOCK = 0x736974726570n;

export async function lockForWrite(trx: Transaction<Database>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${FUSION_LOCK.toString()}::bigint)`.execute(trx);
  else await sql`update fused_events set id = id where 0 = 1`.execute(trx);
}
