/** Entities: mentions found in one document, and canonical entities shared across articles. */
import type { Range } from '../span.js';

export type EntityType = 'person' | 'organization' | 'location' | 'facility' | 'other';

/** Where a place is, and how precisely. */
export interface Geo {
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2 */
  readonly country: string | null;
  readonly admin1: string | null;
  readonly precision: 'site' | 'town' | 'admin2' | 'admin1' | 'country' | 'region';
  /** true when the point is derived ("near X", "south of X") rather than the place itself */
  readonly approximate?: boolean;
  /** the gazetteer record this came from, e.g. `geonames:98182`, `ourairports:ORAA`, `kb:ain-al-asad` */
  readonly ref?: string;
  /** a `town` that the gazetteer lists as a village (a populated place of under 10,000 that seats no unit) */
  readonly village?: boolean;
}

/** One occurrence of a name in a document. */
export interface Mention extends Range {
  /** surface text as written (equals doc.text.slice(start, end)) */
  readonly text: string;
  readonly type: EntityType;
  /** index of the sentence that holds it */
  readonly sentence: number;
  /** canonical entity key (KB id like `kb:kataib-hezbollah`, or a normalised-name key for unknown names) */
  key: string;
  /** canonical display name */
  name: string;
  /** role or title written before a person's name ("Prime Minister", "spokesperson") */
  readonly role?: string | null;
  /** country the actor belongs to, for states/forces/officials (ISO2) */
  readonly country?: string | null;
  geo?: Geo | null;
  /** how it was typed: `kb`, `cue:forces`, `acronym`, `context` ... */
  readonly by: string;
  /**
   * The place that opens a longer name ("Ohio" in "Ohio Department of Transportation", "Fargo" in "Fargo Mayor
   * Dennis Walaker"): its own span, KB key and point. The name stays one mention (nlp/entities/embedded.ts).
   */
  readonly place?: { readonly start: number; readonly end: number; readonly text: string; readonly key: string; readonly name: string; readonly geo: Geo };
}

/** A canonical entity across the run and the store. */
export interface Entity {
  readonly id: string;
  name: string;
  readonly type: EntityType;
  readonly aliases: string[];
  readonly country: string | null;
  readonly geo: Geo | null;
  /** KB record id, when the entity is known to the knowledge base */
  readonly kb: string | null;
}
