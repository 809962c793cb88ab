/**
 * The arrival order fusion follows: publication day (the inferred day for an undated article, its guess or else
 * the start of its window; undated and uninferred last), then id. Fusion is incremental, so the ledger is that of
 * the articles fused in this order, however they reached the store (src/engine/fuse-store.ts).
 */
import type { Article } from '../core/model/article.js';

export const arrivalKey = (a: Pick<Article, 'id' | 'published' | 'publishedInferred'>): string =>
  `${a.published ?? a.publishedInferred?.guess ?? a.publishedInferred?.start ?? '9999-12-31'} ${a.id}`;
