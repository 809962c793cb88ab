/**
 * Story clusters: articles published within a time window that share a news event (not a background
 * one), are copies of each other, or share enough distinctive names and wording. Single-link over
 * pairs inside the window (articles sorted by date, so the work follows articles per window, not all
 * pairs). Each story gets a title (its most connected article's headline) and its events.
 *
 * Undated articles have no window, so they meet every other article. Only pairs that share a name, a lead
 * stem, a news event or a copy relation are scored (from an inverted index; the others can never reach
 * the threshold, see below), names and lead first, and the whole-text wording (the costly cosine) only
 * when it could still lift the pair over the threshold; a story's events and links are looked up by
 * article, not by scanning.
 *
 * A story lists the links that joined its articles (a spanning tree: each link first brought an article,
 * or a group of them, into the story), not every pair above the threshold. A pair already in one story
 * changes the clusters no more, and on one-topic input those pairs are quadratic in number (issues 15, 18:
 * 459,346 links for 5,000 tiny files, held to the end and then dropped by the report); such a pair is
 * scored only when an article of it has a headline, since the title is the most linked headline's.
 */
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { FusedEvent } from '../core/model/event.js';
import type { Range } from '../core/span.js';
import { featuresOf, idfOf, cosine, nameOverlap } from './features.js';
import { shortHash } from './ids.js';
import { prefixCandidates, prefixKeys, copyKeys, range } from './story-candidates.js';
import type { ArticleRelation } from './shingles.js';

/** Weights of distinctive-name overlap, whole-text wording and headline+lead wording in a story link. */
const W_NAMES = 0.4, W_WORDS = 0.2, W_LEAD = 0.4;
/** What a link with an undated article needs above the threshold (it meets every article, so it must be surer). */
const UNDATED_EXTRA = 0.15;

export interface StoryInput {
  readonly article: Article;
  readonly mentions?: readonly Mention[];
}

export interface StoryLink { readonly a: string; readonly b: string; readonly score: number; readonly why: string }

export interface Story {
  readonly id: string;
  readonly title: string | null;
  readonly articles: string[];
  /** news events reported by the story's articles */
  readonly events: string[];
  /** background events the articles recall (not what ties them together) */
  readonly background: string[];
  readonly start: string | null;
  readonly end: string | null;
  /** the links that joined the story's articles, in the order found (one fewer than its articles) */
  readonly links: StoryLink[];
}

export interface StoryOptions {
  /** days between publication dates within which articles can share a story (default 10) */
  readonly windowDays?: number;
  /** minimum similarity of names and wording for a link without a shared event (default 0.25) */
  readonly threshold?: number;
  readonly relations?: readonly ArticleRelation[];
  /** compare every pair in the window instead of the indexed candidates (same result; for tests) */
  readonly allPairs?: boolean;
}

