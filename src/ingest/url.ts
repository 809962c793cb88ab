/**
 * Fetching an article by URL, safely: only http(s), never into loopback, private, link-local or other
 * non-public address ranges (checked on the resolved addresses, and again on every redirect), with a
 * time and size limit. Hand-written because the guard must sit between DNS resolution and the request.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { SitrepError } from '../core/errors.js';

const V4_BLOCKED: [number, number][] = [
  [0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16], [0xac100000, 12],
  [0xc0000000, 24], [0xc0000200, 24], [0xc0a80000, 16], [0xc6120000, 15], [0xc6336400, 24], [0xcb007100, 24],
  [0xe0000000, 4], [0xf0000000, 4],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, p) => (n << 8) + Number(p), 0) >>> 0;
}

/** True for addresses that are not on the public internet. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const n = v4ToInt(ip);
    return V4_BLOCKED.some(([base, bits]) => (n >>> (32 - bits)) === (base >>> (32 - bits)));
  }
  const a = ip.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isPrivateAddress(mapped[1]!);
  // the URL parser writes a mapped IPv4 address in hex: [::ffff:127.0.0.1] becomes [::ffff:7f00:1]
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (hex) { const hi = parseInt(hex[1]!, 16), lo = parseInt(hex[2]!, 16); return isPrivateAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`); }
  return a === '::' || a === '::1' || /^f[cd]/.test(a) || /^fe[89ab]/.test(a) || /^ff/.test(a) || a.startsWith('64:ff9b:') || a.startsWith('2001:db8');
}

export async function assertPublicUrl(url: string): Promise<URL> {
  let u: URL;
  try { u = new URL(url); } catch { throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'not a valid URL', url); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new SitrepError('SITREP_ERR_URL_BLOCKED', `only http and https URLs are fetched, not ${u.protocol}`, url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addrs: string[];
  if (isIP(host)) addrs = [host];
  else {
    try { addrs = (await lookup(host, { all: true })).map((a) => a.address); } catch (e) { throw new SitrepError('SITREP_ERR_INPUT_MISSING', `cannot resolve host ${host}: ${(e as Error).message}`, url); }
  }
  if (!addrs.length || addrs.some(isPrivateAddress)) throw new SitrepError('SITREP_ERR_URL_BLOCKED', `refusing to fetch: ${host} resolves to a private or local address`, url);
  return u;
}

export async function fetchUrl(url: string, maxBytes: number, timeoutMs = 15000): Promise<{ body: Buffer; contentType: string; finalUrl: string }> {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    await assertPublicUrl(current);
    let res: Response;
    try {
      res = await fetch(current, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'sitrep/0.1 (+news analysis)' } });
    } catch (e) { throw new SitrepError('SITREP_ERR_INPUT_MISSING', `cannot fetch: ${(e as Error).message}`, url); }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) { current = new URL(res.headers.get('location')!, current).toString(); continue; }
    if (!res.ok) throw new SitrepError('SITREP_ERR_INPUT_MISSING', `HTTP ${res.status}`, url);
    const len = Number(res.headers.get('content-length') ?? 0);
    if (len > maxBytes) throw new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `the page is ${len} bytes, over the limit of ${maxBytes}`, url);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) throw new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `the page is over the limit of ${maxBytes} bytes`, url);
      chunks.push(Buffer.from(chunk));
    }
    return { body: Buffer.concat(chunks), contentType: res.headers.get('content-type') ?? '', finalUrl: current };
  }
  throw new SitrepError('SITREP_ERR_INPUT_MISSING', 'too many redirects', url);
}
