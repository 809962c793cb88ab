/**
 * Two `analyze` processes writing one PostgreSQL store at once, at the size issue 15 reported lost updates
 * with (249 + 249 articles): the Guardian sample in one process, a copy of each article (a distinct last
 * line, so it is a new article reporting the same incidents) in the other. Prints the link rows that name
 * an article the event's stored data lacks (lost updates), dangling links and unlinked reports; not a test
 * (test/robust/concurrent-writers.test.ts is the bounded one).
 *
 *   npm run build && node dist/bench/writers.bench.js [--pg postgres://postgres@127.0.0.1:5432/test]
 *   (SITREP_SHARED=path/to/shared when ../shared is not beside the repository)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { guardianRecords, repeatToSize } from './guardian.js';
import { analyzeRecords } from '../src/engine/analyze.js';
import { openDb } from '../src/store/db.js';
import { allEvents } from '../src/store/repos/events.js';
import { loadResources } from '../src/resources/index.js';
import { LOCAL_PG, postgresStore } from '../src/store/testing.js';

const { values } = parseArgs({ options: { pg: { type: 'string', default: process.env.SITREP_TEST_PG ?? LOCAL_PG }, child: { type: 'string' }, part: { type: 'string' } } });

function sharedDir(): string {
  if (process.env.SITREP_SHARED) return process.env.SITREP_SHARED;
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(d, 'package.json')); i++) d = dirname(d);
  return join(d, '..', 'shared');
}

const records = guardianRecords(sharedDir());
if (!records) { console.error(`no Guardian sample under ${sharedDir()} (set SITREP_SHARED)`); process.exit(2); }

if (values.child) {
  // one writer: its half of the originals-and-copies list
  const all = repeatToSize(records, Infinity, records.length * 2);
  const mine = values.part === 'a' ? all.slice(0, records.length) : all.slice(records.length);
  const s = await openDb(values.child);
  try {
    const out = await analyzeRecords(mine, { db: s, resources: loadResources() });
    console.log(`writer ${values.part}: ${out.analysed.length} analysed, ${out.unchanged.length} unchanged, ${out.failures.length} failed`);
  } finally { await s.db.destroy(); }
} else {
  const st = await postgresStore(values.pg!);
  try {
    await (await openDb(st.location)).db.destroy(); // the schema is created before the race
    const run = (part: string) => new Promise<number | null>((res) => spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', st.location, '--part', part], { stdio: 'inherit' }).on('exit', res));
    const t0 = performance.now();
    const codes = await Promise.all([run('a'), run('b')]);
    console.log(`exit codes ${codes.join(', ')}; ${((performance.now() - t0) / 1000).toFixed(0)} s wall`);
    const s = await openDb(st.location);
    try {
      const reported = new Map((await allEvents(s.db)).map((e) => [e.id, new Set(e.reports.map((r) => r.article))]));
      const links = await s.db.selectFrom('event_reports').selectAll().execute();
      const linked = new Set(links.map((l) => `${l.event_id}|${l.article_id}`));
      const lost = new Set(links.filter((l) => reported.get(l.event_id) && !reported.get(l.event_id)!.has(l.article_id)).map((l) => l.event_id));
      const dangling = links.filter((l) => !reported.has(l.event_id)).length;
      let unlinked = 0;
      for (const [id, arts] of reported) for (const a of arts) if (!linked.has(`${id}|${a}`)) unlinked++;
      console.log(`${reported.size} events, ${links.length} link rows: ${lost.size} events with lost updates, ${dangling} dangling links, ${unlinked} unlinked reports`);
    } finally { await s.db.destroy(); }
  } finally { await st.cleanup(); }
}