export function buildStories(inputs: readonly StoryInput[], events: readonly FusedEvent[], opts: StoryOptions = {}): Story[] {
  const windowDays = opts.windowDays ?? 10, threshold = opts.threshold ?? 0.25;
  const newsOf = new Map<string, Set<string>>(), bgRanges = new Map<string, Range[]>();
  for (const e of events) {
    for (const m of e.members) if (!e.background) { const s = newsOf.get(m.article) ?? new Set<string>(); s.add(e.id); newsOf.set(m.article, s); }
    if (e.background) for (const r of e.reports) { const l = bgRanges.get(r.article) ?? []; l.push(r); bgRanges.set(r.article, l); }
  }
  const feats = inputs.map((x) => featuresOf(x.article, x.mentions, bgRanges.get(x.article.id) ?? []));
  const idfNames = idfOf(feats.map((f) => f.names)), idfWords = idfOf(feats.map((f) => f.words)), idfLead = idfOf(feats.map((f) => f.lead));
  const copies = new Map<string, Set<string>>();
  for (const r of opts.relations ?? []) for (const [x, y] of [[r.a, r.b], [r.b, r.a]] as const) { const s = copies.get(x); if (s) s.add(y); else copies.set(x, new Set([y])); }
  // the degree (summed link scores) of an article with a headline picks its story's title; others need none
  const titled = inputs.map((x) => !!x.article.title);
  const order = feats.map((_, i) => i).sort((x, y) => (feats[x]!.day ?? Infinity) - (feats[y]!.day ?? Infinity) || feats[x]!.id.localeCompare(feats[y]!.id));
  const parent = feats.map((_, i) => i);
  // iterative, with path compression: a recursive find can overflow the stack on a long chain (tens of thousands of articles)
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) { const up = parent[i]!; parent[i] = r; i = up; }
    return r;
  };
  const links: StoryLink[] = [];
  const degree = new Array<number>(feats.length).fill(0);
  // Exact cut (issues 15, 18): a pair with no shared news event and no copy relation scores
  // W_NAMES·names + W_WORDS·wording + W_LEAD·lead. The name overlap (shared weight) and the lead cosine (dot
  // product) are exactly 0 when the two share no name key and no lead stem, and wording is a cosine ≤ 1
  // (a margin covers rounding); so such a pair scores at most W_WORDS and, when W_WORDS is below the
  // lowest threshold used (undated pairs need more), never links.
  // Candidates then come from an inverted index on those keys, visited in the all-pairs loop's order so
  // links, unions and degree sums are the same. A threshold at or below W_WORDS falls back to all pairs.
  const allPairs = opts.allPairs === true || !(W_WORDS * (1 + 1e-9) < threshold);
  // A prefix filter on the rarest keys bounds the candidates further (issue 15: undated articles that all
  // share lead words met every other): see `prefixKeys` for why it loses no link.
  const keyed = allPairs ? [] : order.map((i) => prefixKeys(feats[i]!, newsOf.get(feats[i]!.id), idfNames, idfLead, { names: W_NAMES, lead: W_LEAD }, threshold + (feats[i]!.day == null ? UNDATED_EXTRA : 0) - W_WORDS));
  const later = allPairs ? null : prefixCandidates(keyed.map((k) => k.keys), keyed.map((k) => k.prefix), copyKeys(order.map((i) => feats[i]!.id), opts.relations ?? []));
  const stopOf = windowStops(order.map((i) => feats[i]!.day), windowDays);
  for (let oi = 0; oi < order.length; oi++) {
    const i = order[oi]!, fi = feats[i]!;
    const stop = stopOf(oi);
    const next = later ? later(oi, stop) : range(oi + 1, stop);
    for (const oj of next) {
      const j = order[oj]!, fj = feats[j]!;
      // a pair already in one story: only a headline's degree can still change
      const joined = find(i) === find(j);
      if (joined && !titled[i] && !titled[j]) continue;
      const undated = fi.day == null || fj.day == null;
      const sharedEvent = firstShared(newsOf.get(fi.id), newsOf.get(fj.id));
      let score = 0, why = '';
      if (sharedEvent != null) { score = 1; why = `share event ${sharedEvent}`; }
      else if (copies.get(fi.id)?.has(fj.id)) { score = 1; why = 'copies of one text'; }
      else {
        const needed = threshold + (undated ? UNDATED_EXTRA : 0);
        const names = nameOverlap(fi.names, fj.names, idfNames), lead = cosine(fi.lead, fj.lead, idfLead);
        // wording is a cosine, at most 1: when even a perfect one cannot reach the threshold, skip it
        if (W_NAMES * names.score + W_LEAD * lead + W_WORDS < needed) continue;
        const words = cosine(fi.words, fj.words, idfWords);
        score = W_NAMES * names.score + W_WORDS * words + W_LEAD * lead;
        if (score < needed) continue;
        if (!joined) why = `names ${names.score.toFixed(2)} (${names.shared.slice(0, 4).join(', ')}), wording ${words.toFixed(2)}, lead ${lead.toFixed(2)}`;
      }
      degree[i]! += score; degree[j]! += score;
      if (joined) continue;
      links.push({ a: fi.id, b: fj.id, score: Math.round(score * 1000) / 1000, why });
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of order) { const r = find(i); const g = groups.get(r) ?? []; g.push(i); groups.set(r, g); }
  const rootOf = new Map(feats.map((f, i) => [f.id, find(i)] as const));
  const eventsOf = new Map<number, FusedEvent[]>(), linksOf = new Map<number, StoryLink[]>();
  for (const e of events) {
    const roots = new Set(e.members.map((m) => rootOf.get(m.article)).filter((r): r is number => r != null));
    for (const r of roots) { const l = eventsOf.get(r) ?? []; l.push(e); eventsOf.set(r, l); }
  }
  for (const l of links) { const r = rootOf.get(l.a)!; const list = linksOf.get(r) ?? []; list.push(l); linksOf.set(r, list); }
  const stories: Story[] = [];
  for (const [root, g] of groups) {
    const ids = g.map((i) => feats[i]!.id);
    const mine = eventsOf.get(root) ?? [];
    const central = [...g].filter((i) => inputs[i]!.article.title).sort((x, y) => degree[y]! - degree[x]! || (feats[x]!.day ?? 0) - (feats[y]!.day ?? 0))[0];
    const news = mine.filter((e) => !e.background);
    const pubs = g.map((i) => inputs[i]!.article.published ?? inputs[i]!.article.publishedInferred?.guess ?? inputs[i]!.article.publishedInferred?.end ?? null).filter((p): p is string => !!p).sort();
    stories.push({
      id: 'st-' + shortHash(ids[0]!), title: central != null ? inputs[central]!.article.title : titleOf(news[0] ?? null),
      articles: ids, events: news.map((e) => e.id), background: mine.filter((e) => e.background).map((e) => e.id),
      start: pubs[0] ?? null, end: pubs[pubs.length - 1] ?? null,
      links: linksOf.get(root) ?? [],
    });
  }
  return stories;
}

