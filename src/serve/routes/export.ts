/** GeoJSON and ACLED-style CSV of any filter, through the same exporters as `sitrep export`. */
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../server.js';
import { filterProperties, parseFilter, type FilterQuery } from '../filters.js';
import { listLedger } from '../../store/repos/ledger.js';
import { getEventsByIds } from '../../store/repos/reads.js';
import { eventContext, viewEvent } from '../ledger-sync.js';
import { toGeoJson, toAcledCsv } from '../../report/export/index.js';
import type { ReportEvent } from '../../report/types.js';
import { errors } from '../schemas.js';

export const MAX_EXPORT = 10000;
const qs = { type: 'object', additionalProperties: false, properties: { ...filterProperties, limit: { type: 'integer', minimum: 1, maximum: MAX_EXPORT, default: MAX_EXPORT } } } as const;

export async function exportRoutes(api: FastifyInstance, ctx: ServeContext): Promise<void> {
  const { db, dialect } = ctx.store;
  const eventsFor = async (q: FilterQuery & { limit?: number }): Promise<ReportEvent[]> => {
    const f = parseFilter(q);
    await ctx.ledger.ensure();
    const rows = await listLedger(db, dialect, f, { sort: 'date', desc: false, limit: q.limit ?? MAX_EXPORT });
    const events = await getEventsByIds(db, rows.map((r) => r.id));
    const c = await eventContext(db, ctx.resources, events);
    return events.map((e) => viewEvent(e, c));
  };

  api.get('/export/events.geojson', {
    schema: { summary: `GeoJSON FeatureCollection of the events under a filter (date order, at most ${MAX_EXPORT})`, tags: ['export'], querystring: qs,
      response: { 200: { type: 'object', additionalProperties: true }, ...errors } },
  }, async (req, reply) => {
    const fc = toGeoJson({ events: await eventsFor(req.query as FilterQuery) });
    return reply.type('application/geo+json').header('content-disposition', 'attachment; filename="sitrep-events.geojson"').send(JSON.stringify(fc));
  });

  api.get('/export/events.csv', {
    schema: { summary: `ACLED-style CSV of the events under a filter (ACLED's column names; date order, at most ${MAX_EXPORT})`, tags: ['export'], querystring: qs,
      produces: ['text/csv'], response: { 200: { type: 'string' }, ...errors } },
  }, async (req, reply) => {
    const csv = toAcledCsv(ctx.resources, { events: await eventsFor(req.query as FilterQuery) });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="sitrep-events.csv"').send(csv);
  });
}
