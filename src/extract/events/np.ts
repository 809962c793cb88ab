/**
 * Noun-phrase chunks over wink POS tags: the argument slots of a trigger (its subject to the left, its
 * object or prepositional complement to the right). A chunk runs over determiners, adjectives, nouns,
 * names, numbers, possessive 's, hyphens and participles used as adjectives ("U.S.-led", "armed"); it
 * takes "of" after a quantity or measure ("2 rounds of indirect fire", "some of those fighters") and
 * coordinated chunks when asked ("Hossein Amir-Abdollahian and ... Fouad Hussein"). An acronym the entity
 * layer read as a name is a noun even when the tagger took it for a verb ("IS militants").
 */
import type { SentView } from './sentence.js';

const CORE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const QUANT_HEADS = new Set(['round', 'rounds', 'some', 'total', 'tens', 'one', 'two', 'three', 'four', 'five', 'dozens', 'scores', 'hundreds', 'thousands', 'number', 'series', 'salvo', 'salvos', 'volley', 'volleys', 'barrage', 'all', 'none', 'many', 'several', 'most', 'each', 'both', 'members', 'member', 'group', 'convoy', 'unit', 'brigade', 'battalion', 'division', 'commander', 'leader', 'head', 'chief', 'deputy', 'department', 'ministry', 'state', 'republic', 'council', 'house', 'army', 'committee', 'bank', 'league', 'party', 'people', 'city', 'province', 'governorate', 'district', 'outskirts', 'countryside', 'village', 'town', 'center', 'centre', 'headquarters', 'office', 'home', 'residence', 'positions', 'position', 'base', 'bases', 'forces', 'camp', 'family', 'families', 'body', 'bodies', 'lives', 'remnants']);

/** Token indices of a sentence covered by an organisation or person mention ("IS" tagged AUX in "IS militants"). */
const named = new WeakMap<SentView, Set<number>>();
function nameTokens(v: SentView): Set<number> {
  let s = named.get(v);
  if (s) return s;
  s = new Set();
  for (const m of v.doc.mentions) {
    if (m.sentence !== v.index || (m.type !== 'organization' && m.type !== 'person')) continue;
    v.toks.forEach((t, k) => { if (t.start >= m.start && t.end <= m.end) s!.add(k); });
  }
  named.set(v, s);
  return s;
}

/** Is token i inside a time expression that token i - 1 is not part of? */
function timeStartsAt(v: SentView, i: number): boolean {
  const t = v.toks[i]!, p = v.toks[i - 1]!;
  return v.doc.times.some((x) => x.start <= t.start && x.end >= t.end && !(x.start <= p.start && x.end >= p.end));
}

function isNpToken(v: SentView, i: number, prevInNp: boolean): boolean {
  const t = v.toks[i];
  if (!t) return false;
  // a time after a noun is an adverbial of the clause, not part of the phrase: "with Albania today", "into Kabul last month"
  if (prevInNp && i > 0 && /^(NOUN|PROPN)$/.test(v.toks[i - 1]!.pos) && timeStartsAt(v, i)) return false;
  if ((t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'VERB') && /^[A-Z]{2,}$/.test(t.text) && nameTokens(v).has(i)) return true;
  // an article never follows a noun inside its phrase: after a noun it opens the next phrase, as in a verb's
  // two objects ("give Tanzania a grant", "offered Iraq the loan")
  if (t.pos === 'DET' && prevInNp && /^(a|an|the)$/.test(v.low[i]!) && i > 0 && /^(NOUN|PROPN|PRON)$/.test(v.toks[i - 1]!.pos)) return false;
  if (CORE.has(t.pos)) return !(t.pos === 'DET' && prevInNp && v.low[i] !== 'the' && v.low[i] !== 'a' && v.low[i] !== 'an' && v.low[i] !== 'all' && v.low[i] !== 'some' && v.low[i] !== 'those');
  if (t.pos === 'PART' && (v.low[i] === "'s" || v.low[i] === "'")) return prevInNp;
  if (t.text === '-' || t.text === '–') return prevInNp && i > 0 && !!v.toks[i + 1] && v.toks[i + 1]!.start === t.end && t.start === v.toks[i - 1]!.end;
  if (t.pos === 'PRON' && /^(they|he|she|it|we|them|him|her|us)$/.test(v.low[i]!)) return !prevInNp;
  if ((t.pos === 'PRON' || t.pos === 'DET') && /^(his|her|their|its|our)$/.test(v.low[i]!)) return !prevInNp;
  // participles and adverbs inside a chunk: "U.S.-led coalition", "known locations", "so-called Green Village"
  if ((t.pos === 'VERB' || t.pos === 'ADV') && i + 1 < v.toks.length) {
    const nx = v.toks[i + 1]!;
    const glued = i > 0 && v.toks[i - 1]!.text === '-' && v.toks[i - 1]!.end === t.start;
    if (glued) return true;
    if (t.pos === 'VERB' && /(ed|en|wn|ing)$/.test(v.low[i]!) && (nx.pos === 'NOUN' || nx.pos === 'PROPN' || nx.pos === 'ADJ') && prevInNp) {
      const pv = v.toks[i - 1];
      return !!pv && (pv.pos === 'DET' || pv.pos === 'NUM' || pv.pos === 'ADJ');
    }
    if (t.pos === 'ADV' && /^(so|most|very|more|less)$/.test(v.low[i]!) && (nx.pos === 'ADJ' || nx.text === '-')) return true;
  }
  return false;
}

