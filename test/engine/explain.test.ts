/** `explain`: the stages' diagnostics (rejected triggers, dropped candidates) reach the report with rule ids. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import type { RawRecord } from '../../src/core/model/article.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';

const BODY = 'A roadside bomb killed two soldiers near Kirkuk on Tuesday, the army said.\n\nDozens of attacks have killed hundreds of civilians in the province since January.';
const record: RawRecord = { origin: 'explain.txt', file: 'explain.txt', format: 'text', body: BODY, bodyIsHtml: false, externalId: null, url: null, title: null, source: 'Test Wire', published: '2024-03-06', language: 'en' };

test('with explain, a trigger read as no event leaves a diagnostic with its rule id and span in the report', async () => {
  const out = await analyzeRecords([record], { ...testEngine(), db: ':memory:', explain: true });
  const art = out.report.articles[0]!;
  const rejected = art.diagnostics.filter((d) => d.rule.startsWith('events/'));
  assert.ok(rejected.some((d) => d.rule === 'events/reject-aggregate'), JSON.stringify(rejected));
  for (const d of rejected) assert.equal(art.text.slice(d.start, d.end).length, d.end! - d.start!, 'offsets inside the text');
  const agg = rejected.find((d) => d.rule === 'events/reject-aggregate')!;
  assert.ok(art.text.slice(agg.start, agg.end) === 'killed' || art.text.slice(agg.start, agg.end) === 'attacks', art.text.slice(agg.start, agg.end));
  assert.equal(out.report.events.length, 1, 'the bombing is still the one event');
});

test('without explain, the report carries no stage diagnostics', async () => {
  const out = await analyzeRecords([record], { ...testEngine(), db: ':memory:' });
  assert.deepEqual(out.report.articles[0]!.diagnostics.filter((d) => d.rule.startsWith('events/')), []);
});

test('sitrep analyze --explain prints the rule ids in the text report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-explain-'));
  try {
    writeFileSync(join(dir, 'a.txt'), BODY);
    const withExplain = await runCli('analyze', join(dir, 'a.txt'), '--db', ':memory:', '--explain');
    assert.equal(withExplain.code, 0, withExplain.stderr);
    assert.match(withExplain.stdout, /\[events\/reject-aggregate\]/);
    const without = await runCli('analyze', join(dir, 'a.txt'), '--db', ':memory:');
    assert.doesNotMatch(without.stdout, /\[events\//);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
