/**
 * Story clusters: articles published within a time window that share a news event (not a background
 * one), are copies of each other, or share enough distinctive names and wording. Single-link over
 * pairs inside the window (articles sorted by date, so the work follows articles per window, not all
 * pairs). Each story gets a title (its most connected article's headline) and its events.
 */
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { FusedEvent } from '../core/model/event.js';
import type { Range } from '../core/span.js';
import { featuresOf, idfOf, cosine, nameOverlap } from './features.js';
import { shortHash } from './ids.js';
import type { ArticleRelation } from './shingles.js';

/** Weights of distinctive-name overlap, whole-text wording and headline+lead wording in a story link. */
const W_NAMES = 0.4, W_WORDS = 0.2, W_LEAD = 0.4;

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
  readonly links: StoryLink[];
}

export interface StoryOptions {
  /** days between publication dates within which articles can share a story (default 10) */
  readonly windowDays?: number;
  /** minimum similarity of names and wording for a link without a shared event (default 0.25) */
  readonly threshold?: number;
  readonly relations?: readonly ArticleRelation[];
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
  const copies = new Set((opts.relations ?? []).map((r) => `${r.a}|${r.b}`));
  const order = feats.map((_, i) => i).sort((x, y) => (feats[x]!.day ?? Infinity) - (feats[y]!.day ?? Infinity) || feats[x]!.id.localeCompare(feats[y]!.id));
  const parent = feats.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const links: StoryLink[] = [];
  const degree = new Array<number>(feats.length).fill(0);
  for (let oi = 0; oi < order.length; oi++) {
    const i = order[oi]!, fi = feats[i]!;
    for (let oj = oi + 1; oj < order.length; oj++) {
      const j = order[oj]!, fj = feats[j]!;
      if (fi.day != null && fj.day != null && fj.day - fi.day > windowDays) break;
      const undated = fi.day == null || fj.day == null;
      const sharedEvents = [...(newsOf.get(fi.id) ?? [])].filter((e) => newsOf.get(fj.id)?.has(e));
      let score = 0, why = '';
      if (sharedEvents.length) { score = 1; why = `share event ${sharedEvents[0]}`; }
      else if (copies.has(`${fi.id}|${fj.id}`) || copies.has(`${fj.id}|${fi.id}`)) { score = 1; why = 'copies of one text'; }
      else {
        const names = nameOverlap(fi.names, fj.names, idfNames), words = cosine(fi.words, fj.words, idfWords), lead = cosine(fi.lead, fj.lead, idfLead);
        score = W_NAMES * names.score + W_WORDS * words + W_LEAD * lead;
        why = `names ${names.score.toFixed(2)} (${names.shared.slice(0, 4).join(', ')}), wording ${words.toFixed(2)}, lead ${lead.toFixed(2)}`;
        if (score < threshold + (undated ? 0.15 : 0)) continue;
      }
      links.push({ a: fi.id, b: fj.id, score: Math.round(score * 1000) / 1000, why });
      degree[i]! += score; degree[j]! += score;
      parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of order) { const r = find(i); const g = groups.get(r) ?? []; g.push(i); groups.set(r, g); }
  const stories: Story[] = [];
  for (const g of groups.values()) {
    const ids = g.map((i) => feats[i]!.id);
    const idSet = new Set(ids);
    const mine = events.filter((e) => e.members.some((m) => idSet.has(m.article)));
    const central = [...g].filter((i) => inputs[i]!.article.title).sort((x, y) => degree[y]! - degree[x]! || (feats[x]!.day ?? 0) - (feats[y]!.day ?? 0))[0];
    const news = mine.filter((e) => !e.background);
    const pubs = g.map((i) => inputs[i]!.article.published ?? inputs[i]!.article.publishedInferred?.guess ?? inputs[i]!.article.publishedInferred?.end ?? null).filter((p): p is string => !!p).sort();
    stories.push({
      id: 'st-' + shortHash(ids[0]!), title: central != null ? inputs[central]!.article.title : titleOf(news[0] ?? null),
      articles: ids, events: news.map((e) => e.id), background: mine.filter((e) => e.background).map((e) => e.id),
      start: pubs[0] ?? null, end: pubs[pubs.length - 1] ?? null,
      links: links.filter((l) => idSet.has(l.a)),
    });
  }
  return stories;
}

function titleOf(e: FusedEvent | null): string | null {
  if (!e) return null;
  const what = e.mode ? `${e.mode} ${e.type.toLowerCase()}` : e.type.toLowerCase();
  return `${what[0]!.toUpperCase()}${what.slice(1)}${e.location ? ' at ' + e.location.name : ''}${e.date ? ', ' + e.date.start.slice(0, e.date.precision === 'day' ? 10 : 7) : ''}`;
}
