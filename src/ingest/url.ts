/**
 * Fetching an article by URL, safely: only http(s), never into loopback, private, link-local or other
 * non-public address ranges, with a time and size limit. The address is checked where it is used: inside
 * the connection's own DNS lookup, so the address checked is the address connected to (a name that answers
 * public first and loopback next — DNS rebinding — cannot slip through), and every redirect is a new
 * connection checked the same way. Hand-written because the guard must sit inside the connection; the
 * ranges are kept in node:net's BlockList.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import { BlockList, isIP } from 'node:net';
import { SitrepError } from '../core/errors.js';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
// IPv6: every form that embeds or reaches an IPv4 address (mapped, translated, compatible, NAT64, 6to4,
// Teredo) is refused whole, with loopback, unspecified, unique-local, link-local, site-local, multicast,
// discard, documentation and ORCHID ranges
for (const [net, bits] of [
  ['::', 96], ['::ffff:0:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:10::', 28],
  ['2001:20::', 28], ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) blocked.addSubnet(net, bits, 'ipv6');

const mapped = new BlockList();
mapped.addSubnet('::ffff:0:0', 96, 'ipv6');

/** The last 32 bits of an IPv6 address as dotted IPv4 (for IPv4-mapped addresses). */
function lastV4(a: string): string {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (dotted) return dotted[1]!;
  const g = a.split(':');
  const hi = parseInt(g[g.length - 2] || '0', 16), lo = parseInt(g[g.length - 1] || '0', 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for addresses that are not on the public internet (an IPv4-mapped address is judged by its IPv4). */
export function isPrivateAddress(ip: string): boolean {
  const a = ip.replace(/^\[|\]$/g, '').toLowerCase();
  const v = isIP(a);
  if (v === 4) return blocked.check(a, 'ipv4');
  if (v === 6) return mapped.check(a, 'ipv6') ? isPrivateAddress(lastV4(a)) : blocked.check(a, 'ipv6');
  return true;
}

type Resolve = (host: string, cb: (err: Error | null, addrs: LookupAddress[]) => void) => void;
const systemResolve: Resolve = (host, cb) => dnsLookup(host, { all: true } as LookupAllOptions, cb);

/**
 * A `lookup` for http(s).request that resolves once and refuses the connection when any address is not
 * public: the socket connects only to an address this function returned.
 */
export function guardedLookup(resolve: Resolve = systemResolve) {
  return (host: string, options: { all?: boolean; family?: number }, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
    resolve(host, (err, addrs) => {
      if (err) return cb(err, '', 0);
      const list = options.family ? addrs.filter((x) => x.family === options.family) : addrs;
      if (!list.length) return cb(Object.assign(new Error(`cannot resolve host ${host}`), { code: 'ENOTFOUND' }), '', 0);
      const bad = list.find((x) => isPrivateAddress(x.address));
      if (bad) return cb(Object.assign(new Error(`${host} resolves to a private or local address (${bad.address})`), { code: 'SITREP_URL_BLOCKED' }), '', 0);
      if (options.all) cb(null, list);
      else cb(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** The URL, when it is http(s) and does not name a non-public address literally. */
export function checkUrl(url: string, input: string = url): URL {
  let u: URL;
  try { u = new URL(url); } catch { throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'not a valid URL', input); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new SitrepError('SITREP_ERR_URL_BLOCKED', `only http and https URLs are fetched, not ${u.protocol}`, input);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isPrivateAddress(host)) throw new SitrepError('SITREP_ERR_URL_BLOCKED', `refusing to fetch: ${host} resolves to a private or local address`, input);
  return u;
}

/**
 * An early, friendly check before fetching: the scheme, and the addresses the name resolves to now. Not the
 * guard itself — the answer may change by the time of connecting; guardedLookup checks what is connected to.
 */
export async function assertPublicUrl(url: string, resolve: Resolve = systemResolve): Promise<URL> {
  const u = checkUrl(url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return u;
  const addrs = await new Promise<LookupAddress[]>((ok, fail) => resolve(host, (e, a) => (e ? fail(new SitrepError('SITREP_ERR_INPUT_MISSING', `cannot resolve host ${host}: ${e.message}`, url)) : ok(a))));
  if (!addrs.length || addrs.some((x) => isPrivateAddress(x.address))) throw new SitrepError('SITREP_ERR_URL_BLOCKED', `refusing to fetch: ${host} resolves to a private or local address`, url);
  return u;
}

interface Fetched { body: Buffer; contentType: string; finalUrl: string }

function requestOnce(u: URL, input: string, maxBytes: number, timeoutMs: number, resolve: Resolve): Promise<{ status: number; location: string | null; fetched?: Fetched }> {
  return new Promise((done, fail) => {
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(u, { method: 'GET', lookup: guardedLookup(resolve) as never, headers: { 'user-agent': 'sitrep/0.2 (+news analysis)' }, timeout: timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) { res.resume(); return done({ status, location: res.headers.location }); }
      if (status < 200 || status >= 300) { res.resume(); return fail(new SitrepError('SITREP_ERR_INPUT_MISSING', `HTTP ${status}`, input)); }
      const len = Number(res.headers['content-length'] ?? 0);
      if (len > maxBytes) { res.destroy(); return fail(new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `the page is ${len} bytes, over the limit of ${maxBytes}`, input)); }
      const chunks: Buffer[] = [];
      let total = 0;
      res.on('data', (c: Buffer) => {
        total += c.length;
        if (total > maxBytes) { res.destroy(); fail(new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `the page is over the limit of ${maxBytes} bytes`, input)); return; }
        chunks.push(c);
      });
      res.on('end', () => done({ status, location: null, fetched: { body: Buffer.concat(chunks), contentType: String(res.headers['content-type'] ?? ''), finalUrl: u.toString() } }));
      res.on('error', (e) => fail(new SitrepError('SITREP_ERR_INPUT_MISSING', `cannot fetch: ${e.message}`, input)));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'SITREP_URL_BLOCKED'
      ? new SitrepError('SITREP_ERR_URL_BLOCKED', `refusing to fetch: ${e.message}`, input)
      : new SitrepError('SITREP_ERR_INPUT_MISSING', `cannot fetch: ${e.message}`, input)));
    req.end();
  });
}

export async function fetchUrl(url: string, maxBytes: number, timeoutMs = 15000, resolve: Resolve = systemResolve): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    const u = hop === 0 ? await assertPublicUrl(current, resolve) : checkUrl(current, url);
    const r = await requestOnce(u, url, maxBytes, timeoutMs, resolve);
    if (r.fetched) return r.fetched;
    current = new URL(r.location!, current).toString();
  }
  throw new SitrepError('SITREP_ERR_INPUT_MISSING', 'too many redirects', url);
}
