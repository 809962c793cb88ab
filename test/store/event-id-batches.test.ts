/**
 * Reads and deletes by many event ids at once: re-analysing a large store replaces tens of thousands of
 * events in one go, and SQLite refuses a statement with more than 32,766 bound variables, so
 * `deleteEvents` and `articlesForEvents` must split the ids (a single `in (...)` of 40,000 ids fails).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDb } from '../../src/store/db.js';
import { articlesForEvents, deleteEvents } from '../../src/store/repos/events.js';

const N = 40_000;

test('deleteEvents and articlesForEvents take more ids than SQLite binds in one statement', async () => {
  const { db } = await openDb(':memory:');
  try {
    // links of N events to 7 articles, written as SQL rows directly (one statement, no variables)
    await sql`with recursive n(i) as (select 0 union all select i + 1 from n where i < ${sql.lit(N - 1)})
      insert into event_reports (event_id, article_id) select 'e' || i, 'a' || (i % 7) from n`.execute(db);
    const ids = Array.from({ length: N }, (_, i) => 'e' + i);
    assert.deepEqual((await articlesForEvents(db, ids)).sort(), ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    assert.deepEqual(await articlesForEvents(db, ids.slice(N - 1)), ['a' + ((N - 1) % 7)]);
    await deleteEvents(db, ids.slice(0, N - 1));
    const left = await db.selectFrom('event_reports').select('event_id').execute();
    assert.deepEqual(left.map((r) => r.event_id), ['e' + (N - 1)]);
  } finally {
    await db.destroy();
  }
});
