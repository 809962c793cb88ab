/**
 * Near-duplicates and wire copies: word 5-shingles, 64-hash MinHash signatures, and LSH bands (32 of
 * 2 rows) to find candidate pairs without comparing every article with every other; candidates are
 * then checked exactly (Jaccard, and containment for a copy cut or extended by another outlet).
 * Hand-written: the few lines of hashing do not justify a dependency, and we need word offsets for
 * evidence, which MinHash libraries do not keep.
 *
 * Why src/ingest/near-dup.ts exists beside it: that one drops re-posted copies from an input batch before
 * analysis (a bottom-k sketch over the batch, no offsets, and a copy must state the same numbers, since a
 * dropped text is never read); this one relates analysed articles as the store grows, finds wire copies
 * (containment) as well, keeps the shared passage as evidence, and its relations count independent
 * sources. The shingle length and thresholds come from near-dup.ts, so the two agree.
 */
import type { Article } from '../core/model/article.js';
import { makeSpan, type Span } from '../core/span.js';
import { MIN_SHINGLES, NEAR_DUPLICATE_SIMILARITY, SHINGLE_WORDS } from '../ingest/near-dup.js';

export interface ArticleRelation {
  readonly a: string;
  readonly b: string;
  /** near-duplicate: the same text; wire-copy: one text contains most of the other */
  readonly kind: 'near-duplicate' | 'wire-copy';
  readonly jaccard: number;
  readonly containment: number;
  /** the first shared passage, in each article */
  readonly evidence: [Span, Span];
}

const K = SHINGLE_WORDS, HASHES = 64, ROWS = 2, BANDS = HASHES / ROWS;
const WORD = /[\p{L}\p{N}]+/gu;
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** 32-bit FNV-1a of the K words from `i` joined by single spaces, without building the joined string. */
function fnvWords(words: readonly { w: string }[], i: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < K; k++) {
    if (k) h = Math.imul(h ^ 32, 0x01000193);
    const w = words[i + k]!.w;
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
  }
  return h >>> 0;
}
function mix(x: number): number {
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b); x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35); x ^= x >>> 16;
  return x >>> 0;
}

interface Shingled { id: string; text: string; words: { start: number; end: number }[]; first: Map<number, number>; sig: Uint32Array }

function shingle(a: Article): Shingled {
  const words: { start: number; end: number; w: string }[] = [];
  for (const m of a.text.matchAll(WORD)) words.push({ start: m.index!, end: m.index! + m[0].length, w: m[0].toLowerCase() });
  const first = new Map<number, number>();
  for (let i = 0; i + K <= words.length; i++) {
    const h = fnvWords(words, i);
    if (!first.has(h)) first.set(h, i);
  }
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of first.keys()) for (let k = 0; k < HASHES; k++) { const v = mix(h ^ SEEDS[k]!); if (v < sig[k]!) sig[k] = v; }
  return { id: a.id, text: a.text, words, first, sig };
}

export interface DuplicateOptions { readonly jaccard?: number; readonly containment?: number; readonly minShingles?: number }

/** Incremental near-duplicate finder: `add` returns the relations of a new article to those added before. */
export class NearDuplicateIndex {
  readonly #docs = new Map<string, Shingled>();
  readonly #bands = new Map<string, string[]>();
  constructor(private readonly opts: DuplicateOptions = {}) {}

  add(article: Article): ArticleRelation[] {
    if (this.#docs.has(article.id)) return [];
    const s = shingle(article);
    const cands = new Set<string>();
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${s.sig[b * ROWS]}:${s.sig[b * ROWS + 1]}`;
      const list = this.#bands.get(key);
      if (list) for (const id of list) cands.add(id); else this.#bands.set(key, []);
      this.#bands.get(key)!.push(s.id);
    }
    this.#docs.set(s.id, s);
    const out: ArticleRelation[] = [];
    for (const id of [...cands].sort()) { const r = this.#compare(this.#docs.get(id)!, s); if (r) out.push(r); }
    return out;
  }

  #compare(x: Shingled, y: Shingled): ArticleRelation | null {
    const minSh = this.opts.minShingles ?? MIN_SHINGLES;
    if (x.first.size < minSh || y.first.size < minSh) return null;
    let inter = 0, firstShared: [number, number] | null = null;
    for (const [h, i] of x.first) { const j = y.first.get(h); if (j !== undefined) { inter++; if (!firstShared || i < firstShared[0]) firstShared = [i, j]; } }
    const jac = inter / (x.first.size + y.first.size - inter), con = inter / Math.min(x.first.size, y.first.size);
    const kind = jac >= (this.opts.jaccard ?? NEAR_DUPLICATE_SIMILARITY) ? 'near-duplicate' : con >= (this.opts.containment ?? 0.8) ? 'wire-copy' : null;
    if (!kind || !firstShared) return null;
    return { a: x.id, b: y.id, kind, jaccard: round(jac), containment: round(con), evidence: [passage(x, y, firstShared[0], firstShared[1]), passage(y, x, firstShared[1], firstShared[0])] };
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The shared passage starting at word i of x (word j of y), extended while the words match, up to 40 words. */
function passage(x: Shingled, y: Shingled, i: number, j: number): Span {
  let n = K;
  while (n < 40 && i + n < x.words.length && j + n < y.words.length) {
    const wx = x.words[i + n]!, wy = y.words[j + n]!;
    if (x.text.slice(wx.start, wx.end).toLowerCase() !== y.text.slice(wy.start, wy.end).toLowerCase()) break;
    n++;
  }
  return makeSpan(x.id, x.text, x.words[i]!.start, x.words[i + n - 1]!.end);
}

/** Near-duplicate and wire-copy relations among the given articles. */
export function nearDuplicates(articles: readonly Article[], opts: DuplicateOptions = {}): ArticleRelation[] {
  const idx = new NearDuplicateIndex(opts);
  return articles.flatMap((a) => idx.add(a));
}

/** How many independent sources among `articleIds`: copies of one text count once. */
export function independentSources(articleIds: readonly string[], relations: readonly ArticleRelation[]): number {
  const parent = new Map(articleIds.map((a) => [a, a]));
  const find = (a: string): string => { const p = parent.get(a)!; if (p === a) return a; const r = find(p); parent.set(a, r); return r; };
  for (const r of relations) if (parent.has(r.a) && parent.has(r.b)) parent.set(find(r.a), find(r.b));
  return new Set(articleIds.map(find)).size;
}
