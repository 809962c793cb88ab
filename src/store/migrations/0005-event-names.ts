/**
 * `event_names`: the people a canonical event names (its identity `names`, src/fuse/identity.ts), one row
 * per (event, name key), so fusion can load as candidates the stored events that name the same person
 * however differently the two reports read the place (a surname read as a town, a county of the same
 * name in another state). Events written before this migration have no rows until their next write.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('event_names').ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_names_pk', ['event_id', 'name'])
    .execute();
  await db.schema.createIndex('event_names_name').ifNotExists().on('event_names').column('name').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('event_names').ifExists().execute();
}
