/**
 * Fuses one article's extracted events into the canonical events of the store: loads the candidate
 * events by blocking (type family, date window, country), lets src/fuse merge or create, and writes back
 * what changed. Runs inside the article's transaction.
 */
import type { Transaction } from 'kysely';
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { ExtractedEvent } from '../core/model/event.js';
import type { Range } from '../core/span.js';
import type { Database } from '../store/schema.js';
import { candidateEvents, dayNumber, deleteEvents, putEvent } from '../store/repos/events.js';
import { PIPELINE_VERSION } from '../core/version.js';
import { fuseArticleEvents, blockWindowsFor, familyKey } from '../fuse/index.js';

const COARSE = new Set(['country', 'region', 'admin1']);

export async function fuseIntoStore(trx: Transaction<Database>, article: Article, events: readonly ExtractedEvent[], mentions: readonly Mention[], sentences: readonly Range[], now: string, opts: { isolate?: boolean } = {}): Promise<void> {
  if (!events.length) return;
  const windows = blockWindowsFor(article, events).map((q) => ({
    family: q.family, dayStart: dayNumber(q.dateStart), dayEnd: dayNumber(q.dateEnd),
    country: q.country && !COARSE.has(q.precision ?? '') ? q.country : null,
  }));
  const candidates = opts.isolate ? [] : await candidateEvents(trx, windows);
  const { upserted, removed } = fuseArticleEvents(article, events, mentions, candidates, { sentences });
  await deleteEvents(trx, removed);
  for (const e of upserted) await putEvent(trx, e, familyKey(e), PIPELINE_VERSION, now);
}
