/** The engine on records written here: what is analysed, skipped, failed and reported, and the hooks it calls. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb } from '../../src/store/db.js';
import { countRows } from '../../src/store/repos/articles.js';
import type { RawRecord } from '../../src/core/model/article.js';

const rec = (origin: string, body: string, extra: Partial<RawRecord> = {}): RawRecord => ({ origin, file: origin, format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source: null, published: '2022-09-05', language: 'en', ...extra });

const A = rec('a.txt', 'Gunmen attack police post\n\nGunmen attacked a police post in the border village of Kani Rash on Sunday night, killing one policeman, the provincial police chief said on Monday.', { source: 'Example Wire' });
const B = rec('b.txt', 'Villagers flee shelling\n\nHundreds of families fled villages along the border on Saturday after artillery shells struck farmland near the town of Sidakan, a local official said.', { source: 'Example Daily' });

test('each record is cleaned, analysed and reported with its metadata', async () => {
  const out = await analyzeRecords([A, B], { ...testEngine(), db: ':memory:' });
  assert.deepEqual(out.failures, []);
  assert.equal(out.analysed.length, 2);
  assert.deepEqual(out.report.articles.map((a) => [a.file, a.title, a.source, a.published]), [
    ['a.txt', 'Gunmen attack police post', 'Example Wire', '2022-09-05'],
    ['b.txt', 'Villagers flee shelling', 'Example Daily', '2022-09-05'],
  ]);
  // the headline is the first paragraph of the text, the body follows
  assert.ok(out.report.articles[0]!.text.startsWith('Gunmen attack police post\nGunmen attacked a police post'));
  assert.equal(out.report.generator.name, 'sitrep');
});

test('a record with no prose left after cleaning fails with an error naming it; the others are analysed', async () => {
  const junk = rec('junk.txt', 'Comments are not available on this story.\n\nSend questions/comments to the editors.');
  const out = await analyzeRecords([A, junk, B], { ...testEngine(), db: ':memory:' });
  assert.equal(out.failures.length, 1);
  assert.equal(out.failures[0]!.code, 'SITREP_ERR_INPUT_EMPTY');
  assert.equal(out.failures[0]!.input, 'junk.txt');
  assert.match(out.failures[0]!.message, /^junk\.txt: /);
  assert.equal(out.analysed.length, 2);
  assert.equal(out.report.articles.length, 2);
});

test('the same content twice in one batch is analysed once and reported once', async () => {
  const copy = { ...A, origin: 'copy-of-a.txt', file: 'copy-of-a.txt' };
  const out = await analyzeRecords([A, copy], { ...testEngine(), db: ':memory:' });
  assert.equal(out.analysed.length, 1);
  assert.equal(out.report.articles.length, 1);
});

test('the report covers the inputs of this run only, also when the store holds more', async () => {
  const store = await openDb(':memory:');
  try {
    await analyzeRecords([A], { ...testEngine(), db: store });
    const out = await analyzeRecords([B], { ...testEngine(), db: store });
    assert.deepEqual(out.report.articles.map((a) => a.file), ['b.txt']);
    assert.equal((await countRows(store.db)).articles, 2);
    const both = await analyzeRecords([A, B], { ...testEngine(), db: store });
    assert.equal(both.analysed.length, 0);
    assert.equal(both.unchanged.length, 2);
    assert.equal(both.report.articles.length, 2);
  } finally { await store.db.destroy(); }
});

test('progress is reported once per analysed article, and stage timings are collected', async () => {
  const calls: [number, number][] = [];
  const timings = new Map<string, number>();
  await analyzeRecords([A, B], { ...testEngine(), db: ':memory:', onProgress: (d, t) => calls.push([d, t]), timings });
  assert.deepEqual(calls, [[1, 2], [2, 2]]);
  assert.ok([...timings.keys()].some((k) => k.startsWith('nlp/tokens')), [...timings.keys()].join(','));
  for (const ms of timings.values()) assert.ok(ms >= 0);
});

test('an open store passed in is left open for the caller', async () => {
  const store = await openDb(':memory:');
  try {
    await analyzeRecords([A], { ...testEngine(), db: store });
    assert.equal((await countRows(store.db)).articles, 1, 'still usable after the run');
  } finally { await store.db.destroy(); }
});
