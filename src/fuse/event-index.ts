/**
 * The store seam of fusion: where canonical events live between articles and runs. MemoryEventIndex
 * implements it in memory; the store implements it over SQLite with the same blocks (block.ts).
 */
import type { FusedEvent } from '../core/model/event.js';
import type { BlockQuery } from './block.js';

export interface EventIndex {
  /** canonical events in the block: same family, window overlapping [dateStart, dateEnd], place cell compatible, or sharing a distinctive actor */
  candidates(q: BlockQuery): FusedEvent[];
  /** inserts or replaces (by id) */
  put(e: FusedEvent): void;
  get(id: string): FusedEvent | undefined;
  /** removes an event that was absorbed by another */
  delete(id: string): void;
  size(): number;
  all(): Iterable<FusedEvent>;
}
