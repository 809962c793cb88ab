import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import type { RawRecord } from '../../src/core/model/article.js';

const BODY = [
  'BAGHDAD (Levant Wire) - Two rockets struck a military base near Baghdad airport on Tuesday, wounding three soldiers, security officials said.',
  'No group immediately claimed responsibility for the attack, the second on the base this month.',
  'Iraqi forces found the launcher in a field east of the airport, the officials said.',
].join('\n');

const rec = (id: string, body: string, source: string): RawRecord => ({
  origin: id, file: null, format: 'json', body, bodyIsHtml: false, externalId: id, url: null, title: null, source, published: '2021-04-07', language: 'en',
});

test('a wire copy is related to its original and counts once as a source', async () => {
  const copy = BODY + '\nReporting by the Levant Wire Baghdad bureau; editing by the desk.\nThe local daily ran the wire story in full.';
  const { report } = await analyzeRecords([rec('wire', BODY, 'Levant Wire'), rec('daily', copy, 'Tigris Daily')], { ...testEngine(), db: ':memory:' });
  assert.equal(report.articles.length, 2);
  assert.ok(report.relations.length >= 1, 'the copy is related to the original');
  const attack = report.events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, 'the attack is an event');
  assert.equal(new Set(attack.reports.map((r) => r.article)).size, 2, 'both articles report it');
  assert.equal(attack.independentSources, 1);
});
