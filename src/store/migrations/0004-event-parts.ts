/**
 * Canonical events stored so that a merge appends instead of rewriting:
 * - `fused_events.rev`, a stamp new with every write of an event: candidate loading compares it with the
 *   copy it already holds parsed (repos/events.ts) and reads an event again only when it changed;
 * - `event_parts`: the parts of an event that only grow as reports merge into it (its reports, members,
 *   merge reasons and per-field evidence), one row per write in order, the rest of the event staying in
 *   `fused_events.data`; a merge writes the small rest and one new part, not the whole event again.
 * Rows written before this migration keep their whole event in `data`, have no parts and an empty stamp
 * (read in full every time until their next write).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('fused_events').addColumn('rev', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.createTable('event_parts').ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_parts_pk', ['event_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_parts').ifExists().execute();
  await db.schema.alterTable('fused_events').dropColumn('rev').execute();
}
