/**
 * Fuses one article's extracted events into the canonical events of the store: loads the candidate
 * events by blocking (type family and date window), lets the fusion stage merge or create, and writes
 * back what changed. Runs inside the article's transaction.
 */
import type { Transaction } from 'kysely';
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { ExtractedEvent, FusedEvent } from '../core/model/event.js';
import type { Database } from '../store/schema.js';
import { candidateEvents, dayNumber, deleteEvents, putEvent } from '../store/repos/events.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { fuseArticleEvents, blockWindowsFor, familyKey } from './fusion-api.js';

export async function fuseIntoStore(trx: Transaction<Database>, article: Article, events: readonly ExtractedEvent[], mentions: readonly Mention[], now: string): Promise<void> {
  if (!events.length) return;
  const windows = blockWindowsFor(article, events).map((w) => ({ family: w.family, dayStart: dayNumber(w.dateStart) ?? -1e9, dayEnd: dayNumber(w.dateEnd) ?? 1e9 }));
  const candidates = await candidateEvents(trx, windows);
  const { upserted, removed } = fuseArticleEvents(article, events, mentions, candidates);
  await deleteEvents(trx, removed);
  for (const e of upserted) await putEvent(trx, e, familyKey(e), PIPELINE_VERSION, now);
}

export type { FusedEvent };
