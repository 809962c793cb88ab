/**
 * Voting helpers for consolidation: each article votes once per value (copies of a value inside one
 * article do not outvote another outlet), conflict value lists keep one entry per value and article with
 * the sentence it was read from, and the latest report wins where time matters.
 */
import type { Evidenced } from '../core/model/event.js';
import type { FieldEvidence } from './evidence.js';

/** Distinct values by key with the number of articles stating each, in first-seen order. */
export function tally<T>(items: readonly FieldEvidence[], keyOf: (v: unknown) => string): { key: string; value: T; votes: number; first: number }[] {
  const groups = new Map<string, { key: string; value: T; articles: Set<string>; first: number }>();
  items.forEach((it, i) => {
    const k = keyOf(it.value);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, value: it.value as T, articles: new Set(), first: i }));
    if (!it.variant) g.articles.add(it.evidence.article);
  });
  return [...groups.values()].map((g) => ({ key: g.key, value: g.value, votes: g.articles.size, first: g.first }));
}

/** The value most articles state; ties go to the first seen. */
export function majority<T>(items: readonly FieldEvidence[], keyOf: (v: unknown) => string): T | null {
  const t = tally<T>(items, keyOf);
  if (!t.length) return null;
  return t.reduce((a, b) => (b.votes > a.votes ? b : a)).value;
}

/** One entry per (value, article), evidence widened to its sentence, for a conflict. */
export function conflictValues(items: readonly FieldEvidence[], keyOf: (v: unknown) => string): Evidenced<unknown>[] {
  const seen = new Set<string>();
  const out: Evidenced<unknown>[] = [];
  for (const it of items) {
    const k = `${keyOf(it.value)}@${it.evidence.article}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ value: it.value, evidence: it.sentence ?? it.evidence, published: it.published ?? null, source: it.source ?? null });
  }
  return out;
}

/** The item from the most recently published report (first of them on ties). */
export function latestOf(items: readonly FieldEvidence[]): FieldEvidence {
  return items.reduce((a, b) => ((b.published ?? '') > (a.published ?? '') ? b : a));
}

/** True when some pair of distinct values is incompatible under `agree` (pairs over distinct values only). */
export function anyDisagree(items: readonly FieldEvidence[], keyOf: (v: unknown) => string, agree: (a: unknown, b: unknown) => boolean): boolean {
  const vals = tally<unknown>(items, keyOf).map((t) => t.value);
  for (let i = 0; i < vals.length; i++) for (let j = i + 1; j < vals.length; j++) if (!agree(vals[i], vals[j])) return true;
  return false;
}
