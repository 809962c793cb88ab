/**
 * Events. An ExtractedEvent is what one article says about one incident (every field with the span it was
 * read from); a FusedEvent is the canonical incident built from every report of it.
 */
import type { Range, Span } from '../span.js';
import type { DateValue } from './time.js';
import type { Geo } from './entity.js';

export type PloverType =
  | 'ASSAULT' | 'COERCE' | 'MOBILIZE' | 'PROTEST' | 'THREATEN' | 'ACCUSE' | 'REJECT' | 'REQUEST'
  | 'SANCTION' | 'CONSULT' | 'AGREE' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'OTHER';

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'planned' | 'forecast' | 'denied';

/** A value and where it was read. `at` is local to the article (cleaned text offsets). */
export interface Sourced<T> {
  readonly value: T;
  readonly at: Range;
}

export interface Count {
  readonly min: number;
  /** null = open-ended ("at least", "some") */
  readonly max: number | null;
}

export interface ActorRef {
  readonly role: 'agent' | 'target' | 'other';
  readonly name: string;
  /** canonical entity key, when the actor is a recognised entity */
  readonly entity: string | null;
  readonly at: Range;
  /**
   * ISO alpha-2 of the country the words around an unlinked actor give (src/extract/events/actor-country.ts):
   * a qualifier ("Latvian Constitutional Court"), its own name ("Serb forces") or a place ("groups in Zimbabwe")
   */
  readonly country?: string;
  /** how the country was read, with the words ("qualifier: Latvian") */
  readonly countryBy?: string;
  /** where those words are */
  readonly countryAt?: Range;
}

export interface PlaceRef {
  readonly name: string;
  readonly entity: string | null;
  readonly geo: Geo | null;
  readonly at: Range;
  /**
   * Where the place is written when the cleaned text does not hold it: a dateline's place, as offsets into
   * the article's raw input (`article.raw.slice(raw.start, raw.end)`); `at` is then the empty range where
   * cleaning cut the dateline out of the text.
   */
  readonly raw?: Range;
  /**
   * How the place was chosen: the name's match (`gazetteer`, `curated`, `fuzzy` transliteration,
   * `skeleton`, `unknown` name) and what placed it (`+address`: an unknown or ruled-out name takes the
   * point of the unit its address names; `+near`: a relative expression; `+between`: a midpoint;
   * `+article`: named in an earlier sentence; `+document`: the article's main country). Set on events.
   */
  readonly by?: string;
  /** point, village, town, district, province, country or region (from `geo`) */
  readonly precision?: 'point' | 'village' | 'town' | 'district' | 'province' | 'country' | 'region';
}

export type ResponsibilityStatus = 'claimed' | 'unclaimed' | 'attributed' | 'denied' | 'unknown';

export interface ResponsibilityRef {
  readonly status: ResponsibilityStatus;
  readonly by: string[];
  readonly at: Range;
}

export interface ExtractedEvent {
  /** id local to the article analysis, `e1`, `e2` ... */
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  /** the trigger words */
  readonly trigger: Range & { readonly text: string };
  /** the sentences that report it (usually one; follow-up sentences add casualties or claims) */
  readonly sentences: Range[];
  readonly date: Sourced<DateValue> | null;
  /** time of day, local, when stated */
  readonly time: Sourced<string> | null;
  readonly location: PlaceRef | null;
  readonly actors: ActorRef[];
  readonly weapon: Sourced<string> | null;
  readonly quantity: Sourced<number> | null;
  readonly killed: Sourced<Count> | null;
  readonly injured: Sourced<Count> | null;
  readonly outcome: Sourced<string> | null;
  readonly responsibility: ResponsibilityRef[];
  readonly modality: Modality;
  /** recalled from the past, not news of the article */
  readonly background: boolean;
  readonly confidence: number;
  /** rule that produced it, e.g. `events/verb-active`, `events/nominal` */
  readonly rule: string;
  /** other values read for the same field inside the same article (e.g. quantity 2 vs 1) */
  readonly variants?: { field: string; value: unknown; at: Range }[];
  /** how the date was found: the event's own clause, elsewhere in its sentence, an earlier sentence of its paragraph, the date of the report, or the document reference (fallback) */
  readonly dateBasis?: 'own' | 'sentence' | 'paragraph' | 'merged' | 'report' | 'reference';
  /**
   * The date says no more than that the report was published then: the reference week (dateBasis `reference`),
   * or the publication day taken for a bare time of day ("at 1:40 a.m.") that no date beside it places. Such a
   * date bounds the incident from above, it does not place it (fusion reads it so: src/fuse/score.ts).
   */
  readonly dateFromPublication?: boolean;
  /**
   * The date is that of legal news about the act (an arrest, a charge, a plea, a trial, a sentence: the date of the
   * sentence telling it, or the week of publication), not the act's own: the act happened before it, on a day the
   * text does not give (src/extract/events/follow-up.ts). Fusion reads it as an upper bound reaching back a year.
   */
  readonly dateOfFollowUp?: boolean;
  /**
   * Set when the incident happened but lies outside the ledger's scope (an accident, ACLED/GTD code no
   * such event): kept and fused like any event, so that reports of it join, but left out of the ledger's
   * lists and exports. `reason` is the assertion rule that found it, `at` the words that say so.
   */
  readonly scope?: EventScope;
  /** told as an earlier incident that another of its sentence follows or answers ("comes a month after X was killed") */
  readonly earlier?: boolean;
}

/** Why an event that happened is outside the ledger's scope. */
export interface EventScope {
  readonly value: 'accident';
  /** rule id, e.g. `assertion/accident` */
  readonly reason: string;
  /** the cue word ("accidentally", "went off") */
  readonly cue: string | null;
  readonly at: Range;
}

/** A field value with its evidence, as reported. */
export interface Evidenced<T> {
  readonly value: T;
  readonly evidence: Span;
  /** publication date of the article that says so, for time-aware conflicts */
  readonly published?: string | null;
  readonly source?: string | null;
}

export interface Conflict {
  readonly field: string;
  readonly values: Evidenced<unknown>[];
  /** for time-aware fields: the value of the latest report */
  readonly latest?: unknown;
  readonly note?: string;
}

export interface FusedEvent {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly date: DateValue | null;
  readonly location: { name: string; entity: string | null; country: string | null; admin1: string | null; lat: number | null; lon: number | null; precision: string | null; by?: string; level?: PlaceRef['precision'] } | null;
  /** `country`/`countryBy`: the country the words around an unlinked actor give (ActorRef.country) */
  readonly actors: { role: 'agent' | 'target' | 'other'; name: string; entity: string | null; country?: string; countryBy?: string }[];
  readonly weapon: string | null;
  readonly quantity: number | null;
  readonly casualties: { killed?: Count; injured?: Count } | null;
  readonly responsibility: { status: ResponsibilityStatus | 'conflicting'; by: string[] } | null;
  readonly outcome: string | null;
  readonly modality: Modality;
  readonly background: boolean;
  /** out of the ledger's scope (an accident) when at least half of its reports say so: the rule that found it */
  readonly scope?: { readonly value: EventScope['value']; readonly reason: string };
  /** every sentence, in every article, that reports it */
  readonly reports: Span[];
  /** per-field evidence: field name → values with spans */
  readonly evidence: Record<string, Evidenced<unknown>[]>;
  readonly conflicts: Conflict[];
  readonly confidence: number;
  readonly rules: string[];
  /** why reports were merged, one line per merge */
  readonly mergedBecause: string[];
  /** (article id, local event id) pairs this canonical event was built from */
  readonly members: { article: string; event: string }[];
}
