/**
 * The seam of fusion for an index of canonical events kept between articles. MemoryEventIndex implements
 * it in memory. The store does not implement it: the engine loads the candidates of an article's block
 * windows (`blockWindowsFor`, block.ts) from the store with one query and passes them as a list
 * (src/engine/fuse-store.ts), so fusion never waits on the store per block.
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
