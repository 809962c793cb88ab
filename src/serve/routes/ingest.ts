/**
 * POST /api/articles: the analyze pipeline over a posted body, behind the bearer token. A body that
 * cannot be read at all (wrong type, malformed, binary, empty, too large) is refused whole with a 4xx
 * and nothing is stored; otherwise each article is stored in its own transaction, as with analyze, and
 * the answer lists what was stored and which records failed.
 */
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../server.js';
import { HttpError } from '../server.js';
import { SitrepError } from '../../core/errors.js';
import { analyzeRecords } from '../../engine/analyze.js';
import { listLedger } from '../../store/repos/ledger.js';
import { recordsFromBody, BODY_KINDS } from '../body.js';
import { MODALITIES } from '../filters.js';
import { eventSummary, errors } from '../schemas.js';

const failure = { type: 'object', properties: { input: { type: ['string', 'null'] }, code: { type: 'string' }, message: { type: 'string' } } } as const;
const failureOf = (e: SitrepError) => ({ input: e.input ?? null, code: e.code, message: e.message });

export async function ingestRoutes(api: FastifyInstance, ctx: ServeContext): Promise<void> {
  api.post('/articles', {
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      summary: 'analyse and store articles (the formats of `sitrep analyze`, chosen by Content-Type); needs the bearer token',
      tags: ['articles'],
      security: [{ bearer: [] }],
      consumes: Object.keys(BODY_KINDS),
      querystring: { type: 'object', additionalProperties: false, properties: { name: { type: 'string', maxLength: 200, pattern: '^[\\w .:/#-]+$', description: 'a name for the input in error messages (default "request")' }, reprocess: { type: 'boolean' } } },
      response: {
        200: { type: 'object', properties: {
          analysed: { type: 'array', items: { type: 'string' } }, unchanged: { type: 'array', items: { type: 'string' } },
          failures: { type: 'array', items: failure },
          articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, published: { type: ['string', 'null'] } } } },
          events: { type: 'array', items: eventSummary },
        } },
        ...errors, 401: errors[400], 403: errors[400], 413: errors[400], 415: errors[400],
      },
    },
  }, async (req) => {
    ctx.authorize(req);
    const q = req.query as { name?: string; reprocess?: boolean };
    const name = q.name ?? 'request';
    let parsed;
    try { parsed = recordsFromBody(req.body as string, req.headers['content-type'], name, ctx.bodyLimit); } catch (e) {
      if (e instanceof SitrepError) throw new HttpError(e.code === 'SITREP_ERR_INPUT_UNSUPPORTED' ? 415 : e.code === 'SITREP_ERR_INPUT_TOO_LARGE' ? 413 : 400, e.message);
      throw e;
    }
    // a body with unreadable records is refused whole: the client fixes it and sends it again
    if (parsed.errors.length) throw new HttpError(400, `nothing stored: ${parsed.errors.map((e) => e.message).join('; ')}`);
    if (!parsed.records.length) throw new HttpError(400, `nothing stored: ${name} holds no article`);
    const out = await ctx.exclusive(() => analyzeRecords(parsed.records, { db: ctx.store, resources: ctx.resources, reprocess: q.reprocess ?? false }));
    await ctx.ledger.refresh();
    const ids = [...out.report.events, ...out.report.statements].map((e) => e.id);
    const rows = ids.length ? await listLedger(ctx.store.db, ctx.store.dialect, { ids, modalities: [...MODALITIES] }, { sort: 'date', desc: false, limit: ids.length }) : [];
    return {
      analysed: out.analysed, unchanged: out.unchanged, failures: out.failures.map(failureOf),
      articles: out.report.articles.map((a) => ({ id: a.id, title: a.title, source: a.source, published: a.published })),
      events: rows.map((r) => ({ id: r.id, ...r.summary })),
    };
  });
}
