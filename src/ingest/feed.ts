/**
 * RSS 2.0 and Atom feed files: one article per item/entry (title, link, pubDate/updated/published,
 * content:encoded/content or description/summary). Item HTML is reduced to text by block walking, not
 * readability: feed snippets have no page furniture to remove. Atom `<content type="xhtml">` holds markup,
 * not text: it is read again unparsed (a stop node) and its XHTML div goes through the same HTML walk.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RawRecord } from '../core/model/article.js';
import { SitrepError } from '../core/errors.js';
import { extractHtml } from './html.js';
import { dayOrWarn } from './day.js';
import { urlOrWarn } from './url-field.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Parsed } from './json.js';

const options = { ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true, htmlEntities: true, cdataPropName: false } as const;
const parser = new XMLParser(options);
/** keeps Atom entry content as its raw markup, for `type="xhtml"` */
const rawContent = new XMLParser({ ...options, stopNodes: ['feed.entry.content', 'feed.entry.summary'] });
const isXhtml = (v: unknown): boolean => !!v && typeof v === 'object' && (v as Record<string, unknown>)['@type'] === 'xhtml';

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text']);
  return null;
};
const linkOf = (v: unknown): string | null => {
  for (const l of asArray(v as unknown)) {
    if (typeof l === 'string') return l.trim();
    const o = l as Record<string, unknown>;
    if (o && (o['@rel'] === undefined || o['@rel'] === 'alternate') && typeof o['@href'] === 'string') return o['@href'] as string;
  }
  return null;
};

export const looksLikeFeed = (s: string): boolean => /<(?:rss|feed|rdf:RDF)[\s>]/i.test(s.slice(0, 4096));

export function parseFeed(xml: string, path: string, file: string): Parsed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', `malformed XML at line ${valid.err.line}: ${valid.err.msg}`, path);
  const doc = parser.parse(xml) as Record<string, any>;
  const channel = doc.rss?.channel ?? doc['rdf:RDF'];
  const items: any[] = channel ? asArray(channel.item ?? doc['rdf:RDF']?.item) : asArray(doc.feed?.entry);
  if (!channel && !doc.feed) throw new SitrepError('SITREP_ERR_INPUT_UNSUPPORTED', 'XML file is neither an RSS 2.0 nor an Atom feed', path);
  const feedSource = text(channel?.title) ?? text(doc.feed?.title);
  // Atom XHTML content: the parsed object has no text; the raw markup of the same entry does
  const raw: any[] = !channel && items.some((it) => isXhtml(it?.content) || isXhtml(it?.summary)) ? asArray((rawContent.parse(xml) as Record<string, any>).feed?.entry) : [];
  const xhtml = (i: number, field: 'content' | 'summary'): string | null => (isXhtml(items[i]?.[field]) ? text(raw[i]?.[field]) : null);
  const records: RawRecord[] = [];
  const errors: SitrepError[] = [];
  items.forEach((it, i) => {
    const origin = `${path}#item-${i + 1}`;
    try {
      const field = (f: 'content' | 'summary'): string | null => (isXhtml(it[f]) ? xhtml(i, f) : text(it[f]));
      const html = text(it['content:encoded']) ?? field('content') ?? text(it.description) ?? field('summary');
      if (!html) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'feed item has no content or description', origin);
      const body = /<[a-z][^>]*>/i.test(html) ? extractHtml(html, origin, { readability: false }).text : html;
      const warnings: Diagnostic[] = [];
      records.push({
        origin, file, format: 'feed', body, bodyIsHtml: true,
        externalId: text(it.guid) ?? text(it.id), url: urlOrWarn(linkOf(it.link), warnings), title: text(it.title),
        source: feedSource, published: dayOrWarn(text(it.pubDate) ?? text(it.published) ?? text(it.updated) ?? text(it['dc:date']), 'published', warnings), language: text(channel?.language) ?? null,
        ...(warnings.length ? { warnings } : {}),
      });
    } catch (e) { errors.push(e instanceof SitrepError ? e : new SitrepError('SITREP_ERR_INPUT_MALFORMED', `cannot read the feed item: ${(e as Error).message}`, origin)); }
  });
  return { records, errors };
}
