/**
 * A POSTed body → RawRecords, read the way `analyze` reads a file of the same kind (the media type
 * stands in for the file extension): plain text, HTML through readability, a JSON record / array /
 * {articles}, JSONL, or an RSS/Atom feed. Size, binary and encoding checks are analyze's.
 */
import type { RawRecord } from '../core/model/article.js';
import { SitrepError } from '../core/errors.js';
import { decodeInput } from '../ingest/bytes.js';
import { extractHtml } from '../ingest/html.js';
import { parseJson, parseJsonl } from '../ingest/json.js';
import { parseFeed } from '../ingest/feed.js';

export const BODY_KINDS: Record<string, 'text' | 'html' | 'json' | 'jsonl' | 'xml'> = {
  'text/plain': 'text', 'text/html': 'html', 'application/xhtml+xml': 'html', 'application/json': 'json',
  'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/x-jsonlines': 'jsonl',
  'application/rss+xml': 'xml', 'application/atom+xml': 'xml', 'application/xml': 'xml', 'text/xml': 'xml',
};

export function recordsFromBody(body: string, contentType: string | undefined, name: string, maxBytes: number): { records: RawRecord[]; errors: SitrepError[] } {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const kind = BODY_KINDS[media];
  if (!kind) throw new SitrepError('SITREP_ERR_INPUT_UNSUPPORTED', `unsupported Content-Type "${media || '(none)'}"; send one of ${Object.keys(BODY_KINDS).join(', ')}`, name);
  const text = decodeInput(Buffer.from(body ?? '', 'utf8'), name, maxBytes);
  const base = { origin: name, file: null, externalId: null, url: null, source: null, published: null, language: null } as const;
  switch (kind) {
    case 'text': return { records: [{ ...base, format: 'text', body: text, bodyIsHtml: false, title: null }], errors: [] };
    case 'html': {
      const h = extractHtml(text, name);
      return { records: [{ ...base, format: 'html', body: h.text, bodyIsHtml: true, title: h.title, source: h.siteName, published: h.published, language: h.language, byline: h.byline }], errors: [] };
    }
    case 'json': return parseJson(text, name, name);
    case 'jsonl': return parseJsonl(text, name, name);
    case 'xml': return parseFeed(text, name, name);
  }
}
