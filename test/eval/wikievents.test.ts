import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WikiDoc } from '../../src/eval/datasets/wikievents.js';
import { scoreWikiEvents } from '../../src/eval/score-wikievents.js';
import { indexReport, type Report } from '../../src/eval/report.js';

// A document written for this test in the WikiEvents shape.
const S1 = 'A roadside bomb exploded under a police patrol in Kandahar on Monday, killing two officers.';
const S2 = 'The Taliban said its fighters planted the device.';
const doc: WikiDoc = {
  id: 'd1', text: `${S1} ${S2}`,
  events: [
    { id: 'E1', type: 'Conflict.Attack.DetonateExplode', trigger: 'exploded', sentence: S1, args: [
      { role: 'instrument', kairosRole: 'ExplosiveDevice', text: 'bomb', heads: ['bomb', 'device'], cluster: 'T1' },
      { role: 'target', kairosRole: 'Target', text: 'patrol', heads: ['patrol'], cluster: 'T2' },
      { role: 'place', kairosRole: 'Place', text: 'Kandahar', heads: ['kandahar'], cluster: 'T3' },
      { role: 'attacker', kairosRole: 'Attacker', text: 'Taliban', heads: ['taliban', 'fighter'], cluster: 'T4' },
    ] },
    { id: 'E2', type: 'Life.Die.Unspecified', trigger: 'killing', sentence: S1, args: [
      { role: 'target', kairosRole: 'Victim', text: 'officers', heads: ['officer'], cluster: 'T5' },
    ] },
  ],
};

test('WikiEvents: events found by sentence, arguments matched by head word through coreference', () => {
  const report: Report = { articles: [{ id: 'a', externalId: 'd1' }], entities: [], events: [{
    id: 'ev1', type: 'ASSAULT', mode: 'ied', weapon: 'roadside bomb', date: null,
    location: { name: 'Kandahar' },
    actors: [{ role: 'agent', name: 'its fighters' }, { role: 'target', name: 'a police patrol' }, { role: 'target', name: 'Kandahar province' }],
    reports: [{ article: 'a', start: 0, end: S1.length, text: S1 }],
  }] };
  const { metrics } = scoreWikiEvents([doc], indexReport(report, ['d1']));
  const row = (n: string) => metrics.find((m) => m.name === n)!;
  assert.equal(row('event.found').rate, 1);
  assert.deepEqual([row('args.attacker').correct, row('args.attacker').n], [1, 1]);
  // patrol found, officers missed, "province" spurious
  assert.deepEqual([row('args.target').correct, row('args.target').n, row('args.target').filled], [1, 2, 2]);
  assert.equal(row('args.instrument').correct, 1);
  assert.equal(row('args.place').correct, 1);
  assert.deepEqual([row('args.all').correct, row('args.all').n, row('args.all').filled], [4, 5, 5]);
  assert.ok(Math.abs(row('args.all').extra!.f1! - 0.8) < 1e-9);
});

test('WikiEvents: an event of another type or sentence is not found', () => {
  const report: Report = { articles: [{ id: 'a', externalId: 'd1' }], entities: [], events: [{
    id: 'ev1', type: 'ASSAULT', date: null, location: null, actors: [], reports: [{ article: 'a', start: S1.length + 1, end: doc.text.length, text: S2 }],
  }] };
  const { metrics } = scoreWikiEvents([doc], indexReport(report, ['d1']));
  assert.equal(metrics.find((m) => m.name === 'event.found')!.rate, 0);
});
