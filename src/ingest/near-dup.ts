/**
 * Near-duplicate texts in a batch (the same story re-posted with a timestamp, a changed word, another
 * link): word 5-gram shingles, compared by Jaccard similarity. Candidates come from a bottom-k sketch
 * (the k smallest shingle hashes; two texts with Jaccard J share each sketch key with probability about J),
 * so each text is compared with a bounded number of kept texts: time linear in the batch, not quadratic.
 *
 * Texts are taken in the order given (the caller's canonical order); a text whose similarity with an
 * earlier kept text reaches the threshold, and that states the same numbers, is a copy of the first such
 * text, else it is kept. Numbers are the facts a ledger records (dates, tolls, counts): a templated
 * report of another day ("On 12 June ..." / "On 19 June ...") or an update of a toll is another report.
 *
 * Why src/fuse/shingles.ts exists beside it: this one decides, before analysis, which input texts are not
 * analysed at all (a copy is dropped, so it also asks for the same numbers), over a whole batch at once and
 * without offsets; shingles.ts relates articles that were analysed (near-duplicate or wire copy, by Jaccard
 * and containment), one at a time as the store grows, with the shared passage as evidence (word offsets),
 * and its relations count independent sources. The shingle length and thresholds are defined here once and
 * imported there, so the two agree on what a near-duplicate is.
 */

/** Word n-gram length of a shingle. */
export const SHINGLE_WORDS = 5;
/**
 * Jaccard similarity of shingle sets at or above which two texts are copies of one article: also what the
 * report's article relations call a near-duplicate (src/fuse/shingles.ts imports it).
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
/** Texts with fewer shingles than this are too short to judge (here and in src/fuse/shingles.ts): never copies. */
export const MIN_SHINGLES = 20;
/** Sketch size: the smallest shingle hashes of a text, its keys in the candidate index. */
const SKETCH = 16;
/** A sketch key held by more kept texts than this is common (boilerplate) and indexes no more of them. */
const MAX_POSTING = 32;
/** Kept texts verified per incoming text, those sharing the most sketch keys first. */
const MAX_CANDIDATES = 8;

export interface NearDuplicate {
  /** index (in the input) of the copy, and of the kept text it copies */
  readonly copy: number;
  readonly of: number;
  /** Jaccard similarity of their shingle sets */
  readonly similarity: number;
}

/** FNV-1a over a string, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct hashes of a text's word 5-grams (words: letters and digits, case folded), sorted. */
export function shingles(text: string): Uint32Array {
  const words = (text.match(WORD) ?? []).map((w) => hash(w.toLowerCase()));
  const n = words.length >= SHINGLE_WORDS ? words.length - SHINGLE_WORDS + 1 : words.length ? 1 : 0;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // a 5-gram's hash from its words' hashes, order-sensitive (FNV-style multiply between words)
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(i + SHINGLE_WORDS, words.length); k++) h = Math.imul(h ^ words[k]!, 0x01000193);
    out[i] = h >>> 0;
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[u++] = out[i]!;
  return out.subarray(0, u);
}

/** The numbers a text states (digit runs, in order of value), as one key. */
export function numbersOf(text: string): string {
  return (text.match(/\p{N}+/gu) ?? []).sort().join(' ');
}

/** Jaccard similarity of two sorted sets of hashes (merge walk). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0, j = 0, both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { both++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return both / (a.length + b.length - both);
}

/** For texts in the order given: which are near-duplicates of an earlier kept one. Linear in the batch. */
export function findNearDuplicates(texts: readonly string[], threshold = NEAR_DUPLICATE_SIMILARITY): NearDuplicate[] {
  const kept = new Map<number, { sh: Uint32Array; numbers: string }>();
  const index = new Map<number, number[]>();
  const out: NearDuplicate[] = [];
  texts.forEach((text, i) => {
    const sh = shingles(text);
    if (sh.length < MIN_SHINGLES) return;
    // bottom-k sketch: the set is sorted, so its first keys are the smallest hashes
    const sketch = sh.subarray(0, SKETCH);
    const shared = new Map<number, number>();
    for (const key of sketch) for (const k of index.get(key) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    const candidates = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES).map(([k]) => k).sort((x, y) => x - y);
    const numbers = numbersOf(text);
    for (const k of candidates) {
      const other = kept.get(k)!;
      if (other.numbers !== numbers) continue;
      const s = jaccard(sh, other.sh);
      if (s >= threshold) { out.push({ copy: i, of: k, similarity: s }); return; }
    }
    kept.set(i, { sh, numbers });
    for (const key of sketch) {
      const list = index.get(key);
      if (!list) index.set(key, [i]);
      else if (list.length < MAX_POSTING) list.push(i);
    }
  });
  return out;
}
