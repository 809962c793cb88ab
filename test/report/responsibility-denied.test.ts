/**
 * A denial of responsibility with no claim beside it: the contract has no "denied" status, so the report
 * says nobody has taken responsibility (`unclaimed`) and keeps who denied it in `deniedBy`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import type { RawRecord } from '../../src/core/model/article.js';
import { repoRoot } from '../helpers/shared.js';

const rec = (body: string): RawRecord => ({ origin: 'denial.txt', file: 'denial.txt', format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source: 'Test Wire', published: '2024-03-06', language: 'en' });
const ours = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(repoRoot(), 'schema', 'report.schema.json'), 'utf8')));

test('a denial alone is reported as unclaimed, with the denier kept, and the report validates', async () => {
  const body = 'Rockets hit an army base near Kirkuk on Monday, wounding two soldiers, officials said.\n\nThe Kataib Hezbollah militia denied any involvement in the attack on the base.';
  const out = await analyzeRecords([rec(body)], { ...testEngine(), db: ':memory:' });
  const ev = out.report.events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev, JSON.stringify(out.report.events.map((e) => e.type)));
  assert.equal(ev.responsibility?.status, 'unclaimed');
  assert.deepEqual(ev.responsibility?.by, []);
  assert.ok(ev.responsibility?.deniedBy?.some((n) => /Kataib Hezbollah/.test(n)), JSON.stringify(ev.responsibility));
  assert.ok(ours(out.report), JSON.stringify(ours.errors?.slice(0, 3)));
});

test('a claim is reported as claimed, without deniedBy', async () => {
  const body = 'Rockets hit an army base near Kirkuk on Monday, wounding two soldiers, officials said.\n\nThe Kataib Hezbollah militia claimed responsibility for the attack on the base.';
  const out = await analyzeRecords([rec(body)], { ...testEngine(), db: ':memory:' });
  const ev = out.report.events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev);
  assert.equal(ev.responsibility?.status, 'claimed');
  assert.equal(ev.responsibility?.deniedBy, undefined);
});
