/** Watch status (read) and a poll now (write, behind the token), when the server runs with --watch. */
import type { FastifyInstance } from 'fastify';
import type { ServeContext } from '../server.js';
import { HttpError } from '../server.js';

const status = {
  type: 'object',
  properties: {
    enabled: { type: 'boolean' }, cycles: { type: 'integer' },
    sources: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, kind: { type: 'string' }, lastRun: { type: ['string', 'null'] }, lastOk: { type: ['string', 'null'] }, lastError: { type: ['string', 'null'] }, stored: { type: 'integer' }, notModified: { type: 'integer' } } } },
  },
} as const;

export async function watchRoutes(api: FastifyInstance, ctx: ServeContext): Promise<void> {
  api.get('/watch', { schema: { summary: 'the feeds and folders watched, and how their last poll went', tags: ['watch'], response: { 200: status } } },
    async () => ({ enabled: !!ctx.watcher, cycles: ctx.watcher?.cycles ?? 0, sources: ctx.watcher?.status ?? [] }));
  api.post('/watch/run', {
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: { summary: 'poll every watched source now; needs the bearer token', tags: ['watch'], security: [{ bearer: [] }], response: { 200: status } },
  }, async (req) => {
    ctx.authorize(req);
    if (!ctx.watcher) throw new HttpError(409, 'the server was not started with --watch');
    await ctx.watcher.runOnce();
    await ctx.ledger.refresh();
    return { enabled: true, cycles: ctx.watcher.cycles, sources: ctx.watcher.status };
  });
}
