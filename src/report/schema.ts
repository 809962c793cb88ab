/**
 * The report's schema, the one source of the report contract: `src/report/types.ts` derives the report's
 * TypeScript types from it (`Static<typeof ReportSchema>`) and `scripts/build-report-schema.mjs` writes
 * `schema/report.schema.json` from it. It accepts only reports that the shared contract (sitrep-report-v1)
 * accepts. Written with TypeBox (@sinclair/typebox), whose schemas are plain JSON Schema objects; three small
 * helpers keep the JSON Schema exactly as it was written by hand before (`$ref`s into `$defs`, `oneOf`,
 * `enum`, `type: [x, "null"]`), since TypeBox's own unions would print `anyOf` and inline every `$def`.
 * Edit this file, then run `node scripts/build-report-schema.mjs` (after `npx tsc`); a test fails while the
 * two disagree.
 */
import { Type, type Static, type TSchema, type TUnion } from '@sinclair/typebox';

/** A `$ref` to `#/$defs/NAME`, typed as the definition it points to. */
const Ref = <T extends TSchema>(name: string, _def: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<Static<T>>({ $ref: `#/$defs/${name}`, ...options });

/** JSON Schema `oneOf` (TypeBox's Union prints `anyOf`), typed as the union of its members. */
const OneOf = <T extends TSchema[]>(schemas: [...T], options: Record<string, unknown> = {}) =>
  Type.Unsafe<Static<TUnion<T>>>({ oneOf: schemas, ...options });

/** An object whose every property has one schema (TypeBox's Record prints `patternProperties`). */
const RecordOf = <T extends TSchema>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ ...options, additionalProperties: values });

export const DateSchema = Type.String({"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"});

export const NullableStringSchema = Type.Unsafe<string | null>({"type": ["string", "null"]});

export const CountrySchema = Type.Unsafe<string | null>({"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2"});

export const SpanSchema = Type.Object({
    article: Type.String({"minLength": 1, "description": "article id"}),
    start: Type.Integer({"minimum": 0}),
    end: Type.Integer({"minimum": 0}),
    text: Type.String(),
  });

export const DateValueSchema = Type.Object({
    start: Ref('date', DateSchema),
    end: Ref('date', DateSchema),
    precision: Type.Unsafe<"day" | "week" | "month" | "year" | "range">({"enum": ["day", "week", "month", "year", "range"]}),
  });

export const DiagnosticSchema = Type.Object({
    severity: Type.Unsafe<"info" | "warning" | "error">({"enum": ["info", "warning", "error"]}),
    rule: Type.String({"pattern": "^[a-z0-9-]+/[a-z0-9-]+$", "description": "rule id area/name"}),
    message: Type.String(),
    start: Type.Optional(Type.Integer({"minimum": 0})),
    end: Type.Optional(Type.Integer({"minimum": 0})),
    text: Type.Optional(Type.String()),
  });

export const ArticleSchema = Type.Object({
    id: Type.String({"minLength": 1, "description": "content hash of the cleaned text"}),
    file: Ref('nullableString', NullableStringSchema, {"description": "input file name, when it came from a file"}),
    url: Ref('nullableString', NullableStringSchema),
    externalId: Ref('nullableString', NullableStringSchema, {"description": "the id the input record gave (JSON id, feed guid/id)"}),
    title: Ref('nullableString', NullableStringSchema),
    source: Ref('nullableString', NullableStringSchema, {"description": "the outlet, from the input or its sidecar metadata"}),
    published: OneOf([Ref('date', DateSchema), Type.Null()]),
    publishedInferred: OneOf([Type.Null(), Type.Object({
      start: Ref('date', DateSchema),
      end: Ref('date', DateSchema),
      basis: Type.String(),
    })]),
    dateline: OneOf([Type.Null(), Type.Object({
      place: Ref('nullableString', NullableStringSchema),
      agency: Ref('nullableString', NullableStringSchema),
      region: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "the state or country written after the dateline place (\"Lexington, Ky.\")"})),
      at: Type.Optional(Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) }, {"description": "where the dateline place is written, as offsets into the raw input (cleaning cuts the dateline out of `text`)"})),
    })]),
    outletFromText: Ref('nullableString', NullableStringSchema, {"description": "outlet the text names itself (dateline agency, contributor credit)"}),
    diagnostics: Type.Array(Ref('diagnostic', DiagnosticSchema)),
    text: Type.String({"description": "cleaned body text; offsets point into it"}),
  });

