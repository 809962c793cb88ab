/**
 * Timelines: canonical events ordered by date (start, then end, so "in April" comes before a day late
 * in April), with the precision of each date kept, optionally restricted to one story, one entity
 * (as actor or place) or one place (by entity, country, or distance).
 */
import type { FusedEvent, PloverType } from '../core/model/event.js';
import type { DateValue } from '../core/model/time.js';
import type { Span } from '../core/span.js';
import { km } from '../core/distance.js';

export interface TimelineEntry {
  readonly event: string;
  readonly date: DateValue | null;
  readonly label: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly place: string | null;
  readonly background: boolean;
  /** how many articles report it */
  readonly articles: number;
  readonly conflicts: string[];
  /** the first report sentence */
  readonly evidence: Span;
}

export interface TimelineFilter {
  /** event ids of a story (Story.events, plus Story.background if wanted) */
  readonly events?: readonly string[];
  /** an entity key: kept when it is an actor or the place */
  readonly entity?: string;
  readonly place?: { readonly country?: string; readonly lat?: number; readonly lon?: number; readonly radiusKm?: number };
  readonly includeBackground?: boolean;
}

/** A one-line label: "agent: TYPE (mode) on target at place". */
export function labelOf(e: { readonly type: string; readonly mode: string | null; readonly actors: readonly { role: string; name: string }[]; readonly location: { readonly name: string } | null }): string {
  const agents = e.actors.filter((a) => a.role === 'agent').map((a) => a.name);
  const targets = e.actors.filter((a) => a.role === 'target').map((a) => a.name);
  const what = e.mode ? `${e.type} (${e.mode})` : e.type;
  return [agents.length ? agents.join(', ') + ':' : null, what, targets.length ? 'on ' + targets.join(', ') : null, e.location ? 'at ' + e.location.name : null]
    .filter(Boolean).join(' ');
}

function keep(e: FusedEvent, f: TimelineFilter): boolean {
  if (e.background && f.includeBackground === false) return false;
  if (f.events && !f.events.includes(e.id)) return false;
  if (f.entity && !(e.actors.some((a) => a.entity === f.entity) || e.location?.entity === f.entity)) return false;
  if (f.place) {
    const l = e.location;
    if (!l) return false;
    if (f.place.country && l.country !== f.place.country) return false;
    if (f.place.lat != null && f.place.lon != null) {
      if (l.lat == null || l.lon == null || km({ lat: l.lat, lon: l.lon }, { lat: f.place.lat, lon: f.place.lon }) > (f.place.radiusKm ?? 50)) return false;
    }
  }
  return true;
}

export function timeline(events: Iterable<FusedEvent>, filter: TimelineFilter = {}): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const e of events) {
    if (!keep(e, filter) || !e.reports[0]) continue;
    out.push({
      event: e.id, date: e.date, label: labelOf(e), type: e.type, mode: e.mode, place: e.location?.name ?? null, background: e.background,
      articles: new Set(e.members.map((m) => m.article)).size, conflicts: e.conflicts.map((c) => c.field), evidence: e.reports[0],
    });
  }
  return out.sort((a, b) => {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.event.localeCompare(b.event);
    return a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.event.localeCompare(b.event);
  });
}
