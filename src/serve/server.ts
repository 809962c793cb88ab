/**
 * `sitrep serve`: the HTTP API and the web app in one Fastify process. Schema-first: every route declares
 * its querystring, params and response with JSON Schema, the event, article, entity and story shapes
 * taken from the report contract (src/report/schema.ts, the source of schema/report.schema.json, registered once), and @fastify/swagger
 * publishes them as OpenAPI at /docs. Requests are checked before a handler runs (unknown parameters
 * are refused, not dropped); responses are written with JSON.stringify, so a field the contract adds
 * is never silently cut by a serializer. Security: helmet's Content-Security-Policy without inline
 * script, a rate limit, a body limit, and a bearer token for every write.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync, readFileSync } from 'node:fs';
import { reportSchemaJson } from '../report/schema.js';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timingSafeEqual } from 'node:crypto';
import type { OpenDb } from '../store/db.js';
import type { Resources } from '../resources/index.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { LedgerIndex } from './ledger-sync.js';
import { FilterError } from './filters.js';
import { REPORT_SCHEMA_ID } from './schemas.js';
import { eventRoutes } from './routes/events.js';
import { readRoutes } from './routes/reads.js';
import { exportRoutes } from './routes/export.js';
import { ingestRoutes } from './routes/ingest.js';
import type { Watcher } from './watch.js';
import { watchRoutes } from './routes/watch.js';

const here = dirname(fileURLToPath(import.meta.url));
/** dist/src/serve → the package root */
export const WEB_ROOT = resolve(here, '../../web');

export interface ServeOptions {
  readonly store: OpenDb;
  /** KB, lexicons and memo tables, loaded once by the caller (the CLI's, with the user's KB files) */
  readonly resources: Resources;
  /** bearer token for writes (POST /api/articles, watch control); writes are refused when absent */
  readonly token?: string | null;
  /** requests per minute per client address (default 600; writes 30) */
  readonly rateLimit?: number;
  /** largest request body in bytes (default 5 MiB, as analyze's --max-bytes) */
  readonly bodyLimit?: number;
  /** the built web app (default dist/web); the API alone when it is missing */
  readonly webRoot?: string;
  readonly watcher?: Watcher | null;
  /** the write queue, when the caller shares it (with a watcher) */
  readonly exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
  readonly logger?: boolean;
}

export interface ServeContext {
  readonly store: OpenDb;
  readonly resources: Resources;
  readonly ledger: LedgerIndex;
  readonly token: string | null;
  readonly watcher: Watcher | null;
  /** runs writes one at a time */
  readonly exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  readonly authorize: (req: FastifyRequest) => void;
  readonly bodyLimit: number;
}

export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) { super(message); }
}

/** Runs the functions given to it one at a time, in order: the store's writes. */
export function writeQueue(): <T>(fn: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => { const p = queue.then(fn, fn); queue = p.catch(() => undefined); return p; };
}

function reportSchema(): Record<string, unknown> {
  // from the one schema source (schema/report.schema.json is generated from it), as plain JSON
  const s = JSON.parse(reportSchemaJson()) as Record<string, unknown>;
  // the draft keyword is for standalone validators; inside Fastify's schema store the $id is what matters
  delete s.$schema;
  return s;
}

export async function buildServer(opts: ServeOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  const token = opts.token || null;
  const resources = opts.resources;
  const ctx: ServeContext = {
    store: opts.store,
    resources,
    ledger: new LedgerIndex(opts.store.db, opts.store.dialect, resources),
    token,
    watcher: opts.watcher ?? null,
    bodyLimit: opts.bodyLimit ?? 5 * 1024 * 1024,
    exclusive: opts.exclusive ?? writeQueue(),
    authorize: (req) => {
      if (!token) throw new HttpError(403, 'writes are disabled: start the server with SITREP_TOKEN set in its environment');
      const got = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const a = Buffer.from(got), b = Buffer.from(token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'a write needs the header "Authorization: Bearer <SITREP_TOKEN>"');
    },
  };

  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown; code?: string }, req, reply) => {
    const status = err instanceof FilterError || err instanceof HttpError ? err.statusCode : err.validation ? 400 : err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) req.log.error(err);
    const v = (err.validation as { keyword?: string; params?: { additionalProperty?: string } }[] | undefined)?.[0];
    const message = status >= 500 ? 'internal error'
      : v?.keyword === 'additionalProperties' ? `unknown parameter "${v.params?.additionalProperty}" (${err.message.replace(/ must NOT.*/, '')}); see /docs for the parameters of ${req.routeOptions.url ?? req.url}`
      : err.message;
    void reply.status(status).type('application/json').send({ statusCode: status, error: status === 400 ? 'Bad Request' : status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : status === 413 ? 'Payload Too Large' : status === 429 ? 'Too Many Requests' : 'Error', message });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], fontSrc: ["'self'"],
        objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { max: opts.rateLimit ?? 600, timeWindow: '1 minute' });

  app.addSchema({ ...reportSchema(), $id: REPORT_SCHEMA_ID });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Sitrep API', version: PIPELINE_VERSION, description: 'The sourced, de-duplicated event ledger: events with their evidence, articles, entities, stories, outlets and exports. Writes need `Authorization: Bearer <SITREP_TOKEN>`.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  // every body is taken as text: the ingest route parses it as analyze parses a file of that kind
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  await app.register(async (api) => {
    // a route that declares no querystring takes none: an unknown parameter is refused by name (400), as on
    // the routes that declare theirs, instead of being silently ignored
    api.addHook('onRoute', (route) => {
      if (route.schema?.querystring || route.method === 'HEAD' || (Array.isArray(route.method) && route.method.includes('HEAD'))) return;
      route.schema = { ...route.schema, querystring: { type: 'object', additionalProperties: false, properties: {} } };
    });
    await eventRoutes(api, ctx);
    await readRoutes(api, ctx);
    await exportRoutes(api, ctx);
    await ingestRoutes(api, ctx);
    await watchRoutes(api, ctx);
    api.get('/health', { schema: { summary: 'liveness and store kind', response: { 200: { type: 'object', properties: { ok: { type: 'boolean' }, store: { type: 'string' }, pipeline: { type: 'string' }, writes: { type: 'boolean' } } } } } },
      async () => ({ ok: true, store: ctx.store.dialect, pipeline: PIPELINE_VERSION, writes: !!ctx.token }));
  }, { prefix: '/api' });

  const web = opts.webRoot ?? WEB_ROOT;
  if (existsSync(join(web, 'index.html'))) {
    await app.register(fastifyStatic, { root: web, prefix: '/', index: ['index.html'], wildcard: false });
    // the app's own paths (shared links) all load the app, which reads the path and the query
    const page = readFileSync(join(web, 'index.html'));
    for (const p of ['/events/*', '/articles/*', '/stories', '/stories/*', '/entities/*', '/outlets', '/outlets/*', '/map', '/ledger']) {
      app.get(p, { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
    }
  }
  app.setNotFoundHandler((req, reply) => { void reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${req.method} ${req.url.split('?')[0]}` }); });
  return app;
}
