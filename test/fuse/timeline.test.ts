import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needShared } from '../helpers/shared.js';
import { fuseArticleEvents, MemoryEventIndex, timeline } from '../../src/fuse/index.js';
import { seedInputs } from './seed-events.js';

function seedEvents() {
  const index = new MemoryEventIndex();
  for (const x of seedInputs()!) fuseArticleEvents(x.article, x.events, x.mentions, index);
  return [...index.all()];
}

test('the timeline orders events by date and keeps each precision', needShared('corpus', 'seeds'), () => {
  const t = timeline(seedEvents());
  const starts = t.map((e) => e.date!.start);
  assert.deepEqual(starts, [...starts].sort());
  assert.equal(t[0]!.date!.start, '2020-01-03');
  assert.equal(t[0]!.articles, 4);
  const april = t.find((e) => e.date!.precision === 'month' && e.date!.start === '2024-04-01');
  assert.ok(april, 'In April (2024) stays a month');
  assert.ok(t.findIndex((e) => e === april) < t.findIndex((e) => e.date!.start === '2024-07-16'));
});

test('per place and per entity timelines', needShared('corpus', 'seeds'), () => {
  const events = seedEvents();
  const asad = timeline(events, { place: { lat: 33.7856, lon: 42.4412, radiusKm: 25 } });
  assert.deepEqual(asad.map((e) => e.date!.start), ['2022-04-08', '2024-01-20', '2024-04-01', '2024-07-16']);
  assert.deepEqual(asad.find((e) => e.date!.start === '2024-07-16')!.conflicts, ['responsibility']);
  const kh = timeline(events, { entity: 'kb:kataib-hezbollah' });
  assert.deepEqual(kh.map((e) => e.date!.start), ['2024-01-20', '2024-01-23']);
  assert.equal(timeline(events, { includeBackground: false }).some((e) => e.background), false);
});
