/**
 * Canonical events stored in parts (a merge appends) and whole-store exports written row by row: on the
 * example corpus (27 real articles, several reporting one incident), in SQLite and PostgreSQL, an event
 * read back from its rows equals the event fusion wrote, merges were appended as parts, and the streamed
 * ACLED CSV, GeoJSON, JSONL and JSON report (with a confidence filter too) equal what the whole report gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb } from '../../src/store/db.js';
import { allEvents, forgetParsedEvents } from '../../src/store/repos/events.js';
import { allArticleIds } from '../../src/store/repos/articles.js';
import { buildReport } from '../../src/report/build.js';
import { acledExport, toGeoJson } from '../../src/report/export/index.js';
import { BlockWriter, streamAcledCsv, streamGeoJson, streamJsonl } from '../../src/report/stream-export.js';
import { jsonChunks } from '../../src/report/json-chunks.js';
import { streamJsonReport } from '../../src/report/stream-report.js';
import { filterByConfidence } from '../../src/report/confidence.js';
import { repoRoot } from '../helpers/shared.js';
import { testResources } from '../helpers/resources.js';
import { STORE_KINDS } from './stores.js';

async function capture(run: (w: BlockWriter) => Promise<unknown>): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const w = new BlockWriter(sink);
  await run(w);
  await w.flush();
  return Buffer.concat(chunks).toString('utf8');
}

for (const kind of STORE_KINDS) {
  test(`events in parts and streamed exports on ${kind.name}`, kind.skip ? { skip: kind.skip } : {}, async () => {
    const s = await kind.make();
    const store = await openDb(s.location);
    try {
      const resources = testResources();
      const { records } = await readInputs([join(repoRoot(), 'examples', 'corpus')]);
      const out = await analyzeRecords(records, { db: store, resources });
      assert.deepEqual(out.failures.map((f) => f.message), []);

      // merges were appended: some event has several parts, and its row holds none of its reports
      const parts = await store.db.selectFrom('event_parts').select(['event_id', 'seq']).execute();
      const perEvent = new Map<string, number>();
      for (const p of parts) perEvent.set(p.event_id, (perEvent.get(p.event_id) ?? 0) + 1);
      const merged = [...perEvent].filter(([, n]) => n > 1).map(([id]) => id);
      assert.ok(merged.length > 0, 'no event was merged by appending a part');
      const head = await store.db.selectFrom('fused_events').select('data').where('id', '=', merged[0]!).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(head.data).reports, []);

      // read back from the rows alone, every event is the one fusion wrote (same JSON, key order included)
      const written = new Map((await allEvents(store.db)).map((e) => [e.id, JSON.stringify(e)]));
      forgetParsedEvents();
      const read = await allEvents(store.db);
      assert.equal(read.length, written.size);
      for (const e of read) assert.equal(JSON.stringify(e), written.get(e.id), `event ${e.id} read back differs`);
      const mergedEvent = read.find((e) => e.id === merged[0])!;
      assert.ok(new Set(mergedEvent.reports.map((r) => r.article)).size > 1, 'a merged event reports more than one article');

      // streamed exports equal the whole-report ones
      const report = await buildReport(store.db, await allArticleIds(store.db), resources);
      const csv = await capture((w) => streamAcledCsv(store.db, w, { resources, minConfidence: null }));
      assert.equal(csv, acledExport(resources, report).csv);
      const geo = await capture((w) => streamGeoJson(store.db, w, { resources, minConfidence: null }));
      assert.equal(geo, JSON.stringify(toGeoJson(report), null, 2) + '\n');
      const jsonl = (await capture((w) => streamJsonl(store.db, w, { resources, minConfidence: null }))).trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string });
      const whole = new Map([...report.events, ...report.statements].map((e) => [e.id, JSON.parse(JSON.stringify(e)) as unknown]));
      assert.equal(jsonl.length, whole.size);
      for (const e of jsonl) assert.deepEqual(e, whole.get(e.id), `JSONL event ${e.id} differs from the report's`);
      assert.equal([...jsonChunks(report)].join(''), JSON.stringify(report, null, 2));
      // the JSON report streamed section by section is the whole one, byte for byte, with and without a confidence filter
      for (const min of [null, 0.5, 0.8]) {
        const streamed = await capture((w) => streamJsonReport(store.db, w, resources, min));
        assert.equal(streamed, JSON.stringify(filterByConfidence(report, min), null, 2) + '\n', `streamed JSON report differs (min ${min})`);
      }
    } finally {
      await store.db.destroy();
      await s.cleanup();
    }
  });
}

test('jsonChunks joins to JSON.stringify(value, null, 2) on edge values', () => {
  const values: unknown[] = [
    { a: [], b: {}, c: [1, { d: 'x\ny', e: undefined, f: null }], g: undefined, h: [undefined, () => 1, 'z'] },
    [], {}, 'text', 3, null, [[[[1]]]], { '"quoted" key': { nested: [{ deep: [1, 2] }] } },
  ];
  for (const v of values) for (const depth of [0, 1, 2, 5]) assert.equal([...jsonChunks(v, depth)].join(''), JSON.stringify(v, null, 2), `depth ${depth}: ${JSON.stringify(v)}`);
});
