/**
 * Re-analysis is atomic: when `--reprocess` (or new metadata) re-analyses an article and the analysis or
 * the store write fails, the store is left byte for byte as it was — the old events of the article and
 * their other reports included — and the failure names the input with a code. SQLite and PostgreSQL.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb } from '../../src/store/db.js';
import { loadResources, type Resources } from '../../src/resources/index.js';
import { repoRoot } from '../helpers/shared.js';
import { STORE_KINDS } from '../store/stores.js';
import { assertSameText, failWritesTo, snapshot } from './store-snapshot.js';

const corpus = () => readInputs([join(repoRoot(), 'examples', 'corpus')]);

/** The resources, whose knowledge base fails on its first use only: the pipeline fails on the first article. */
function brokenOnceResources(): Resources {
  const res = loadResources();
  let failed = false;
  return new Proxy(res, { get(t, k) { if (k === 'kb' && !failed) { failed = true; throw new TypeError('injected fault: knowledge base unavailable'); } return Reflect.get(t, k); } });
}

for (const kind of STORE_KINDS) {
  describe(`atomic re-analysis on ${kind.name}`, kind.skip ? { skip: kind.skip } : {}, () => {
    test('a store fault while re-analysing leaves the previous state byte for byte', async () => {
      const s = await kind.make();
      const store = await openDb(s.location);
      try {
        const { records } = await corpus();
        const first = await analyzeRecords(records, { ...testEngine(), db: store });
        assert.deepEqual(first.failures, []);
        assert.ok(first.report.events.some((e) => new Set(e.reports.map((r) => r.article)).size > 1), 'the corpus has an event reported by several articles');
        const before = await snapshot(store.db);
        // the fault hits the write of fused events, after the old ones were deleted in the same transaction
        const faulty = { db: store.db.withPlugin(failWritesTo('fused_events')), dialect: store.dialect };
        const again = await analyzeRecords(records, { ...testEngine(), db: faulty, reprocess: true });
        assert.equal(again.analysed.length, 0);
        assert.equal(again.failures.length, records.length);
        assert.deepEqual(again.failures.map((f) => f.input).sort(), records.map((r) => r.origin).sort());
        for (const f of again.failures) {
          assert.equal(f.code, 'SITREP_ERR_STORE');
          assert.match(f.message, /nothing stored or changed for this input: Error: injected fault/);
        }
        assertSameText(await snapshot(store.db), before, 'store snapshots');
      } finally { await store.db.destroy(); await s.cleanup(); }
    });

    test('a pipeline failure while re-analysing is a named internal error and changes nothing', async () => {
      const s = await kind.make();
      const store = await openDb(s.location);
      try {
        const { records } = await corpus();
        await analyzeRecords(records, { ...testEngine(), db: store });
        const before = await snapshot(store.db);
        const again = await analyzeRecords(records.slice(0, 1), { ...testEngine(), db: store, reprocess: true, resources: brokenOnceResources() });
        assert.equal(again.failures.length, 1);
        assert.equal(again.failures[0]!.code, 'SITREP_ERR_INTERNAL');
        assert.equal(again.failures[0]!.input, records[0]!.origin);
        assert.doesNotMatch(again.failures[0]!.message, /\n\s+at /, 'no stack trace in the message');
        assertSameText(await snapshot(store.db), before, 'store snapshots');
      } finally { await store.db.destroy(); await s.cleanup(); }
    });

    test('a successful re-analysis rebuilds the same ledger', async () => {
      const s = await kind.make();
      const store = await openDb(s.location);
      try {
        const { records } = await corpus();
        const first = await analyzeRecords(records, { ...testEngine(), db: store });
        const again = await analyzeRecords(records, { ...testEngine(), db: store, reprocess: true });
        assert.deepEqual(again.failures, []);
        assert.equal(again.analysed.length, records.length);
        const strip = (r: typeof first.report) => JSON.stringify(r.events);
        assertSameText(strip(again.report), strip(first.report), 'ledgers');
      } finally { await store.db.destroy(); await s.cleanup(); }
    });
  });
}