export const EntitySchema = Type.Object({
    id: Type.String({"minLength": 1}),
    name: Type.String({"minLength": 1, "description": "canonical name"}),
    type: Type.Unsafe<"person" | "organization" | "location" | "facility" | "other">({"enum": ["person", "organization", "location", "facility", "other"]}),
    aliases: Type.Array(Type.String(), {"description": "every surface form seen"}),
    country: Ref('country', CountrySchema),
    lat: Type.Unsafe<number | null>({"type": ["number", "null"], "minimum": -90, "maximum": 90}),
    lon: Type.Unsafe<number | null>({"type": ["number", "null"], "minimum": -180, "maximum": 180}),
    admin1: Type.Optional(Ref('nullableString', NullableStringSchema)),
    precision: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "how precise lat/lon are: country, admin1, city, facility ..."})),
    mentions: Type.Array(Ref('span', SpanSchema)),
    events: Type.Optional(Type.Array(Type.String(), {"description": "ids of the events the entity takes part in (actor or place), in date order"})),
  });

export const ActorSchema = Type.Object({
    role: Type.Unsafe<"agent" | "target" | "other">({"enum": ["agent", "target", "other"]}),
    name: Type.String({"minLength": 1}),
    entity: Ref('nullableString', NullableStringSchema),
    cameo: Type.Optional(Type.String({"description": "PETRARCH2 dictionary code of an actor the KB did not link (src/extract/ontology/petrarch.ts)"})),
    country: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "the dictionary's country code, else the country the words around the actor give (countryBy)"})),
    countryBy: Type.Optional(Type.String({"description": "how the words around an unlinked actor gave its country: 'qualifier: Latvian', 'name: Serb', 'place: in Zimbabwe' (src/extract/events/actor-country.ts)"})),
    sector: Type.Optional(Type.String()),
    codedBy: Type.Optional(Type.String({"description": "the dictionary phrase the coding matched"})),
  });

export const CountSchema = Type.Object({
    min: Type.Integer({"minimum": 0}),
    max: Type.Unsafe<number | null>({"type": ["integer", "null"], "minimum": 0}),
  }, {"description": "a reported count; min = max for an exact figure, max null for 'at least'"});

export const EvidencedSchema = Type.Object({
    value: Type.Unknown(),
    evidence: Ref('span', SpanSchema),
    published: Type.Optional(OneOf([Ref('date', DateSchema), Type.Null()])),
    source: Type.Optional(Ref('nullableString', NullableStringSchema)),
  });

export const ConflictSchema = Type.Object({
    field: Type.String({"minLength": 1}),
    values: Type.Array(Ref('evidenced', EvidencedSchema), {"minItems": 2}),
    latest: Type.Optional(Type.Unknown()),
    note: Type.Optional(Type.String()),
  });

export const LocationSchema = Type.Object({
    name: Type.String({"minLength": 1}),
    entity: Ref('nullableString', NullableStringSchema),
    country: Ref('country', CountrySchema),
    admin1: Ref('nullableString', NullableStringSchema),
    lat: Type.Unsafe<number | null>({"type": ["number", "null"], "minimum": -90, "maximum": 90}),
    lon: Type.Unsafe<number | null>({"type": ["number", "null"], "minimum": -180, "maximum": 180}),
    precision: Ref('nullableString', NullableStringSchema),
    by: Type.Optional(Type.String({"description": "how the place was chosen: the name's match (gazetteer, curated, fuzzy, skeleton, unknown, text) and what placed it (+address, +near, +between, +article, +document); see PlaceRef.by"})),
    level: Type.Optional(Type.Unsafe<"point" | "village" | "town" | "district" | "province" | "country" | "region">({"enum": ["point", "village", "town", "district", "province", "country", "region"], "description": "what the point stands for: a site, a village, a town, a district, a province, a country or a region"})),
  });