/**
 * Where the pair loop from each position stops: at the first later dated article more than `windowDays`
 * after it (undated articles never stop it, and an undated one meets everything after it). Dated articles
 * come first in the order, by day, so a binary search finds that place; days that are not finite
 * integers in that order are searched for one by one, as the loop would.
 */
function windowStops(days: readonly (number | null)[], windowDays: number): (p: number) => number {
  const n = days.length;
  let datedEnd = days.findIndex((d) => d == null);
  if (datedEnd < 0) datedEnd = n;
  const past = (d: number | null, from: number) => d != null && d - from > windowDays;
  const sorted = days.every((d, k) => (k >= datedEnd ? d == null : Number.isInteger(d) && (k === 0 || d! >= days[k - 1]!)));
  return (p) => {
    const from = days[p];
    if (from == null) return n;
    if (!sorted) { for (let q = p + 1; q < n; q++) if (past(days[q] ?? null, from)) return q; return n; }
    let lo = p + 1, hi = datedEnd;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (past(days[mid]!, from)) hi = mid; else lo = mid + 1; }
    return lo < datedEnd ? lo : n;
  };
}

/** The first news event two articles both report, in the first article's order. */
function firstShared(a: Set<string> | undefined, b: Set<string> | undefined): string | null {
  if (!a || !b) return null;
  for (const e of a) if (b.has(e)) return e;
  return null;
}

function titleOf(e: FusedEvent | null): string | null {
  if (!e) return null;
  const what = e.mode ? `${e.mode} ${e.type.toLowerCase()}` : e.type.toLowerCase();
  return `${what[0]!.toUpperCase()}${what.slice(1)}${e.location ? ' at ' + e.location.name : ''}${e.date ? ', ' + e.date.start.slice(0, e.date.precision === 'day' ? 10 : 7) : ''}`;
}
