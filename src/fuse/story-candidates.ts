/**
 * Candidate pairs for story links from an inverted index: two articles are candidates when they share
 * a key (a distinctive name, a lead stem, a news event, a copy relation). Positions are those of the
 * story loop's order; for each position the later candidates come back ascending, so a caller that
 * walks them meets the same pairs in the same order as an all-pairs loop that skips the others.
 */
import type { ArticleFeatures } from './features.js';
import type { ArticleRelation } from './shingles.js';

/** The keys under which an article meets others: its name keys, lead stems and news events. */
export function pairKeys(f: ArticleFeatures, news: ReadonlySet<string> | undefined): string[] {
  const keys: string[] = [];
  for (const k of f.names.keys()) keys.push('n\u0000' + k);
  for (const k of f.lead.keys()) keys.push('l\u0000' + k);
  for (const e of news ?? []) keys.push('e\u0000' + e);
  return keys;
}

/** One key per copy relation, given to every position whose article is one side of it. */
export function copyKeys(ids: readonly string[], relations: readonly ArticleRelation[]): string[][] {
  const at = new Map<string, number[]>();
  ids.forEach((id, p) => { const l = at.get(id) ?? []; l.push(p); at.set(id, l); });
  const out = ids.map(() => [] as string[]);
  relations.forEach((r, k) => {
    const a = at.get(r.a), b = at.get(r.b);
    if (!a || !b) return;
    for (const p of [...a, ...b]) out[p]!.push('c\u0000' + k);
  });
  return out;
}

/**
 * An index over each position's keys (`keys[p]` and `extra[p]`); the returned function gives, for
 * position `p`, the positions q with p < q < stop that share a key with it, ascending.
 */
export function storyCandidates(keys: readonly (readonly string[])[], extra: readonly (readonly string[])[] = []): (p: number, stop: number) => number[] {
  const n = keys.length;
  const all = keys.map((k, p) => (extra[p]?.length ? [...k, ...extra[p]!] : k));
  const postings = new Map<string, number[]>();
  all.forEach((ks, p) => { for (const k of ks) { const l = postings.get(k); if (l) { if (l[l.length - 1] !== p) l.push(p); } else postings.set(k, [p]); } });
  const seen = new Float64Array(n).fill(-1);
  let call = 0;
  return (p, stop) => {
    const out: number[] = [];
    call++;
    for (const k of all[p]!) {
      const list = postings.get(k)!;
      for (let x = firstAbove(list, 0, p); x < list.length && list[x]! < stop; x++) {
        const q = list[x]!;
        if (seen[q] !== call) { seen[q] = call; out.push(q); }
      }
    }
    return out.sort((x, y) => x - y);
  };
}

/** The first index i ≥ from with sorted[i] > bound (sorted ascending from `from`), else sorted.length. */
export function firstAbove(sorted: readonly number[], from: number, bound: number): number {
  let lo = from, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (sorted[mid]! > bound) hi = mid; else lo = mid + 1; }
  return lo;
}

export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
