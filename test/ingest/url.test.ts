/** The URL guard: only public http(s) addresses are fetched; the check happens before any connection. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPublicUrl, isPrivateAddress } from '../../src/ingest/url.js';
import { readInputs } from '../../src/ingest/index.js';
import { SitrepError } from '../../src/core/errors.js';

test('loopback, private, link-local, CGNAT, multicast and unique-local addresses are private', () => {
  for (const ip of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.1.2.3', '::ffff:7f00:1', '::ffff:a00:1']) {
    assert.equal(isPrivateAddress(ip), true, ip);
  }
});

test('public addresses are not private', () => {
  for (const ip of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.4.4', '::ffff:808:404']) {
    assert.equal(isPrivateAddress(ip), false, ip);
  }
});

test('private and non-http URLs are refused before any connection is made', async () => {
  const realFetch = globalThis.fetch;
  let calls = 0;
  globalThis.fetch = (async () => { calls++; throw new Error('fetch must not be called'); }) as typeof fetch;
  try {
    for (const u of ['http://127.0.0.1/x', 'http://10.0.0.1/', 'http://[::1]:8080/a', 'http://[::ffff:127.0.0.1]/', 'http://2130706433/', 'http://0x7f000001/', 'http://169.254.169.254/latest/meta-data/', 'http://localhost/']) {
      await assert.rejects(assertPublicUrl(u), (e: unknown) => e instanceof SitrepError && e.code === 'SITREP_ERR_URL_BLOCKED' && e.input === u, u);
    }
    await assert.rejects(assertPublicUrl('file:///etc/passwd'), (e: unknown) => e instanceof SitrepError && e.code === 'SITREP_ERR_URL_BLOCKED');
    await assert.rejects(assertPublicUrl('ftp://example.com/a.txt'), (e: unknown) => e instanceof SitrepError && e.code === 'SITREP_ERR_URL_BLOCKED');
    // through ingest: a failure naming the URL, not a crash, and still no request
    const { records, failures } = await readInputs(['http://127.0.0.1/x', 'http://10.0.0.1/']);
    assert.equal(records.length, 0);
    assert.deepEqual(failures.map((f) => [f.code, f.input]), [['SITREP_ERR_URL_BLOCKED', 'http://127.0.0.1/x'], ['SITREP_ERR_URL_BLOCKED', 'http://10.0.0.1/']]);
    assert.equal(calls, 0);
  } finally {
    globalThis.fetch = realFetch;
  }
});
