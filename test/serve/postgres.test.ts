/** The API over a PostgreSQL store (full text through a tsvector index): runs when a server answers (test/store/stores.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { served } from './fixture.js';
import { postgresStore, PG_URL } from '../store/stores.js';

const url = PG_URL;

test('PostgreSQL: filters, full text, paging and one event answer as on SQLite', { skip: url ? false : 'no PostgreSQL server answers (set SITREP_TEST_PG=postgres://... to use another)' }, async () => {
  const pg = await postgresStore(url!);
  const s = await served(undefined, {}, pg.location);
  try {
    const ids = async (qs: string): Promise<string[]> => {
      const out: string[] = [];
      let cursor: string | null = null;
      do {
        const r: { statusCode: number; body: string } = await s.app.inject(`/api/events?${qs}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.equal(r.statusCode, 200, r.body);
        const b = JSON.parse(r.body);
        out.push(...b.events.map((e: { id: string }) => e.id));
        cursor = b.nextCursor;
      } while (cursor);
      return out.sort();
    };
    const want = (p: (e: (typeof s.report.events)[number]) => boolean) => s.report.events.filter(p).map((e) => e.id).sort();
    assert.deepEqual(await ids('sort=-date'), want(() => true));
    assert.deepEqual(await ids('sort=-toll&type=ASSAULT'), want((e) => e.type === 'ASSAULT'));
    assert.deepEqual(await ids('q=claimed'), want((e) => e.reports.some((r) => /\bclaim(?:s|ed|ing)?\b/i.test(r.text))));
    assert.deepEqual(await ids('conflicts=true&country=IQ'), want((e) => e.conflicts.length > 0 && e.location?.country === 'IQ'));
    const one = s.report.events[0]!;
    const r = await s.app.inject(`/api/events/${one.id}`);
    assert.deepEqual(JSON.parse(r.body).event, JSON.parse(JSON.stringify(one)));
  } finally {
    await s.close();
    await pg.cleanup();
  }
});
