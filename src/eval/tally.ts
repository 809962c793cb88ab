/**
 * Metric accumulation. Each metric counts the gold records that have the field (n), the ones where the
 * engine gave a value (filled) and the ones it got right (correct): rate = correct / n is end-to-end
 * accuracy (a missed event counts as wrong), precision = correct among filled / filled is accuracy
 * when it answers.
 */

export interface MetricRow {
  readonly name: string;
  readonly n: number;
  readonly filled: number;
  readonly correct: number;
  readonly rate: number | null;
  readonly precision: number | null;
  /** extra figures (median km, F1 ...) */
  readonly extra?: Record<string, number | null>;
}

/** One record's outcome on one metric, kept for the misses listing. */
export interface Outcome {
  readonly metric: string;
  readonly ok: boolean;
  readonly filled: boolean;
  readonly gold: string;
  readonly pred: string;
  /** a measured quantity behind the outcome (distance in km ...) */
  readonly value?: number;
}

export class Tally {
  private readonly rows = new Map<string, { n: number; filled: number; correct: number; correctFilled?: number; extra?: Record<string, number | null> }>();

  /** Declares metrics so they print in this order even when no record has them. */
  constructor(order: readonly string[] = []) { for (const m of order) this.rows.set(m, { n: 0, filled: 0, correct: 0 }); }

  add(o: Outcome): void {
    const r = this.rows.get(o.metric) ?? { n: 0, filled: 0, correct: 0 };
    r.n++;
    if (o.filled) r.filled++;
    if (o.ok) r.correct++;
    if (o.ok && o.filled) r.correctFilled = (r.correctFilled ?? 0) + 1;
    this.rows.set(o.metric, r);
  }

  /** Sets or replaces the extra figures of a metric (and its counts, for metrics computed elsewhere). */
  set(name: string, counts: { n: number; filled: number; correct: number }, extra?: Record<string, number | null>): void {
    this.rows.set(name, { ...counts, ...(extra ? { extra } : {}) });
  }

  extra(name: string, extra: Record<string, number | null>): void {
    const r = this.rows.get(name) ?? { n: 0, filled: 0, correct: 0 };
    r.extra = { ...(r.extra ?? {}), ...extra };
    this.rows.set(name, r);
  }

  result(): MetricRow[] {
    return [...this.rows].map(([name, r]) => ({
      name, n: r.n, filled: r.filled, correct: r.correct,
      rate: r.n ? r.correct / r.n : null,
      // a record can be right without a value (gold 0 killed, nothing claimed): precision counts only answered ones
      precision: r.filled ? (r.correctFilled ?? r.correct) / r.filled : null,
      ...(r.extra ? { extra: r.extra } : {}),
    }));
  }
}
