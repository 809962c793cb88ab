/**
 * Candidate pairs for story links from an inverted index: two articles are candidates when they share
 * a key (a distinctive name, a lead stem, a news event, a copy relation). Positions are those of the
 * story loop's order; for each position the later candidates come back ascending, so a caller that
 * walks them meets the same pairs in the same order as an all-pairs loop that skips the others.
 */
import type { ArticleFeatures } from './features.js';
import type { ArticleRelation } from './shingles.js';

/**
 * An article's keys with its prefix first (`prefix` of them), for `prefixCandidates`. A pair without a
 * shared news event or copy relation scores wNames·N + wLead·L + wWords·W with W ≤ 1, so it links only
 * when wNames·N + wLead·L ≥ floor (the pair's threshold less wWords; `floor` here is the lowest this
 * article can face). Let C be the name and lead keys the two share, all outside both prefixes (in S_x and
 * S_y). The lead cosine is a dot product of unit vectors, so L ≤ ‖x̂ on S_x‖ (Cauchy–Schwarz); the name
 * overlap is the shared idf weight over the smaller side's total, so N ≤ w(S_x names)/w(x names) when x is
 * the smaller side (else the same for y). Hence wNames·N + wLead·L ≤ max(B_x, B_y) with
 * B = wNames·w(S names)/w(names) + wLead·‖lead on S‖, and a suffix with B < floor (less a rounding margin)
 * can never carry a link. The name overlap is not symmetric in its bound (the smaller side decides), so a
 * pair is a candidate when EITHER side's prefix meets the other's keys, not both (PPJoin's rule is for
 * symmetric measures). Keys go rarest first (highest idf), so prefixes hold rare keys with short postings;
 * news events are always in the prefix (a shared one links at score 1).
 */
export function prefixKeys(f: ArticleFeatures, news: ReadonlySet<string> | undefined, idfNames: ReadonlyMap<string, number>, idfLead: ReadonlyMap<string, number>,
  w: { readonly names: number; readonly lead: number }, floor: number): { keys: string[]; prefix: number } {
  let nameSum = 0, leadSq = 0;
  const items: { key: string; idf: number; name: number; lead: number }[] = [];
  for (const k of f.names.keys()) { const i = idfNames.get(k) ?? 0; nameSum += i; items.push({ key: 'n\u0000' + k, idf: i, name: i, lead: 0 }); }
  for (const [k, v] of f.lead) { const i = idfLead.get(k) ?? 0; leadSq += (v * i) ** 2; items.push({ key: 'l\u0000' + k, idf: i, name: 0, lead: (v * i) ** 2 }); }
  items.sort((a, b) => b.idf - a.idf || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const head: string[] = [...(news ?? [])].map((e) => 'e\u0000' + e), tail: string[] = [];
  const limit = floor - 1e-9;
  let sn = 0, sl = 0;
  const bound = (n: number, l: number) => (nameSum ? w.names * n / nameSum : 0) + (leadSq ? w.lead * Math.sqrt(l / leadSq) : 0);
  // from the most common key back: a key joins the suffix while the suffix's bound stays below the floor
  const rest: string[] = [];
  for (let x = items.length - 1; x >= 0; x--) {
    const it = items[x]!;
    if (limit > 0 && bound(sn + it.name, sl + it.lead) < limit) { sn += it.name; sl += it.lead; tail.push(it.key); } else rest.push(it.key);
  }
  rest.reverse();
  return { keys: [...head, ...rest, ...tail], prefix: head.length + rest.length };
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
 * An index over each position's keys with a prefix filter (the all-pairs similarity join's, Bayardo et
 * al. 2007; Xiao et al. 2008): the returned function gives, for position `p`, the positions q with
 * p < q < stop that are candidates, ascending. Position p's keys are `keys[p]`, of which the first
 * `prefix[p]` are its prefix. A pair
 * is a candidate when one side's prefix shares a key with the other side's keys — the exact condition when
 * every pair sharing keys only outside both prefixes is known to score below the threshold (the caller
 * sizes the prefixes so). `extra[p]` keys (copy relations) are always in the prefix.
 */
export function prefixCandidates(keys: readonly (readonly string[])[], prefix: readonly number[], extra: readonly (readonly string[])[] = []): (p: number, stop: number) => number[] {
  const n = keys.length;
  const pre = keys.map((k, p) => [...k.slice(0, prefix[p]!), ...(extra[p] ?? [])]);
  const all = keys.map((k, p) => (extra[p]?.length ? [...k, ...extra[p]!] : k));
  // full: every position holding a key; head: the positions holding it in their prefix
  const index = (lists: readonly (readonly string[])[]) => {
    const postings = new Map<string, number[]>();
    lists.forEach((ks, p) => { for (const k of ks) { const l = postings.get(k); if (l) { if (l[l.length - 1] !== p) l.push(p); } else postings.set(k, [p]); } });
    return postings;
  };
  const full = index(all), head = index(pre);
  const seen = new Float64Array(n).fill(-1);
  let call = 0;
  return (p, stop) => {
    const out: number[] = [];
    call++;
    const walk = (list: readonly number[] | undefined) => {
      if (!list) return;
      for (let x = firstAbove(list, 0, p); x < list.length && list[x]! < stop; x++) {
        const q = list[x]!;
        if (seen[q] !== call) { seen[q] = call; out.push(q); }
      }
    };
    for (const k of pre[p]!) walk(full.get(k));
    // a key of p's own prefix already met every later holder of it above; only its suffix keys remain
    const ks = keys[p]!;
    for (let x = prefix[p]!; x < ks.length; x++) walk(head.get(ks[x]!));
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
