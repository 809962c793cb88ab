import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryEventIndex, consolidate, familyOf } from '../../src/fuse/index.js';
const ASSAULT = familyOf('ASSAULT', null), CONSULT = familyOf('CONSULT', null);
import type { FusedEvent } from '../../src/core/model/event.js';
import type { FieldEvidence } from '../../src/fuse/index.js';

const span = { article: 'a', start: 0, end: 4, text: 'test' };
function ev(id: string, type: string, start: string, end: string, country: string | null, precision = 'day'): FusedEvent {
  const item = (value: unknown): FieldEvidence => ({ value, evidence: span, published: end, source: null });
  const evidence: Record<string, FieldEvidence[]> = { type: [item(type)], date: [item({ start, end, precision })] };
  if (country) evidence['location'] = [item({ name: country, entity: null, country, admin1: null, lat: null, lon: null, precision: 'country' })];
  return consolidate({ id, reports: [span], members: [{ article: 'a', event: id }], mergedBecause: [], rules: [], confidence: 0.5 }, evidence);
}

test('candidates come from the block only: family, overlapping month window, compatible country', () => {
  const idx = new MemoryEventIndex();
  idx.put(ev('iq-jul', 'ASSAULT', '2024-07-16', '2024-07-16', 'IQ'));
  idx.put(ev('sy-jul', 'ASSAULT', '2024-07-16', '2024-07-16', 'SY'));
  idx.put(ev('iq-apr', 'ASSAULT', '2024-04-01', '2024-04-30', 'IQ', 'month'));
  idx.put(ev('talks', 'CONSULT', '2024-07-16', '2024-07-16', 'IQ'));
  idx.put(ev('nowhere', 'ASSAULT', '2024-07-15', '2024-07-15', null));
  const ids = (q: Parameters<MemoryEventIndex['candidates']>[0]) => idx.candidates(q).map((e) => e.id);
  assert.deepEqual(ids({ family: ASSAULT, dateStart: '2024-07-14', dateEnd: '2024-07-18', country: 'IQ' }), ['iq-jul', 'nowhere']);
  assert.deepEqual(ids({ family: ASSAULT, dateStart: '2024-07-14', dateEnd: '2024-07-18' }), ['iq-jul', 'nowhere', 'sy-jul']);
  assert.deepEqual(ids({ family: ASSAULT, dateStart: '2024-04-20', dateEnd: '2024-04-22', country: 'IQ' }), ['iq-apr']);
  assert.deepEqual(ids({ family: CONSULT, dateStart: '2024-07-01', dateEnd: '2024-07-31' }), ['talks']);
  // replacing an event refiles it
  idx.put(ev('iq-jul', 'ASSAULT', '2024-08-02', '2024-08-02', 'IQ'));
  assert.deepEqual(ids({ family: ASSAULT, dateStart: '2024-07-14', dateEnd: '2024-07-18', country: 'IQ' }), ['nowhere']);
  idx.delete('nowhere');
  assert.equal(idx.size(), 4);
});

test('a lookup reads only its buckets: cost does not grow with events in other months', () => {
  const idx = new MemoryEventIndex();
  for (let i = 0; i < 20000; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + (i % 7000) * 86400000).toISOString().slice(0, 10);
    idx.put(ev('e' + i, 'ASSAULT', day, day, ['IQ', 'SY', 'UA', 'SD'][i % 4]!));
  }
  const got = idx.candidates({ family: ASSAULT, dateStart: '2010-03-08', dateEnd: '2010-03-14', country: 'IQ' });
  assert.ok(got.length > 0 && got.length < 10, `got ${got.length}`);
  assert.ok(got.every((e) => e.location?.country === 'IQ' && e.date!.start >= '2010-03-08' && e.date!.start <= '2010-03-14'));
});