export const PloverTypeSchema = Type.Unsafe<"ASSAULT" | "COERCE" | "MOBILIZE" | "PROTEST" | "THREATEN" | "ACCUSE" | "REJECT" | "REQUEST" | "SANCTION" | "CONSULT" | "AGREE" | "SUPPORT" | "CONCEDE" | "COOPERATE" | "AID" | "RETREAT" | "OTHER">({"enum": ["ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN", "ACCUSE", "REJECT", "REQUEST", "SANCTION", "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "OTHER"]});

export const EventSchema = Type.Object({
    id: Type.String({"minLength": 1}),
    type: Ref('ploverType', PloverTypeSchema),
    mode: Ref('nullableString', NullableStringSchema, {"description": "refines the type: drone, missile, shelling, airstrike, phone, visit, negotiate ..."}),
    acled: Type.Object({
      event_type: Ref('nullableString', NullableStringSchema),
      sub_event_type: Ref('nullableString', NullableStringSchema),
      actor1: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "the agent in ACLED's actor naming (\"Military Forces of Turkey (2016-)\", \"Protesters (Iran)\"), dict/acled-actors.json"})),
      assoc_actor_1: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "further agents and identity groups in ACLED's naming, joined by \"; \" as in ACLED's files"})),
      actor2: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "the target in ACLED's actor naming (\"Civilians (Syria)\")"})),
      assoc_actor_2: Type.Optional(Ref('nullableString', NullableStringSchema, {"description": "further targets and identity groups (\"Farmers (Palestine)\"), joined by \"; \""})),
    }),
    cameo: Type.Unsafe<string | null>({"type": ["string", "null"], "pattern": "^[0-9]{2,4}$", "description": "CAMEO event code"}),
    date: OneOf([Type.Null(), Ref('dateValue', DateValueSchema)]),
    location: OneOf([Type.Null(), Ref('location', LocationSchema)]),
    actors: Type.Array(Ref('actor', ActorSchema)),
    weapon: Ref('nullableString', NullableStringSchema),
    quantity: Type.Unsafe<number | null>({"type": ["integer", "null"], "minimum": 0}),
    casualties: OneOf([Type.Null(), Type.Object({
      killed: Type.Optional(Ref('count', CountSchema)),
      injured: Type.Optional(Ref('count', CountSchema)),
    })]),
    responsibility: OneOf([Type.Null(), Type.Object({
      status: Type.Unsafe<"claimed" | "unclaimed" | "attributed" | "unknown" | "conflicting">({"enum": ["claimed", "unclaimed", "attributed", "unknown", "conflicting"]}),
      by: Type.Array(Type.String()),
      deniedBy: Type.Optional(Type.Array(Type.String(), {"description": "who denied responsibility, when the sources hold denials and no claim or attribution (status is then unclaimed)"})),
    })]),
    outcome: Ref('nullableString', NullableStringSchema),
    modality: Type.Unsafe<"asserted" | "negated" | "hypothetical" | "planned" | "forecast" | "denied">({"enum": ["asserted", "negated", "hypothetical", "planned", "forecast", "denied"]}),
    background: Type.Boolean({"description": "recalled from the past, not news of the reporting articles"}),
    scope: Type.Optional(Type.Object({
      value: Type.Unsafe<"accident">({"enum": ["accident"]}),
      reason: Type.String({"minLength": 1, "description": "rule id of the decision, e.g. assertion/accident"}),
    }, {"description": "set when the event happened but lies outside the ledger's scope (an accident): such events are listed under outOfScope, not events"})),
    reports: Type.Array(Ref('span', SpanSchema), {"minItems": 1, "description": "every sentence, in every article, that reports this event"}),
    evidence: RecordOf(Type.Array(Ref('evidenced', EvidencedSchema)), {"type": "object", "description": "field name -> values as reported, each with its span"}),
    conflicts: Type.Array(Ref('conflict', ConflictSchema)),
    confidence: Type.Number({"minimum": 0, "maximum": 1}),
    rules: Type.Array(Type.String({"minLength": 1})),
    mergedBecause: Type.Array(Type.String()),
    sources: Type.Array(Type.String(), {"description": "outlets that report it"}),
    independentSources: Type.Integer({"minimum": 0, "description": "how many independent sources report it: near-duplicates and wire copies of one text count once"}),
  });

export const TimelineEntrySchema = Type.Object({
    event: Type.String({"minLength": 1, "description": "id of an entry of events[]"}),
    date: OneOf([Type.Null(), Ref('dateValue', DateValueSchema)]),
    type: Ref('ploverType', PloverTypeSchema),
    mode: Ref('nullableString', NullableStringSchema),
    title: Type.String(),
    place: Type.Optional(Ref('nullableString', NullableStringSchema)),
    background: Type.Optional(Type.Boolean()),
    articles: Type.Optional(Type.Integer({"minimum": 0, "description": "how many articles report the event"})),
  });

