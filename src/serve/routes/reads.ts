/** Articles (cleaned text and every span the ledger read from it), entities, stories and outlets. */
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../server.js';
import { HttpError } from '../server.js';
import { getArticles } from '../../store/repos/articles.js';
import { listLedger, type LedgerSummary } from '../../store/repos/ledger.js';
import { storeVersion } from '../../store/repos/ledger.js';
import { getEventsByIds, eventIdsForArticle, listArticles, articleHeads, listOutlets, articleIdsOfOutlet, eventIdsForArticles, allArticleIds } from '../../store/repos/reads.js';
import { buildReport } from '../../report/build.js';
import type { Report, ReportStory } from '../../report/types.js';
import { labelOf } from '../../fuse/index.js';
import { eventSummary, articleHead, errors, ref } from '../schemas.js';
import { MODALITIES } from '../filters.js';

const idParams = { type: 'object', properties: { id: { type: 'string', maxLength: 200 } }, required: ['id'] } as const;
const listQs = (extra: Record<string, unknown> = {}) => ({
  type: 'object', additionalProperties: false,
  properties: { q: { type: 'string', maxLength: 200 }, limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, cursor: { type: 'string', maxLength: 200 }, ...extra },
}) as const;

/** Stories are built over the store's articles, at most this many (the oldest first); see README. */
export const MAX_STORY_ARTICLES = 2000;

const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, kind: { type: 'string', enum: ['report', 'value'] }, event: { type: 'string' }, field: { type: 'string' }, value: {} } } as const;

