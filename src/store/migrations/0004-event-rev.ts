/**
 * A revision stamp per canonical event, new with every write of it: candidate loading compares the
 * stamp with the copy it already parsed (repos/events.ts) and reads and parses an event's JSON only when
 * it changed, instead of fetching and parsing every candidate's whole JSON for every article. Rows
 * written before this migration have an empty stamp and are read in full until their next write.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('fused_events').addColumn('rev', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('fused_events').dropColumn('rev').execute();
}
