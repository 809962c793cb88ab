/**
 * SSRF: the address checked is the address connected to (DNS rebinding cannot pass a public answer to the
 * check and a loopback one to the connection), every special IPv6 form is refused, redirects are checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { assertPublicUrl, checkUrl, fetchUrl, guardedLookup, isPrivateAddress } from '../../src/ingest/url.js';
import { SitrepError } from '../../src/core/errors.js';

const SPECIAL_V6 = ['::ffff:0:7f00:1', '::127.0.0.1', '::7f00:1', '2002:7f00:1::1', '2002:0a00:1::1', 'fec0::1', '2001::1', '2001:0:4136:e378::1', '64:ff9b::7f00:1', '64:ff9b:1::1', '100::1', '2001:db8::1', '2001:10::1', 'ff02::1', 'fe80::1', 'fd00::1', '::1', '::'];

test('every special IPv6 form is private, also written inside a URL', async () => {
  for (const ip of SPECIAL_V6) {
    assert.equal(isPrivateAddress(ip), true, ip);
    await assert.rejects(assertPublicUrl(`http://[${ip}]/x`), (e: unknown) => e instanceof SitrepError && e.code === 'SITREP_ERR_URL_BLOCKED', ip);
  }
  for (const ip of ['2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(ip), false, ip);
});

test('DNS rebinding: a name that answers public to the check and loopback to the connection is not fetched', async () => {
  let hits = 0;
  const server = createServer((_req, res) => { hits++; res.end('secret'); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  let calls = 0;
  // the first answer is public, every later one is loopback
  const rebinding = (_host: string, cb: (e: Error | null, a: LookupAddress[]) => void) => { calls++; cb(null, [{ address: calls === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }]); };
  try {
    await assert.rejects(fetchUrl(`http://rebind.example:${port}/`, 1 << 20, 3000, rebinding), (e: unknown) => e instanceof SitrepError && e.code === 'SITREP_ERR_URL_BLOCKED' && e.input === `http://rebind.example:${port}/`);
    assert.equal(hits, 0, 'the loopback server received no request');
    assert.ok(calls >= 2, 'the connection resolved the name itself and was refused');
  } finally { server.close(); }
});

test('the connection lookup refuses a name with any private address among its answers', async () => {
  const lookup = guardedLookup((_h, cb) => cb(null, [{ address: '8.8.8.8', family: 4 }, { address: '10.0.0.1', family: 4 }]));
  const err = await new Promise<Error | null>((r) => lookup('mixed.example', { all: true }, (e) => r(e)));
  assert.match(String(err?.message), /private or local address \(10\.0\.0\.1\)/);
  const ok = await new Promise<unknown>((r) => guardedLookup((_h, cb) => cb(null, [{ address: '8.8.8.8', family: 4 }]))('pub.example', {}, (_e, a) => r(a)));
  assert.equal(ok, '8.8.8.8');
});

test('a redirect target is checked again: private literals and non-http schemes are refused', () => {
  for (const target of ['http://127.0.0.1/admin', 'http://[::ffff:0:7f00:1]/', 'http://169.254.169.254/latest/meta-data/', 'file:///etc/passwd', 'gopher://x/']) {
    assert.throws(() => checkUrl(target, 'http://origin.example/'), (e: unknown) => e instanceof SitrepError && e.code === 'SITREP_ERR_URL_BLOCKED' && e.input === 'http://origin.example/', target);
  }
});
