/** Direct and reported speech with its speaker. */
import type { Range } from '../span.js';

export interface QuoteMention extends Range {
  /** the quoted words (offsets cover them, without quote marks) */
  readonly text: string;
  readonly sentence: number;
  /** speaker as named ("Romanowski", "a US official") */
  readonly speaker: string;
  /** canonical entity key of the speaker, when resolved to a mention */
  speakerKey: string | null;
  readonly direct: boolean;
  /** `quotes/said-after`, `quotes/according-to`, `quotes/previous-sentence`, `quotes/pronoun` ... */
  readonly by: string;
}
