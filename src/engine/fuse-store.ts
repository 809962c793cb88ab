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
/** Places precise enough to bound the candidates by a box around their point. */
const FINE = new Set(['site', 'town']);

export async function fuseIntoStore(trx: Transaction<Database>, article: Article, events: readonly ExtractedEvent[], mentions: readonly Mention[], sentences: readonly Range[], now: string, opts: { isolate?: boolean; timings?: Map<string, number> } = {}): Promise<void> {
  if (!events.length) return;
  const windows = blockWindowsFor(article, events, undefined, mentions, sentences).map((q) => ({
    family: q.family, dayStart: dayNumber(q.dateStart), dayEnd: dayNumber(q.dateEnd),
    country: q.country && !COARSE.has(q.precision ?? '') ? q.country : null,
    ...(q.lat != null && q.lon != null && FINE.has(q.precision ?? '') ? { lat: q.lat, lon: q.lon } : {}),
    ...(q.names?.length ? { names: q.names } : {}),
  }));
  const t0 = performance.now();
  const candidates = opts.isolate ? [] : await candidateEvents(trx, windows);
  const t1 = performance.now();
  const { upserted, removed } = fuseArticleEvents(article, events, mentions, candidates, { sentences });
  const t2 = performance.now();
  await deleteEvents(trx, removed);
  // a merged event was a candidate read in this transaction: only its new article links are written
  const before = new Map(candidates.map((c) => [c.id, c]));
  for (const e of upserted) await putEvent(trx, e, familyKey(e), PIPELINE_VERSION, now, before.get(e.id));
  if (opts.timings) {
    const t3 = performance.now(), t = opts.timings;
    t.set('  of which: load candidates', (t.get('  of which: load candidates') ?? 0) + t1 - t0);
    t.set('  of which: fuse', (t.get('  of which: fuse') ?? 0) + t2 - t1);
    t.set('  of which: write events', (t.get('  of which: write events') ?? 0) + t3 - t2);
  }
}
