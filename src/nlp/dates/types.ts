/**
 * Internal shapes of the date layer. A producer finds candidate expressions in a paragraph and returns
 * each with a `resolve` function; resolution runs later, in text order, with a context that knows the
 * reference date, the future cues before the expression and the expressions already resolved (for
 * story-relative phrases such as "24 hours earlier"). This is chrono's parser/refiner split, with the
 * news policy kept out of the parsers.
 */
import type { DateValue } from '../../core/model/time.js';
import type { Ymd } from './calendar.js';

export interface Stated {
  readonly year: boolean;
  readonly month: boolean;
  readonly day: boolean;
}

/** An earlier resolved expression that later ones may be anchored on. */
export interface Anchor {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  /** minutes after midnight, when a time of day was stated */
  readonly minutes: number | null;
  readonly future: boolean;
}

export interface ResolveContext {
  /** the article's reference date (publication or inferred), null when unknown */
  readonly ref: Ymd | null;
  /** `published` or `inferred` */
  readonly refLabel: string;
  /** a future cue (will, would, next, by, until, expect, planned ...) governs the expression */
  readonly future: boolean;
  /** the cue was "would"/"was to": future seen from an earlier point of the same sentence */
  readonly futureInPast: Ymd | null;
  /** a year stated by an earlier expression of the same sentence */
  readonly contextYear: number | null;
  /** expressions resolved so far, in text order */
  readonly previous: readonly Anchor[];
}

export interface Resolved {
  readonly value: DateValue;
  readonly stated: Stated;
  readonly timeOfDay?: string | null;
  /** what it was resolved against; defaults to the context's refLabel */
  readonly reference?: string;
  /** overrides the context's future flag (e.g. "next week" is future by itself) */
  readonly future?: boolean;
  /** rule id, overriding the producer's */
  readonly by?: string;
}

export interface Found {
  /** absolute offsets into the article text */
  readonly start: number;
  readonly end: number;
  /** rule id `dates/...` */
  readonly by: string;
  /** higher wins when two candidates overlap (then the longer) */
  readonly priority: number;
  /** a bare time of day ("1:46 a.m."), to be merged with an adjacent date */
  readonly timeOnly?: { readonly minutes: number };
  /** stated time of day of a full result ("1:09 a.m., April 7") */
  readonly minutes?: number | null;
  resolve(ctx: ResolveContext): Resolved | null;
}

export const NONE: Stated = { year: false, month: false, day: false };
