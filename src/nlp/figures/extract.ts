/**
 * Figures: numbers with what they count, read from the tokens of one sentence. A figure is an optional
 * modifier ("approximately", "more than", "up to"), a number (digits, number words, "two- to five-",
 * or a vague quantity such as "dozens of", "multiple"), then the counted noun phrase, whose last noun is
 * the unit ("2,500 American troops" → troops). A number with no noun after it inherits the unit of the
 * previous figure of the sentence ("... 2,500 troops in Iraq and 900 in Syria"). Years, dates, times of
 * day, ordinals and numbers inside names are not figures. Hand-written: no library reads counts with
 * their nouns (ts-libs.md §2, §4).
 */
import type { Token } from '../../core/model/doc.js';
import type { Range } from '../../core/span.js';
import { digitValue, scaleValue, wordValue } from './number-words.js';
import data from './quantifiers.json' with { type: 'json' };

interface Modifier { approximate?: boolean; open?: boolean; upTo?: boolean; below?: boolean }
const MODIFIERS = data.modifiers as Record<string, Modifier>;
const VAGUE = data.vague as Record<string, { min: number }>;
export const DEMONYMS = data.demonyms as Record<string, string>;
const MAX_MOD_WORDS = 3;
const VAGUE_FIRST = new Set(Object.keys(VAGUE).map((k) => k.split(' ')[0]!));

export interface RawFigure {
  /** token index range of the whole figure [from, to) */
  readonly from: number;
  readonly to: number;
  /** token range of the number words (with modifiers) */
  readonly numFrom: number;
  readonly numTo: number;
  readonly value: number;
  readonly max: number | null;
  readonly approximate: boolean;
  /** token index of the head noun, -1 when inherited */
  readonly head: number;
  /** tokens of the noun phrase before the head (qualifiers) */
  readonly qualifiers: readonly number[];
  readonly unit: string;
  /** the noun of a compound count ("five-year timeline" → year), which is then the unit */
  readonly compound?: string;
  readonly elliptical: boolean;
}

const low = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
const isYear = (t: Token): boolean => /^(?:1[89]|20|21)\d\d$/.test(t.text);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Reads a number starting at token i: returns [value, next index] or null. */
function readNumber(toks: readonly Token[], i: number): { value: number; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  let v = digitValue(t.text);
  let j = i + 1;
  if (v === null) {
    v = wordValue(t.text);
    if (v === null || /^(?:a|an|half|single)$/i.test(t.text)) return null;
    // twenty - five
    if (toks[j]?.text === '-' && toks[j + 1] && /^(?:one|two|three|four|five|six|seven|eight|nine)$/i.test(toks[j + 1]!.text) && v >= 20 && v % 10 === 0) { v += wordValue(toks[j + 1]!.text)!; j += 2; }
  } else if (isYear(t) && !t.text.includes(',')) return null;
  // scale words: "1.5 million", "three hundred", "10 bn"
  while (toks[j] && scaleValue(toks[j]!.text) !== null && !(low(toks[j]) === 'm' && toks[j]!.pos !== 'NOUN')) { v *= scaleValue(toks[j]!.text)!; j++; }
  return { value: v, next: j };
}

/** Longest modifier ending right before token i; returns its first token index and meaning. */
function readModifier(toks: readonly Token[], i: number, floor: number): { from: number; mod: Modifier } | null {
  for (let n = MAX_MOD_WORDS; n >= 1; n--) {
    const from = i - n;
    if (from < floor) continue;
    const words = toks.slice(from, i).map((t) => t.text.toLowerCase()).join(' ');
    const mod = MODIFIERS[words];
    if (mod) return { from, mod };
  }
  return null;
}

/** Vague quantity starting at token i ("dozens of", "multiple", "some of those"). */
function readVague(toks: readonly Token[], i: number): { value: number; next: number } | null {
  if (!VAGUE_FIRST.has(low(toks[i]))) return null;
  for (let n = 3; n >= 1; n--) {
    const words = toks.slice(i, i + n).map((t) => t.text.toLowerCase()).join(' ');
    const v = VAGUE[words];
    if (!v || toks.length < i + n) continue;
    let next = i + n;
    if (low(toks[next]) === 'of') next++;
    // "some of" needs the "of"; "many" only before a plural noun phrase
    if (words === 'many' && toks[next]?.pos !== 'NOUN' && toks[next]?.pos !== 'ADJ') return null;
    return { value: v.min, next };
  }
  return null;
}

