/** Time expressions resolved against the article's publication date. */
import type { Range } from '../span.js';

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'range';

export interface DateValue {
  /** inclusive ISO dates */
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
}

export interface TimeExpression extends Range {
  readonly text: string;
  readonly sentence: number;
  readonly value: DateValue;
  /** which parts were stated in the text (others implied from the reference date) */
  readonly stated: { readonly year: boolean; readonly month: boolean; readonly day: boolean };
  /** local time of day when stated, "01:46" */
  readonly timeOfDay?: string | null;
  /** the reference this was resolved against: `published`, `inferred`, or another expression */
  readonly reference: string;
  /** rule that produced it, e.g. `dates/chrono`, `dates/past-weekday`, `dates/season` */
  readonly by: string;
  /** true for forward-looking expressions ("next week", "by September 2025") */
  readonly future?: boolean;
  /** the preposition that introduces it, lower-cased ("on", "in", "since", "by", "until"), when there is one */
  readonly cue?: string | null;
}
