/**
 * An article seen again: its metadata may be new (a sidecar given this time) or different (a correction).
 * Each value is kept with its origin, and a value replaces the stored one only when it comes from an
 * origin at least as trusted (input < sidecar < a person's `meta set`); a missing value never erases one.
 * So the order in which the same inputs arrive does not change what is kept.
 */
import type { Article, MetaField, MetaOrigin, MetaOrigins } from '../core/model/article.js';
import { META_FIELDS } from '../core/model/article.js';
import type { StoredMeta } from '../store/repos/articles.js';

const RANK: Record<MetaOrigin, number> = { page: 1, sidecar: 2, manual: 3 };

export interface MergedMeta {
  readonly article: Article;
  /** the fields whose value changed (a re-analysis is due when any did) */
  readonly changed: MetaField[];
}

/** The stored metadata updated by what `incoming` (the same text, so the same id) says. */
export function mergeMeta(stored: StoredMeta, incoming: Article): MergedMeta {
  const values: Record<string, string | null> = {};
  const origins: MetaOrigins = {};
  const changed: MetaField[] = [];
  for (const f of META_FIELDS) {
    const s = stored[f], so = stored.origins[f] ?? 'page';
    const v = incoming[f], vo = incoming.origins?.[f] ?? 'page';
    const take = v != null && v !== s && (s == null || RANK[vo] >= RANK[so]);
    values[f] = take ? v : s;
    const o = take ? vo : s != null ? so : undefined;
    if (o) origins[f] = o;
    if (take) changed.push(f);
  }
  return { article: { ...incoming, ...(values as Pick<Article, MetaField>), origins, publishedInferred: stored.publishedInferred }, changed };
}

/** `meta set` values: each given field is set as a person's correction (an empty value clears it). */
export function setMeta(stored: Article, values: Partial<Record<MetaField, string | null>>): Article {
  const origins: MetaOrigins = { ...stored.origins };
  const out: Record<string, unknown> = { ...stored };
  for (const [f, v] of Object.entries(values) as [MetaField, string | null][]) {
    out[f] = v || null;
    if (v) origins[f] = 'manual'; else delete origins[f];
  }
  return { ...(out as unknown as Article), origins };
}
