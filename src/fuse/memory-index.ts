/**
 * MemoryEventIndex: canonical events in memory, filed by family and month, then by place cell (a
 * one-degree grid cell inside the country for precise places, the country for coarse ones, `*` for
 * none), plus a family+actor list for undated background events and a family+person-name list (the
 * people a report names single out its incident wherever either side read the place). A
 * query reads only the months its window touches and the cells its place allows, so the cost of a
 * lookup follows the number of nearby events, not the size of the store.
 */
import type { FusedEvent } from '../core/model/event.js';
import { blockOf, datesMeet, type BlockQuery } from './block.js';
import { dayOf, monthsOf } from './when.js';
import { cellOf, queryCells } from './where.js';
import type { EventIndex } from './event-index.js';

/**
 * Windows wider than this are filed as `wide` (one list per family) instead of in every month (above the widest
 * window of a report of news: a week's span and legal news's year back, block.ts LEGAL_FOLLOW_UP_DAYS).
 */
const WIDE_DAYS = 450;
/** Most recent events kept per family+actor list. */
const ACTOR_LIST_CAP = 256;

export class MemoryEventIndex implements EventIndex {
  readonly #events = new Map<string, FusedEvent>();
  readonly #months = new Map<string, Map<string, Set<string>>>();
  readonly #wide = new Map<string, Set<string>>();
  readonly #byActor = new Map<string, string[]>();
  /** family+person name (identity names) → events naming them, most recent last */
  readonly #byName = new Map<string, string[]>();
  readonly #keys = new Map<string, { months: string[]; cell: string; wide: string | null }>();
  /** per event, its own span in day numbers (null: undated) */
  readonly #windows = new Map<string, [number, number] | null>();
  /** per event, its block (its span and the window it would look in: `datesMeet`) */
  readonly #blocks = new Map<string, BlockQuery>();

  constructor(events: Iterable<FusedEvent> = []) { for (const e of events) this.put(e); }

  get(id: string): FusedEvent | undefined { return this.#events.get(id); }
  size(): number { return this.#events.size; }
  all(): IterableIterator<FusedEvent> { return this.#events.values(); }

  put(e: FusedEvent): void {
    if (this.#events.has(e.id)) this.#unfile(e.id);
    this.#events.set(e.id, e);
    const b = blockOf(e);
    const cell = cellOf(b.country, b.lat, b.lon, b.precision);
    const entry = { months: [] as string[], cell, wide: null as string | null };
    this.#blocks.set(e.id, b);
    this.#windows.set(e.id, b.dateStart && b.dateEnd ? [dayOf(b.dateStart), dayOf(b.dateEnd)] : null);
    // filed under every month of the wider of its span and its window, so a report whose window meets either finds it
    const fs = b.spanStart && b.dateStart ? (b.spanStart < b.dateStart ? b.spanStart : b.dateStart) : b.dateStart;
    const fe = b.spanEnd && b.dateEnd ? (b.spanEnd > b.dateEnd ? b.spanEnd : b.dateEnd) : b.dateEnd;
    if (fs && fe && dayOf(fe) - dayOf(fs) <= WIDE_DAYS) {
      for (const m of monthsOf(dayOf(fs), dayOf(fe))) {
        const key = `${b.family}|${m}`;
        let cells = this.#months.get(key);
        if (!cells) this.#months.set(key, (cells = new Map()));
        let ids = cells.get(cell);
        if (!ids) cells.set(cell, (ids = new Set()));
        ids.add(e.id);
        entry.months.push(key);
      }
    } else {
      let ids = this.#wide.get(b.family);
      if (!ids) this.#wide.set(b.family, (ids = new Set()));
      ids.add(e.id);
      entry.wide = b.family;
    }
    for (const a of b.actors ?? []) fileCapped(this.#byActor, `${b.family}|${a}`, e.id);
    for (const n of b.names ?? []) fileCapped(this.#byName, `${b.family}|${n}`, e.id);
    this.#keys.set(e.id, entry);
  }

  delete(id: string): void {
    if (!this.#events.has(id)) return;
    this.#unfile(id);
    this.#events.delete(id);
  }

  #unfile(id: string): void {
    const k = this.#keys.get(id);
    if (!k) return;
    for (const m of k.months) this.#months.get(m)?.get(k.cell)?.delete(id);
    if (k.wide) this.#wide.get(k.wide)?.delete(id);
    this.#keys.delete(id);
    this.#windows.delete(id);
    this.#blocks.delete(id);
  }

  candidates(q: BlockQuery): FusedEvent[] {
    const out = new Set<string>();
    const cells = queryCells(q.country, q.lat, q.lon, q.precision);
    if (q.dateStart && q.dateEnd) {
      const s = dayOf(q.dateStart), en = dayOf(q.dateEnd);
      if (en - s <= WIDE_DAYS) {
        for (const m of monthsOf(s, en)) {
          const byCell = this.#months.get(`${q.family}|${m}`);
          if (!byCell) continue;
          const scan = !cells ? byCell.entries()
            : cells.prefix ? [...byCell.entries()].filter(([c]) => c === '*' || c.startsWith(cells.prefix!) || c.startsWith('?:'))
            : [...cells.exact].map((c) => [c, byCell.get(c)] as const);
          for (const [, ids] of scan) {
            if (!ids) continue;
            for (const id of ids) if (datesMeet(q, this.#blocks.get(id)!)) out.add(id);
          }
        }
      }
      for (const id of this.#wide.get(q.family) ?? []) {
        const b = this.#blocks.get(id)!;
        if (!b.dateStart || datesMeet(q, b)) out.add(id);
      }
    }
    // a dated report finds events by actor or name within its dates too (or undated ones): the store reads its rows by
    // the windows of all an article's reports at once, and an event another report's window brought in is no
    // candidate of this one — its candidates are a function of its own block, the same whichever arrived first
    const inTime = (id: string): boolean => !q.dateStart || !this.#blocks.get(id)!.dateStart || datesMeet(q, this.#blocks.get(id)!);
    for (const a of q.actors ?? []) for (const id of this.#byActor.get(`${q.family}|${a}`) ?? []) if (this.#events.has(id) && inTime(id)) out.add(id);
    // the same person named, wherever either side's place was read: within the dates (undated with undated)
    for (const n of q.names ?? []) {
      for (const id of this.#byName.get(`${q.family}|${n}`) ?? []) {
        if (!this.#events.has(id)) continue;
        if (q.dateStart ? !!this.#blocks.get(id)!.dateStart && datesMeet(q, this.#blocks.get(id)!) : this.#windows.get(id) === null) out.add(id);
      }
    }
    return [...out].sort().map((id) => this.#events.get(id)!);
  }
}

/** Files an event under a key, most recent last, keeping the list to the newest ACTOR_LIST_CAP. */
function fileCapped(lists: Map<string, string[]>, key: string, id: string): void {
  const list = lists.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  if (list.length > ACTOR_LIST_CAP) list.shift();
  lists.set(key, list);
}
