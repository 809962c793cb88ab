/**
 * Span class for blocking: most events are dated to a day or a week, a few to a month or a year. Looking
 * candidates up by class keeps the date-window query a narrow index range scan however large the store.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('fused_events').addColumn('long_span', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update fused_events set long_span = 1 where day_end - day_start > 31`.execute(db);
  await db.schema.createIndex('fused_events_span_block').ifNotExists().on('fused_events').columns(['family', 'long_span', 'day_start']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('fused_events_span_block').ifExists().execute();
  await db.schema.alterTable('fused_events').dropColumn('long_span').execute();
}
