/**
 * API benchmark: a store of generated canonical events (default 100,000; `--events N`) behind
 * `sitrep serve` on loopback, and the latency of filtered list queries and of one event, measured by a
 * bounded client: per query a few warm-up requests, then a fixed number of requests (`--requests`, 200)
 * one at a time over keep-alive, so each figure is the server's answer time, not queueing; a query stops
 * early after `--seconds` (30) so a loaded machine cannot stretch the run. Prints p50/p95/max per query kind,
 * this process's CPU time per request, and the load average before and after, for SQLite and, when SITREP_TEST_PG (or --pg URL) is set,
 * PostgreSQL. The events are written as the engine writes them (eventRow, the row putEvent writes; in bulk),
 * one to three reporting articles each, and indexed by the server's own ledger sync, whose time is printed too.
 * Building 100,000 events takes minutes; `--store DIR` keeps the stores (SQLite DIR/api-bench-N.db, the
 * PostgreSQL schema sitrep_api_bench_N) and reuses them when complete, so the measurement alone can be
 * repeated when the machine is quiet; `--idle L` waits (up to `--wait` minutes in all, default 30) for the 1-minute
 * load average to fall to L before measuring. Prints figures; not a test.
 * Run: npm run bench:api [-- --events N] [-- --requests N] [-- --store DIR [--build-only]] [-- --idle 1.5]
 */
import { mkdtempSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { openDb, type OpenDb } from '../src/store/db.js';
import type { Database } from '../src/store/schema.js';
import type { FusedEvent, PloverType } from '../src/core/model/event.js';
import { eventRow, wholePartRow } from '../src/store/repos/events.js';
import { syncLedger } from '../src/serve/ledger-sync.js';
import { buildServer } from '../src/serve/server.js';
import { loadResources } from '../src/resources/index.js';

const arg = (name: string, dflt: string | undefined): string | undefined => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const EVENTS = Number(arg('--events', '100000'));
const REQUESTS = Number(arg('--requests', '200'));
const PG = arg('--pg', process.env.SITREP_TEST_PG);
/** `--only sqlite` or `--only postgres` runs one store (two processes can then run side by side) */
const ONLY = arg('--only', undefined);
/** `--keep` leaves the stores in place (the SQLite path and the PostgreSQL schema are printed), to look at query plans */
const KEEP = process.argv.includes('--keep');
/** `--store DIR`: persistent stores, built once and reused while complete */
const STORE = arg('--store', undefined);
const SECONDS = Number(arg('--seconds', '30'));
const WARMUP = Number(arg('--warmup', '5'));
const IDLE = arg('--idle', undefined);
const WAIT_MIN = Number(arg('--wait', '30'));
/** one deadline for the whole run: a second store does not wait again as long */
const WAIT_UNTIL = Date.now() + WAIT_MIN * 60_000;
for (const [k, v] of [['--events', EVENTS], ['--requests', REQUESTS], ['--seconds', SECONDS], ['--warmup', WARMUP], ['--wait', WAIT_MIN]] as const) {
  if (!Number.isFinite(v) || v < 0 || (k !== '--warmup' && v === 0)) throw new Error(`${k}: not a positive number`);
}
/** bumped when the generator or the rows it writes change, so a kept store of an older kind is rebuilt */
const GENERATOR = 'api-bench-1';
/** `--build-only` (with `--store`): build the kept stores and stop, to measure later on a quiet machine */
const BUILD_ONLY = process.argv.includes('--build-only');
if (BUILD_ONLY && !STORE) throw new Error('--build-only needs --store DIR');

let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const COUNTRIES: [string, string[], number, number][] = [
  ['IQ', ['Anbar Governorate', 'Baghdad Governorate', 'Nineveh Governorate', 'Kirkuk Governorate', 'Erbil Governorate'], 33.2, 43.7],
  ['SY', ['Deir ez-Zor Governorate', 'Aleppo Governorate', 'Idlib Governorate', 'Al-Hasakah Governorate'], 35.0, 38.5],
  ['YE', ['Sanaa Governorate', 'Al Hudaydah Governorate', 'Marib Governorate'], 15.4, 44.2],
  ['UA', ['Donetsk Oblast', 'Kharkiv Oblast', 'Zaporizhzhia Oblast'], 48.3, 37.0],
  ['SD', ['Khartoum State', 'North Darfur State'], 15.5, 32.5],
];
const TYPES: [PloverType, string[]][] = [['ASSAULT', ['drone', 'missile', 'rocket', 'shelling', 'airstrike', 'firearms', 'explosion']], ['PROTEST', ['demonstrate', 'sit-in']], ['COERCE', ['arrest', 'raid']], ['CONSULT', ['meeting', 'phone']], ['MOBILIZE', ['deploy']]];
const ACTORS = ['Kataib Hezbollah', 'Islamic State', 'Turkish Armed Forces', 'Houthis', 'Rapid Support Forces', 'Russian Armed Forces', 'unidentified gunmen', 'Iraqi militia', 'Syrian Democratic Forces'];
const TARGETS = ['United States Armed Forces', 'civilians', 'police', 'Iraqi Army', 'protesters', 'Ukrainian Armed Forces'];
const OUTLETS = ['Reuters', 'Associated Press', 'Tasnim News Agency', 'The New Arab', 'Rudaw', 'Al Jazeera', 'Kurdistan 24', 'Xinhua', 'AFP', 'Shafaq News'];
const WORDS = ['rockets', 'drones', 'struck', 'base', 'convoy', 'checkpoint', 'claimed', 'responsibility', 'wounded', 'killed', 'officials', 'said', 'village', 'airport', 'militia', 'statement'];
const DAY0 = Date.parse('2019-01-01T00:00:00Z');

function generated(i: number): { event: FusedEvent; articles: { id: string; source: string; published: string; text: string }[] } {
  const [country, admins, lat0, lon0] = pick(COUNTRIES);
  const [type, modes] = pick(TYPES);
  const day = Math.floor(rnd() * 6 * 365);
  const date = new Date(DAY0 + day * 86400000).toISOString().slice(0, 10);
  const week = rnd() < 0.2;
  const end = week ? new Date(DAY0 + (day + 6) * 86400000).toISOString().slice(0, 10) : date;
  const n = 1 + Math.floor(rnd() * rnd() * 3.5);
  const articles = Array.from({ length: n }, (_, k) => {
    const sentence = `${pick(ACTORS)} ${Array.from({ length: 14 }, () => pick(WORDS)).join(' ')} near ${pick(admins)} on ${date}.`;
    return { id: `${i.toString(16).padStart(12, '0')}${k.toString(16).padStart(4, '0')}`, source: pick(OUTLETS), published: end, text: `${sentence} ${Array.from({ length: 40 }, () => pick(WORDS)).join(' ')}.` };
  });
  const reports = articles.map((a) => { const end2 = a.text.indexOf('.') + 1; return { article: a.id, start: 0, end: end2, text: a.text.slice(0, end2) }; });
  const killed = type === 'ASSAULT' && rnd() < 0.6 ? Math.floor(rnd() * rnd() * 40) : null;
  const agent = pick(ACTORS);
  const conflict = n > 1 && rnd() < 0.25;
  const event: FusedEvent = {
    id: `ev-${i.toString(16).padStart(12, '0')}`, type, mode: pick(modes), date: { start: date, end, precision: week ? 'week' : 'day' } as FusedEvent['date'],
    location: { name: `${pick(admins)} site ${i % 500}`, entity: `kb:site-${i % 2000}`, country, admin1: pick(admins), lat: lat0 + (rnd() - 0.5) * 4, lon: lon0 + (rnd() - 0.5) * 4, precision: 'town' },
    actors: [{ role: 'agent', name: agent, entity: `kb:${agent.toLowerCase().replace(/\W+/g, '-')}` }, { role: 'target', name: pick(TARGETS), entity: null }],
    weapon: type === 'ASSAULT' ? pick(['drone', 'rocket', 'missile', 'mortar']) : null, quantity: null,
    casualties: killed === null ? null : { killed: { min: killed, max: killed } },
    responsibility: type === 'ASSAULT' && rnd() < 0.3 ? { status: conflict ? 'conflicting' : 'claimed', by: [agent] } : null,
    outcome: null, modality: rnd() < 0.05 ? 'planned' : 'asserted', background: rnd() < 0.1,
    reports, evidence: { type: reports.map((r) => ({ value: type, evidence: { ...r, start: 0, end: 5, text: r.text.slice(0, 5) } })) },
    conflicts: conflict ? [{ field: 'responsibility', values: [] }] : [], confidence: Math.round((0.4 + rnd() * 0.6) * 100) / 100,
    rules: ['bench/generated'], mergedBecause: n > 1 ? ['generated: same incident'] : [], members: reports.map((r) => ({ article: r.article, event: 'e1' })),
  };
  return { event, articles };
}

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 100;

/**
 * Writes the generated events in transactions of 1,000, with multi-row INSERTs (the rows putEvent writes,
 * built by the same eventRow and wholePartRow): one statement per event would be 200,000 round trips to PostgreSQL.
 */
async function fill(db: Kysely<Database>, total: number): Promise<void> {
  const now = new Date().toISOString();
  const chunks = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));
  for (let i = 0; i < total; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, total - i) }, (_, k) => generated(i + k));
    await db.transaction().execute(async (trx) => {
      const arts = batch.flatMap((b) => b.articles).map((a) => ({ id: a.id, origin: 'bench', file: null, url: null, external_id: null, title: a.text.slice(0, 60), source: a.source, published: a.published, language: 'en', layout: '{}', meta_origins: '{}', text: a.text, raw: a.text, ingested_at: now }));
      for (const c of chunks(arts, ROWS_PER_INSERT)) await trx.insertInto('articles').values(c).execute();
      for (const c of chunks(batch.map((b) => eventRow(b.event, b.event.type, 'bench', now)), ROWS_PER_INSERT)) await trx.insertInto('fused_events').values(c).execute();
      for (const c of chunks(batch.map((b) => wholePartRow(b.event)), ROWS_PER_INSERT)) await trx.insertInto('event_parts').values(c).execute();
      const links = batch.flatMap((b) => [...new Set(b.event.reports.map((r) => r.article))].map((a) => ({ event_id: b.event.id, article_id: a })));
      for (const c of chunks(links, ROWS_PER_INSERT * 4)) await trx.insertInto('event_reports').values(c).execute();
    });
  }
}

