/**
 * `--min-confidence X`: analyze and export report only the events and statements at or above X, in
 * every place the report names them; a bad value is a usage error naming it; the text report lists
 * low-confidence events apart. A small article written for this test.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { Report } from '../../src/report/types.js';
import { filterByConfidence, LOW_CONFIDENCE } from '../../src/report/confidence.js';
import { textReport } from '../../src/cli/text-report.js';
import { runCli } from './run-cli.js';

let dir = '';
let db = '';
let file = '';
const TEXT = `Gunmen kill three soldiers near Kirkuk

Gunmen killed three soldiers at a checkpoint near Kirkuk on Monday, police said. The attack was the third this month.

In Baghdad, hundreds of students marched to the ministry of education on Tuesday. The army said it could launch an offensive in Hawija next week.`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-minconf-'));
  db = join(dir, 'store.db');
  file = join(dir, 'kirkuk.txt');
  writeFileSync(file, TEXT);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('analyze --min-confidence keeps only events and statements at or above the threshold', async () => {
  const all = await runCli('analyze', file, '--db', db, '--format', 'json');
  assert.equal(all.code, EXIT.OK, all.stderr);
  const full = JSON.parse(all.stdout) as Report;
  const confs = [...full.events, ...full.statements].map((e) => e.confidence).sort((a, b) => a - b);
  assert.ok(confs.length >= 2, 'the article gives several events');
  // a threshold between the lowest and the highest value keeps some and drops some
  const mid = (confs[0]! + confs[confs.length - 1]!) / 2;
  const r = await runCli('analyze', file, '--db', db, '--format', 'json', '--min-confidence', String(mid));
  assert.equal(r.code, EXIT.OK, r.stderr);
  const cut = JSON.parse(r.stdout) as Report;
  const kept = [...cut.events, ...cut.statements];
  assert.ok(kept.every((e) => e.confidence >= mid));
  assert.equal(kept.length, confs.filter((c) => c >= mid).length);
  const ids = new Set(kept.map((e) => e.id));
  for (const s of cut.stories) for (const id of s.events) assert.ok(ids.has(id), 'stories name only kept events');
  for (const t of cut.timeline) assert.ok(ids.has(t.event), 'the timeline names only kept events');
});

test('export --min-confidence filters the exports the same way', async () => {
  const r = await runCli('export', '--db', db, '--format', 'json', '--min-confidence', '0.99');
  assert.equal(r.code, EXIT.OK, r.stderr);
  const rep = JSON.parse(r.stdout) as Report;
  assert.ok([...rep.events, ...rep.statements].every((e) => e.confidence >= 0.99));
  const csv = await runCli('export', '--db', db, '--format', 'acled-csv', '--min-confidence', '0.99');
  assert.equal(csv.code, EXIT.OK);
  assert.equal(csv.stdout.trim().split('\n').length, 1 + rep.events.length, 'only the header and the kept events');
});

test('a bad --min-confidence is a usage error naming the value', async () => {
  for (const bad of ['1.5', '-0.1', 'high', '']) {
    const r = await runCli('analyze', file, '--db', db, '--min-confidence', bad);
    assert.equal(r.code, EXIT.USAGE, `exit code for ${JSON.stringify(bad)}`);
    assert.match(r.stderr, /--min-confidence/);
  }
});

test('the text report lists low-confidence events apart', async () => {
  const all = await runCli('analyze', file, '--db', db, '--format', 'json');
  const rep = JSON.parse(all.stdout) as Report;
  const low = rep.events.map((e, i) => ({ ...e, confidence: i === 0 ? LOW_CONFIDENCE - 0.1 : Math.max(e.confidence, LOW_CONFIDENCE) }));
  const text = textReport({ ...rep, events: low });
  const at = text.indexOf('LOW CONFIDENCE');
  assert.ok(at > 0, 'a low-confidence section');
  assert.ok(text.slice(at).includes(`[confidence ${LOW_CONFIDENCE - 0.1}]`));
  // without low events there is no such section, and filtering at 0 changes nothing
  assert.ok(!textReport({ ...rep, events: low.slice(1) }).includes('LOW CONFIDENCE'));
  assert.deepEqual(filterByConfidence(rep, 0), rep);
});
