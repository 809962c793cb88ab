/** `sitrep serve` and `sitrep watch`: the HTTP API and web app, and continuous ingest of feeds and folders. */
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import { openDb, DEFAULT_DB_FILE } from '../store/db.js';
import { EXIT } from './exit-codes.js';
import type { Resources } from '../resources/index.js';

export const SERVE_USAGE = `usage: sitrep serve [--db FILE|postgres://URL] [--host 127.0.0.1] [--port 8080] [--watch FEED_URL|DIR]... [--every 10m]
  the API (OpenAPI at /docs) and the web app; writes (POST /api/articles, watch control) need the token in SITREP_TOKEN
  --host     address to bind (default 127.0.0.1, this machine only)
  --watch    poll this feed URL or folder while serving (repeatable), every --every`;

export const WATCH_USAGE = `usage: sitrep watch FEED_URL|DIR... [--every 10m] [--db FILE|postgres://URL] [--once]
  polls RSS/Atom feeds (conditional requests, no private addresses) and folders, and stores what is new`;

export async function serveCommand(argv: string[], loadResources: () => Resources): Promise<number> {
  const { values } = parseArgs({ args: argv, options: {
    db: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '8080' },
    watch: { type: 'string', multiple: true }, every: { type: 'string', default: '10m' }, help: { type: 'boolean', short: 'h' },
  } });
  if (values.help) { process.stdout.write(SERVE_USAGE + '\n'); return EXIT.OK; }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new SitrepError('SITREP_ERR_USAGE', `--port must be a port number, not ${values.port}`);
  const { buildServer, writeQueue } = await import('../serve/server.js');
  const { Watcher, parseEvery } = await import('../serve/watch.js');
  const everyMs = parseEvery(values.every!);
  const store = await openDb(values.db ?? DEFAULT_DB_FILE);
  const token = process.env.SITREP_TOKEN?.trim() || null;
  const exclusive = writeQueue();
  const resources = loadResources();
  const watcher = values.watch?.length
    ? new Watcher(store, values.watch, { everyMs, exclusive, resources, onCycle: (s) => process.stderr.write(`sitrep: watch: ${s.stored} new article(s), ${s.failed} failure(s)\n`) })
    : null;
  const server = await buildServer({ store, resources, token, watcher, exclusive, logger: false });
  const address = await server.listen({ host: values.host!, port });
  if (watcher) watcher.start();
  process.stderr.write(`sitrep: serving ${store.dialect} store ${values.db ?? DEFAULT_DB_FILE} at ${address} (API docs at ${address}/docs; writes ${token ? 'need the SITREP_TOKEN bearer token' : 'disabled: SITREP_TOKEN is not set'})\n`);
  await new Promise<void>((done) => {
    const stop = () => { watcher?.stop(); void server.close().then(() => store.db.destroy()).then(done); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.OK;
}

export async function watchCommand(argv: string[], loadResources: () => Resources): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    db: { type: 'string' }, every: { type: 'string', default: '10m' }, once: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
  } });
  if (values.help) { process.stdout.write(WATCH_USAGE + '\n'); return EXIT.OK; }
  if (!positionals.length) throw new SitrepError('SITREP_ERR_USAGE', 'watch needs at least one FEED_URL or DIR\n' + WATCH_USAGE);
  const { Watcher, parseEvery } = await import('../serve/watch.js');
  const everyMs = parseEvery(values.every!);
  const store = await openDb(values.db ?? DEFAULT_DB_FILE);
  const report = (w: InstanceType<typeof Watcher>) => {
    for (const s of w.status) process.stderr.write(`sitrep: watch: ${s.source}: ${s.lastError ? 'error: ' + s.lastError : 'ok'} (${s.stored} stored so far)\n`);
  };
  try {
    const w = new Watcher(store, positionals, { everyMs, resources: loadResources(), onCycle: () => report(w) });
    if (values.once) {
      await w.runOnce();
      return w.status.some((s) => s.lastError) ? EXIT.INPUT_FAILED : EXIT.OK;
    }
    process.stderr.write(`sitrep: watching ${positionals.length} source(s) every ${values.every}; Ctrl-C stops\n`);
    w.start();
    await new Promise<void>((done) => { const stop = () => { w.stop(); done(); }; process.once('SIGINT', stop); process.once('SIGTERM', stop); });
    return EXIT.OK;
  } finally {
    await store.db.destroy();
  }
}
