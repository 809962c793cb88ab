/** Turns one JSON article object `{id?, url?, title?, text | html, source?, published?, language?}` into a RawRecord. */
import type { RawRecord } from '../core/model/article.js';
import { SitrepError } from '../core/errors.js';
import { extractHtml } from './html.js';
import { dayOrWarn } from './day.js';
import { urlOrWarn } from './url-field.js';
import type { Diagnostic } from '../core/diagnostics.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

export function recordFromObject(o: unknown, origin: string, file: string | null, format: RawRecord['format'] = 'json'): RawRecord {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'an article record must be a JSON object', origin);
  const r = o as Record<string, unknown>;
  const text = str(r.text) ?? str(r.body) ?? str(r.content);
  const html = str(r.html);
  if (!text && !html) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'the record has neither "text" nor "html"', origin);
  let body = text ?? '';
  let title = str(r.title);
  const warnings: Diagnostic[] = [];
  let published = dayOrWarn(str(r.published) ?? str(r.date) ?? str(r.publishedAt), 'published', warnings);
  let source = str(r.source) ?? str(r.outlet);
  let language = str(r.language) ?? str(r.lang);
  if (!text && html) {
    const h = extractHtml(html, origin);
    body = h.text;
    title ??= h.title;
    published ??= dayOrWarn(h.publishedStated, 'published (page)', warnings);
    source ??= h.siteName;
    language ??= h.language;
  }
  return { origin, file, format, body, bodyIsHtml: !text && !!html, externalId: str(r.id), url: urlOrWarn(str(r.url) ?? str(r.link), warnings), title, source, published, language, ...(warnings.length ? { warnings } : {}) };
}
