/** Table row types for Kysely. JSON columns are stored as text so SQLite and PostgreSQL share one schema. */
export interface ArticlesTable {
  id: string;
  origin: string;
  file: string | null;
  url: string | null;
  external_id: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  language: string | null;
  /** JSON: dateline, publishedInferred, outletFromText, offsetMap, paragraphs, removed, diagnostics */
  layout: string;
  text: string;
  raw: string;
  ingested_at: string;
  /** JSON: MetaOrigins, where each metadata value came from */
  meta_origins: string;
}

export interface AnalysesTable {
  article_id: string;
  pipeline_version: string;
  /** JSON: reference, sentences, mentions, times, figures, quotes, events */
  result: string;
  created_at: string;
}

export interface FusedEventsTable {
  id: string;
  family: string;
  type: string;
  /** days since 1970-01-01 of the date window, for blocking */
  day_start: number | null;
  day_end: number | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** 1 when the date window is longer than a month (looked up separately, see repos/events.ts) */
  long_span: number;
  /** JSON of the FusedEvent without what `event_parts` holds of it (repos/events.ts) */
  data: string;
  /** a stamp new with every write of the row ('' for rows written before migration 0004): see repos/events.ts */
  rev: string;
  pipeline_version: string;
  updated_at: string;
}

/** The growing parts of a canonical event (reports, members, merge reasons, evidence), one row per write. */
export interface EventPartsTable {
  event_id: string;
  seq: number;
  /** JSON: { r?: reports, m?: members, b?: mergedBecause, e?: evidence by field } appended by this write */
  data: string;
}

/** The people a canonical event names (identity `names`), for blocking by name (migration 0005). */
export interface EventNamesTable {
  event_id: string;
  name: string;
}

export interface EventReportsTable {
  event_id: string;
  article_id: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  country: string | null;
  /** JSON of the Entity */
  data: string;
  updated_at: string;
}

export interface Database {
  articles: ArticlesTable;
  analyses: AnalysesTable;
  fused_events: FusedEventsTable;
  event_reports: EventReportsTable;
  event_parts: EventPartsTable;
  event_names: EventNamesTable;
  entities: EntitiesTable;
}
