/**
 * `npm test` runs the PostgreSQL suite whenever a server answers at 127.0.0.1:5432, without SITREP_TEST_PG
 * (before, only `.ci/run` set it, and a plain `npm test` skipped every PostgreSQL test).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { LOCAL_PG, PG_URL, STORE_KINDS } from '../store/stores.js';

/** Whether something accepts TCP connections at 127.0.0.1:5432 (what a PostgreSQL server does). */
const answers = (): Promise<boolean> => new Promise((resolve) => {
  const s = connect(5432, '127.0.0.1');
  const done = (v: boolean) => { s.destroy(); resolve(v); };
  s.once('connect', () => done(true));
  s.once('error', () => done(false));
  s.setTimeout(5000, () => done(false));
});

test('the PostgreSQL store tests run whenever a server answers at 127.0.0.1:5432', async () => {
  const up = await answers();
  const pg = STORE_KINDS.find((k) => k.name === 'postgres')!;
  if (process.env.SITREP_TEST_PG) assert.equal(PG_URL, process.env.SITREP_TEST_PG);
  else if (up) assert.equal(PG_URL, LOCAL_PG, 'a server answers, so the PostgreSQL suite must not be skipped');
  else assert.equal(PG_URL, null);
  assert.equal(pg.skip === undefined, PG_URL !== null, `the PostgreSQL store kind is ${pg.skip ? 'skipped' : 'run'}`);
});