export async function readRoutes(api: FastifyInstance, ctx: ServeContext): Promise<void> {
  const { db, dialect } = ctx.store;
  const summaries = async (ids: string[]): Promise<(LedgerSummary & { id: string })[]> => {
    if (!ids.length) return [];
    await ctx.ledger.ensure();
    const rows = await listLedger(db, dialect, { ids, modalities: [...MODALITIES] }, { sort: 'date', desc: false, limit: ids.length });
    return rows.map((r) => ({ id: r.id, ...r.summary }));
  };

  api.get('/articles', {
    schema: { summary: 'stored articles (id order), optionally of one outlet or with words of the headline', tags: ['articles'], querystring: listQs({ source: { type: 'string', maxLength: 200 } }),
      response: { 200: { type: 'object', properties: { articles: { type: 'array', items: articleHead }, nextCursor: { type: ['string', 'null'] } } }, ...errors } },
  }, async (req) => {
    const q = req.query as { q?: string; source?: string; limit?: number; cursor?: string };
    const limit = q.limit ?? 50;
    const rows = await listArticles(db, { ...(q.source ? { source: q.source } : {}), ...(q.q ? { q: q.q } : {}), after: q.cursor ?? null, limit });
    return { articles: rows, nextCursor: rows.length === limit ? rows.at(-1)!.id : null };
  });

  api.get('/articles/:id', {
    schema: { summary: 'one article: its cleaned text, and every report sentence and value the ledger read from it', tags: ['articles'], params: idParams,
      response: { 200: { type: 'object', properties: { article: ref('article'), spans: { type: 'array', items: span }, events: { type: 'array', items: eventSummary } } }, ...errors } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const [a] = await getArticles(db, [id]);
    if (!a) throw new HttpError(404, `no article "${id}" in the store`);
    const events = await getEventsByIds(db, await eventIdsForArticle(db, id));
    const spans: { start: number; end: number; text: string; kind: 'report' | 'value'; event: string; field?: string; value?: unknown }[] = [];
    for (const e of events) {
      for (const r of e.reports) if (r.article === id) spans.push({ start: r.start, end: r.end, text: r.text, kind: 'report', event: e.id });
      for (const [field, vals] of Object.entries(e.evidence)) {
        // (a dateline place's evidence is a span of the raw input, not of the text: not marked in it)
        for (const v of vals) if (v.evidence.article === id && !(v as { inRaw?: boolean }).inRaw) spans.push({ start: v.evidence.start, end: v.evidence.end, text: v.evidence.text, kind: 'value', event: e.id, field, value: v.value });
      }
    }
    spans.sort((x, y) => x.start - y.start || y.end - x.end);
    const article = { id: a.id, file: a.file, url: a.url, externalId: a.externalId, title: a.title, source: a.source, published: a.published, publishedInferred: a.publishedInferred, dateline: a.dateline, outletFromText: a.outletFromText, diagnostics: a.diagnostics, text: a.text };
    return { article, spans, events: await summaries(events.map((e) => e.id)) };
  });

  // stories and canonical entities are not stored: the report builds them from the articles' analyses,
  // once per store version, over at most MAX_STORY_ARTICLES articles
  let built: { version: string; report: Report } | null = null;
  const storeReport = async (): Promise<Report> => {
    const v = await storeVersion(db) + '|' + (await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n;
    if (built?.version !== v) built = { version: v, report: await buildReport(db, await allArticleIds(db, MAX_STORY_ARTICLES), ctx.resources) };
    return built.report;
  };
  const allStories = async (): Promise<ReportStory[]> => (await storeReport()).stories;
  api.get('/entities', {
    schema: { summary: `canonical entities (id order) of up to ${MAX_STORY_ARTICLES} articles, by words of the name or an alias, or by type; mentions counted`, tags: ['entities'], querystring: listQs({ type: { type: 'string', enum: ['person', 'organization', 'location', 'facility', 'other'] } }),
      response: { 200: { type: 'object', properties: { entities: { type: 'array', items: { type: 'object', additionalProperties: true } }, nextCursor: { type: ['string', 'null'] } } }, ...errors } },
  }, async (req) => {
    const q = req.query as { q?: string; type?: string; limit?: number; cursor?: string };
    const limit = q.limit ?? 50;
    const words = q.q?.toLowerCase();
    const rows = (await storeReport()).entities
      .filter((e) => (!q.type || e.type === q.type) && (!words || e.name.toLowerCase().includes(words) || e.aliases.some((a) => a.toLowerCase().includes(words))) && (!q.cursor || e.id > q.cursor))
      .sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, limit).map(({ mentions, ...e }) => ({ ...e, mentions: mentions.length }));
    return { entities: rows, nextCursor: rows.length === limit ? rows.at(-1)!.id : null };
  });

  api.get('/entities/:id', {
    schema: { summary: 'one entity and the events it takes part in (as actor, claimant or place), newest first', tags: ['entities'], params: idParams,
      querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 200 } } },
      response: { 200: { type: 'object', properties: { entity: { type: 'object', additionalProperties: true }, events: { type: 'array', items: eventSummary } } }, ...errors } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const found = (await storeReport()).entities.find((x) => x.id === id);
    if (!found) throw new HttpError(404, `no entity "${id}" in the store`);
    const { mentions, ...e } = found;
    await ctx.ledger.ensure();
    const rows = await listLedger(db, dialect, { entities: [id], modalities: ['asserted'] }, { sort: 'date', desc: true, limit: (req.query as { limit?: number }).limit ?? 200 });
    return { entity: { ...e, mentions: mentions.slice(0, 200) }, events: rows.map((r) => ({ id: r.id, ...r.summary })) };
  });

  const storySchema = ref('story');

  api.get('/stories', {
    schema: { summary: `stories (incidents and what followed them) with their timelines, over up to ${MAX_STORY_ARTICLES} articles`, tags: ['stories'],
      response: { 200: { type: 'object', properties: { stories: { type: 'array', items: storySchema } } } } },
  }, async () => ({ stories: await allStories() }));

  api.get('/stories/:id', {
    schema: { summary: 'one story: its timeline, events and articles', tags: ['stories'], params: idParams,
      response: { 200: { type: 'object', properties: { story: storySchema, events: { type: 'array', items: eventSummary }, articles: { type: 'array', items: articleHead } } }, ...errors } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const s = (await allStories()).find((x) => x.id === id);
    if (!s) throw new HttpError(404, `no story "${id}"`);
    return { story: s, events: await summaries([...s.events, ...(s.background ?? [])]), articles: await articleHeads(db, s.articles) };
  });

  api.get('/outlets', {
    schema: { summary: 'outlets with their article counts and date ranges', tags: ['outlets'],
      response: { 200: { type: 'object', properties: { outlets: { type: 'array', items: { type: 'object', properties: { source: { type: ['string', 'null'] }, articles: { type: 'integer' }, first: { type: ['string', 'null'] }, last: { type: ['string', 'null'] } } } } } } } },
  }, async () => ({ outlets: await listOutlets(db) }));

  api.get('/outlets/:id', {
    schema: { summary: 'one outlet: its articles and every value it asserted, with the sentence', tags: ['outlets'], params: idParams,
      response: { 200: { type: 'object', properties: { outlet: { type: 'string' }, articles: { type: 'array', items: articleHead }, asserted: { type: 'array', items: { type: 'object', additionalProperties: true } } } }, ...errors } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const ids = await articleIdsOfOutlet(db, id, 200);
    if (!ids.length) throw new HttpError(404, `no articles from outlet "${id}"`);
    const mine = new Set(ids);
    const events = await getEventsByIds(db, (await eventIdsForArticles(db, ids)).slice(0, 500));
    const asserted = events.flatMap((e) => Object.entries(e.evidence).flatMap(([field, vals]) => vals.filter((v) => mine.has(v.evidence.article))
      .map((v) => ({ event: e.id, label: labelOf(e), field, value: v.value, evidence: v.evidence, conflicting: e.conflicts.some((c) => c.field === field) }))));
    return { outlet: id, articles: await articleHeads(db, ids), asserted };
  });

}
