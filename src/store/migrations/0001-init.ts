/** Initial schema: articles by content hash, per-article analyses by pipeline version, canonical events. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('articles').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('file', 'text')
    .addColumn('url', 'text')
    .addColumn('external_id', 'text')
    .addColumn('title', 'text')
    .addColumn('source', 'text')
    .addColumn('published', 'text')
    .addColumn('language', 'text')
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('analyses').ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('pipeline_version', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('analyses_pk', ['article_id', 'pipeline_version'])
    .execute();
  await db.schema.createTable('fused_events').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('day_start', 'integer')
    .addColumn('day_end', 'integer')
    .addColumn('country', 'text')
    .addColumn('lat', 'real')
    .addColumn('lon', 'real')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('pipeline_version', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fused_events_block').ifNotExists().on('fused_events').columns(['family', 'day_start']).execute();
  await db.schema.createTable('event_reports').ifNotExists()
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_reports_pk', ['event_id', 'article_id'])
    .execute();
  await db.schema.createIndex('event_reports_article').ifNotExists().on('event_reports').column('article_id').execute();
  await db.schema.createTable('entities').ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['entities', 'event_reports', 'fused_events', 'analyses', 'articles']) await db.schema.dropTable(t).ifExists().execute();
}
