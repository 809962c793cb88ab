/**
 * Bad input through the CLI: each bad input gives a clear error naming it, the rest of the batch is
 * stored, the exit code is 1 (EXIT.INPUT_FAILED), and what was stored before is left as it was.
 * Usage errors exit 2, store errors 3.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { openDb } from '../../src/store/db.js';
import { countRows } from '../../src/store/repos/articles.js';
import type { Report } from '../../src/report/types.js';
import { repoRoot } from '../helpers/shared.js';
import { runCli } from './run-cli.js';

const fixture = (...p: string[]) => join(repoRoot(), 'test', 'fixtures', 'ingest', ...p);
let dir = '';
let db = '';
let baseline: { counts: Record<string, number>; texts: Map<string, string> };
/** No test here may make a network request: private URLs must be refused before any connection. */
const realFetch = globalThis.fetch;
let fetches = 0;

async function snapshot(): Promise<{ counts: Record<string, number>; texts: Map<string, string> }> {
  const s = await openDb(db);
  try {
    const rows = await s.db.selectFrom('articles').select(['id', 'text', 'raw']).execute();
    return { counts: await countRows(s.db), texts: new Map(rows.map((r) => [r.id, r.text + '\u0000' + r.raw])) };
  } finally { await s.db.destroy(); }
}

before(async () => {
  globalThis.fetch = (async () => { fetches++; throw new Error('no request may be made'); }) as typeof fetch;
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  db = join(dir, 'store', 'sitrep.db');
  mkdirSync(join(dir, 'store'));
  const first = await runCli('analyze', fixture('article.txt'), fixture('records.jsonl'), '--db', db, '--format', 'json');
  assert.equal(first.code, EXIT.OK, first.stderr);
  baseline = await snapshot();
  assert.equal(baseline.counts.articles, 3);
});
after(() => {
  globalThis.fetch = realFetch;
  rmSync(dir, { recursive: true, force: true });
  assert.equal(fetches, 0, 'no connection was attempted');
});

let n = 0;
/** A good article that has not been stored yet, with its own wording so its content id is new. */
function freshGood(): { path: string; phrase: string } {
  n++;
  const phrase = `a convoy of ${n + 2} trucks carrying flour reached the besieged town on day ${n}`;
  const path = join(dir, `good-${n}.txt`);
  writeFileSync(path, `Aid convoy reaches town\n\nOfficials said ${phrase}, the first delivery in weeks.\n`);
  return { path, phrase };
}

interface Case { name: string; make: () => string[]; names: RegExp; extra?: string[]; alsoStored?: number }

const CASES: Case[] = [
  { name: 'empty file', make: () => { const p = join(dir, 'empty.txt'); writeFileSync(p, ''); return [p]; }, names: /empty\.txt: the input is empty/ },
  { name: 'binary file (NUL bytes)', make: () => { const p = join(dir, 'photo.txt'); writeFileSync(p, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1])); return [p]; }, names: /photo\.txt: the input looks binary/ },
  { name: 'undecodable (invalid UTF-8)', make: () => { const p = join(dir, 'latin1.txt'); writeFileSync(p, Buffer.from('Le ministre a d\xe9clar\xe9 lundi que les n\xe9gociations reprendraient.', 'latin1')); return [p]; }, names: /latin1\.txt: the input is not valid UTF-8/ },
  { name: 'oversized (over --max-bytes)', make: () => { const p = join(dir, 'huge.txt'); writeFileSync(p, 'The delegation arrived in the capital on Monday. '.repeat(200)); return [p]; }, names: /huge\.txt: the input is \d+ bytes, over the limit of 4000/, extra: ['--max-bytes', '4000'] },
  { name: 'malformed HTML (no markup at all)', make: () => { const p = join(dir, 'plain.html'); writeFileSync(p, 'This file claims to be a web page but holds one plain sentence.'); return [p]; }, names: /plain\.html: no HTML markup found/ },
  { name: 'malformed XML feed', make: () => { const p = join(dir, 'broken.xml'); writeFileSync(p, '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</title></channel></rss>'); return [p]; }, names: /broken\.xml: malformed XML at line \d+/ },
  {
    name: 'malformed JSONL line', names: /bad\.jsonl:2: malformed JSON/, alsoStored: 2,
    make: () => {
      const p = join(dir, 'bad.jsonl');
      writeFileSync(p, [
        JSON.stringify({ id: 'bl-1', url: 'https://example.org/bl-1', text: 'Gunmen set fire to two lorries on the coastal road on Wednesday night, police said.' }),
        '{"id": "bl-2", "text": "cut off here',
        JSON.stringify({ id: 'bl-3', url: 'https://example.org/bl-3', text: 'The coastal road reopened on Thursday morning after the burned lorries were towed away.' }),
      ].join('\n'));
      return [p];
    },
  },
  { name: 'missing path', make: () => [join(dir, 'no-such-file.txt')], names: /no-such-file\.txt: cannot read: no such file or directory/ },
  { name: 'private URL 127.0.0.1', make: () => ['http://127.0.0.1/x'], names: /http:\/\/127\.0\.0\.1\/x: refusing to fetch: 127\.0\.0\.1 resolves to a private or local address/ },
  { name: 'private URL 10.0.0.1', make: () => ['http://10.0.0.1/'], names: /http:\/\/10\.0\.0\.1\/: refusing to fetch/ },
  { name: 'unknown file kind', make: () => { const p = join(dir, 'notes.md'); writeFileSync(p, '# Notes\n\nNot an article.'); return [p]; }, names: /notes\.md: unknown file kind "\.md"/ },
];

