/**
 * MemoryEventIndex: canonical events in memory, filed by family and month, then by place cell (a
 * one-degree grid cell inside the country for precise places, the country for coarse ones, `*` for
 * none), plus a family+actor list for undated background events and a family+person-name list (the
 * people a report names single out its incident wherever either side read the place). A
 * query reads only the months its window touches and the cells its place allows, so the cost of a
 * lookup follows the number of nearby events, not the size of the store.
 */
import type { FusedEvent } from '../core/model/event.js';
import { blockOf, type BlockQuery } from './block.js';
import { dayOf, monthsOf } from './when.js';
import { cellOf, queryCells } from './where.js';
import type { EventIndex } from './event-index.js';

/** Windows wider than this are filed as `wide` (one list per family) instead of in every month. */
const WIDE_DAYS = 400;
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
  /** per event, its filed window in day numbers */
  readonly #windows = new Map<string, [number, number] | null>();

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
    if (b.dateStart && b.dateEnd && dayOf(b.dateEnd) - dayOf(b.dateStart) <= WIDE_DAYS) {
      const s = dayOf(b.dateStart), en = dayOf(b.dateEnd);
      this.#windows.set(e.id, [s, en]);
      for (const m of monthsOf(s, en)) {
        const key = `${b.family}|${m}`;
        let cells = this.#months.get(key);
        if (!cells) this.#months.set(key, (cells = new Map()));
        let ids = cells.get(cell);
        if (!ids) cells.set(cell, (ids = new Set()));
        ids.add(e.id);
        entry.months.push(key);
      }
    } else {
      this.#windows.set(e.id, b.dateStart && b.dateEnd ? [dayOf(b.dateStart), dayOf(b.dateEnd)] : null);
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
            for (const id of ids) {
              const w = this.#windows.get(id);
              if (w && w[0] <= en && s <= w[1]) out.add(id);
            }
          }
        }
      }
      for (const id of this.#wide.get(q.family) ?? []) {
        const w = this.#windows.get(id);
        if (!w || (w[0] <= en && s <= w[1])) out.add(id);
      }
    }
    for (const a of q.actors ?? []) for (const id of this.#byActor.get(`${q.family}|${a}`) ?? []) if (this.#events.has(id)) out.add(id);
    // the same person named, wherever either side's place was read: within the date window (undated with undated)
    const [ns, ne] = [q.dateStart, q.dateEnd];
    const qs = ns && ne ? dayOf(ns) : null, qe = ns && ne ? dayOf(ne) : null;
    for (const n of q.names ?? []) {
      for (const id of this.#byName.get(`${q.family}|${n}`) ?? []) {
        if (!this.#events.has(id)) continue;
        const w = this.#windows.get(id) ?? null;
        if (qs === null || qe === null ? w === null : !!w && w[0] <= qe && qs <= w[1]) out.add(id);
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
