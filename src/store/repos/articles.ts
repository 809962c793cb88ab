/** Articles and their analyses: the only SQL for these two tables. */
import type { Kysely, Transaction } from 'kysely';
import type { Article, MetaOrigins } from '../../core/model/article.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredAnalysis {
  readonly articleId: string;
  readonly pipelineVersion: string;
  readonly result: AnalysisResult;
}

/** What is kept of a Doc: every layer but tokens. */
export interface AnalysisResult {
  readonly reference: string | null;
  readonly publishedInferred: Article['publishedInferred'];
  readonly sentences: { start: number; end: number; paragraph: number }[];
  readonly mentions: unknown[];
  readonly times: unknown[];
  readonly figures: unknown[];
  readonly quotes: unknown[];
  readonly events: unknown[];
}

/** PostgreSQL text cannot hold NUL: stored as U+FFFD, one UTF-16 unit for one, so offsets into raw still hold. */
const storable = <T extends string | null>(s: T): T => (s && s.includes('\u0000') ? s.replace(/\u0000/g, '\uFFFD') : s) as T;

export async function insertArticle(db: Db, a: Article, now: string): Promise<boolean> {
  const layout = JSON.stringify({ dateline: a.dateline, publishedInferred: a.publishedInferred, outletFromText: a.outletFromText, offsetMap: a.offsetMap, paragraphs: a.paragraphs, removed: a.removed, diagnostics: a.diagnostics });
  const res = await db.insertInto('articles').values({
    id: a.id, origin: storable(a.origin), file: storable(a.file), url: storable(a.url), external_id: storable(a.externalId), title: storable(a.title), source: storable(a.source),
    published: a.published, language: storable(a.language), layout, text: storable(a.text), raw: storable(a.raw), ingested_at: now,
    meta_origins: JSON.stringify(a.origins ?? {}),
  }).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** What an export names an article's outlet and date by. */
export interface ArticleOutlet { id: string; source: string | null; published: string | null; outletFromText: string | null; file: string | null }

/** Every article's outlet and date, read a page at a time by id (keyset pages: no text, no whole table in one result). */
export async function* articleOutlets(db: Db, page = 500): AsyncGenerator<ArticleOutlet> {
  let after: string | null = null;
  for (;;) {
    let q = db.selectFrom('articles').select(['id', 'source', 'published', 'file', 'layout']).orderBy('id').limit(page);
    if (after !== null) q = q.where('id', '>', after);
    const rows = await q.execute();
    for (const r of rows) {
      const l = JSON.parse(r.layout) as { outletFromText?: string | null };
      yield { id: r.id, source: r.source, published: r.published, outletFromText: l.outletFromText ?? null, file: r.file };
    }
    if (rows.length < page) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Ids of every stored article, by publication date (the order `sitrep export` reports them in). */
export async function allArticleIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('articles').select('id').orderBy('published').execute()).map((r) => r.id);
}

/** Ids per `in (...)` list: far below SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_STATEMENT = 500;

export async function getArticles(db: Db, ids: readonly string[]): Promise<Article[]> {
  if (!ids.length) return [];
  // a statement per IDS_PER_STATEMENT ids: a whole store's ids in one list pass SQLite's 32,766 bound parameters
  const rows = [];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) rows.push(...await db.selectFrom('articles').selectAll().where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT)).execute());
  const byId = new Map(rows.map((r) => {
    const l = JSON.parse(r.layout) as Pick<Article, 'dateline' | 'publishedInferred' | 'outletFromText' | 'offsetMap' | 'paragraphs' | 'removed' | 'diagnostics'>;
    const a: Article = { id: r.id, origin: r.origin, file: r.file, url: r.url, externalId: r.external_id, title: r.title, source: r.source, published: r.published, language: r.language, text: r.text, raw: r.raw, ...l, origins: JSON.parse(r.meta_origins) as MetaOrigins };
    return [r.id, a] as const;
  }));
  return ids.map((id) => byId.get(id)).filter((a): a is Article => !!a);
}

/** An article's metadata as stored, without its text: what is compared when the article is seen again. */
export type StoredMeta = Pick<Article, 'id' | 'source' | 'published' | 'url' | 'title' | 'externalId' | 'language' | 'publishedInferred'> & { origins: MetaOrigins };

export async function getArticleMeta(db: Db, ids: readonly string[]): Promise<Map<string, StoredMeta>> {
  const out = new Map<string, StoredMeta>();
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const rows = await db.selectFrom('articles').select(['id', 'source', 'published', 'url', 'title', 'external_id', 'language', 'meta_origins', 'layout'])
      .where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT)).execute();
    for (const r of rows) {
      // the inferred window is all the layout JSON is parsed for; it sits near its start
      const inferred = (JSON.parse(r.layout) as { publishedInferred?: Article['publishedInferred'] }).publishedInferred ?? null;
      out.set(r.id, { id: r.id, source: r.source, published: r.published, url: r.url, title: r.title, externalId: r.external_id, language: r.language, publishedInferred: inferred, origins: JSON.parse(r.meta_origins) as MetaOrigins });
    }
  }
  return out;
}

