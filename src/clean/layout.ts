/**
 * Document layout of plain-text articles: the headline on the first line, and the dateline that opens
 * the body ("TEHRAN (Tasnim) –", "WASHINGTON —", "BAGHDAD, Iraq (AP) —"). Hand-written: readability and
 * similar libraries work on HTML structure, and plain-text news has none.
 */
import type { Dateline } from '../core/model/article.js';

const TITLE_PREFIX = /^\s*(?:title|headline)\s*:\s*/i;

/** Strips a `Title:` prefix; returns the offset where the title itself starts inside the line. */
export function titlePrefixLength(line: string): number {
  const m = TITLE_PREFIX.exec(line);
  return m ? m[0].length : 0;
}

const DATELINE = /^\s*((?:[A-Z][A-Z.'’-]*)(?:\s+[A-Z][A-Z.'’-]*){0,3})(?:,\s*([A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?))?\s*(?:\(([^)\n]{1,40})\))?\s*[–—-]{1,2}\s+/;

export interface DatelineMatch extends Dateline {
  /** length of the dateline text to drop from the start of the paragraph */
  readonly length: number;
  /** where the place is written inside the paragraph */
  readonly placeStart: number;
  readonly placeEnd: number;
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());

/** Recognises a dateline at the start of a paragraph. */
export function matchDateline(paragraph: string): DatelineMatch | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  // a dateline place is written in capitals and is short; "U.S." alone at the start of prose is not one
  if (place.replace(/[^A-Z]/g, '').length < 3 || place.length > 40) return null;
  const agency = m[3]?.trim() ?? null;
  const region = m[2]?.trim() || null;
  const placeStart = m[0].indexOf(m[1]!) + (m[1]!.length - m[1]!.trimStart().length);
  return { place: titleCase(place), agency: agency && agency.length ? agency : null, ...(region ? { region } : {}), length: m[0].length, placeStart, placeEnd: placeStart + place.length };
}

/** Whether the first line of a text file reads as a headline rather than body prose. */
export function readsAsHeadline(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (!t || next === undefined) return false;
  if (t.length > 220 || t.length < 8) return false;
  if (matchDateline(t)) return false;
  if (/[.;:,]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 3 || words.length > 30) return false;
  // prose with several sentences is not a headline
  if (/[.!?]\s+[A-Z]/.test(t.replace(/\b(?:[A-Z]\.){1,3}/g, ''))) return false;
  return true;
}
