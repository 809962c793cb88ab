/**
 * The parts of a Sitrep report (../shared/contract/report.schema.json) the harness reads, typed
 * loosely so the harness keeps working while the report grows; and an index from gold records to the
 * events read from their text.
 */

export interface ReportSpan { readonly article: string; readonly start: number; readonly end: number; readonly text: string }
export interface ReportCount { readonly min?: number; readonly max?: number | null }
export interface ReportDate { readonly start: string; readonly end: string; readonly precision: string }
export interface ReportActor { readonly role: string; readonly name: string; readonly entity?: string | null; readonly country?: string | null }

export interface ReportEvent {
  readonly id: string;
  readonly type: string;
  readonly mode?: string | null;
  /** the engine's own ACLED coding of the event, when it gives one */
  readonly acled?: { readonly event_type: string | null; readonly sub_event_type: string | null } | null;
  readonly date: ReportDate | null;
  readonly location: { readonly name: string; readonly entity?: string | null; readonly country?: string | null; readonly lat?: number | null; readonly lon?: number | null } | null;
  readonly actors: readonly ReportActor[];
  readonly weapon?: string | null;
  readonly casualties?: { readonly killed?: ReportCount; readonly injured?: ReportCount } | null;
  readonly responsibility?: { readonly status: string; readonly by: readonly string[] } | null;
  readonly reports: readonly ReportSpan[];
  readonly modality?: string;
  readonly background?: boolean;
  /** set on an event that happened but lies outside the ledger's scope (an accident) */
  readonly scope?: { readonly value: string; readonly reason: string } | null;
}

export interface ReportArticle {
  readonly id: string;
  readonly externalId?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly text?: string;
}

export interface ReportEntity { readonly id: string; readonly name: string; readonly aliases?: readonly string[]; readonly country?: string | null }

export interface Report {
  readonly articles: readonly ReportArticle[];
  readonly entities: readonly ReportEntity[];
  readonly events: readonly ReportEvent[];
  /** events that happened outside the ledger's scope (accidents): listed apart from events */
  readonly outOfScope?: readonly ReportEvent[];
}

export interface ReportIndex {
  /** events with at least one report in the article given by its external id, in text order */
  eventsOf(externalId: string): ReportEvent[];
  /** the cleaned text of that article, when the report carries it */
  textOf(externalId: string): string | null;
  entity(id: string | null | undefined): ReportEntity | null;
}

const firstStart = (e: ReportEvent, article: string): number =>
  Math.min(...e.reports.filter((r) => r.article === article).map((r) => r.start));

/**
 * Indexes a report by external id. Articles are tied to gold records by `externalId`, else by a `url`
 * ending in `#<id>`, else by position (the engine keeps input order), so a report from an older engine
 * still scores.
 */
export function indexReport(report: Report, externalIds: readonly string[]): ReportIndex {
  const byExt = new Map<string, ReportArticle>();
  for (const a of report.articles) {
    const ext = a.externalId ?? (a.url && /#([^#]+)$/.exec(a.url)?.[1]) ?? null;
    if (ext) byExt.set(ext, a);
  }
  if (byExt.size === 0 && report.articles.length === externalIds.length) {
    externalIds.forEach((x, i) => byExt.set(x, report.articles[i]!));
  }
  const byArticle = new Map<string, ReportEvent[]>();
  for (const e of report.events) {
    for (const art of new Set(e.reports.map((r) => r.article))) {
      const list = byArticle.get(art) ?? [];
      list.push(e);
      byArticle.set(art, list);
    }
  }
  const entities = new Map(report.entities.map((e) => [e.id, e]));
  return {
    eventsOf(ext) {
      const a = byExt.get(ext);
      if (!a) return [];
      return [...(byArticle.get(a.id) ?? [])].sort((x, y) => firstStart(x, a.id) - firstStart(y, a.id));
    },
    textOf: (ext) => byExt.get(ext)?.text ?? null,
    entity: (id) => (id ? entities.get(id) ?? null : null),
  };
}
