/**
 * The store through the engine: a second analysis of the same inputs stores nothing new, --reprocess
 * re-analyses without duplicating rows, one article content is stored once, and stored articles read back
 * whole. Runs on SQLite, and on PostgreSQL when SITREP_TEST_PG is set.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb } from '../../src/store/db.js';
import { countRows, getAnalyses, getArticles } from '../../src/store/repos/articles.js';
import { candidateEvents, dayNumber, eventsForArticles, putEvent, PLACELESS_SPAN_DAYS } from '../../src/store/repos/events.js';
import { familyKey } from '../../src/fuse/index.js';
import { cleanRecord } from '../../src/clean/index.js';
import { PIPELINE_VERSION } from '../../src/core/version.js';
import { repoRoot } from '../helpers/shared.js';
import { STORE_KINDS, type TestStore } from './stores.js';

const fixture = (...p: string[]) => join(repoRoot(), 'test', 'fixtures', 'ingest', ...p);
const inputs = () => readInputs([fixture('tree'), fixture('records.jsonl'), fixture('page.html')]);

type StoreDb = Awaited<ReturnType<typeof openDb>>['db'];
type StoredEvent = Awaited<ReturnType<typeof eventsForArticles>>[number];

/** The fixtures analysed into a store of `make`; `body` gets the open store and a dated canonical event of it. */
const withDatedEvent = (make: () => Promise<TestStore>, body: (db: StoreDb, e: StoredEvent) => Promise<void>) => withStore(make, async (loc) => {
  const { records } = await inputs();
  const out = await analyzeRecords(records, { ...testEngine(), db: loc });
  const s = await openDb(loc);
  try {
    const e = (await eventsForArticles(s.db, out.analysed)).find((x) => x.date);
    assert.ok(e, 'a dated canonical event in the fixtures');
    await body(s.db, e);
  } finally {
    await s.db.destroy();
  }
});

async function withStore(make: () => Promise<TestStore>, fn: (location: string) => Promise<void>): Promise<void> {
  const s = await make();
  try { await fn(s.location); } finally { await s.cleanup(); }
}

