/**
 * Read queries for the HTTP API (src/serve): events by id, pages of articles, outlets. Kept
 * apart from the write-path repositories so the analyze path is unchanged by the server's needs.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { FusedEvent } from '../../core/model/event.js';
import type { Database } from '../schema.js';
import { eventsByIds } from './events.js';

export async function getEvent(db: Kysely<Database>, id: string): Promise<FusedEvent | null> {
  return (await eventsByIds(db, [id]))[0] ?? null;
}

/** Events by id (an event is stored in parts: repos/events.ts assembles it). */
export async function getEventsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<FusedEvent[]> {
  return eventsByIds(db, ids);
}

/** Ids of the canonical events an article reports. */
export async function eventIdsForArticle(db: Kysely<Database>, articleId: string): Promise<string[]> {
  return (await db.selectFrom('event_reports').select('event_id').where('article_id', '=', articleId).execute()).map((r) => r.event_id);
}

/** Event ids → the ids of their articles. */
export async function articleIdsByEvent(db: Kysely<Database>, eventIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < eventIds.length; i += 500) {
    const rows = await db.selectFrom('event_reports').select(['event_id', 'article_id']).where('event_id', 'in', eventIds.slice(i, i + 500)).execute();
    for (const r of rows) { const l = out.get(r.event_id); if (l) l.push(r.article_id); else out.set(r.event_id, [r.article_id]); }
  }
  return out;
}

export interface ArticleHead { id: string; title: string | null; source: string | null; published: string | null; url: string | null; file: string | null; ingestedAt: string }

/** Outlet, date and headline of articles (no text). */
export async function articleHeads(db: Kysely<Database>, ids: readonly string[]): Promise<ArticleHead[]> {
  const out: ArticleHead[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('articles').select(['id', 'title', 'source', 'published', 'url', 'file', 'ingested_at', 'layout']).where('id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) out.push({ id: r.id, title: r.title, source: r.source ?? outletFromLayout(r.layout), published: r.published, url: r.url, file: r.file, ingestedAt: r.ingested_at });
  }
  return out;
}

const outletFromLayout = (layout: string): string | null => {
  try { return (JSON.parse(layout) as { outletFromText?: string | null }).outletFromText ?? null; } catch { return null; }
};

/** Article ids and texts, for near-duplicate detection among the reports of an event. */
export async function articleTexts(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 200) {
    for (const r of await db.selectFrom('articles').select(['id', 'text']).where('id', 'in', ids.slice(i, i + 200)).execute()) out.set(r.id, r.text);
  }
  return out;
}

/** `column` holds `text` (case-insensitive in SQLite for ASCII, case-sensitive in PostgreSQL), wildcards in `text` escaped. */
const contains = (column: string, text: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${'%' + text.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c) + '%'} escape '\\'`;

export interface ArticleListFilter { source?: string; q?: string; after?: string | null; limit: number }

/** Articles newest first (by published date, then id), optionally of one outlet or with a headline word. */
export async function listArticles(db: Kysely<Database>, f: ArticleListFilter): Promise<ArticleHead[]> {
  let q = db.selectFrom('articles').select(['id', 'title', 'source', 'published', 'url', 'file', 'ingested_at', 'layout']);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.q) q = q.where(contains('title', f.q));
  if (f.after) q = q.where('id', '>', f.after);
  const rows = await q.orderBy('id').limit(f.limit).execute();
  return rows.map((r) => ({ id: r.id, title: r.title, source: r.source ?? outletFromLayout(r.layout), published: r.published, url: r.url, file: r.file, ingestedAt: r.ingested_at }));
}

/** Outlets with how many articles each; articles without an outlet are grouped under null. */
export async function listOutlets(db: Kysely<Database>): Promise<{ source: string | null; articles: number; first: string | null; last: string | null }[]> {
  const rows = await db.selectFrom('articles').select((eb) => ['source', eb.fn.countAll<number>().as('n'), eb.fn.min('published').as('first'), eb.fn.max('published').as('last')])
    .groupBy('source').orderBy('n', 'desc').execute();
  return rows.map((r) => ({ source: r.source, articles: Number(r.n), first: (r.first as string | null) ?? null, last: (r.last as string | null) ?? null }));
}

export async function articleIdsOfOutlet(db: Kysely<Database>, source: string, limit: number): Promise<string[]> {
  return (await db.selectFrom('articles').select('id').where('source', '=', source).orderBy('published', 'desc').limit(limit).execute()).map((r) => r.id);
}

/** Event ids reported by any of the articles. */
export async function eventIdsForArticles(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  return (await db.selectFrom('event_reports').select('event_id').where('article_id', 'in', [...ids]).distinct().execute()).map((r) => r.event_id);
}

/** Ids of every article, oldest publication first (for story building over a small store). */
export async function allArticleIds(db: Kysely<Database>, limit: number): Promise<string[]> {
  return (await db.selectFrom('articles').select('id').orderBy('published').orderBy('id').limit(limit).execute()).map((r) => r.id);
}
