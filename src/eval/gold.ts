/**
 * Gold records in one shape for every dataset: what the record says happened, and the article text a
 * user would have given the engine for it. Loaders (src/eval/loaders/) fill the fields their dataset
 * has; scorers skip a metric where the gold has no value.
 */
import type { RawRecord } from '../core/model/article.js';
import type { PloverType } from '../core/model/event.js';

export type EvalFormat = 'gtd' | 'acled' | 'ucdp' | 'wikievents' | 'plover' | 'gritta';
export const EVAL_FORMATS: readonly EvalFormat[] = ['gtd', 'acled', 'ucdp', 'wikievents', 'plover', 'gritta'];

/** Inclusive ISO date interval: one day for an exact date, wider when the dataset is less precise. */
export interface GoldDate { readonly start: string; readonly end: string }

export interface GoldGeo {
  readonly lat: number;
  readonly lon: number;
  /** the dataset marks the point as the exact place (GTD specificity 1, ACLED geo_precision 1, UCDP where_prec 1) */
  readonly exact: boolean;
  readonly name: string;
}

/** A casualty figure: best estimate and the dataset's range (low = high = best when it gives one number). */
export interface GoldCount { readonly best: number; readonly low: number; readonly high: number }

export interface GoldRecord {
  /** the dataset's record id */
  readonly id: string;
  /** external id of the RawRecord that carries its text (records with the same text share one) */
  readonly article: string;
  /** the input text, for the misses listing */
  readonly text: string;
  /** the dataset's own label, e.g. `Bombing/Explosion` or `Explosions/Remote violence | Air/drone strike` */
  readonly typeLabel: string;
  /** PLOVER types that count as the right type (through the mapping tables in src/eval/data) */
  readonly types: readonly PloverType[];
  /** finer class compared through the dataset's classifier (GTD attack type, ACLED sub-event type) */
  readonly subtype?: string | null;
  /** ACLED `event_type`, compared with the event's own `acled.event_type` */
  readonly acledType?: string | null;
  readonly date?: GoldDate | null;
  readonly geo?: GoldGeo | null;
  /** perpetrators / first actors; empty when the dataset says unknown */
  readonly agents?: readonly string[];
  /** targets / second actors, with any descriptive labels (GTD target, corporation) */
  readonly targets?: readonly string[];
  /** a target class label comparable through the dataset's classifier (GTD targtype) */
  readonly targetClass?: string | null;
  /** responsibility claimed (true), not claimed (false); undefined/null when unknown */
  readonly claimed?: boolean | null;
  readonly weaponClass?: string | null;
  readonly killed?: GoldCount | null;
  readonly injured?: GoldCount | null;
  /** ISO2 countries of the source and target actors (PLOVER) */
  readonly sourceCountries?: readonly string[];
  readonly targetCountries?: readonly string[];
  /** the dataset's own export columns compared with Sitrep's export of the event (ACLED: interaction, civilian_targeting, admin1, fatalities) */
  readonly columns?: Readonly<Record<string, string>>;
}

export interface LoadedGold {
  readonly records: GoldRecord[];
  /** one input per distinct text, in file order; externalId = GoldRecord.article */
  readonly inputs: RawRecord[];
  /** rows read but left out, with why (no text, header rows ...) */
  readonly skipped: { readonly reason: string; readonly count: number }[];
}

/** Builds the RawRecord a user's file would give for one gold text. */
export function goldInput(file: string, id: string, body: string, meta: { published: string | null; source: string | null; title?: string | null }): RawRecord {
  return {
    origin: `${file}#${id}`,
    file: file.split('/').pop() ?? file,
    format: 'text',
    body,
    bodyIsHtml: false,
    externalId: id,
    url: null,
    title: meta.title ?? null,
    source: meta.source,
    published: meta.published,
    language: 'en',
  };
}

/**
 * Collects records and inputs, sharing one input between records with the same text and date (UCDP
 * codes several events from one headline) so the engine sees each article once.
 */
export class GoldBuilder {
  readonly records: GoldRecord[] = [];
  readonly inputs: RawRecord[] = [];
  private readonly byText = new Map<string, string>();
  private readonly skips = new Map<string, number>();
  constructor(readonly format: EvalFormat, private readonly file: string) {}

  /** Adds a record; returns false once `limit` distinct inputs have been collected. */
  add(rec: Omit<GoldRecord, 'article'>, meta: { published: string | null; source: string | null; title?: string | null }, limit?: number): boolean {
    // the engine identifies an article by its text alone, so records that repeat a text (even with another
    // date) are scored against the one article that carries it
    const key = rec.text;
    let article = this.byText.get(key);
    if (!article) {
      if (limit !== undefined && this.inputs.length >= limit) return false;
      article = rec.id;
      this.byText.set(key, article);
      this.inputs.push(goldInput(this.file, article, rec.text, meta));
    }
    this.records.push({ ...rec, article });
    return true;
  }

  skip(reason: string): void { this.skips.set(reason, (this.skips.get(reason) ?? 0) + 1); }

  result(): LoadedGold {
    return { records: this.records, inputs: this.inputs, skipped: [...this.skips].map(([reason, count]) => ({ reason, count })) };
  }
}