for (const kind of STORE_KINDS) {
  describe(`store on ${kind.name}`, kind.skip ? { skip: kind.skip } : {}, () => {
    test('a second analysis of the same inputs stores nothing new and lists them as unchanged', () => withStore(kind.make, async (loc) => {
      const { records } = await inputs();
      assert.equal(records.length, 5);
      const first = await analyzeRecords(records, { ...testEngine(), db: loc });
      assert.deepEqual(first.failures, []);
      assert.equal(first.analysed.length, 5);
      assert.deepEqual(first.unchanged, []);
      const store = await openDb(loc);
      const before = await countRows(store.db);
      await store.db.destroy();
      assert.equal(before.articles, 5);
      assert.equal(before.analyses, 5);

      const second = await analyzeRecords(records, { ...testEngine(), db: loc });
      assert.deepEqual(second.analysed, []);
      assert.deepEqual([...second.unchanged].sort(), [...first.analysed].sort());
      const again = await openDb(loc);
      assert.deepEqual(await countRows(again.db), before);
      await again.db.destroy();
      // the report of the second run is the report of the first
      assert.deepEqual(second.report, first.report);
    }));

    test('reprocess analyses every article again without adding rows', () => withStore(kind.make, async (loc) => {
      const { records } = await inputs();
      const first = await analyzeRecords(records, { ...testEngine(), db: loc });
      const store = await openDb(loc);
      try {
        const before = await countRows(store.db);
        const stamp = async () => (await store.db.selectFrom('analyses').select(['article_id', 'created_at']).orderBy('article_id').execute());
        const t0 = await stamp();
        await new Promise((r) => setTimeout(r, 5));
        const re = await analyzeRecords(records, { ...testEngine(), db: store, reprocess: true });
        assert.deepEqual(re.failures, []);
        assert.deepEqual([...re.analysed].sort(), [...first.analysed].sort());
        assert.deepEqual(re.unchanged, []);
        assert.deepEqual(await countRows(store.db), before);
        const t1 = await stamp();
        assert.deepEqual(t1.map((r) => r.article_id), t0.map((r) => r.article_id));
        t1.forEach((r, i) => assert.ok(r.created_at > t0[i]!.created_at, `analysis of ${r.article_id} was redone`));
        assert.deepEqual(re.report.events.map((e) => e.id), first.report.events.map((e) => e.id), 'the same events, not duplicates');
      } finally { await store.db.destroy(); }
    }));

    test('the same article content in two files (or twice in one batch) is stored once', () => withStore(kind.make, async (loc) => {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-dup-'));
      try {
        const body = readFileSync(fixture('article.txt'), 'utf8');
        writeFileSync(join(dir, 'one.txt'), body);
        writeFileSync(join(dir, 'two.txt'), body.replace(/\n/g, '\r\n'));
        const { records } = await readInputs([dir]);
        assert.equal(records.length, 2);
        const out = await analyzeRecords(records, { ...testEngine(), db: loc });
        assert.deepEqual(out.failures, []);
        assert.equal(out.analysed.length, 1);
        assert.equal(out.report.articles.length, 1);
        const store = await openDb(loc);
        try {
          const n = await countRows(store.db);
          assert.equal(n.articles, 1);
          assert.equal(n.analyses, 1);
        } finally { await store.db.destroy(); }
      } finally { rmSync(dir, { recursive: true, force: true }); }
    }));

    test('a stored article reads back whole: text, metadata, offset map, diagnostics and raw input', () => withStore(kind.make, async (loc) => {
      const { records } = await readInputs([fixture('tree')]);
      const expected = records.map(cleanRecord);
      await analyzeRecords(records, { ...testEngine(), db: loc });
      const store = await openDb(loc);
      try {
        const got = await getArticles(store.db, expected.map((a) => a.id));
        assert.equal(got.length, expected.length);
        for (const [i, a] of got.entries()) {
          const e = expected[i]!;
          for (const k of ['id', 'origin', 'file', 'url', 'externalId', 'title', 'source', 'published', 'language', 'text', 'raw'] as const) assert.equal(a[k], e[k], `${e.file}: ${k}`);
          assert.deepEqual(a.dateline, e.dateline);
          assert.deepEqual(a.offsetMap, e.offsetMap);
          assert.deepEqual(a.paragraphs, e.paragraphs);
          assert.deepEqual(a.diagnostics, e.diagnostics);
        }
        const versions = await store.db.selectFrom('analyses').select('pipeline_version').distinct().execute();
        assert.deepEqual(versions.map((v) => v.pipeline_version), [PIPELINE_VERSION]);
      } finally { await store.db.destroy(); }
    }));

    test('a record whose text holds NUL and other control characters is stored, without them', () => withStore(kind.make, async (loc) => {
      const rec = { origin: 'nul.json', file: 'nul.json', format: 'json' as const, bodyIsHtml: false, externalId: 'nul-1', url: null, title: 'Power\u0000 cut', source: null, published: '2021-01-04', language: 'en',
        body: 'Power was cut\u0000 to the eastern districts on Sunday after a \u0007transformer fire, the electricity ministry said.' };
      const out = await analyzeRecords([rec], { ...testEngine(), db: loc });
      assert.deepEqual(out.failures.map((f) => f.message), []);
      assert.equal(out.report.articles[0]!.title, 'Power cut');
      assert.equal(out.report.articles[0]!.text, 'Power was cut to the eastern districts on Sunday after a transformer fire, the electricity ministry said.');
      const store = await openDb(loc);
      try {
        const [a] = await getArticles(store.db, [out.analysed[0]!]);
        assert.equal(a!.text, out.report.articles[0]!.text);
        assert.equal(a!.raw.length, rec.body.length, 'raw keeps its length, so the offset map still holds');
      } finally { await store.db.destroy(); }
    }));

    test('opening an existing store again keeps its rows (migrations run once)', () => withStore(kind.make, async (loc) => {
      const { records } = await readInputs([fixture('records.jsonl')]);
      await analyzeRecords(records, { ...testEngine(), db: loc });
      for (let i = 0; i < 2; i++) {
        const s = await openDb(loc);
        assert.equal((await countRows(s.db)).articles, 2);
        await s.db.destroy();
      }
    }));

    // country-less events are most events of a topical stream: blocked by their date, they stop piling into every country's block
    test('a report placed in a country finds the country-less events dated to the day or week, not the vaguer ones', () => withDatedEvent(kind.make, async (db, e) => {
      const day = e.date!.start, iso = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);
      const now = new Date().toISOString();
      const placeless = (id: string, span: number) => ({ ...e, id, location: null, date: { ...e.date!, start: day, end: iso(dayNumber(day)! + span) } });
      await putEvent(db, placeless('ev-test-week', PLACELESS_SPAN_DAYS - 1), familyKey(e), PIPELINE_VERSION, now);
      await putEvent(db, placeless('ev-test-month', 30), familyKey(e), PIPELINE_VERSION, now);
      await putEvent(db, { ...placeless('ev-test-elsewhere', 30), location: { ...(e.location ?? { name: 'X', entity: null, admin1: null, lat: null, lon: null, precision: 'country' }), country: 'ZZ', lat: null, lon: null, precision: 'country' } }, familyKey(e), PIPELINE_VERSION, now);
      const found = async (country: string | null) => new Set((await candidateEvents(db, [{ family: familyKey(e), dayStart: dayNumber(day), dayEnd: dayNumber(day), country }])).map((x) => x.id));
      const inCountry = await found('ZZ');
      assert.ok(inCountry.has('ev-test-week'), 'a week-dated event without a country');
      assert.ok(!inCountry.has('ev-test-month'), 'a month-wide event without a country');
      assert.ok(inCountry.has('ev-test-elsewhere'), 'an event in the country');
      const anywhere = await found(null);
      assert.ok(anywhere.has('ev-test-month') && anywhere.has('ev-test-week'), 'a report with no country still finds both');
    }));

    // prepared statements and parsed candidates are kept between articles: a change must still be seen
    test('a canonical event changed in the store is found as stored now, and a rolled-back change is not seen', () => withDatedEvent(kind.make, async (db, e) => {
      const window = [{ family: familyKey(e), dayStart: dayNumber(e.date!.start), dayEnd: dayNumber(e.date!.end), country: null }];
      const find = async (at: StoreDb) => (await candidateEvents(at, window)).find((x) => x.id === e.id);
      assert.equal((await find(db))?.confidence, e.confidence);
      await putEvent(db, { ...e, confidence: 0.123, rules: [...e.rules, 'test/changed'] }, familyKey(e), PIPELINE_VERSION, new Date().toISOString());
      const changed = await find(db);
      assert.equal(changed?.confidence, 0.123);
      assert.ok(changed?.rules.includes('test/changed'));
      await assert.rejects(db.transaction().execute(async (trx) => {
        await putEvent(trx, { ...e, confidence: 0.456 }, familyKey(e), PIPELINE_VERSION, new Date().toISOString());
        assert.equal((await find(trx))?.confidence, 0.456, 'the transaction sees its own write');
        throw new Error('roll back');
      }), /roll back/);
      assert.equal((await find(db))?.confidence, 0.123, 'the rolled-back write is not seen');
    }));
  });
}

// issue 18: the JSON report of a whole store reads every article and analysis by id; 40,000 ids in one
// `in (...)` list pass SQLite's 32,766 bound parameters ("too many SQL variables")
test('articles and analyses read by more ids than one statement may bind', async () => {
  const s = await openDb(':memory:');
  try {
    const ids = Array.from({ length: 40_000 }, (_, i) => `missing-${i}`);
    assert.deepEqual(await getArticles(s.db, ids), []);
    assert.deepEqual(await getAnalyses(s.db, ids, PIPELINE_VERSION), []);
  } finally { await s.db.destroy(); }
});
