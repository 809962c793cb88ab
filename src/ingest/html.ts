/**
 * HTML → plain text with paragraphs, title, publication time and site name, using @mozilla/readability
 * over linkedom. Paragraphs come from walking block elements of readability's content, because
 * textContent keeps breaks only when the source had newlines between tags.
 */
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { SitrepError } from '../core/errors.js';
import { readDay } from './day.js';

export interface HtmlExtract {
  readonly text: string;
  readonly title: string | null;
  /** the publication day (ISO), when the page states a valid one */
  readonly published: string | null;
  /** the publication date as the page states it, valid or not (checked and named by the caller: day.ts) */
  readonly publishedStated: string | null;
  readonly siteName: string | null;
  readonly byline: string | null;
  readonly language: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/* linkedom's DOM types differ from lib.dom; the small surface used here is typed loosely. */
type Node = { textContent: string | null; querySelectorAll(sel: string): ArrayLike<Node>; getAttribute?(n: string): string | null; closest?(sel: string): Node | null; tagName?: string; remove?(): void; body?: Node | null; documentElement?: Node | null };

/** Elements whose content is never article text (readability drops them; block walking must too). */
const NOT_TEXT = 'script, style, noscript, template, iframe, object, svg';

function blockText(root: Node): string {
  for (const el of Array.from(root.querySelectorAll(NOT_TEXT))) el.remove?.();
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.closest?.('figure') || el.tagName === 'FIGCAPTION');
  const paras = blocks
    .filter((el) => !Array.from(el.querySelectorAll(BLOCKS)).length)
    .filter((el) => el.tagName !== 'FIGCAPTION')
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // a Document's own textContent is null: fall back to its body (or root element)
  const whole = root.body ?? root.documentElement ?? root;
  return paras.length ? paras.join('\n\n') : (whole.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

const meta = (doc: Node, ...names: string[]): string | null => {
  for (const n of names) {
    const el = Array.from(doc.querySelectorAll(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`))[0];
    const v = el?.getAttribute?.('content')?.trim();
    if (v) return v;
  }
  return null;
};

export { isoDay } from './day.js';

/**
 * Nesting deeper than this is not a page layout but a hostile or broken input: DOM walking and
 * readability's scoring cost grows with depth times size (2,500 nested divs took 19 s, 100,000 never
 * finished). Such markup is read with its wrapper elements removed — their text stays.
 */
export const MAX_HTML_DEPTH = 256;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const WRAPPERS = /<\/?(?:div|span|section|article|main|aside|header|footer|nav|font|center|b|i|u|em|strong|small|big|table|tbody|thead|tr|ul|ol|dl|dd|dt|form|fieldset|label|a)\b[^>]*>/gi;

/** The deepest element nesting of the markup, by one linear scan of its tags (no parse). */
export function markupDepth(html: string): number {
  let depth = 0, max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(name)) max = Math.max(max, ++depth);
  }
  return max;
}

/** extractHtml, with a failure inside the DOM library (malformed markup it cannot walk) named as the input's. */
export function extractHtml(html: string, input: string, opts: { readability?: boolean } = {}): HtmlExtract {
  try { return extractHtmlUnchecked(html, input, opts); } catch (e) {
    if (e instanceof SitrepError) throw e;
    throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', `cannot read the HTML: ${(e as Error).message}`, input);
  }
}

function extractHtmlUnchecked(source: string, input: string, opts: { readability?: boolean }): HtmlExtract {
  const html = markupDepth(source) > MAX_HTML_DEPTH ? source.replace(WRAPPERS, ' ') : source;
  if (!/<[a-z!?/][^>]*>/i.test(html)) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'no HTML markup found', input);
  let doc: Node & { title?: string };
  try {
    // a fragment (feed item, JSON "html" field) is wrapped: linkedom makes its first element the root otherwise
    const page = /<(?:html|body|head)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
    doc = new DOMParser().parseFromString(page, 'text/html') as unknown as Node;
  } catch (e) {
    throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', `cannot parse HTML: ${(e as Error).message}`, input);
  }
  // the first date the page states that reads as a calendar day; a bad one is kept to be named
  const stated = [meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date'), Array.from(doc.querySelectorAll('time[datetime]'))[0]?.getAttribute?.('datetime') ?? null].filter((v): v is string => !!v);
  const published = stated.find((v) => readDay(v).day) ?? stated[0] ?? null;
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const lang = doc.documentElement?.getAttribute?.('lang') ?? null;
  if (opts.readability === false) {
    return { text: blockText(doc), title: null, published: readDay(published).day, publishedStated: published, siteName, byline: null, language: lang };
  }
  let parsed: { title?: string | null; content?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; lang?: string | null } | null = null;
  try {
    parsed = new Readability(doc as never, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  const title = parsed?.title?.trim() || meta(doc, 'og:title') || (doc.title ?? '').trim() || null;
  let text = '';
  if (parsed?.content) {
    const inner = new DOMParser().parseFromString(`<html><body>${parsed.content}</body></html>`, 'text/html') as unknown as Node;
    text = blockText(inner);
  }
  if (!text) text = blockText(doc);
  if (!text.trim()) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'no article text found in the HTML', input);
  const stated2 = (parsed?.publishedTime && readDay(parsed.publishedTime).day ? parsed.publishedTime : null) ?? published;
  return { text, title, published: readDay(stated2).day, publishedStated: stated2, siteName: parsed?.siteName?.trim() || siteName, byline: parsed?.byline?.trim() || null, language: parsed?.lang ?? lang };
}
