/** The installed command: `node bin/sitrep.js` sets the process exit code from main() (needs a build in dist/). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.js';

const root = repoRoot();
const built = existsSync(join(root, 'dist', 'src', 'cli', 'main.js'));
const opts = built ? {} : { skip: 'no build in dist/ (run npx tsc -p .): skipped' };
const sitrep = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'sitrep.js'), ...args], { encoding: 'utf8', cwd: root, timeout: 120_000 });

test('no command: usage on stdout, exit 2', opts, () => {
  const r = sitrep();
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stdout, /usage: sitrep analyze/);
});

test('a missing input beside a good one: exit 1, the missing one named on stderr', opts, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bin-'));
  try {
    const r = sitrep('analyze', join(root, 'test', 'fixtures', 'ingest', 'article.txt'), join(dir, 'absent.txt'), '--db', join(dir, 'x.db'), '--format', 'json');
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /absent\.txt: cannot read: no such file or directory \[SITREP_ERR_INPUT_MISSING\]/);
    const report = JSON.parse(r.stdout) as { articles: { file: string }[] };
    assert.deepEqual(report.articles.map((a) => a.file), ['article.txt']);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