const resources = loadResources();
const pct = (xs: number[], p: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!; };

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' / ');

/** The stored marker of a complete build: the generator and the number of events. */
async function complete(store: OpenDb): Promise<boolean> {
  try {
    const r = await sql<{ v: string }>`select v from bench_meta where k = 'complete'`.execute(store.db);
    return r.rows[0]?.v === `${GENERATOR}:${EVENTS}`;
  } catch { return false; }
}

/** Fills an empty store (or one left incomplete, emptied first) and builds the ledger index; returns what it printed. */
async function build(store: OpenDb): Promise<string> {
  if (STORE && !(await complete(store))) {
    // an interrupted or older build: start again from empty tables
    for (const t of ['event_reports', 'event_parts', 'fused_events', 'articles']) await sql`delete from ${sql.table(t)}`.execute(store.db);
    await sql`drop table if exists bench_meta`.execute(store.db);
  } else if (STORE) {
    const t = performance.now();
    await syncLedger(store.db, store.dialect, resources);
    return `from the kept store (index checked in ${((performance.now() - t) / 1000).toFixed(1)} s)`;
  }
  let t = performance.now();
  await fill(store.db, EVENTS);
  const fillS = (performance.now() - t) / 1000;
  t = performance.now();
  await syncLedger(store.db, store.dialect, resources);
  const syncS = (performance.now() - t) / 1000;
  if (STORE) {
    await sql`create table bench_meta (k text primary key, v text not null)`.execute(store.db);
    await sql`insert into bench_meta (k, v) values ('complete', ${`${GENERATOR}:${EVENTS}`})`.execute(store.db);
  }
  return `written in ${fillS.toFixed(1)} s, ledger index built in ${syncS.toFixed(1)} s (load ${load()})`;
}

/** Waits until the 1-minute load average is at most `--idle`, or `--wait` minutes have passed; says which. */
async function waitIdle(): Promise<void> {
  if (IDLE === undefined) return;
  const limit = Number(IDLE), until = WAIT_UNTIL;
  while (loadavg()[0]! > limit && Date.now() < until) await new Promise((r) => setTimeout(r, 5000));
  console.log(loadavg()[0]! <= limit ? `(load average fell to ${loadavg()[0]!.toFixed(2)} <= ${limit})` : `(load average still ${loadavg()[0]!.toFixed(2)} > ${limit} at the end of the ${WAIT_MIN} min wait: measuring anyway)`);
}

