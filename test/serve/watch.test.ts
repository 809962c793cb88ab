/**
 * sitrep watch: a feed served on loopback is polled with If-None-Match / If-Modified-Since (an unchanged
 * feed stores nothing and costs a 304), a folder is rescanned for new files, a failing source is recorded
 * while the others go on, and the real URL rule refuses a feed on a private address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { openDb } from '../../src/store/db.js';
import { countRows } from '../../src/store/repos/articles.js';
import { Watcher, parseEvery } from '../../src/serve/watch.js';
import { testResources } from '../helpers/resources.js';

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Rockets hit base near Balad</title><link>https://example.org/a</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
<description>Two rockets struck Balad Air Base north of Baghdad on Monday, wounding two contractors, officials said.</description></item>
</channel></rss>`;

test('feeds are polled conditionally, folders rescanned, failures recorded without stopping the rest', async () => {
  const seen: { inm?: string; ims?: string }[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/broken') { res.writeHead(500); res.end('down'); return; }
    seen.push({ inm: req.headers['if-none-match'] as string | undefined, ims: req.headers['if-modified-since'] as string | undefined });
    if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304); res.end(); return; }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 03 Mar 2025 10:00:00 GMT' });
    res.end(FEED);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-'));
  const store = await openDb(':memory:');
  try {
    writeFileSync(join(dir, 'one.txt'), 'Gunmen attacked a police checkpoint near Kirkuk on Saturday, killing two officers, police said.\n');
    const w = new Watcher(store, [`http://127.0.0.1:${port}/feed`, `http://127.0.0.1:${port}/broken`, dir], { everyMs: 60000, resources: testResources(), checkUrl: async () => undefined });
    await w.runOnce();
    const [feed, broken, folder] = w.status;
    assert.equal(feed!.stored, 1);
    assert.equal(feed!.lastError, null);
    assert.match(broken!.lastError ?? '', /HTTP 500/);
    assert.equal(folder!.stored, 1);
    assert.equal((await countRows(store.db)).articles, 2);

    await w.runOnce();
    assert.deepEqual(seen.at(-1), { inm: '"v1"', ims: 'Mon, 03 Mar 2025 10:00:00 GMT' }, 'the second poll is conditional');
    assert.equal(feed!.notModified, 1);
    assert.equal((await countRows(store.db)).articles, 2, 'nothing new, nothing stored');

    writeFileSync(join(dir, 'two.txt'), 'Protesters gathered outside the provincial council in Basra on Sunday demanding jobs and electricity.\n');
    await w.runOnce();
    assert.equal(folder!.stored, 2);
    assert.equal((await countRows(store.db)).articles, 3);

    // without the test's stand-in, analyze's URL rule applies: loopback is a private address
    const real = new Watcher(store, [`http://127.0.0.1:${port}/feed`], { everyMs: 60000, resources: testResources() });
    await real.runOnce();
    assert.match(real.status[0]!.lastError ?? '', /private or local address/);
  } finally {
    server.close();
    await store.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--every reads durations and refuses nonsense', () => {
  assert.equal(parseEvery('10m'), 600000);
  assert.equal(parseEvery('30s'), 30000);
  assert.equal(parseEvery('1h'), 3600000);
  assert.throws(() => parseEvery('often'), /--every must be a duration/);
  assert.throws(() => parseEvery('10ms'), /at least 1s/);
});
