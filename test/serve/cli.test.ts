/**
 * `sitrep serve` as a user starts it: a real process (bin/sitrep.js) on an ephemeral port. It binds
 * 127.0.0.1 when no --host is given, says where it serves and that writes need the token, runs `--watch`
 * inside the server (a folder's new file is stored by a watch poll and listed by the API), refuses a bad
 * port, and stops cleanly on SIGTERM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.js';

const BIN = join(repoRoot(), 'bin', 'sitrep.js');
const ARTICLE = 'Two rockets struck Balad Air Base north of Baghdad on Monday, March 3, 2025, wounding two contractors, Iraqi security officials said. No group claimed responsibility for the attack.';

test('sitrep serve: binds loopback by default, runs --watch inside the server, stops on SIGTERM', { timeout: 180000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-cli-'));
  const feed = join(dir, 'inbox');
  mkdirSync(feed);
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'store.db'), '--port', '0', '--watch', feed, '--every', '1h'], {
    env: { ...process.env, SITREP_TOKEN: 'cli-test-token' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  try {
    const base = await new Promise<string>((done, fail) => {
      const t = setInterval(() => { const m = /serving sqlite store .* at (http:\/\/[^\s/]+) \(/.exec(stderr); if (m) { clearInterval(t); done(m[1]!); } }, 100);
      void exited.then((code) => { clearInterval(t); fail(new Error(`serve exited with ${code}: ${stderr}`)); });
    });
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/, 'loopback unless --host says otherwise');
    assert.match(stderr, /writes need the SITREP_TOKEN bearer token/);
    assert.equal((await fetch(`${base}/api/health`)).status, 200);
    const status = await (await fetch(`${base}/api/watch`)).json() as { enabled: boolean; sources: { source: string; kind: string }[] };
    assert.equal(status.enabled, true);
    assert.deepEqual(status.sources.map((s) => [s.source, s.kind]), [[feed, 'folder']]);

    // a file lands in the watched folder; a poll through the API stores it and the ledger lists it at once
    writeFileSync(join(feed, 'balad.txt'), ARTICLE);
    const denied = await fetch(`${base}/api/watch/run`, { method: 'POST' });
    assert.equal(denied.status, 401);
    const run = await fetch(`${base}/api/watch/run`, { method: 'POST', headers: { authorization: 'Bearer cli-test-token' } });
    assert.equal(run.status, 200, await run.clone().text());
    const after = await run.json() as { sources: { stored: number; lastError: string | null }[] };
    assert.equal(after.sources[0]!.lastError, null);
    assert.equal(after.sources[0]!.stored, 1);
    const list = await (await fetch(`${base}/api/events?q=Balad`)).json() as { events: { type: string; place: string | null }[] };
    assert.ok(list.events.some((e) => e.type === 'ASSAULT'), `the attack is listed: ${JSON.stringify(list.events)}`);
  } finally {
    child.kill('SIGTERM');
    const code = await exited;
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, `serve stops cleanly on SIGTERM: ${stderr}`);
  }
});

test('sitrep serve refuses a port that is not one, with the usage error', () => {
  const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '99999', '--db', join(tmpdir(), 'sitrep-serve-cli-never.db')], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /--port must be a port number, not 99999/);
});
