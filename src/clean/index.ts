/**
 * Cleaning: raw article text → cleaned body text with an offset map back to the raw input. Takes the
 * headline and dateline out of the body, drops captions, keyword lines and boilerplate, normalises
 * quotes and spaces (same-length substitutions), and flags a truncated paragraph.
 */
import { createHash } from 'node:crypto';
import { META_FIELDS, type Article, type Dateline, type MetaField, type MetaOrigins, type RawRecord } from '../core/model/article.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { MAX_ARTICLE_CHARS, MAX_TOKEN_CHARS, TextBuilder } from './text-builder.js';
import { matchDateline, readsAsHeadline, titlePrefixLength } from './layout.js';
import { captionStart, isBoilerplate, isCaption, isKeywordLine } from './noise.js';

interface Line { start: number; end: number; text: string }

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const part of raw.split('\n')) {
    const text = part.endsWith('\r') ? part.slice(0, -1) : part;
    lines.push({ start: at, end: at + text.length, text });
    at += part.length + 1;
  }
  return lines;
}

const squash = (s: string): string => s.replace(/[\u0000-\u0008\u000E-\u001F\u007F\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
const sameText = (a: string, b: string): boolean => squash(a).toLowerCase() === squash(b).toLowerCase();

export const contentId = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

const TERMINAL = /[.!?"'”’)\]…:]\s*$/;

/** Flags paragraphs that stop mid-clause (no closing punctuation), naming the cut sentence. */
function truncations(text: string, paragraphs: readonly { start: number; end: number }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end);
    if (para.length < 40 || TERMINAL.test(para)) continue;
    // the cut sentence starts after the last sentence end inside the paragraph
    let cut = 0;
    const re = /[.!?]["')\]]?\s+(?=["'(\[]?[A-Z0-9])/g;
    for (let m = re.exec(para); m; m = re.exec(para)) {
      if (!/\b(?:[A-Z]|U\.S|Lt|Gen|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|St|Jr|No|Oct|Nov|Dec|Jan|Feb|Aug|Sept?)\.$/.test(para.slice(0, m.index + 1))) cut = m.index + m[0].length;
    }
    const start = p.start + cut;
    out.push({ severity: 'warning', rule: 'clean/truncated-paragraph', message: 'paragraph ends mid-clause: the sentence looks cut off', start, end: p.end, text: text.slice(start, p.end) });
  }
  return out;
}

/** The outlet naming itself as the one doing the reporting: "The New Arab attempted to contact ...". */
const OUTLET_SELF = /\b((?:The |Al )?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})\s+(?:(?:has\s+)?(?:attempted|tried|sought) to (?:contact|reach)|(?:has|had) (?:learned|contacted|reached out|obtained|reviewed|seen)|contacted|reached out to|could not (?:independently )?(?:verify|confirm)|was unable to (?:verify|confirm|reach|contact)|requested comment)\b/;
const NOT_OUTLET = /^(?:The )?(?:U\.?S\.?|United States|Pentagon|Government|Ministry|Police|Army|Military|Officials?|He|She|They|It|We|Reuters reporters?)$/;

const OUTLET_IN_CREDIT = /^((?:The )?[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})\s+(?:writers?|correspondents?|reporters?)\b/;

function selfNamed(text: string): string | null {
  const m = OUTLET_SELF.exec(text);
  return m && !NOT_OUTLET.test(m[1]!) && /^(?:The |Al )/.test(m[1]!) ? m[1]! : null;
}

/** Each metadata value's origin: as the record says, else the input itself. */
function originsOf(r: Pick<RawRecord, MetaField>, given: MetaOrigins | undefined): MetaOrigins {
  const out: MetaOrigins = {};
  for (const f of META_FIELDS) if (r[f] != null) out[f] = given?.[f] ?? 'page';
  return out;
}

/** how many paragraphs from the top a dateline is looked for in */
const OPENING_LINES = 4;

/** A short line before an article's prose, not itself prose: no sentence inside it, at most a dozen words. */
function isOpeningLine(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 12 && !/[a-z]{2}[.!?]\s+[A-Z]/.test(t);
}

export function cleanRecord(raw: RawRecord): Article {
  const body = raw.body;
  const lines = splitLines(body);
  const removed: { kind: string; text: string; rawStart: number }[] = [];
  let title = raw.title;
  const first = lines.findIndex((l) => l.text.trim().length > 0);
  let headlineLine = -1;
  let headlineFrom = 0;
  // headline on the first line
  if (first >= 0) {
    const l = lines[first]!;
    const prefix = titlePrefixLength(l.text);
    const next = lines.slice(first + 1).find((x) => x.text.trim().length > 0)?.text;
    // the headline stays in the text as its first paragraph (it tells the article's main incident and
    // is read like the body); only a `Title:` prefix is dropped
    if (l.text.slice(prefix).trim() && ((title && sameText(l.text.slice(prefix), title)) || (!title && (prefix > 0 || readsAsHeadline(l.text, next))))) {
      title ??= squash(l.text.slice(prefix));
      if (prefix > 0) removed.push({ kind: 'title-prefix', text: l.text.slice(0, prefix), rawStart: l.start });
      headlineLine = first;
      headlineFrom = l.start + prefix;
    }
  }
  // classify the rest
  const keep: boolean[] = lines.map((l) => l.text.trim().length > 0);
  const cutAt = new Map<number, number>();
  lines.forEach((l, i) => {
    if (!keep[i] || i === headlineLine) return;
    const t = l.text.trim();
    let kind: string | null = null;
    if (isBoilerplate(t)) kind = 'boilerplate';
    else if (isCaption(t)) kind = 'caption';
    else if (isKeywordLine(t)) {
      const next = lines.slice(i + 1).find((x) => x.text.trim().length > 0);
      if ((next && isCaption(next.text)) || t.split(',').length >= 5) kind = 'keywords';
    }
    // a paragraph of prose that ends with a photo credit loses only the credit (and its caption sentence)
    const cut = kind === 'caption' ? captionStart(l.text) : 0;
    if (cut > 0) { cutAt.set(i, l.start + cut); removed.push({ kind: 'caption', text: l.text.slice(cut), rawStart: l.start + cut }); return; }
    if (kind) { keep[i] = false; removed.push({ kind, text: l.text, rawStart: l.start }); }
  });
  // dateline at the start of the first body paragraph, or of the first one after the short lines that
  // open a page ("Follow CBSMIAMI.COM: Facebook | Twitter", a byline, a photo credit): the report's
  // first paragraph of prose is the one that opens with it
  let dateline: Dateline | null = null;
  let firstBody = keep.findIndex((k, i) => k && i !== headlineLine);
  let skipFirst = 0;
  for (let i = firstBody, seen = 0; i >= 0 && i < lines.length && seen < OPENING_LINES; i++) {
    if (!keep[i] || i === headlineLine) continue;
    seen++;
    const m = matchDateline(lines[i]!.text);
    if (m) {
      firstBody = i;
      const at = { start: lines[i]!.start + m.placeStart, end: lines[i]!.start + m.placeEnd };
      dateline = { place: m.place, agency: m.agency, ...(m.region ? { region: m.region } : {}), at }; skipFirst = m.length; removed.push({ kind: 'dateline', text: lines[i]!.text.slice(0, m.length), rawStart: lines[i]!.start });
      break;
    }
    if (!isOpeningLine(lines[i]!.text)) break;
  }
  // build the cleaned text
  const b = new TextBuilder();
  const paragraphs: { start: number; end: number }[] = [];
  lines.forEach((l, i) => {
    if (!keep[i]) return;
    if (b.size > 0) b.separator('\n', l.start - 1);
    const from = i === firstBody ? l.start + skipFirst : i === headlineLine ? headlineFrom : l.start;
    const pStart = b.size;
    b.append(body, from, cutAt.get(i) ?? l.end);
    b.trimEnd();
    if (b.size > pStart) paragraphs.push({ start: pStart, end: b.size });
  });
  const text = b.toString();
  // a headline has no closing punctuation: it is not a truncated paragraph
  const diagnostics: Diagnostic[] = [...(raw.warnings ?? []), ...truncations(text, headlineLine >= 0 ? paragraphs.slice(1) : paragraphs)];
  if (!text.trim()) diagnostics.push({ severity: 'error', rule: 'clean/no-body', message: 'no article prose left after cleaning' });
  if (b.cutAt !== null) diagnostics.push({ severity: 'warning', rule: 'clean/too-long', message: `the text is analysed up to ${text.length} characters (the bound is ${MAX_ARTICLE_CHARS}); the raw input from offset ${b.cutAt} of ${body.length} is kept but not read` });
  if (b.brokenTokens) diagnostics.push({ severity: 'warning', rule: 'clean/long-token', message: `${b.brokenTokens} break(s) put into runs of over ${MAX_TOKEN_CHARS} characters without a space` });
  const credit = removed.map((r) => OUTLET_IN_CREDIT.exec(r.text.trim())?.[1]).find(Boolean);
  return {
    id: contentId(text),
    origin: raw.origin,
    file: raw.file,
    url: raw.url,
    externalId: raw.externalId,
    title: title ? squash(title) : null,
    source: raw.source,
    published: raw.published,
    publishedInferred: null,
    dateline,
    outletFromText: dateline?.agency ?? credit ?? selfNamed(text) ?? null,
    language: raw.language,
    text,
    offsetMap: b.segments,
    paragraphs,
    removed,
    diagnostics,
    raw: body,
    origins: originsOf({ ...raw, title }, raw.origins),
  };
}
