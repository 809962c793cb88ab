import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { scoreClusters, loadIncidents } from '../../src/eval/incidents.js';

test('B-cubed and pair figures: a perfect clustering scores 1, one wrong merge and one split lower them', () => {
  const gold = ['x', 'x', 'y', 'z'];
  const perfect = scoreClusters(gold, ['1', '1', '2', '3']);
  assert.equal(perfect.f1, 1);
  assert.equal(perfect.pairsMerged, 1);
  assert.equal(perfect.wrongMerges, 0);
  // y and z merged: precision of y and z is 1/2; recall stays 1
  const merged = scoreClusters(gold, ['1', '1', '2', '2']);
  assert.equal(merged.recall, 1);
  assert.equal(merged.precision, (1 + 1 + 0.5 + 0.5) / 4);
  assert.equal(merged.wrongMerges, 1);
  assert.equal(merged.wrongMergesPer100, 25);
  // x split: recall of the two x articles is 1/2
  const split = scoreClusters(gold, ['1', '4', '2', '3']);
  assert.equal(split.precision, 1);
  assert.equal(split.recall, (0.5 + 0.5 + 1 + 1) / 4);
  assert.equal(split.pairsMerged, 0);
});

test('the stream is read in publication order, and a malformed line is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-inc-'));
  const p = join(dir, 'g.jsonl');
  writeFileSync(p, [
    JSON.stringify({ id: 'b', incident: '1', title: 't', text: 'later', published: '2016-01-02', source: null }),
    JSON.stringify({ id: 'a', incident: '1', title: 't', text: 'earlier', published: '2016-01-01', source: null }),
  ].join('\n'));
  assert.deepEqual(loadIncidents(p).map((l) => l.id), ['a', 'b']);
  writeFileSync(p, '{"id": "a", "incident": 1, "text": "x"}\nnot json\n');
  assert.throws(() => loadIncidents(p), /g\.jsonl:2: not JSON/);
});
