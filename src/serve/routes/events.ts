/** Events: the filtered ledger (cursor pages), its per-day histogram and map points, and one event in full. */
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../server.js';
import { HttpError } from '../server.js';
import { filterProperties, pageProperties, parseFilter, parsePage, encodeCursor, type FilterQuery, type PageQuery } from '../filters.js';
import { listLedger, countLedger, ledgerHistogram, ledgerPoints, ledgerFacet, indexedIndependent } from '../../store/repos/ledger.js';
import { getEvent, articleHeads } from '../../store/repos/reads.js';
import { eventContext, viewEvent } from '../ledger-sync.js';
import { labelOf } from '../../fuse/index.js';
import { eventSummary, articleHead, errors, ref } from '../schemas.js';

const filterQs = { type: 'object', additionalProperties: false, properties: filterProperties } as const;
const isoDay = (d: number): string => new Date(d * 86400000).toISOString().slice(0, 10);
export const MAX_POINTS = 20000;

export async function eventRoutes(api: FastifyInstance, ctx: ServeContext): Promise<void> {
  const { db, dialect } = ctx.store;

  api.get('/events', {
    schema: {
      summary: 'canonical events under a filter, one page at a time',
      tags: ['events'],
      querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, ...pageProperties, count: { type: 'boolean', description: 'also count every event under the filter' } } },
      response: { 200: { type: 'object', properties: { events: { type: 'array', items: eventSummary }, nextCursor: { type: ['string', 'null'] }, total: { type: 'integer' } } }, ...errors },
    },
  }, async (req) => {
    const q = req.query as FilterQuery & PageQuery & { count?: boolean };
    const f = parseFilter(q), page = parsePage(q);
    await ctx.ledger.ensure();
    const rows = await listLedger(db, dialect, f, page);
    const last = rows.at(-1);
    const sort = q.sort ?? '-date';
    return {
      events: rows.map((r) => ({ id: r.id, ...r.summary })),
      nextCursor: last && rows.length === page.limit ? encodeCursor(sort, last.sortValue, last.id) : null,
      ...(q.count ? { total: await countLedger(db, dialect, f) } : {}),
    };
  });

  api.get('/events/histogram', {
    schema: {
      summary: 'events and deaths per day under a filter (the timeline)',
      tags: ['events'],
      querystring: filterQs,
      response: { 200: { type: 'object', properties: { days: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, events: { type: 'integer' }, killed: { type: 'integer' } } } } } }, ...errors },
    },
  }, async (req) => {
    const f = parseFilter(req.query as FilterQuery);
    await ctx.ledger.ensure();
    return { days: (await ledgerHistogram(db, dialect, f)).map((d) => ({ date: isoDay(d.day), events: d.n, killed: d.killed })) };
  });

  api.get('/events/points', {
    schema: {
      summary: 'located events under a filter, for the map (largest tolls first)',
      tags: ['events'],
      querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, limit: { type: 'integer', minimum: 1, maximum: MAX_POINTS, default: 5000 } } },
      response: { 200: { type: 'object', properties: { points: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' }, killed: { type: 'integer' }, label: { type: 'string' }, date: { type: ['string', 'null'] }, place: { type: ['string', 'null'] }, conflicts: { type: 'integer' } } } }, truncated: { type: 'boolean' } } }, ...errors },
    },
  }, async (req) => {
    const q = req.query as FilterQuery & { limit?: number };
    const f = parseFilter(q);
    const limit = q.limit ?? 5000;
    await ctx.ledger.ensure();
    const pts = await ledgerPoints(db, dialect, f, limit + 1);
    return {
      points: pts.slice(0, limit).map((p) => ({ id: p.id, lat: p.lat, lon: p.lon, killed: p.killed, label: p.summary.label, date: p.summary.date?.start ?? null, place: p.summary.place, conflicts: p.summary.conflicts.length })),
      truncated: pts.length > limit,
    };
  });

  api.get('/facets', {
    schema: {
      summary: 'values present in the ledger, for filter menus',
      tags: ['events'],
      response: { 200: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, n: { type: 'integer' } } } } } },
    },
  }, async () => {
    await ctx.ledger.ensure();
    return { type: await ledgerFacet(db, 'type'), mode: await ledgerFacet(db, 'mode'), acled: await ledgerFacet(db, 'acled_type'), country: await ledgerFacet(db, 'country'), admin1: await ledgerFacet(db, 'admin1') };
  });

  api.get('/events/:id', {
    schema: {
      summary: 'one canonical event: every field, its evidence spans, every source\'s value, conflicts and why reports were merged',
      tags: ['events'],
      params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
      response: { 200: { type: 'object', properties: { label: { type: 'string' }, event: ref('event'), articles: { type: 'array', items: articleHead } } }, ...errors },
    },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const e = await getEvent(db, id);
    if (!e) throw new HttpError(404, `no event "${id}" in the store`);
    // the articles' heads are read once, for the outlets and the answer; the independent sources come from the
    // index when it holds the event as it is (counting them reads every article's text)
    const articleIds = [...new Set(e.reports.map((r) => r.article))];
    const heads = await articleHeads(db, articleIds);
    const independent = ctx.ledger.ready && articleIds.length > 1 ? await indexedIndependent(db, id) : null;
    const view = viewEvent(e, await eventContext(db, ctx.resources, [e], { heads, ...(independent !== null ? { independent: new Map([[id, independent]]) } : {}) }));
    return { label: labelOf(view), event: view, articles: heads };
  });
}
