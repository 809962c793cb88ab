/** The JSON report: the contract in shared/contract/report.schema.json, plus Sitrep's extra fields. */
import type { Span } from '../core/span.js';
import type { Dateline, PublishedWindow } from '../core/model/article.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Conflict, Count, Evidenced, Modality } from '../core/model/event.js';
import type { DateValue } from '../core/model/time.js';

export interface ReportArticle {
  id: string;
  file: string | null;
  url: string | null;
  externalId: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  publishedInferred: PublishedWindow | null;
  dateline: Dateline | null;
  outletFromText: string | null;
  diagnostics: Diagnostic[];
  text: string;
}

export interface ReportEntity {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'location' | 'facility' | 'other';
  aliases: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  admin1?: string | null;
  precision?: string | null;
  mentions: Span[];
  /** ids of the events it takes part in (as actor or place), in date order */
  events?: string[];
}

export interface ReportEvent {
  id: string;
  type: string;
  mode: string | null;
  /** ACLED coding: event type, sub-event type, and actors in ACLED's naming (assoc actors joined by "; ", as in ACLED's files) */
  acled: { event_type: string | null; sub_event_type: string | null; actor1?: string | null; assoc_actor_1?: string | null; actor2?: string | null; assoc_actor_2?: string | null };
  cameo: string | null;
  date: DateValue | null;
  location: { name: string; entity: string | null; country: string | null; admin1: string | null; lat: number | null; lon: number | null; precision: string | null } | null;
  /** `cameo`, `country`, `sector`: the PETRARCH2 dictionary coding of an actor the KB did not link (src/extract/ontology/petrarch.ts), with the phrase it matched in `codedBy` */
  actors: { role: 'agent' | 'target' | 'other'; name: string; entity: string | null; cameo?: string; country?: string | null; sector?: string; codedBy?: string }[];
  weapon: string | null;
  quantity: number | null;
  casualties: { killed?: Count; injured?: Count } | null;
  responsibility: { status: string; by: string[] } | null;
  outcome: string | null;
  modality: Modality;
  background: boolean;
  reports: Span[];
  evidence: Record<string, Evidenced<unknown>[]>;
  conflicts: Conflict[];
  confidence: number;
  rules: string[];
  mergedBecause: string[];
  sources: string[];
  /** how many independent sources report it: near-duplicate and wire copies of one text count once */
  independentSources: number;
}

export interface ReportStory { id: string; title: string | null; articles: string[]; events: string[]; background?: string[]; timeline?: ReportTimelineEntry[] }

export interface ReportTimelineEntry { event: string; date: DateValue | null; type: string; mode: string | null; title: string; place: string | null; background: boolean; articles: number }

export interface ReportRelation { a: string; b: string; kind: 'near-duplicate' | 'wire-copy'; jaccard: number; containment: number; evidence: [Span, Span] }

export interface Report {
  generator: { name: string; version: string; pipeline: string };
  articles: ReportArticle[];
  entities: ReportEntity[];
  events: ReportEvent[];
  /** statements about events that did not (yet) happen: threats, plans, forecasts, denials */
  statements: ReportEvent[];
  stories: ReportStory[];
  quotes: { speaker: string; entity: string | null; direct: boolean; evidence: Span }[];
  figures: { value: number; max: number | null; approximate: boolean; what: string; evidence: Span }[];
  timeline: ReportTimelineEntry[];
  /** articles that copy one another (wire copies, near-duplicates) */
  relations: ReportRelation[];
}