/** Reads the counted noun phrase from token j; returns the head and the qualifiers. */
function readNounPhrase(toks: readonly Token[], j: number, end: number): { head: number; quals: number[]; next: number } | null {
  if (/^(?:the|those|these|its|their|his|her|our)$/i.test(toks[j]?.text ?? '')) j++;
  let head = -1;
  const quals: number[] = [];
  let k = j;
  for (; k < end && k < j + 6; k++) {
    const t = toks[k]!;
    if (t.text === '-' && head >= 0 && toks[k + 1]?.pos === 'NOUN') continue; // "Iran-backed"
    if (t.pos === 'NOUN') { if (head >= 0) quals.push(head); head = k; continue; }
    if ((t.pos === 'ADJ' || t.pos === 'PROPN') && head < 0) { quals.push(k); continue; }
    // participles used as adjectives: "two armed drones", "three known Iranian militia locations"
    if (t.pos === 'VERB' && head < 0 && /(?:ed|en|wn)$/i.test(t.text) && NOUNISH.has(toks[k + 1]?.pos ?? '')) { quals.push(k); continue; }
    // coordination inside the phrase: "150 missile and drone assaults"
    if (t.pos === 'CCONJ' && head >= 0 && toks[k + 1]?.pos === 'NOUN' && toks[k + 2]?.pos === 'NOUN') { quals.push(head); head = -1; continue; }
    break;
  }
  if (head < 0) return null;
  // a plural head after a PROPN run is fine; a PROPN-only phrase ("900 Kurds") is taken as its last word
  return { head, quals: quals.filter((q) => q !== head), next: head + 1 };
}

/** Figures of one sentence's tokens `toks` (global token index `base`); `skip` marks tokens inside dates. */
export function sentenceFigures(toks: readonly Token[], skip: (t: Token) => boolean): RawFigure[] {
  const out: RawFigure[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (skip(t)) { i++; continue; }
    const prev = toks[i - 1];
    let num = readNumber(toks, i);
    let vague = false;
    if (!num) { num = readVague(toks, i); vague = !!num; }
    if (!num) { i++; continue; }
    // not a count: "1/163rd", "F-16", "Resolution 2334", ordinals, times
    const nextTok = toks[num.next];
    if (!vague && (prev?.text === '/' || nextTok?.text === '/' || (prev?.text === '-' && /[A-Za-z]$/.test(toks[i - 2]?.text ?? '')) || (prev?.pos === 'PROPN' && /^\d/.test(t.text) && !/^(?:U\.S\.|US)$/.test(prev.text)) || /^(?:st|nd|rd|th|:)/i.test(nextTok?.text ?? ''))) { i = num.next; continue; }
    if (!vague && low(t) === 'one' && (low(nextTok) === 'of' || nextTok?.pos !== 'NOUN' && nextTok?.pos !== 'ADJ')) { i = num.next; continue; }
    let value = num.value, max: number | null = vague ? null : num.value, approximate = vague;
    let from = i;
    const mod = readModifier(toks, i, 0);
    if (mod) {
      from = mod.from;
      if (mod.mod.approximate) approximate = true;
      if (mod.mod.open) max = null;
      if (mod.mod.upTo) { max = value; value = 0; }
      if (mod.mod.below) { max = value; value = 0; }
    } else if (low(prev) === 'an' && low(toks[i - 2]) !== 'estimated') { /* "an 18-month" */ }
    let j = num.next;
    // ranges: "two- to five-year", "10 to 20", "10-20", "between 10 and 20"
    if (!vague) {
      let k = j;
      if (toks[k]?.text === '-' && low(toks[k + 1]) === 'to') k += 2;
      else if (low(toks[k]) === 'to' || toks[k]?.text === '-' || toks[k]?.text === '–' || (low(toks[k]) === 'and' && low(toks[from - 1]) === 'between')) k += 1;
      if (k > j) {
        const upper = readNumber(toks, k);
        if (upper && upper.value > value) { max = upper.value; j = upper.next; if (low(toks[from - 1]) === 'between') from--; }
      }
    }
    const numTo = j;
    // "five-year timeline": the compound noun is the unit
    let compound: string | undefined;
    if (!vague && toks[j]?.text === '-' && toks[j + 1]?.pos === 'NOUN') { compound = low(toks[j + 1]); j += 2; }
    // percentages and money
    let unit = '';
    if (toks[j]?.text === '%' || low(toks[j]) === 'percent' || low(toks[j]) === 'per') { unit = 'percent'; j += low(toks[j]) === 'per' ? 2 : 1; }
    if (prev?.text === '$' || prev?.text === '£' || prev?.text === '€') { unit = prev.text === '$' ? 'USD' : prev.text === '£' ? 'GBP' : 'EUR'; if (from === i) from = i - 1; }
    const np = unit ? null : readNounPhrase(toks, j, toks.length);
    if (compound) {
      const after = np ? np.next : j;
      out.push({ from, to: after, numFrom: from, numTo, value, max, approximate, head: np?.head ?? -1, qualifiers: np ? [...np.quals, np.head] : [], unit: compound, compound, elliptical: false });
      i = after;
      continue;
    }
    if (np) {
      out.push({ from, to: np.next, numFrom: from, numTo, value, max, approximate, head: np.head, qualifiers: np.quals, unit: low(toks[np.head]), elliptical: false });
      i = np.next;
      continue;
    }
    if (unit) {
      out.push({ from, to: j, numFrom: from, numTo: j, value, max, approximate, head: -1, qualifiers: [], unit, elliptical: false });
      i = j;
      continue;
    }
    // elliptical: "and 900 in Syria" inherits the previous figure's unit
    const before = out[out.length - 1];
    if (before && !vague && (toks[j]?.pos === 'ADP' || toks[j]?.pos === 'PUNCT' || j >= toks.length)) {
      out.push({ from, to: j, numFrom: from, numTo: j, value, max, approximate, head: -1, qualifiers: before.qualifiers, unit: before.unit, elliptical: true });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

export type { Range };