for (const c of CASES) {
  test(`${c.name}: named on stderr, exit 1, the rest stored, earlier rows untouched`, async () => {
    const good = freshGood();
    const prior = await snapshot();
    const bad = c.make();
    const r = await runCli('analyze', good.path, ...bad, '--db', db, '--format', 'json', ...(c.extra ?? []));
    assert.equal(r.code, EXIT.INPUT_FAILED, r.stderr);
    assert.equal(EXIT.INPUT_FAILED, 1);
    assert.match(r.stderr, c.names);
    assert.match(r.stderr, /sitrep: error: .*\[SITREP_ERR_[A-Z_]+\]/);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.articles.some((a) => a.text.includes(good.phrase)), 'the good article is in the report');
    const now = await snapshot();
    const added = 1 + (c.alsoStored ?? 0);
    assert.equal(now.counts.articles, prior.counts.articles! + added, 'the good inputs were stored');
    assert.equal(now.counts.analyses, prior.counts.analyses! + added);
    for (const [id, t] of baseline.texts) assert.equal(now.texts.get(id), t, `stored article ${id} unchanged`);
    for (const [id, t] of prior.texts) assert.equal(now.texts.get(id), t, `stored article ${id} unchanged`);
  });
}

test('the JSONL lines around a malformed one are stored with their url and id', async () => {
  const s = await openDb(db);
  try {
    const rows = await s.db.selectFrom('articles').select(['external_id', 'url', 'origin']).where('external_id', 'in', ['bl-1', 'bl-2', 'bl-3']).orderBy('external_id').execute();
    assert.deepEqual(rows.map((x) => [x.external_id, x.url, x.origin.replace(/.*[\\/]/, '')]), [['bl-1', 'https://example.org/bl-1', 'bad.jsonl:1'], ['bl-3', 'https://example.org/bl-3', 'bad.jsonl:3']]);
  } finally { await s.db.destroy(); }
});

test('a batch with every kind of bad input at once still stores its good articles and names every failure', async () => {
  const good = freshGood();
  const other = freshGood();
  const prior = await snapshot();
  const bads = CASES.filter((c) => !c.extra).flatMap((c) => c.make());
  const r = await runCli('analyze', good.path, ...bads, other.path, '--db', db, '--format', 'json');
  assert.equal(r.code, EXIT.INPUT_FAILED);
  for (const c of CASES.filter((x) => !x.extra)) assert.match(r.stderr, c.names, c.name);
  const now = await snapshot();
  // the two good files; the good lines of bad.jsonl were stored by an earlier test
  assert.equal(now.counts.articles, prior.counts.articles! + 2);
  for (const [id, t] of prior.texts) assert.equal(now.texts.get(id), t);
  assert.match(r.stderr, /2 analysed, 2 already stored, 10 failed/);
});

test('a directory with a bad file in it: the bad file is named, the others are stored', async () => {
  const sub = join(dir, 'mixed-dir');
  mkdirSync(sub);
  writeFileSync(join(sub, 'ok.txt'), readFileSync(fixture('tree', 'gate.txt')));
  writeFileSync(join(sub, 'zero.txt'), '');
  writeFileSync(join(sub, 'readme.md'), 'Notes about this folder.');
  const r = await runCli('analyze', sub, '--db', db);
  assert.match(r.stderr, /sitrep: skipped .*readme\.md: not an article file kind/, 'files of other kinds are named as skipped');
  assert.equal(r.code, EXIT.INPUT_FAILED);
  assert.match(r.stderr, /mixed-dir[\\/]zero\.txt: the input is empty/);
  assert.match(r.stderr, /1 input article\(s\): 1 analysed/);
  assert.match(r.stdout, /Protesters block gate of refinery/, 'text report names the stored article');
});

test('usage errors exit 2 and print the usage', async () => {
  for (const argv of [['analyze'], ['analyze', fixture('article.txt'), '--format', 'xml'], ['analyze', fixture('article.txt'), '--max-bytes', 'lots'], ['analyze', fixture('article.txt'), '--max-bytes=-5'], ['analyze', fixture('article.txt'), '--jobs', '0'], ['analyze', fixture('article.txt'), '--jobs', 'many'], ['analyze', fixture('article.txt'), '--frobnicate'], ['frobnicate'], []]) {
    const prior = await snapshot();
    const r = await runCli(...argv, ...(argv.length > 1 ? ['--db', db] : []));
    assert.equal(r.code, EXIT.USAGE, `${argv.join(' ')}: ${r.stderr}`);
    assert.equal(EXIT.USAGE, 2);
    assert.match(r.stderr + r.stdout, /usage: sitrep|--format must be|--max-bytes must be|--jobs must be|Unknown option|unknown command/);
    assert.deepEqual((await snapshot()).counts, prior.counts, 'nothing stored');
  }
});

test('a store that cannot be opened is fatal: exit 3 naming the location', async () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  const r = await runCli('analyze', fixture('article.txt'), '--db', join(file, 'sub', 'sitrep.db'));
  assert.equal(r.code, EXIT.FATAL, r.stderr);
  assert.match(r.stderr, /a-file[\\/]sub[\\/]sitrep\.db: cannot open the SQLite store/);
});

test('a clean second run of the first inputs exits 0 and reports them as already stored', async () => {
  const r = await runCli('analyze', fixture('article.txt'), fixture('records.jsonl'), '--db', db);
  assert.equal(r.code, EXIT.OK, r.stderr);
  assert.match(r.stderr, /3 input article\(s\): 0 analysed, 3 already stored, 0 failed/);
});
