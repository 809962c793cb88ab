/**
 * One canonical event as the report shows it: the stored FusedEvent plus its ACLED and CAMEO coding,
 * ACLED-style actor names, its outlets, and how many independent sources report it. Shared by the
 * report builder and the HTTP API (src/serve), so an event reads the same everywhere.
 */
import type { FusedEvent } from '../core/model/event.js';
import { ontologyFor, acledContext, acledActorsFor } from '../extract/ontology/index.js';
import { codeActor, type ActorCoding } from '../extract/ontology/petrarch.js';
import type { ReportEvent } from './types.js';
import type { Resources } from '../resources/index.js';

type Actor = ReportEvent['actors'][number];
/** An actor with its dictionary coding, when the dictionaries know its name (the span stays the actor's). */
const withCoding = (a: FusedEvent['actors'][number], c: ActorCoding | null): Actor =>
  c ? { ...a, cameo: c.cameo, country: c.country ?? a.country ?? null, sector: c.sector, codedBy: c.via } : a;

/**
 * The contract's responsibility statuses have no "denied": a denial says who did not do it, so with no
 * claim or attribution beside it nobody has taken responsibility (`unclaimed`); the deniers are kept.
 */
function reportResponsibility(r: FusedEvent['responsibility']): ReportEvent['responsibility'] {
  if (!r) return null;
  if (r.status === 'denied') return { status: 'unclaimed', by: [], deniedBy: r.by };
  return { status: r.status, by: r.by };
}

/** `sourceOf` names an article's outlet; `independent` is the count of independent sources among its articles. */
export function reportEvent(resources: Resources, e: FusedEvent, sourceOf: (articleId: string) => string, independent: number): ReportEvent {
  const ctx = acledContext(resources, e);
  const o = ontologyFor(e.type, e.mode, ctx);
  // actor1/actor2 the way ACLED names them (dict/acled-actors.json)
  const names = acledActorsFor(resources, { type: e.type, acledType: o.acled.event_type, date: e.date, country: e.location?.country ?? null, actors: e.actors,
    targetCivilian: ctx.targetCivilian, intervention: ctx.intervention, text: e.reports.map((r) => r.text).join(' ') });
  return {
    id: e.id, type: e.type, mode: e.mode, acled: { ...o.acled, ...names }, cameo: o.cameo, date: e.date, location: e.location,
    actors: e.actors.map((a) => withCoding(a, codeActor(resources, a, e.date?.start ?? null))),
    weapon: e.weapon, quantity: e.quantity, casualties: e.casualties, responsibility: reportResponsibility(e.responsibility), outcome: e.outcome,
    modality: e.modality, background: e.background, ...(e.scope ? { scope: e.scope } : {}), reports: e.reports, evidence: e.evidence, conflicts: e.conflicts,
    confidence: e.confidence, rules: e.rules, mergedBecause: e.mergedBecause,
    sources: [...new Set(e.reports.map((r) => sourceOf(r.article)))],
    independentSources: independent,
  };
}
