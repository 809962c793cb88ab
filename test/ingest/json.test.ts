/** JSON (one object, an array, {articles:[...]}) and JSONL article records, through to the report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { repoRoot } from '../helpers/shared.js';

const fixture = (name: string) => join(repoRoot(), 'test', 'fixtures', 'ingest', name);
const jsonl = (name: string) => readFileSync(fixture(name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);

test('a JSON object is one record with its id, url, title, source and publication day', async () => {
  const src = JSON.parse(readFileSync(fixture('record.json'), 'utf8')) as Record<string, string>;
  const { records, failures } = await readInputs([fixture('record.json')]);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.equal(r.externalId, src.id);
  assert.equal(r.url, src.url);
  assert.equal(r.title, src.title);
  assert.equal(r.source, src.source);
  assert.equal(r.published, '2020-08-17');
  assert.equal(r.body, src.text);
  assert.equal(r.bodyIsHtml, false);
});

test('a JSON array gives one record per element; an "html" field is read as a page', async () => {
  const { records, failures } = await readInputs([fixture('records-array.json')]);
  assert.deepEqual(failures, []);
  assert.deepEqual(records.map((r) => r.externalId), ['a-1', 'a-2']);
  assert.deepEqual(records.map((r) => r.origin.replace(/.*[\\/]/, '')), ['records-array.json#1', 'records-array.json#2']);
  const html = records[1]!;
  assert.equal(html.bodyIsHtml, true);
  assert.equal(html.body, 'The district council lifted the night curfew in the market town on Sunday, saying calm had returned after a week of protests over fuel prices.\n\nShops reopened in the afternoon and traffic returned to the main road.');
});

test('{articles: [...]} gives one record per article', async () => {
  const { records } = await readInputs([fixture('records-wrapped.json')]);
  assert.deepEqual(records.map((r) => [r.externalId, r.published]), [['w-10', '2018-06-13'], ['w-11', '2018-06-15']]);
});

test('JSONL: one record per non-empty line, origin names file:line', async () => {
  const { records, failures } = await readInputs([fixture('records.jsonl')]);
  assert.deepEqual(failures, []);
  assert.deepEqual(records.map((r) => r.origin.replace(/.*[\\/]/, '')), ['records.jsonl:1', 'records.jsonl:3']);
});

test('in the report, article.url is the record url and the record id is kept as externalId', async () => {
  const lines = jsonl('records.jsonl');
  const { records } = await readInputs([fixture('records.jsonl'), fixture('records-wrapped.json')]);
  const { report, failures } = await analyzeRecords(records, { ...testEngine(), db: ':memory:' });
  assert.deepEqual(failures, []);
  assert.equal(report.articles.length, 4);
  for (const l of lines) {
    const a = report.articles.find((x) => x.externalId === l.id);
    assert.ok(a, `article ${l.id} is in the report`);
    assert.equal(a.url, l.url);
    assert.equal(a.title, l.title);
    assert.equal(a.source, l.source);
    assert.equal(a.published, l.published);
    assert.equal(a.text, l.text);
  }
});

test('a record with neither text nor html, or that is not an object, is an error naming it; the others are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-json-'));
  try {
    const p = join(dir, 'mixed.json');
    writeFileSync(p, JSON.stringify([{ id: 'ok', text: 'The governor resigned on Monday after weeks of protests in the provincial capital.' }, { id: 'empty', title: 'no body' }, 42]));
    const { records, failures } = await readInputs([p]);
    assert.deepEqual(records.map((r) => r.externalId), ['ok']);
    assert.equal(failures.length, 2);
    assert.match(failures[0]!.message, /mixed\.json#2: the record has neither "text" nor "html"/);
    assert.match(failures[1]!.message, /mixed\.json#3: an article record must be a JSON object/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
