/** Figures: numbers with what they count. */
import type { Range } from '../span.js';

export interface FigureMention extends Range {
  readonly text: string;
  readonly sentence: number;
  /** lower bound (the value for an exact figure) */
  readonly value: number;
  /** upper bound; equals value for an exact figure, null for "more than"/"at least" */
  readonly max: number | null;
  readonly approximate: boolean;
  /** the counted noun phrase head, e.g. "troops", "drones", "times" */
  readonly unit: string;
  /** a readable description, e.g. "US troops in Iraq" */
  readonly what: string;
  /** the words of the figure itself (the number and its modifiers) */
  readonly numberText: string;
}
