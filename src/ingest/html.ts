/**
 * HTML → plain text with paragraphs, title, publication time and site name, using @mozilla/readability
 * over linkedom. Paragraphs come from walking block elements of readability's content, because
 * textContent keeps breaks only when the source had newlines between tags.
 */
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { SitrepError } from '../core/errors.js';

export interface HtmlExtract {
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
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

/** RFC 822 zone names Date.parse knows, in minutes east of UTC. */
const ZONES: Record<string, number> = { Z: 0, UT: 0, UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/**
 * The publication day as the outlet wrote it: `Mon, 09 May 2022 23:30:00 -0500` is 9 May (the outlet's
 * day), not 10 May (UTC); a date without a zone is a calendar date, whatever the machine's time zone.
 */
export const isoDay = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const str = s.trim();
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(str);
  if (m) return m[1]!;
  const t = Date.parse(str);
  if (Number.isNaN(t)) return null;
  const off = /([+-])(\d{2}):?(\d{2})$/.exec(str);
  const named = /\b([A-Z]{1,3}T?)$/i.exec(str)?.[1]?.toUpperCase();
  const minutes = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : named !== undefined ? ZONES[named] : undefined;
  if (minutes !== undefined) return new Date(t + minutes * 60000).toISOString().slice(0, 10);
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function extractHtml(html: string, input: string, opts: { readability?: boolean } = {}): HtmlExtract {
  if (!/<[a-z!?/][^>]*>/i.test(html)) throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', 'no HTML markup found', input);
  let doc: Node & { title?: string };
  try {
    // a fragment (feed item, JSON "html" field) is wrapped: linkedom makes its first element the root otherwise
    const page = /<(?:html|body|head)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
    doc = new DOMParser().parseFromString(page, 'text/html') as unknown as Node;
  } catch (e) {
    throw new SitrepError('SITREP_ERR_INPUT_MALFORMED', `cannot parse HTML: ${(e as Error).message}`, input);
  }
  const published = isoDay(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date')) ??
    isoDay(Array.from(doc.querySelectorAll('time[datetime]'))[0]?.getAttribute?.('datetime'));
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const lang = doc.documentElement?.getAttribute?.('lang') ?? null;
  if (opts.readability === false) {
    return { text: blockText(doc), title: null, published, siteName, byline: null, language: lang };
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
  return { text, title, published: isoDay(parsed?.publishedTime) ?? published, siteName: parsed?.siteName?.trim() || siteName, byline: parsed?.byline?.trim() || null, language: parsed?.lang ?? lang };
}
