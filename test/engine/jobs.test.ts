/**
 * `jobs`: the per-document pipeline on worker threads gives the store and the report one thread gives,
 * on the example corpus (real articles, several reporting one incident): the writer stores the workers'
 * results in the single-thread order. Explain diagnostics come back from the workers too. On real articles
 * of the Guardian sample, each worker reads only some of them: an answer that depended on what a thread
 * had read before (wink's learnt words did) makes the two runs differ.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openDb } from '../../src/store/db.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { testResources } from '../helpers/resources.js';
import { repoRoot, needShared, sharedDir } from '../helpers/shared.js';
import { guardianRecords } from '../../bench/guardian.js';
import type { RawRecord } from '../../src/core/model/article.js';

test('analyze with 2 jobs stores the same events and reports the same as with 1', async () => {
  const { records: corpus } = await readInputs([join(repoRoot(), 'examples', 'corpus')]);
  assert.ok(corpus.length >= 5, 'the example corpus is there');
  // an undated article with a weekday and nothing to resolve it by (written for this test): the date stage notes that on the article itself
  const records = [...corpus, { ...corpus[0]!, origin: 'undated.txt', file: 'undated.txt', externalId: null, url: null, title: null, published: null,
    body: 'Gunmen attacked a police checkpoint on Monday, killing two officers, a security official said.\n\nNo group claimed responsibility for the attack.' }];
  const run = async (jobs: number) => {
    const store = await openDb(':memory:');
    try {
      const timings = new Map<string, number>();
      const out = await analyzeRecords(records, { db: store, resources: testResources(), jobs, explain: true, timings });
      const events = await store.db.selectFrom('fused_events').select(['id', 'family', 'type', 'day_start', 'day_end', 'country', 'data']).orderBy('id').execute();
      const links = await store.db.selectFrom('event_reports').selectAll().orderBy('event_id').orderBy('article_id').execute();
      const analyses = await store.db.selectFrom('analyses').select(['article_id', 'result']).orderBy('article_id').execute();
      const articles = await store.db.selectFrom('articles').select(['id', 'layout', 'published']).orderBy('id').execute();
      return { out, events, links, analyses, articles, stages: [...timings.keys()].filter((k) => k.includes('/')).sort() };
    } finally { await store.db.destroy(); }
  };
  const one = await run(1), two = await run(2);
  assert.equal(two.out.failures.length, 0);
  assert.deepEqual(two.out.analysed, one.out.analysed);
  assert.ok(one.events.length > 0);
  assert.deepEqual(two.events, one.events);
  assert.deepEqual(two.links, one.links);
  assert.deepEqual(two.analyses, one.analyses);
  assert.deepEqual(two.articles, one.articles, 'articles stored alike, what the stages noted on them included');
  assert.ok(one.out.report.articles.some((a) => a.diagnostics.some((d) => d.rule === 'dates/no-reference')), 'the undated copy has its note');
  // the report, explain diagnostics included (the store's times aside)
  const strip = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'generatedAt' || k === 'ingestedAt' || k === 'updatedAt' ? undefined : v)));
  assert.deepEqual(strip(two.out.report), strip(one.out.report));
  assert.ok(two.out.report.articles.some((a) => a.diagnostics.length > 0), 'diagnostics came back from the workers');
  // per-stage timings are summed from the workers
  assert.deepEqual(two.stages, one.stages);
});

test('analyze with jobs: workers that cannot load their KB fail every article by name, and nothing is stored', async () => {
  const { records } = await readInputs([join(repoRoot(), 'examples', 'corpus')]);
  const store = await openDb(':memory:');
  try {
    const out = await analyzeRecords(records.slice(0, 3), { db: store, resources: testResources(), jobs: 2, kb: { extraFiles: [join(repoRoot(), 'no-such-kb-file.jsonl')] } });
    assert.equal(out.failures.length, 3);
    for (const [i, f] of out.failures.entries()) assert.match(f.message, /analysis failed/, `failure ${i}`);
    assert.deepEqual(out.analysed, []);
    const n = await store.db.selectFrom('analyses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    assert.equal(Number(n?.n), 0);
  } finally { await store.db.destroy(); }
});

// the whole sample: with wink's learnt words this failed (01dcb3993ac54f51 analysed differently), with its first 80 articles it did not
test('Guardian sample: 2 jobs store the same analyses and events as 1, though each worker reads only some of the articles', needShared('eval', 'raw', 'ngec-guardian-sdf', 'guardian_sdf_sample.csv'), async () => {
  const records: RawRecord[] = guardianRecords(sharedDir()!)!;
  const run = async (jobs: number) => {
    const store = await openDb(':memory:');
    try {
      const out = await analyzeRecords(records, { db: store, resources: testResources(), jobs });
      const analyses = await store.db.selectFrom('analyses').select(['article_id', 'result']).orderBy('article_id').execute();
      const events = await store.db.selectFrom('fused_events').select(['id', 'type', 'day_start', 'day_end', 'country', 'data']).orderBy('id').execute();
      const links = await store.db.selectFrom('event_reports').selectAll().orderBy('event_id').orderBy('article_id').execute();
      return { out, analyses, events, links };
    } finally { await store.db.destroy(); }
  };
  const one = await run(1), two = await run(2);
  assert.equal(two.out.failures.length, 0);
  assert.ok(one.analyses.length >= records.length - 10 && one.events.length > 0, `${one.analyses.length} analyses, ${one.events.length} events`);
  // per article first, so a failure names the article that differs
  const byId = new Map(one.analyses.map((a) => [a.article_id, a.result]));
  for (const a of two.analyses) assert.equal(a.result, byId.get(a.article_id), `analysis of ${a.article_id}`);
  assert.equal(two.analyses.length, one.analyses.length);
  assert.deepEqual(two.events, one.events);
  assert.deepEqual(two.links, one.links);
});
