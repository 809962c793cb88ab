/**
 * Two writers on one PostgreSQL store at once: every link row names an article the event's stored data
 * reports (no lost update), no link row outlives its event, and every report is linked. (Whether the
 * two-writer ledger equals a one-writer ledger is not asserted: fusion depends on arrival order, see
 * docs/ROBUSTNESS.md.) Two processes would race the same way; two stores (connection pools) in one process do too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb } from '../../src/store/db.js';
import { allEvents } from '../../src/store/repos/events.js';
import { repoRoot } from '../helpers/shared.js';
import { testResources } from '../helpers/resources.js';
import { PG_URL, postgresStore } from '../store/stores.js';

test('two concurrent PostgreSQL writers lose no update', PG_URL ? {} : { skip: 'no PostgreSQL server answers' }, async () => {
  const s = await postgresStore(PG_URL!);
  const a = await openDb(s.location), b = await openDb(s.location);
  try {
    const { records } = await readInputs([join(repoRoot(), 'examples', 'corpus')]);
    const resources = testResources();
    // interleaved halves: articles about the same incidents go to different writers
    const even = records.filter((_, i) => i % 2 === 0), odd = records.filter((_, i) => i % 2 === 1);
    const [x, y] = await Promise.all([analyzeRecords(even, { db: a, resources }), analyzeRecords(odd, { db: b, resources })]);
    assert.deepEqual([...x.failures, ...y.failures].map((f) => f.message), []);
    const events = (await allEvents(a.db)).map((e) => ({ id: e.id, data: JSON.stringify(e) }));
    const links = await a.db.selectFrom('event_reports').selectAll().execute();
    const reported = new Map(events.map((e) => [e.id, new Set((JSON.parse(e.data) as { reports: { article: string }[] }).reports.map((r) => r.article))]));
    const lost = links.filter((l) => !reported.get(l.event_id)?.has(l.article_id));
    assert.deepEqual(lost, [], 'link rows naming an article the event data lacks (lost updates)');
    const dangling = links.filter((l) => !reported.has(l.event_id));
    assert.deepEqual(dangling, [], 'link rows of events that no longer exist');
    // every article reports at least one stored event it was fused into, and each event's reports are linked
    for (const [id, arts] of reported) for (const art of arts) assert.ok(links.some((l) => l.event_id === id && l.article_id === art), `${id} lacks the link to ${art}`);
  } finally { await a.db.destroy(); await b.db.destroy(); await s.cleanup(); }
});
