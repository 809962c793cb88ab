/**
 * Metadata as data: an article seen again with new metadata (the sidecar given this time) is updated and
 * what depends on its date is recomputed — the seeds give the same ledger whatever the order, with or
 * without the sidecar first, as one run with the sidecar; each value's origin is kept; `meta set` corrects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb, type OpenDb } from '../../src/store/db.js';
import { getArticles } from '../../src/store/repos/articles.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { assertSameText, ledger } from './store-snapshot.js';

const seeds = () => sharedPath('corpus', 'seeds');
const files = ['000_f81764883dc4cba5.txt', '001_dec8900fd44e8918.txt', '002_413f76696a0b9fbb.txt', '003_a165803c8a8103b3.txt', '004_e9d9c2b5e2588747.txt'];
const withMeta = (names: string[]) => readInputs(names.map((f) => join(seeds(), f)), { meta: join(seeds(), 'meta.jsonl') });
const without = (names: string[]) => readInputs(names.map((f) => join(seeds(), f)));

async function ledgerOf(steps: (() => ReturnType<typeof readInputs>)[]): Promise<string> {
  const store: OpenDb = await openDb(':memory:');
  try {
    for (const step of steps) {
      const out = await analyzeRecords((await step()).records, { ...testEngine(), db: store });
      assert.deepEqual(out.failures, []);
    }
    return await ledger(store.db);
  } finally { await store.db.destroy(); }
}

test('the seeds give one ledger: in any order, with or without the sidecar first', needShared('corpus', 'seeds'), async () => {
  const reference = await ledgerOf([() => withMeta(files)]);
  const cases: [string, (() => ReturnType<typeof readInputs>)[]][] = [
    ['one seed alone (date inferred), then all with the sidecar', [() => without([files[0]!]), () => withMeta(files)]],
    ['all without the sidecar, then all with it', [() => without(files), () => withMeta(files)]],
    ['all with the sidecar, then all without it', [() => withMeta(files), () => without(files)]],
    ['in reverse order, with the sidecar', [() => withMeta([...files].reverse())]],
    ['two halves in reverse order, the second without the sidecar first', [() => without(files.slice(3)), () => withMeta(files.slice(3)), () => withMeta(files.slice(0, 3))]],
  ];
  for (const [name, steps] of cases) assertSameText(await ledgerOf(steps), reference, `ledger (${name})`);
});

test('a stored article seen again with the sidecar takes its date and outlet, marked as from the sidecar', needShared('corpus', 'seeds'), async () => {
  const store = await openDb(':memory:');
  try {
    const alone = await analyzeRecords((await without([files[0]!])).records, { ...testEngine(), db: store });
    const id = alone.report.articles[0]!.id;
    assert.equal(alone.report.articles[0]!.published, null);
    assert.ok(alone.report.articles[0]!.publishedInferred, 'without a date the publication window is inferred');
    const again = await analyzeRecords((await withMeta([files[0]!])).records, { ...testEngine(), db: store });
    assert.deepEqual(again.analysed, [id], 'new metadata re-analyses the article');
    const [a] = await getArticles(store.db, [id]);
    assert.equal(a!.published, '2024-07-17');
    assert.equal(a!.source, 'Tasnim News Agency');
    assert.equal(a!.publishedInferred, null);
    assert.deepEqual(a!.origins, { published: 'sidecar', source: 'sidecar', language: 'sidecar', title: 'page' });
    // the same again changes nothing
    const third = await analyzeRecords((await withMeta([files[0]!])).records, { ...testEngine(), db: store });
    assert.deepEqual(third.unchanged, [id]);
  } finally { await store.db.destroy(); }
});
