/** Publication days from feed and page dates: the outlet's own day, independent of the machine's time zone. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDay } from '../../src/ingest/html.js';

function inZone<T>(tz: string, fn: () => T): T {
  const old = process.env.TZ;
  process.env.TZ = tz;
  try { return fn(); } finally { if (old === undefined) delete process.env.TZ; else process.env.TZ = old; }
}

const CASES: [string, string | null][] = [
  ['2022-05-09T23:30:00-05:00', '2022-05-09'],
  ['2022-05-09', '2022-05-09'],
  ['Mon, 09 May 2022 23:30:00 -0500', '2022-05-09'],
  ['Tue, 10 May 2022 01:00:00 +0300', '2022-05-10'],
  ['Tue, 10 May 2022 01:00:00 +03:00', '2022-05-10'],
  ['Tue, 10 May 2022 11:00:00 GMT', '2022-05-10'],
  ['Mon, 09 May 2022 22:00:00 EDT', '2022-05-09'],
  ['May 9, 2022', '2022-05-09'],
  ['9 May 2022', '2022-05-09'],
  ['Monday, 9 May 2022 23:55', '2022-05-09'],
  ['last Tuesday', null],
  ['', null],
];

for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Asia/Baghdad']) {
  test(`publication days read the same with the machine in ${tz}`, () => {
    inZone(tz, () => {
      for (const [s, day] of CASES) assert.equal(isoDay(s), day, `${s} (TZ=${tz})`);
    });
  });
}
