/**
 * The command line around the store: `--version`; `export` of a mistyped store and `analyze` into a
 * missing directory are errors that create nothing; `meta set` corrects an article and re-analyses it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { openDb } from '../../src/store/db.js';
import { getArticles } from '../../src/store/repos/articles.js';
import { repoRoot } from '../helpers/shared.js';

test('sitrep --version prints the package version', async () => {
  const r = await runCli('--version');
  assert.equal(r.code, EXIT.OK);
  const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
  assert.match(r.stdout, new RegExp(`^sitrep ${pkg.version.replace(/\./g, '\\.')} `));
});

test('export --db of a store that does not exist is an error and creates nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  try {
    const r = await runCli('export', '--db', join(dir, 'mistyped.db'));
    assert.equal(r.code, EXIT.FATAL);
    assert.match(r.stderr, /mistyped\.db: cannot open the SQLite store/);
    assert.equal(existsSync(join(dir, 'mistyped.db')), false);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('analyze --db in a directory that does not exist is an error and creates no directory', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  try {
    const r = await runCli('analyze', join(repoRoot(), 'test', 'fixtures', 'ingest', 'article.txt'), '--db', join(dir, 'no', 'such', 'x.db'));
    assert.equal(r.code, EXIT.FATAL);
    assert.match(r.stderr, /does not exist/);
    assert.equal(existsSync(join(dir, 'no')), false);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('meta set corrects a stored article, marks the value as a person\'s and re-dates its events', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  try {
    const db = join(dir, 's.db');
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Gunmen attack police post\n\nGunmen attacked a police post in the border village of Kani Rash on Sunday night, killing one policeman, the provincial police chief said on Monday.\n');
    const first = await runCli('analyze', file, '--db', db, '--format', 'json');
    assert.equal(first.code, EXIT.OK, first.stderr);
    const report = JSON.parse(first.stdout) as { articles: { id: string; published: string | null }[]; events: { date: { start: string } | null }[] };
    const id = report.articles[0]!.id;
    assert.equal(report.articles[0]!.published, null);
    const bad = await runCli('meta', 'set', id, '--published', '2023-02-31', '--db', db);
    assert.equal(bad.code, EXIT.USAGE, 'a bad date is refused');
    const r = await runCli('meta', 'set', id, '--published', '2022-09-05', '--source', 'Example Wire', '--db', db);
    assert.equal(r.code, EXIT.OK, r.stderr);
    const s = await openDb(db);
    try {
      const [a] = await getArticles(s.db, [id]);
      assert.equal(a!.published, '2022-09-05');
      assert.equal(a!.source, 'Example Wire');
      assert.deepEqual(a!.origins, { published: 'manual', source: 'manual', title: 'page' });
    } finally { await s.db.destroy(); }
    // the attack on "Sunday night" is now dated from the corrected publication day (Monday 5 Sept 2022)
    const out = await runCli('export', '--db', db, '--format', 'json');
    const events = (JSON.parse(out.stdout) as { events: { type: string; date: { start: string } | null }[] }).events;
    assert.ok(events.some((e) => e.date?.start === '2022-09-04'), JSON.stringify(events.map((e) => e.date)));
    // a later input without metadata does not undo the correction
    await runCli('analyze', file, '--db', db);
    const s2 = await openDb(db);
    try { assert.equal((await getArticles(s2.db, [id]))[0]!.published, '2022-09-05'); } finally { await s2.db.destroy(); }
    const missing = await runCli('meta', 'set', 'nosuchid', '--source', 'X', '--db', db);
    assert.equal(missing.code, EXIT.FATAL);
    assert.match(missing.stderr, /nosuchid: no article with this id/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