/** Chunk starting at i (skipping nothing); returns [i, end) or null when token i does not start a chunk. */
export function npRight(v: SentView, i: number, opts: { coord?: boolean; limit?: number } = {}): [number, number] | null {
  const limit = Math.min(opts.limit ?? v.toks.length, v.toks.length);
  let j = i;
  while (j < limit && isNpToken(v, j, j > i)) j++;
  if (j === i) return null;
  for (;;) {
    const w = v.low[j];
    // "of" continues a quantity, measure, title or name ("2 rounds of indirect fire", "Islamic State of Iraq")
    if (w === 'of' && j + 1 < limit && (QUANT_HEADS.has(v.low[j - 1]!) || v.toks[j - 1]!.pos === 'NUM' || (v.toks[j - 1]!.pos === 'PROPN' && v.toks[j + 1]!.pos !== 'DET') || (v.toks[j - 1]!.pos === 'PROPN' && v.toks[j + 2]?.pos === 'PROPN'))) {
      let k = j + 1;
      while (k < limit && isNpToken(v, k, k > j + 1)) k++;
      if (k > j + 1) { j = k; continue; }
    }
    // parenthesised acronym after a name: "Kurdistan Workers' Party (PKK)"
    if (w === '(' && v.toks[j + 1]?.pos === 'PROPN' && v.low[j + 2] === ')') { j += 3; continue; }
    if (opts.coord && (w === 'and' || w === ',' && v.low[j + 1] === 'and') && j + 1 < limit) {
      const k0 = w === ',' ? j + 2 : j + 1;
      let k = k0;
      while (k < limit && isNpToken(v, k, k > k0)) k++;
      if (k > k0) { j = k; continue; }
    }
    break;
  }
  // a chunk cut at the first half of a compound adjective written apart ("a non-life threatening wound", "a
  // well-known armed group"): a hyphenated adjective before a participle has no head noun yet, so it is no phrase
  if (j < v.toks.length && v.toks[j - 1]!.pos === 'ADJ' && /^[a-z]+-[a-z]+$/.test(v.toks[j - 1]!.text) && v.toks[j]!.pos === 'VERB' && /(ing|ed)$/.test(v.low[j]!)) return null;
  return [i, j];
}

/** Chunk ending just before `end` (exclusive), scanning left; returns [start, end) or null. */
export function npLeft(v: SentView, end: number, opts: { coord?: boolean; floor?: number } = {}): [number, number] | null {
  const floor = opts.floor ?? 0;
  let j = end;
  const take = (k: number) => k >= floor && (isNpToken(v, k, true) || isNpToken(v, k, false));
  // an article opens its noun phrase: nothing left of it belongs to it but a predeterminer ("all the men");
  // "on Tuesday a Vallejo man" is a date and a phrase; so is a possessive determiner ("said on Tuesday their forces")
  while (j - 1 >= floor && take(j - 1)) { j--; if ((/^(a|an|the)$/.test(v.low[j]!) && v.toks[j]!.pos === 'DET' || /^(their|its|his|our|my|your)$/.test(v.low[j]!)) && !/^(all|both|half|such|what|quite)$/.test(v.low[j - 1] ?? '')) break; }
  if (j === end) return null;
  for (;;) {
    const w = v.low[j - 1];
    if (w === 'of' && j - 2 >= floor && take(j - 2)) {
      let k = j - 1;
      while (k - 1 >= floor && take(k - 1)) k--;
      if (k < j - 1 && (QUANT_HEADS.has(v.low[j - 2]!) || v.toks[j - 2]!.pos === 'PROPN' || v.toks[j - 2]!.pos === 'NUM')) { j = k; continue; }
    }
    if (w === ')' && v.low[j - 3] === '(' && j - 4 >= floor && v.toks[j - 4] && take(j - 4)) {
      let k = j - 3;
      while (k - 1 >= floor && take(k - 1)) k--;
      j = k;
      continue;
    }
    if (opts.coord && w === 'and' && j - 2 >= floor && take(j - 2)) {
      let k = j - 1;
      while (k - 1 >= floor && take(k - 1)) k--;
      if (k < j - 1) { j = k; continue; }
    }
    break;
  }
  // drop a leading preposition-less adverb such as "Just"
  return j < end ? [j, end] : null;
}

/** Index of the last noun-like token (the head) of chunk [a, b), ignoring trailing punctuation. */
export function headOf(v: SentView, a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) {
    const p = v.toks[k]!.pos;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON' || p === 'NUM') return k;
  }
  return b - 1;
}
