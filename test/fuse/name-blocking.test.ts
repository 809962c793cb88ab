/**
 * Blocking by the people a report names: a stored event that names the same person is a candidate however
 * far apart the two reports' places were read (a surname read as a town, a county of the same name in
 * another state), in the memory index and in the SQL store alike; without a shared name the place box
 * still bounds the candidates, and the date window and family still apply.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryEventIndex, consolidate, familyOf } from '../../src/fuse/index.js';
import type { FieldEvidence } from '../../src/fuse/index.js';
import type { FusedEvent } from '../../src/core/model/event.js';
import { openDb } from '../../src/store/db.js';
import { candidateEvents, dayNumber, deleteEvents, putEvent } from '../../src/store/repos/events.js';

const ASSAULT = familyOf('ASSAULT', null);
const span = { article: 'a', start: 0, end: 4, text: 'test' };

/** A town-precise shooting on `day` at (lat, lon) naming `names`. */
function ev(id: string, day: string, lat: number, lon: number, names: string[]): FusedEvent {
  const item = (value: unknown): FieldEvidence => ({ value, evidence: span, published: day, source: null });
  const evidence: Record<string, FieldEvidence[]> = {
    type: [item('ASSAULT')], date: [item({ start: day, end: day, precision: 'day' })],
    location: [item({ name: 'Town ' + id, entity: null, country: 'US', admin1: null, lat, lon, precision: 'town' })],
    names: names.map(item),
  };
  return consolidate({ id, reports: [span], members: [{ article: 'a', event: id }], mergedBecause: [], rules: [], confidence: 0.5 }, evidence);
}

// a query near Memphis (35.1, -90.0); the stored events were placed in Oregon (45.0, -122.0)
const named = ev('named', '2015-04-10', 45.0, -122.0, ['kirsten williams']);
const other = ev('other', '2015-04-10', 45.0, -122.0, ['john doe']);
const late = ev('late', '2015-08-10', 45.0, -122.0, ['kirsten williams']);

test('memory index: the same person named is a candidate far from the query point, within the date window only', () => {
  const idx = new MemoryEventIndex([named, other, late]);
  const q = { family: ASSAULT, dateStart: '2015-04-08', dateEnd: '2015-04-12', lat: 35.1, lon: -90.0, country: 'US', precision: 'town' };
  assert.deepEqual(idx.candidates(q).map((e) => e.id), []);
  assert.deepEqual(idx.candidates({ ...q, names: ['kirsten williams'] }).map((e) => e.id), ['named']);
});

test('SQL store: event_names gives the same candidates, and goes with a deleted event', async () => {
  const { db } = await openDb(':memory:');
  try {
    const now = new Date().toISOString();
    for (const e of [named, other, late]) await putEvent(db, e, ASSAULT, 'test', now);
    const day = dayNumber('2015-04-10')!;
    const w = { family: ASSAULT, dayStart: day - 2, dayEnd: day + 2, country: 'US', lat: 35.1, lon: -90.0 };
    assert.deepEqual((await candidateEvents(db, [w])).map((e) => e.id), []);
    assert.deepEqual((await candidateEvents(db, [{ ...w, names: ['kirsten williams'] }])).map((e) => e.id), ['named']);
    assert.deepEqual((await candidateEvents(db, [{ ...w, family: familyOf('CONSULT', null), names: ['kirsten williams'] }])).map((e) => e.id), []);
    await deleteEvents(db, ['named']);
    assert.equal((await db.selectFrom('event_names').selectAll().where('event_id', '=', 'named').execute()).length, 0);
  } finally {
    await db.destroy();
  }
});
