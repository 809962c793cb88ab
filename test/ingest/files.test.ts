/** Plain-text files, sidecar metadata (--meta and meta.jsonl in a directory), and recursive directories. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { repoRoot } from '../helpers/shared.js';

const fixture = (...parts: string[]) => join(repoRoot(), 'test', 'fixtures', 'ingest', ...parts);

test('a .txt file is one record whose body is the file text, with no metadata of its own', async () => {
  const { records, failures } = await readInputs([fixture('article.txt')]);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.equal(r.format, 'text');
  assert.equal(r.file, 'article.txt');
  assert.equal(r.body, readFileSync(fixture('article.txt'), 'utf8'));
  assert.equal(r.source, null);
  assert.equal(r.published, null);
});

test('--meta supplies source, published, language and url by file name', async () => {
  const { records, failures } = await readInputs([fixture('article.txt')], { meta: fixture('sidecar.jsonl') });
  assert.deepEqual(failures, []);
  const r = records[0]!;
  assert.equal(r.source, 'Example Times');
  assert.equal(r.published, '2015-09-12');
  assert.equal(r.language, 'en');
  assert.equal(r.url, 'https://times.example.com/checkpoint');
});

test('a directory is read recursively; meta.jsonl in it is the sidecar, never an article; other kinds are skipped', async () => {
  const { records, failures, skipped } = await readInputs([fixture('tree')]);
  assert.deepEqual(failures, []);
  assert.deepEqual(records.map((r) => r.file).sort(), ['bridge.txt', 'gate.txt']);
  assert.ok(!records.some((r) => r.body.includes('"file"')), 'the sidecar was not read as an article');
  const byFile = new Map(records.map((r) => [r.file, r]));
  assert.equal(byFile.get('gate.txt')!.source, 'Example Herald');
  assert.equal(byFile.get('gate.txt')!.published, '2016-02-01');
  assert.equal(byFile.get('bridge.txt')!.source, 'Example Tribune', 'sidecar entries apply to files in subdirectories too');
  assert.equal(byFile.get('bridge.txt')!.published, '2016-02-03');
  assert.equal(skipped.length, 1);
  assert.match(skipped[0]!, /notes\.md: not an article file kind/);
});

test('the --meta file is not read as an article when it lies inside an input directory', async () => {
  const { records, failures } = await readInputs([fixture()], { meta: fixture('sidecar.jsonl') });
  assert.deepEqual(failures, []);
  const files = records.map((r) => r.file);
  assert.ok(!files.includes('sidecar.jsonl'), `read: ${files.join(', ')}`);
  assert.ok(!files.includes('meta.jsonl'), `read: ${files.join(', ')}`);
  // every fixture kind is found: text, html, json (1 + 2 + 2), jsonl (2), rss (2), atom (2), and the tree (2)
  assert.equal(records.length, 1 + 1 + 5 + 2 + 2 + 2 + 2, files.join(', '));
  assert.equal(records.find((r) => r.file === 'article.txt')!.source, 'Example Times');
});

test('records carry the input file name, so the sidecar can match it', async () => {
  const { records } = await readInputs([fixture('tree', 'sub', 'deeper', 'bridge.txt')], { meta: fixture('tree', 'meta.jsonl') });
  assert.equal(basename(records[0]!.origin), 'bridge.txt');
  assert.equal(records[0]!.source, 'Example Tribune');
});

test('a symbolic-link cycle inside a directory is followed once; a dangling link fails alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-links-'));
  try {
    mkdirSync(join(dir, 'sub'));
    copyFileSync(fixture('article.txt'), join(dir, 'sub', 'article.txt'));
    copyFileSync(fixture('tree', 'gate.txt'), join(dir, 'z-gate.txt'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    const { records, failures } = await readInputs([dir]);
    assert.deepEqual(records.map((r) => r.file).sort(), ['article.txt', 'z-gate.txt']);
    assert.equal(failures.length, 1);
    assert.match(failures[0]!.message, /broken\.txt: cannot read: no such file or directory/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
