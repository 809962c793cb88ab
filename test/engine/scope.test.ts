/**
 * Events out of the ledger's scope (an accident): kept and fused like any event, so that the reports of one
 * accident join, but listed apart from the ledger's events and left out of the ACLED export. Sentences
 * written for this test in the style of local crime news.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEngine, testResources } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { toAcledCsv } from '../../src/report/export/acled-csv.js';
import { repoRoot } from '../helpers/shared.js';
import type { RawRecord } from '../../src/core/model/article.js';

const rec = (origin: string, body: string, source: string): RawRecord => ({ origin, file: origin, format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source, published: '2021-05-10', language: 'en' });

const ONE = rec('one.txt', 'Boy, 6, wounded in Elm Grove home\n\nA 6-year-old boy was accidentally shot in the leg by his older brother on Sunday evening at a home on Birch Street in Elm Grove, police said. The boy, Tyler Banks, was taken to a hospital in stable condition.', 'Grove Gazette');
const TWO = rec('two.txt', 'Police: Elm Grove shooting was accidental\n\nTyler Banks, 6, was shot in the leg on Sunday at a house on Birch Street in Elm Grove. Police said the shooting was accidental and no charges are expected.', 'Valley News');
const ATTACK = rec('three.txt', 'Man shot outside Elm Grove bar\n\nA gunman shot a 30-year-old man outside a bar on Main Street in Elm Grove early Saturday, police said. The man, Derek Hall, was taken to a hospital.', 'Valley News');

test('an accident is kept as an event out of scope, reports of it join, and the ledger and the ACLED export leave it out', async () => {
  const out = await analyzeRecords([ONE, TWO, ATTACK], { ...testEngine(), db: ':memory:' });
  const r = out.report;
  const accidents = r.outOfScope ?? [];
  assert.equal(accidents.length, 1, `one accident event expected, got ${accidents.map((e) => e.reports.map((x) => x.text).join(' | ')).join(' || ')}`);
  const acc = accidents[0]!;
  assert.deepEqual(acc.scope, { value: 'accident', reason: 'assertion/accident' });
  // both reports of the accident in the one event
  assert.equal(new Set(acc.reports.map((x) => x.article)).size, 2);
  // the ledger holds the attack, not the accident
  assert.ok(r.events.some((e) => e.type === 'ASSAULT' && e.reports.some((x) => x.text.includes('gunman'))));
  assert.ok(!r.events.some((e) => e.id === acc.id || e.scope));
  assert.ok(!r.timeline.some((t) => t.event === acc.id));
  // the ACLED export has the attack's row and none for the accident
  const csv = toAcledCsv(testResources(), r as never);
  assert.ok(/Main Street|Derek Hall|gunman/.test(csv), csv);
  assert.ok(!/Birch Street|Tyler Banks|accidental/.test(csv), csv);
  // the report with an outOfScope list still validates against the project's schema
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot(), 'schema', 'report.schema.json'), 'utf8')) as object);
  assert.ok(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors?.slice(0, 3)));
});

test('a denied accident stays in the ledger', async () => {
  const denied = rec('four.txt', 'Man shot in Elm Grove\n\nA 25-year-old man was shot in the arm on Sunday at a home on Birch Street in Elm Grove. Police said the shooting was not accidental.', 'Grove Gazette');
  const out = await analyzeRecords([denied], { ...testEngine(), db: ':memory:' });
  assert.ok(out.report.events.some((e) => e.type === 'ASSAULT'));
  assert.equal((out.report.outOfScope ?? []).length, 0);
});
