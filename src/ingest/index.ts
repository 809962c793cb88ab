/**
 * Ingest: paths (files, directories, URLs) → RawRecords. Dispatches on the file kind; every failure is a
 * SitrepError naming the input (and line), collected so the rest of the batch goes on.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { MetaField, MetaOrigins, RawRecord } from '../core/model/article.js';
import { SitrepError } from '../core/errors.js';
import { decodeInput, DEFAULT_MAX_BYTES } from './bytes.js';
import { extractHtml } from './html.js';
import { parseJson, parseJsonl, type Parsed } from './json.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { readMeta, type FileMeta } from './meta.js';
import { fetchUrl } from './url.js';
import { dayOrWarn } from './day.js';
import type { Diagnostic } from '../core/diagnostics.js';

export interface IngestOptions {
  /** sidecar metadata file (JSONL) */
  readonly meta?: string | null;
  readonly maxBytes?: number;
}

export interface IngestResult {
  readonly records: RawRecord[];
  readonly failures: SitrepError[];
  /** files in input directories that were not read (unknown kind), with why */
  readonly skipped: string[];
}

const KINDS: Record<string, 'text' | 'html' | 'json' | 'jsonl' | 'xml'> = {
  '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl',
  '.ndjson': 'jsonl', '.xml': 'xml', '.rss': 'xml', '.atom': 'xml',
};
export const SIDECAR_NAME = 'meta.jsonl';

const unreadable = (e: unknown, input: string): SitrepError =>
  new SitrepError('SITREP_ERR_INPUT_MISSING', `cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`, input);

function listFiles(path: string, out: string[], skipped: string[], sidecars: string[], failures: SitrepError[], seen = new Set<string>()): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    // a directory reached twice (symbolic link cycle or alias) is read once
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(path, name);
      // an entry that cannot be read (dangling link, no permission) fails alone, not the whole directory
      let s;
      try { s = statSync(p); } catch (e) { failures.push(unreadable(e, p)); continue; }
      if (s.isDirectory()) listFiles(p, out, skipped, sidecars, failures, seen);
      else if (name === SIDECAR_NAME) sidecars.push(p);
      else if (KINDS[extname(name).toLowerCase()]) out.push(p);
      else skipped.push(`${p}: not an article file kind (${Object.keys(KINDS).join(' ')})`);
    }
  } else out.push(path);
}

function parseFile(text: string, path: string, kind: string | undefined): Parsed {
  const file = basename(path);
  const base = { origin: path, file, externalId: null, url: null, source: null, published: null, language: null } as const;
  switch (kind) {
    case 'text': return { records: [{ ...base, format: 'text', body: text, bodyIsHtml: false, title: null }], errors: [] };
    case 'html': {
      const h = extractHtml(text, path);
      const warnings: Diagnostic[] = [];
      const published = dayOrWarn(h.publishedStated, 'published (page)', warnings);
      return { records: [{ ...base, format: 'html', body: h.text, bodyIsHtml: true, title: h.title, source: h.siteName, published, language: h.language, byline: h.byline, ...(warnings.length ? { warnings } : {}) }], errors: [] };
    }
    case 'json': return parseJson(text, path, file);
    case 'jsonl': return parseJsonl(text, path, file);
    case 'xml': return parseFeed(text, path, file);
    default: throw new SitrepError('SITREP_ERR_INPUT_UNSUPPORTED', `unknown file kind "${extname(path)}"; give .txt, .html, .json, .jsonl, .xml/.rss/.atom`, path);
  }
}

/** The sidecar fills what the input itself does not say; each value filled is marked as from the sidecar. */
function applyMeta(r: RawRecord, m: FileMeta | undefined): RawRecord {
  if (!m) return r;
  const out: Record<string, unknown> = { ...r };
  const origins: MetaOrigins = { ...r.origins };
  const fill = (f: MetaField, v: string | null | undefined) => {
    if (r[f] == null && v != null) { out[f] = v; origins[f] = 'sidecar'; }
  };
  fill('source', m.source); fill('published', m.published); fill('language', m.language); fill('url', m.url); fill('title', m.title); fill('externalId', m.id);
  const warnings = [...(r.warnings ?? []), ...(m.warnings ?? [])];
  return { ...(out as unknown as RawRecord), origins, ...(warnings.length ? { warnings } : {}) };
}

/**
 * One input already in memory (bytes and a name whose extension gives its kind): the records it holds and
 * the errors of its parts. Throws only SitrepErrors naming the input.
 */
export function readBuffer(buf: Buffer, name: string, maxBytes = DEFAULT_MAX_BYTES): Parsed {
  try {
    const kind = KINDS[extname(name).toLowerCase()];
    const text = decodeInput(buf, name, maxBytes);
    return parseFile(text, name, kind === 'text' && looksLikeFeed(text) ? 'xml' : kind);
  } catch (e) {
    throw e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MALFORMED', (e as Error).message, name);
  }
}

async function readUrl(url: string, maxBytes: number): Promise<Parsed> {
  const { body, contentType, finalUrl } = await fetchUrl(url, maxBytes);
  const text = decodeInput(body, url, maxBytes);
  const kind = /xml|rss|atom/.test(contentType) || looksLikeFeed(text) ? 'xml' : /html/.test(contentType) || /<html|<body|<p[\s>]/i.test(text) ? 'html' : 'text';
  const parsed = parseFile(text, url, kind);
  return { records: parsed.records.map((r) => ({ ...r, file: null, url: r.url ?? finalUrl })), errors: parsed.errors };
}

export async function readInputs(paths: readonly string[], opts: IngestOptions = {}): Promise<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const failures: SitrepError[] = [];
  const skipped: string[] = [];
  const records: RawRecord[] = [];
  const metaPath = opts.meta ? resolve(opts.meta) : null;
  const sidecars: string[] = [];
  const files: string[] = [];
  const urls: string[] = [];
  for (const p of paths) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) { urls.push(p); continue; }
    try { listFiles(p, files, skipped, sidecars, failures); } catch (e) { failures.push(unreadable(e, p)); }
  }
  // the sidecar: --meta, else a meta.jsonl found in an input directory
  const meta = new Map<string, FileMeta>();
  for (const m of metaPath ? [metaPath] : sidecars) {
    try { for (const [k, v] of readMeta(m)) meta.set(k, v); } catch (e) { failures.push(e as SitrepError); }
  }
  for (const f of files) {
    if (metaPath && resolve(f) === metaPath) continue;
    try {
      const kind = KINDS[extname(f).toLowerCase()];
      // the size limit is checked before reading: a 1 GB file is refused without being loaded
      const size = statSync(f).size;
      if (size > maxBytes) throw new SitrepError('SITREP_ERR_INPUT_TOO_LARGE', `the input is ${size} bytes, over the limit of ${maxBytes} (set --max-bytes)`, f);
      const text = decodeInput(readFileSync(f), f, maxBytes);
      const parsed = parseFile(text, f, kind === 'text' && looksLikeFeed(text) ? 'xml' : kind);
      records.push(...parsed.records.map((r) => applyMeta(r, meta.get(basename(f)))));
      failures.push(...parsed.errors);
    } catch (e) {
      failures.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MALFORMED', (e as Error).message, f));
    }
  }
  for (const u of urls) {
    try {
      const parsed = await readUrl(u, maxBytes);
      records.push(...parsed.records);
      failures.push(...parsed.errors);
    } catch (e) { failures.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MISSING', (e as Error).message, u)); }
  }
  return { records, failures, skipped };
}