async function measure(name: string, store: OpenDb): Promise<void> {
  const built = await build(store);
  if (BUILD_ONLY) { console.log(`${name}: ${EVENTS.toLocaleString('en')} events ${built}`); return; }
  const app = await buildServer({ store, resources, rateLimit: 1_000_000, webRoot: '/nonexistent' });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  await waitIdle();
  console.log(`\n${name}: ${EVENTS.toLocaleString('en')} events ${built}; ${REQUESTS} requests per query after ${WARMUP} warm-up, one at a time, keep-alive, loopback, at most ${SECONDS} s per query`);
  console.log(`load average (1/5/15 min) at start: ${load()} on ${cpus().length} cores`);
  const ids = Array.from({ length: 50 }, () => `ev-${Math.floor(rnd() * EVENTS).toString(16).padStart(12, '0')}`);
  const queries: [string, () => string][] = [
    ['newest page (no filter)', () => '/api/events?limit=50'],
    ['country + type + date range', () => `/api/events?country=${pick(COUNTRIES)[0]}&type=ASSAULT&from=2022-01-01&to=2022-06-30&limit=50`],
    ['admin1, sorted by toll', () => `/api/events?admin1=${encodeURIComponent(pick(COUNTRIES)[1][0]!)}&sort=-toll&limit=50`],
    ['near a point, 50 km', () => `/api/events?near=${(33.2 + (rnd() - 0.5) * 3).toFixed(2)},${(43.7 + (rnd() - 0.5) * 3).toFixed(2)}&radius=50&limit=50`],
    ['actor', () => `/api/events?actor=${encodeURIComponent(pick(ACTORS))}&limit=50`],
    ['full text, two words', () => `/api/events?q=${pick(WORDS)}%20${pick(WORDS)}&limit=50`],
    ['conflicts + min 2 sources + confidence', () => '/api/events?conflicts=true&minSources=2&minConfidence=0.7&limit=50'],
    ['ACLED type, page 2 by cursor', () => '/api/events?acled=Protests&limit=50'],
    ['one event', () => `/api/events/${pick(ids)}`],
  ];
  console.log('| query | p50 ms | p95 ms | max ms | CPU p50 / p95 ms | requests |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, url] of queries) {
    const times: number[] = [];
    // this process's CPU per request (server and client; with SQLite the database work too, with PostgreSQL
    // not the database server's): a figure the machine's load barely moves, beside the wall times it does
    const cpu: number[] = [];
    const stopAt = performance.now() + SECONDS * 1000;
    for (let i = 0; i < WARMUP + REQUESTS && performance.now() < stopAt; i++) {
      let u = url();
      if (label.startsWith('ACLED')) {
        const first = await (await fetch(base + u)).json() as { nextCursor: string | null };
        if (first.nextCursor) u += `&cursor=${encodeURIComponent(first.nextCursor)}`;
      }
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await fetch(base + u);
      await res.arrayBuffer();
      if (i >= WARMUP) { times.push(performance.now() - t0); const c = process.cpuUsage(c0); cpu.push((c.user + c.system) / 1000); }
      if (res.status !== 200 && !(res.status === 404 && label === 'one event')) throw new Error(`${u}: HTTP ${res.status}`);
    }
    const n = times.length < REQUESTS ? `${times.length} (stopped at ${SECONDS} s)` : String(times.length);
    console.log(times.length ? `| ${label} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${pct(cpu, 50).toFixed(1)} / ${pct(cpu, 95).toFixed(1)} | ${n} |` : `| ${label} | – | – | – | – | 0 (warm-up took ${SECONDS} s) |`);
  }
  console.log(`load average at end: ${load()}`);
  await app.close();
}

const dir = STORE ? resolve(STORE) : mkdtempSync(join(tmpdir(), 'sitrep-api-bench-'));
mkdirSync(dir, { recursive: true });
const sqlitePath = join(dir, STORE ? `api-bench-${EVENTS}.db` : 'bench.db');
try {
  if (ONLY !== 'postgres') {
    if (STORE) console.log(existsSync(sqlitePath) ? `SQLite store: ${sqlitePath}` : `SQLite store: ${sqlitePath} (new)`);
    const sqlite = await openDb(sqlitePath);
    try { await measure('SQLite', sqlite); } finally { await sqlite.db.destroy(); }
  }
  if (ONLY === 'sqlite') { /* PostgreSQL not asked for */ } else if (PG) {
    const schema = STORE ? `sitrep_api_bench_${EVENTS}` : `sitrep_bench_${randomBytes(5).toString('hex')}`;
    const pg = await import('pg');
    const admin = new (pg.default ?? pg).Client({ connectionString: PG });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    if (STORE) console.log(`PostgreSQL schema: ${schema}`);
    try {
      const u = new URL(PG);
      u.searchParams.set('options', `-c search_path=${schema}`);
      const store = await openDb(u.toString());
      try { await measure('PostgreSQL', store); } finally { await store.db.destroy(); }
    } finally {
      if (KEEP || STORE) console.log(`\nPostgreSQL schema kept: ${schema}`); else await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  } else console.log('\nPostgreSQL: skipped (set SITREP_TEST_PG=postgres://... or pass --pg URL)');
} finally {
  if (KEEP || STORE) { if (ONLY !== 'postgres') console.log(`\nSQLite store kept: ${sqlitePath}`); } else rmSync(dir, { recursive: true, force: true });
}