export const StorySchema = Type.Object({
    id: Type.String({"minLength": 1}),
    title: Ref('nullableString', NullableStringSchema),
    articles: Type.Array(Type.String()),
    events: Type.Array(Type.String()),
    background: Type.Optional(Type.Array(Type.String(), {"description": "ids of events the story's articles recall as background"})),
    timeline: Type.Optional(Type.Array(Ref('timelineEntry', TimelineEntrySchema), {"description": "the story's events (news and background) in date order"})),
  });

export const QuoteSchema = Type.Object({
    speaker: Type.String({"minLength": 1}),
    entity: Ref('nullableString', NullableStringSchema),
    direct: Type.Boolean(),
    evidence: Ref('span', SpanSchema),
  });

export const FigureSchema = Type.Object({
    value: Type.Number(),
    max: Type.Unsafe<number | null>({"type": ["number", "null"]}),
    approximate: Type.Boolean(),
    what: Type.String({"description": "what is counted, e.g. 'US troops in Iraq'"}),
    evidence: Ref('span', SpanSchema),
  });

/** The $defs the report's $refs point to, in the order they are written. */
export const ReportDefs = {
  date: DateSchema,
  nullableString: NullableStringSchema,
  country: CountrySchema,
  span: SpanSchema,
  dateValue: DateValueSchema,
  diagnostic: DiagnosticSchema,
  article: ArticleSchema,
  entity: EntitySchema,
  actor: ActorSchema,
  count: CountSchema,
  evidenced: EvidencedSchema,
  conflict: ConflictSchema,
  location: LocationSchema,
  ploverType: PloverTypeSchema,
  event: EventSchema,
  story: StorySchema,
  quote: QuoteSchema,
  figure: FigureSchema,
  timelineEntry: TimelineEntrySchema,
};

export const ReportSchema = Type.Object({
    generator: Type.Object({
      name: Type.String({"minLength": 1}),
      version: Type.String({"minLength": 1}),
      pipeline: Type.String({"minLength": 1, "description": "pipeline version the stored analyses were made with"}),
    }),
    articles: Type.Array(Ref('article', ArticleSchema)),
    entities: Type.Array(Ref('entity', EntitySchema)),
    events: Type.Array(Ref('event', EventSchema), {"description": "canonical events reported as having happened (modality asserted)"}),
    statements: Type.Array(Ref('event', EventSchema), {"description": "events that are threatened, planned, forecast, hypothetical, negated or denied"}),
    outOfScope: Type.Optional(Type.Array(Ref('event', EventSchema), {"description": "events reported as having happened that lie outside the ledger's scope (accidents, each with its scope): fused like any event, left out of events, stories, timeline and the ACLED export"})),
    stories: Type.Array(Ref('story', StorySchema)),
    quotes: Type.Array(Ref('quote', QuoteSchema)),
    figures: Type.Array(Ref('figure', FigureSchema)),
    timeline: Type.Array(Ref('timelineEntry', TimelineEntrySchema)),
    relations: Type.Array(Type.Object({
      a: Type.String(),
      b: Type.String(),
      kind: Type.Unsafe<"near-duplicate" | "wire-copy">({"enum": ["near-duplicate", "wire-copy"]}),
      jaccard: Type.Number(),
      containment: Type.Number(),
      evidence: Type.Unsafe<[Static<typeof SpanSchema>, Static<typeof SpanSchema>]>(Type.Array(Ref('span', SpanSchema), {"minItems": 2, "maxItems": 2})),
    }), {"description": "articles that copy one another"}),
  }, {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "sitrep-report-v1-full", "title": "Sitrep report (full)", "description": "The JSON report printed by `sitrep analyze --format json` and `sitrep export --format json`, field by field (src/report/types.ts). It accepts only reports that the shared contract (sitrep-report-v1) accepts, and also describes Sitrep's own fields: article externalId/outletFromText/diagnostics, event acled/cameo/modality/background/scope/evidence/rules/mergedBecause/sources, statements, outOfScope and timeline. Extra properties stay allowed, as in the contract. Offsets are UTF-16 code-unit offsets into articles[].text, half-open, so that text.slice(start, end) === span.text.", "$defs": ReportDefs });

/** schema/report.schema.json's text, as scripts/build-report-schema.mjs writes it (TypeBox's symbol keys do not print). */
export const reportSchemaJson = (): string => JSON.stringify(ReportSchema, null, 2) + '\n';