/**
 * The arrival key of stored articles (`arrivalKey`, src/engine/arrival.ts: publication day, else the inferred one,
 * then id). The layout JSON is parsed only for articles without a publication date.
 */
export async function arrivalDays(db: Db, ids: readonly string[]): Promise<Map<string, Pick<Article, 'id' | 'published' | 'publishedInferred'>>> {
  const out = new Map<string, Pick<Article, 'id' | 'published' | 'publishedInferred'>>();
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + IDS_PER_STATEMENT);
    const rows = await db.selectFrom('articles').select(['id', 'published']).where('id', 'in', chunk).execute();
    const undated = rows.filter((r) => !r.published).map((r) => r.id);
    const inferred = new Map<string, Article['publishedInferred']>();
    if (undated.length) {
      for (const r of await db.selectFrom('articles').select(['id', 'layout']).where('id', 'in', undated).execute()) {
        inferred.set(r.id, (JSON.parse(r.layout) as { publishedInferred?: Article['publishedInferred'] }).publishedInferred ?? null);
      }
    }
    for (const r of rows) out.set(r.id, { id: r.id, published: r.published, publishedInferred: inferred.get(r.id) ?? null });
  }
  return out;
}

/**
 * Writes an article's metadata (and its inferred publication window) over the stored row. The text, the
 * raw input and the offset map between them are kept: the article's id is the hash of its text.
 */
export async function updateArticleMeta(db: Db, a: Article): Promise<void> {
  const row = await db.selectFrom('articles').select('layout').where('id', '=', a.id).executeTakeFirst();
  if (!row) return;
  const layout = JSON.stringify({ ...(JSON.parse(row.layout) as object), publishedInferred: a.publishedInferred });
  await db.updateTable('articles').set({
    source: storable(a.source), published: a.published, url: storable(a.url), title: storable(a.title), external_id: storable(a.externalId), language: storable(a.language),
    layout, meta_origins: JSON.stringify(a.origins ?? {}),
  }).where('id', '=', a.id).execute();
}

/** Stored ids in the order they were first stored (ties by id): the order a rebuild re-fuses them in. */
export async function ingestOrder(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows: { id: string; ingested_at: string }[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) rows.push(...await db.selectFrom('articles').select(['id', 'ingested_at']).where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT)).execute());
  return rows.sort((a, b) => a.ingested_at.localeCompare(b.ingested_at) || a.id.localeCompare(b.id)).map((r) => r.id);
}

export async function hasAnalysis(db: Db, articleId: string, version: string): Promise<boolean> {
  const row = await db.selectFrom('analyses').select('article_id').where('article_id', '=', articleId).where('pipeline_version', '=', version).executeTakeFirst();
  return !!row;
}

/** The ids among `ids` that have an analysis of this pipeline version. */
export async function analysedOf(db: Db, ids: readonly string[], version: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    for (const r of await db.selectFrom('analyses').select('article_id').where('article_id', 'in', ids.slice(i, i + IDS_PER_STATEMENT)).where('pipeline_version', '=', version).execute()) out.add(r.article_id);
  }
  return out;
}

export async function putAnalysis(db: Db, articleId: string, version: string, result: AnalysisResult, now: string): Promise<void> {
  // one upsert instead of delete + insert: the row ends the same, in one statement
  const row = { article_id: articleId, pipeline_version: version, result: JSON.stringify(result), created_at: now };
  await db.insertInto('analyses').values(row)
    .onConflict((oc) => oc.columns(['article_id', 'pipeline_version']).doUpdateSet({ result: row.result, created_at: row.created_at })).execute();
}

export async function getAnalyses(db: Db, ids: readonly string[], version: string): Promise<StoredAnalysis[]> {
  if (!ids.length) return [];
  const rows = [], u = [...new Set(ids)];
  for (let i = 0; i < u.length; i += IDS_PER_STATEMENT) rows.push(...await db.selectFrom('analyses').selectAll().where('article_id', 'in', u.slice(i, i + IDS_PER_STATEMENT)).where('pipeline_version', '=', version).execute());
  return rows.map((r) => ({ articleId: r.article_id, pipelineVersion: r.pipeline_version, result: JSON.parse(r.result) as AnalysisResult }));
}

export async function countRows(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['articles', 'analyses', 'fused_events', 'event_reports', 'entities'] as const) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}
