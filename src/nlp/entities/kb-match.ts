/**
 * Longest-match lookup of knowledge-base names over a sentence's tokens. Each candidate window of up
 * to MAX_WORDS tokens is turned into a compact normalised key (normalize.ts) and looked up in the KB
 * index, so "Ain al - Asad" (wink splits the article) and "Kata'ib Hizballah" match their records.
 * Case rules keep common words out: acronym aliases need the same capitals ("IS", not "is"), and an
 * alias written with a capital needs a capitalised first token in the text.
 */
import type { Token } from '../../core/model/doc.js';
import type { KbRecord, KnowledgeBase, NameEntry } from '../../kb/index.js';
import { compactKey, fold, isAcronym, namedWithClitic, tokenKey } from '../../kb/index.js';
import { spelledOut } from './place-drafts.js';

const MAX_WORDS = 9;
const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;
const HYPHEN = /[-‐–]/;

export interface KbSpan {
  /** token indices [tokStart, tokEnd) into doc.tokens */
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly end: number;
  readonly entries: NameEntry[];
}

/** Starts with a capital letter of any script ("Ḩasakah", "Şanlıurfa", "Élysée"). */
export const isCap = (s: string): boolean => /^\p{Lu}/u.test(s);
const isWordish = (t: Token): boolean => /[A-Za-z0-9\u00C0-\u024F]/.test(t.text);

/** Entries whose case rules the surface form satisfies. */
// Arabic article forms (al, ed, adh ...), Persian ezafe ("Shahr e Kord", "Torbat-e Heydarieh") and Arabic "wa" ("Khabb wa Ash Shaaf") inside place names
const PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'es', 'ed', 'adh', 'an', 'at', 'e', 'ye', 'wa', 'de', 'du', 'of', 'bin', 'ibn', 'abu', 'la', 'le', 'da', 'di', 'del', 'von', 'van', 'sur', 'on']);
const LEADING_STOP = new Set(['In', 'As', 'At', 'On', 'The', 'A', 'An', 'Of', 'To', 'By', 'For', 'If', 'It', 'He', 'She', 'We', 'They', 'And', 'But', 'Or', 'No', 'So', 'Is', 'Be', 'Do', 'Us', 'All', 'Its', 'His', 'Her']);
/** Gazetteer names must look like names in the text: every word capitalised except particles. */
function looksLikeName(surface: string): boolean {
  const words = surface.split(/[\s-]+/).filter((w) => /[A-Za-z]/.test(w));
  if (!words.length || LEADING_STOP.has(words[0]!)) return false;
  return words.every((w) => isCap(w) || PARTICLES.has(w.toLowerCase()));
}

/** An abbreviation written with its period ("Ky.", "W.Va.", "Tenn."): without the period it is another word ("Kan" in "Omar Kan"). */
const ABBREVIATION = /^[A-Z][A-Za-z.]{0,5}\.$/;

function caseFilter(entries: readonly NameEntry[], surface: string, after = ''): NameEntry[] {
  const surfAcr = isAcronym(surface);
  const surfUpper = surface === surface.toUpperCase();
  const nameLike = looksLikeName(surface);
  return entries.filter((e) => {
    if (ABBREVIATION.test(e.alias) && !surface.endsWith('.') && after !== '.') return false;
    if (e.rank < 3 && !nameLike) return false;
    if (e.acronym) return surfAcr && surface.replace(/[.\s]/g, '') === e.alias.replace(/[.\s]/g, '');
    if (surfAcr && surface.replace(/[.\s-]/g, '').length <= 4 && !surfUpper) return false;
    if (isCap(e.alias) && !isCap(surface)) return false;
    return true;
  });
}

/**
 * tokenKey of each token of a token array, filled on demand: matchKb reads most tokens' keys several
 * times, and an array slot is cheaper than the memo's hash lookup.
 */
const tokenKeys = new WeakMap<readonly Token[], (string | undefined)[]>();
function keysFor(tokens: readonly Token[]): (string | undefined)[] {
  let k = tokenKeys.get(tokens);
  if (!k || k.length !== tokens.length) tokenKeys.set(tokens, (k = new Array<string | undefined>(tokens.length)));
  return k;
}

/**
 * KB matches in tokens [from, to) of `text`, left to right, longest first. `blocked(i)` marks tokens
 * that may not start a match (e.g. already used).
 */
