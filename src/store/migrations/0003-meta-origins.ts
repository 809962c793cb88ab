/**
 * Where each article metadata value came from (input, sidecar, a person), as JSON: a value from a better
 * origin seen later replaces the stored one, and `sitrep meta set` corrections are never overwritten.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('meta_origins', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('meta_origins').execute();
}
