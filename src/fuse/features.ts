/**
 * Article features for story clustering: distinctive names (from entity mentions when the pipeline
 * gave them, else capitalised word runs), and content-word counts for a tf-idf cosine. Names that
 * only occur inside background-event sentences are dropped, so a recalled 2020 airstrike does not
 * tie this week's articles together; country-level places are dropped as ubiquitous.
 */
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { Range } from '../core/span.js';

const STOP = new Set('the a an and or but of in on at to for from by with as is are was were be been has have had it its this that these those he she they we you i his her their our said says will would could should may might can also after before about into over than then when where while who which what there here not no more most other some such only just very all any both each few many much one two three first last new since under until upon against between during without within according per'.split(' '));
const WORD = /[\p{L}][\p{L}'’-]+/gu;
const CAP_RUN = /(?:\b(?:[A-Z][\p{L}'’-]+|al-[A-Z][\p{L}'’-]+)(?:\s+(?:al-|bin\s|of\s|the\s)?[A-Z][\p{L}'’-]+)*)/gu;
const COARSE = new Set(['country', 'region']);

export interface ArticleFeatures {
  readonly id: string;
  readonly day: number | null;
  readonly names: Map<string, number>;
  readonly words: Map<string, number>;
  /** content words of the headline and the opening of the body (what the article is about) */
  readonly lead: Map<string, number>;
}

const LEAD_WORDS = 80;
const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

const inAny = (at: number, ranges: readonly Range[]) => ranges.some((r) => r.start <= at && at < r.end);
const normName = (s: string) => s.toLowerCase().replace(/^(the|al-)\s*/, '').replace(/[’']s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function featuresOf(article: Article, mentions: readonly Mention[] | undefined, backgroundRanges: readonly Range[]): ArticleFeatures {
  const text = article.text;
  const names = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  if (mentions && mentions.length) {
    for (const m of mentions) {
      if (inAny(m.start, backgroundRanges)) continue;
      if (m.type === 'location' && m.geo && COARSE.has(m.geo.precision)) continue;
      bump(names, m.key);
    }
  } else {
    for (const m of text.matchAll(CAP_RUN)) {
      const at = m.index ?? 0;
      const prev = text.slice(Math.max(0, at - 2), at);
      const sentenceStart = at === 0 || /[.!?\n]\s*$/.test(prev) || prev.endsWith('\n');
      const single = !/\s/.test(m[0]);
      if ((single && sentenceStart) || inAny(at, backgroundRanges)) continue;
      const k = normName(m[0]);
      if (k.length > 2 && !STOP.has(k) && !CALENDAR.has(k)) bump(names, k);
    }
  }
  const words = new Map<string, number>();
  const head = (article.title ?? '') + '\n';
  for (const w of (head + head + text).toLowerCase().match(WORD) ?? []) if (w.length > 3 && !STOP.has(w)) bump(words, w);
  const lead = new Map<string, number>();
  let n = 0;
  for (const w of (head + text).toLowerCase().match(WORD) ?? []) {
    if (n++ > LEAD_WORDS) break;
    if (w.length > 3 && !STOP.has(w)) bump(lead, stem(w));
  }
  const pub = article.published ?? article.publishedInferred?.guess ?? article.publishedInferred?.end ?? null;
  return { id: article.id, day: pub ? Math.floor(Date.parse(pub + 'T00:00:00Z') / 86400000) : null, names, words, lead };
}

/** A crude suffix strip so "talks"/"talk" and "attacks"/"attacked" meet in the lead vectors. */
const stem = (w: string): string => w.replace(/(ing|ed|es|s)$/, '');

/** Inverse document frequency over the given feature maps, smoothed so rare terms in a small run still weigh. */
export function idfOf(maps: readonly Map<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of maps) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = maps.length;
  const out = new Map<string, number>();
  for (const [k, d] of df) out.set(k, Math.log((n + 1) / d));
  return out;
}

/** Squared idf-weighted norm of each feature map, per idf table (stories compare every map many times). */
const norms = new WeakMap<Map<string, number>, { idf: Map<string, number>; n: number }>();
function squaredNorm(a: Map<string, number>, idf: Map<string, number>): number {
  const hit = norms.get(a);
  if (hit && hit.idf === idf) return hit.n;
  let n = 0;
  for (const [k, v] of a) { const w = v * (idf.get(k) ?? 0); n += w * w; }
  norms.set(a, { idf, n });
  return n;
}

/** Cosine of two idf-weighted maps; the maps must not change after their first comparison (norms are kept). */
export function cosine(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): number {
  const na = squaredNorm(a, idf), nb = squaredNorm(b, idf);
  if (!na || !nb) return 0;
  let dot = 0;
  for (const [k, v] of a) { const u = b.get(k); if (u) { const i = idf.get(k) ?? 0; dot += v * i * u * i; } }
  return dot / Math.sqrt(na * nb);
}

/** Weighted overlap of distinctive names: shared weight over the smaller side's weight. */
export function nameOverlap(a: Map<string, number>, b: Map<string, number>, idf: Map<string, number>): { score: number; shared: string[] } {
  let sa = 0, sb = 0, sh = 0;
  const shared: string[] = [];
  for (const k of a.keys()) { const w = idf.get(k) ?? 0; sa += w; if (b.has(k)) { sh += w; if (w > 0) shared.push(k); } }
  for (const k of b.keys()) sb += idf.get(k) ?? 0;
  const den = Math.min(sa, sb);
  shared.sort((x, y) => (idf.get(y) ?? 0) - (idf.get(x) ?? 0));
  return { score: den ? sh / den : 0, shared };
}
