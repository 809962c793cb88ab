/**
 * Multi-word phrase matching over tokens. A pattern is a list of word slots, each with alternatives
 * ("shoot|shot down"); a slot matches a token when it equals the token's lemma or lower-cased text, and a
 * hyphenated slot ("sit-in") also matches the tokens wink splits it into ("sit", "-", "in"); an unlemmatised
 * plural or past form also matches its stem ("Clashes" → "clash", "abducted" → "abduct"). A slot `_`
 * matches any one word (not punctuation): "blow _ up" reads "blew himself up". A slot ending in `?` may
 * be left out: "reach a|an|the? agreement" reads "reached agreement" and "reached an agreement". The
 * first slot is never optional or `_`.
 * Patterns are indexed by their first word, so matching costs one map lookup per token. Hand-written
 * because wink's pattern engine works on whole documents and reports no per-pattern payload.
 */
import type { Token } from '../core/model/doc.js';

export interface PhraseMatch<T> {
  /** token index of the first and one past the last matched token */
  readonly start: number;
  readonly end: number;
  readonly data: T;
}

interface Compiled<T> {
  readonly slots: string[][];
  readonly data: T;
}

export const tokenKeys = (t: Token): [string, string] => [t.lemma.toLowerCase(), t.text.toLowerCase().replace(/[’‘]/g, "'")];

/** Singular of an unlemmatised plural (wink leaves capitalised words as written: "Clashes" → "clash"). */
const singular = (lemma: string, text: string): string | null => {
  if (lemma !== text || text.length < 4 || !text.endsWith('s') || text.endsWith('ss')) return null;
  return /(sh|ch|x)es$/.test(text) ? text.slice(0, -2) : text.slice(0, -1);
};

/**
 * Stems of an unlemmatised past form (wink lemmatises a past tense it tagged as a noun as itself:
 * "abducted" → "abduct", "seized" → "seize", "stabbed" → "stab", "carried" → "carry").
 */
const pastStems = (lemma: string, text: string): string[] => {
  if (lemma !== text || text.length < 5 || !text.endsWith('ed')) return [];
  const out = [text.slice(0, -2), text.slice(0, -1)];
  if (text.endsWith('ied')) out.push(text.slice(0, -3) + 'y');
  if (text[text.length - 3] === text[text.length - 4]) out.push(text.slice(0, -3));
  return out;
};

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();

  add(pattern: string, data: T): void {
    const slots = pattern.trim().toLowerCase().split(/\s+/).map((w) => w.split('|'));
    if (slots[0]?.some((a) => a === '_' || a.endsWith('?'))) throw new Error(`phrase pattern "${pattern}": the first slot must be a word`);
    const first = new Set<string>();
    for (const alt of slots[0] ?? []) first.add(alt.split('-')[0] || alt);
    for (const f of first) {
      const list = this.byFirst.get(f) ?? [];
      list.push({ slots, data });
      this.byFirst.set(f, list);
    }
  }

  /** Every phrase that starts at token `i`, longest first. */
  matchAt(tokens: readonly Token[], i: number, end = tokens.length): PhraseMatch<T>[] {
    const t = tokens[i];
    if (!t) return [];
    const [lemma, text] = tokenKeys(t);
    const sg = singular(lemma, text);
    // most tokens start no pattern: look the keys up before building anything
    const lists: Compiled<T>[][] = [];
    for (const k of [lemma, text === lemma ? null : text, sg, ...pastStems(lemma, text)]) {
      const l = k === null ? undefined : this.byFirst.get(k);
      if (l) lists.push(l);
    }
    if (!lists.length) return [];
    const cands = lists.length === 1 ? lists[0]! : new Set<Compiled<T>>(lists.flat());
    const out: PhraseMatch<T>[] = [];
    for (const c of cands) {
      const e = matchSlots(tokens, i, end, c.slots);
      if (e > i) out.push({ start: i, end: e, data: c.data });
    }
    return out.sort((a, b) => b.end - a.end);
  }

  /** Non-overlapping longest matches over tokens [from, to). */
  scan(tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, to)[0];
      if (m) { out.push(m); i = m.end; } else i++;
    }
    return out;
  }
}

function slotAt(tokens: readonly Token[], i: number, end: number, alts: string[]): number {
  const t = tokens[i];
  if (!t || i >= end) return -1;
  const [lemma, text] = tokenKeys(t);
  const sg = singular(lemma, text);
  let best = -1;
  const stems = pastStems(lemma, text);
  for (const a of alts) {
    if (a === lemma || a === text || a === sg || stems.includes(a)) return i + 1;
    if (a.includes('-') && a.startsWith(text)) {
      // "sit-in" against tokens "sit" "-" "in": concatenate until the slot is spelled out
      let acc = '';
      for (let j = i; j < end && acc.length < a.length; j++) {
        acc += tokens[j]!.text.toLowerCase();
        if (acc === a) { best = Math.max(best, j + 1); break; }
      }
    }
  }
  return best;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** End of the longest match of slots[k..] from token `at`, or -1 (optional slots try both ways). */
function matchSlots(tokens: readonly Token[], at: number, end: number, slots: string[][], k = 0): number {
  if (k === slots.length) return at;
  const raw = slots[k]!;
  const optional = raw[raw.length - 1]!.endsWith('?');
  const alts = optional ? raw.map((a) => a.replace(/\?$/, '')) : raw;
  let next: number;
  if (alts.length === 1 && alts[0] === '_') next = at < end && tokens[at] && WORDLIKE.test(tokens[at]!.text) ? at + 1 : -1;
  else next = slotAt(tokens, at, end, alts);
  const taken = next < 0 ? -1 : matchSlots(tokens, next, end, slots, k + 1);
  if (taken >= 0) return taken;
  return optional ? matchSlots(tokens, at, end, slots, k + 1) : -1;
}
