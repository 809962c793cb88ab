/**
 * Continuous ingest: polls RSS/Atom feeds (and pages) by URL and folders of article files, and stores
 * what is new through the analyze engine. Feeds are asked with If-None-Match / If-Modified-Since so an
 * unchanged feed costs one small request; every URL, and every redirect, passes analyze's rule against
 * private and local addresses (src/ingest/url.ts). A folder is rescanned for files whose size or time
 * changed. A failing source is recorded and skipped; the others go on, and so does the next cycle.
 * Articles already stored are recognised by their content hash, so reading one again stores nothing.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { OpenDb } from '../store/db.js';
import type { RawRecord } from '../core/model/article.js';
import { SitrepError } from '../core/errors.js';
import { assertPublicUrl } from '../ingest/url.js';
import { readInputs, SIDECAR_NAME } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../ingest/bytes.js';
import { analyzeRecords } from '../engine/analyze.js';
import { recordsFromBody } from './body.js';
import type { Resources } from '../resources/index.js';

export interface SourceStatus {
  source: string;
  kind: 'url' | 'folder';
  lastRun: string | null;
  lastOk: string | null;
  lastError: string | null;
  /** articles newly stored from it, since the watcher started */
  stored: number;
  notModified: number;
}

export interface WatchOptions {
  readonly everyMs: number;
  /** KB, lexicons and memo tables for the analysis */
  readonly resources: Resources;
  readonly maxBytes?: number;
  /** runs the store write (the server passes its write queue) */
  readonly exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
  readonly onCycle?: (s: { stored: number; failed: number }) => void;
  /** fetch, for tests */
  readonly fetch?: typeof fetch;
  /** the public-address check, for tests that serve a feed on loopback */
  readonly checkUrl?: (url: string) => Promise<unknown>;
}

const FILE_KINDS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);

export const parseEvery = (s: string): number => {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) throw new SitrepError('SITREP_ERR_USAGE', `--every must be a duration like 30s, 10m or 1h, not "${s}"`);
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60000, h: 3600000 } as const)[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (n < 1000) throw new SitrepError('SITREP_ERR_USAGE', '--every must be at least 1s');
  return n;
};

export class Watcher {
  readonly status: SourceStatus[];
  private readonly cache = new Map<string, { etag: string | null; lastModified: string | null }>();
  private readonly seen = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  cycles = 0;

  constructor(private readonly store: OpenDb, sources: readonly string[], private readonly opts: WatchOptions) {
    this.status = sources.map((s) => ({ source: s, kind: /^https?:\/\//i.test(s) ? 'url' : 'folder', lastRun: null, lastOk: null, lastError: null, stored: 0, notModified: 0 }));
  }

  start(): void {
    const loop = async (): Promise<void> => { await this.runOnce(); if (this.timer !== null) this.timer = setTimeout(() => void loop(), this.opts.everyMs); };
    this.timer = setTimeout(() => void loop(), 0);
  }

  stop(): void { if (this.timer) clearTimeout(this.timer); this.timer = null; }

  /** One pass over every source; concurrent calls share the pass. */
  runOnce(): Promise<void> {
    this.running ??= this.pass().finally(() => { this.running = null; });
    return this.running;
  }

  private async pass(): Promise<void> {
    let stored = 0, failed = 0;
    for (const st of this.status) {
      st.lastRun = new Date().toISOString();
      try {
        const records = st.kind === 'url' ? await this.readUrl(st) : await this.readFolder(st.source);
        if (records.length) {
          const run = () => analyzeRecords(records, { db: this.store, resources: this.opts.resources });
          const out = await (this.opts.exclusive ? this.opts.exclusive(run) : run());
          st.stored += out.analysed.length;
          stored += out.analysed.length;
          if (out.failures.length) { failed += out.failures.length; st.lastError = out.failures.map((f) => f.message).join('; ').slice(0, 1000); } else st.lastError = null;
        } else st.lastError = null;
        st.lastOk = st.lastRun;
      } catch (e) {
        failed++;
        st.lastError = (e as Error).message;
      }
    }
    this.cycles++;
    this.opts.onCycle?.({ stored, failed });
  }

  private async readUrl(st: SourceStatus): Promise<RawRecord[]> {
    const maxBytes = this.opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const doFetch = this.opts.fetch ?? fetch;
    const check = this.opts.checkUrl ?? assertPublicUrl;
    let current = st.source;
    for (let hop = 0; hop < 5; hop++) {
      await check(current);
      const prev = this.cache.get(st.source);
      const headers: Record<string, string> = { 'user-agent': 'sitrep/0.2 (+news analysis; watch)' };
      if (prev?.etag) headers['if-none-match'] = prev.etag;
      if (prev?.lastModified) headers['if-modified-since'] = prev.lastModified;
      const res = await doFetch(current, { redirect: 'manual', signal: AbortSignal.timeout(15000), headers });
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && res.headers.get('location')) { current = new URL(res.headers.get('location')!, current).toString(); continue; }
      if (res.status === 304) { st.notModified++; return []; }
      if (!res.ok) throw new SitrepError('SITREP_ERR_INPUT_MISSING', `HTTP ${res.status}`, st.source);
      const buf = Buffer.from(await res.arrayBuffer());
      if (buf.length > maxBytes) throw new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `over the limit of ${maxBytes} bytes`, st.source);
      const type = res.headers.get('content-type') ?? '';
      const text = buf.toString('utf8');
      const media = /xml|rss|atom/.test(type) || /<(?:rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 4096)) ? 'application/xml' : /html/.test(type) ? 'text/html' : /json/.test(type) ? 'application/json' : 'text/plain';
      const parsed = recordsFromBody(text, media, st.source, maxBytes);
      this.cache.set(st.source, { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') });
      if (parsed.errors.length && !parsed.records.length) throw parsed.errors[0]!;
      return parsed.records.map((r) => ({ ...r, url: r.url ?? current }));
    }
    throw new SitrepError('SITREP_ERR_INPUT_MISSING', 'too many redirects', st.source);
  }

  private async readFolder(dir: string): Promise<RawRecord[]> {
    if (!existsSync(dir)) throw new SitrepError('SITREP_ERR_INPUT_MISSING', 'no such file or directory', dir);
    const files = statSync(dir).isDirectory()
      ? (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).filter((f) => FILE_KINDS.has(extname(f).toLowerCase()) && !f.endsWith(SIDECAR_NAME))
      : [dir];
    const changed: string[] = [];
    for (const f of files) {
      let s;
      try { s = statSync(f); } catch { continue; }
      if (!s.isFile()) continue;
      const stamp = `${s.size}:${s.mtimeMs}`;
      if (this.seen.get(f) !== stamp) { changed.push(f); this.seen.set(f, stamp); }
    }
    if (!changed.length) return [];
    const sidecar = join(dir, SIDECAR_NAME);
    const { records, failures } = await readInputs(changed, { meta: existsSync(sidecar) ? sidecar : null, ...(this.opts.maxBytes ? { maxBytes: this.opts.maxBytes } : {}) });
    if (failures.length && !records.length) throw failures[0]!;
    return records;
  }
}