export function matchKb(kb: KnowledgeBase, text: string, tokens: readonly Token[], from: number, to: number): KbSpan[] {
  const out: KbSpan[] = [];
  const keys = keysFor(tokens);
  const keyAt = (j: number): string => (keys[j] ??= tokenKey(tokens[j]!.text));
  let i = from;
  while (i < to) {
    const first = tokens[i]!;
    if (!isWordish(first) || (!isCap(first.text) && !/^\d/.test(first.text) && !kb.lowerStarts.has(fold(first.text)))) { i++; continue; }
    // the first non-article word must start some KB name
    let fi = i;
    while (fi < to - 1 && (tokens[fi]!.text === '-' || keyAt(fi).startsWith('\u0000') || /^the$/i.test(tokens[fi]!.text))) fi++;
    const ft = tokens[fi]!;
    let fe = fi; // pieces of the same word split by the tokenizer ("Erdo|ğ|an")
    while (fe + 1 < to && tokens[fe + 1]!.start === tokens[fe]!.end && LETTER_END.test(tokens[fe]!.text) && LETTER_START.test(tokens[fe + 1]!.text)) fe++;
    const ftext = fe > fi ? text.slice(ft.start, tokens[fe]!.end) : ft.text;
    const fk = ftext.length > 3 && /[’']s$/.test(ftext) ? tokenKey(ftext.slice(0, -2)) : fe > fi ? tokenKey(ftext) : keyAt(fi);
    // also the word before a hyphen ("Iran-backed"); with no hyphen that is usually the same key, looked up once
    const dash = HYPHEN.exec(ftext);
    const hk = compactKey(dash ? ftext.slice(0, dash.index) : ftext);
    const maxWords = Math.max(kb.firstWords.get(fk) ?? 0, hk === fk ? 0 : kb.firstWords.get(hk) ?? 0);
    if (!maxWords) { i++; continue; }
    const limit = Math.min(MAX_WORDS, maxWords + (fi - i) + 3);
    let best: KbSpan | null = null;
    let words = 0;
    let key = '';
    let pendingArticle = '';
    // the name with a final possessive clitic, through token j: only a name the KB writes with it
    // (or its spelled-out form's: "St. George's" is written "Saint George's" in the gazetteer)
    const withClitic = (j: number): void => {
      const end = tokens[j]!.end, surface = text.slice(first.start, end);
      const hits = new Map<KbRecord, NameEntry>();
      for (const n of [surface, spelledOut(surface)]) {
        const k = n ? compactKey(n) : '';
        if (k) for (const e of kb.lookupKey(k)) if (!hits.has(e.record) && namedWithClitic(e, k)) hits.set(e.record, e);
      }
      const ok = hits.size ? caseFilter([...hits.values()], surface, text.charAt(end)) : [];
      if (ok.length) best = { tokStart: i, tokEnd: j + 1, start: first.start, end, entries: ok };
    };
    for (let j = i; j < to && words < limit; j++) {
      const t = tokens[j]!;
      if (j > i && t.start - tokens[j - 1]!.end > 1) break; // a line break or double space ends a name
      if (/^[,;:()"“”!?]$/.test(t.text) && !(t.text === ',' && tokens[j + 1] && /^D\.?C\.?$/.test(tokens[j + 1]!.text))) break;
      if (isWordish(t)) words++;
      if (!isWordish(t)) continue;
      // the tokenizer's separate possessive clitic ("Hall|'s") ends the name before it: the fold would join
      // it to the name ("halls", the town of Halls); only a name the KB writes with it ("St. George's") takes it
      if (j > i && t.start === tokens[j - 1]!.end && /^['’]s$/i.test(t.text)) {
        withClitic(j);
        break;
      }
      // wink splits some words at non-ASCII letters ("Erdo|ğ|an"): glued pieces are re-read as one word
      const glued = j > i && t.start === tokens[j - 1]!.end && LETTER_END.test(tokens[j - 1]!.text) && LETTER_START.test(t.text);
      if (glued) {
        key = compactKey(text.slice(first.start, t.end));
        const hits = kb.lookupKey(key);
        if (hits.length) { const ok = caseFilter(hits, text.slice(first.start, t.end), text.charAt(t.end)); if (ok.length) best = { tokStart: i, tokEnd: j + 1, start: first.start, end: t.end, entries: ok }; }
        continue;
      }
      const tk = keyAt(j);
      if (tk.startsWith('\u0000')) {
        // an article counts only when nothing follows it
        if (j === i) key = tk.slice(1); else pendingArticle = tk.slice(1);
        if (j === i) { const h = kb.lookupKey(key); if (h.length) { const ok = caseFilter(h, t.text, text.charAt(t.end)); if (ok.length) best = { tokStart: i, tokEnd: j + 1, start: first.start, end: t.end, entries: ok }; } key = ''; }
        continue;
      }
      pendingArticle = '';
      // a possessive glued to the token ("Trump’s") ends the name before it
      const poss = t.text.length > 3 && /[’']s$/.test(t.text);
      key += poss ? tokenKey(t.text.slice(0, -2)) : tk;
      if (!tk) continue;
      const end = poss ? t.end - 2 : t.end;
      const surface = text.slice(first.start, end);
      const hits = key ? kb.lookupKey(key) : [];
      if (hits.length) {
        const ok = caseFilter(hits, surface, text.charAt(end));
        if (ok.length) best = { tokStart: i, tokEnd: j + 1, start: first.start, end, entries: ok };
      }
      if (poss) { withClitic(j); break; }
    }
    if (best) {
      out.push(best);
      i = best.tokEnd;
    } else i++;
  }
  return out;
}
