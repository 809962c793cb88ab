/**
 * Per-field evidence of one report: turns an ExtractedEvent (local ranges) into the values it states,
 * each with its exact span, the report sentence that holds it, the article's publication date and
 * outlet. Canonical events keep these lists, so a stored event can be re-consolidated when a new report
 * arrives without going back to the articles.
 */
import type { Article } from '../core/model/article.js';
import type { EntityType } from '../core/model/entity.js';
import type { Evidenced, ExtractedEvent } from '../core/model/event.js';
import { makeSpan, type Range, type Span } from '../core/span.js';
import { placeOf } from './where.js';
import { memberKey } from './ids.js';

/** A field value as one report states it. Extra properties ride along in the stored JSON. */
export interface FieldEvidence extends Evidenced<unknown> {
  /** the sentence that holds the value: shown for conflicts, where the bare value is too short to read */
  readonly sentence?: Span;
  /** `article:event` of the report it came from */
  readonly member?: string;
  /** a second value for the same field inside one report (ExtractedEvent.variants) */
  readonly variant?: boolean;
  /** for a date: where the report took it from (ExtractedEvent.dateBasis); `reference` = only the publication week */
  readonly basis?: string;
  /** for a date: it is only the publication's (ExtractedEvent.dateFromPublication), an upper bound of the incident's */
  readonly fromPublication?: boolean;
  /** for a date: it is that of legal news about the act (ExtractedEvent.dateOfFollowUp), an upper bound reaching back a year */
  readonly followUp?: boolean;
  /**
   * The evidence's offsets are into the article's raw input (`article.raw`), not its cleaned text: a dateline's
   * place ("BAGHDAD (Reuters) —"), which cleaning cuts out of the text (PlaceRef.raw)
   */
  readonly inRaw?: boolean;
}

export type EvidenceMap = Record<string, FieldEvidence[]>;

export interface EvidenceContext {
  /** the article's sentences (doc.sentences), to widen a value to its sentence */
  readonly sentences?: readonly Range[];
  /** entity type of a mention key, when known */
  readonly typeOf?: (key: string) => EntityType | undefined;
}

export const publishedOf = (a: Article): string | null => a.published ?? a.publishedInferred?.guess ?? a.publishedInferred?.end ?? null;
export const sourceOf = (a: Article): string | null => a.source ?? a.outletFromText ?? null;

const ABBREV = /(?:\b[A-Za-z]\.(?:[A-Za-z]\.)*|\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Mr|Mrs|Ms|Dr|St|Rep|Sen|Gov|Jr|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|vs|approx|Inc|Corp|Co))$/;

/** True when a sentence starts at `i`: after a line break, or after . ! ? (+ closing quote) and a space, unless an abbreviation ends there. */
function boundaryBefore(text: string, i: number): boolean {
  if (text[i - 1] === '\n') return true;
  if (!/\s/.test(text[i - 1] ?? '')) return false;
  let j = i - 2;
  while (j >= 0 && /["'”’)]/.test(text[j]!)) j--;
  if (!/[.!?]/.test(text[j] ?? '')) return false;
  if (text[j] === '.' && ABBREV.test(text.slice(Math.max(0, j - 12), j + 1))) return false;
  return true;
}

/** The sentence around `at`: from the given sentence list, else the report sentences, else by punctuation. */
export function sentenceRange(text: string, at: Range, sentences: readonly Range[] | undefined, reports: readonly Range[]): Range {
  const hit = (list: readonly Range[] | undefined) => list?.find((s) => s.start <= at.start && at.end <= s.end);
  const found = hit(sentences) ?? hit(reports);
  if (found) return found;
  let s = at.start, e = at.end;
  while (s > 0 && at.start - s < 600 && !boundaryBefore(text, s)) s--;
  while (s < at.start && /\s/.test(text[s]!)) s++;
  while (e < text.length && e - at.end < 600 && !boundaryBefore(text, e)) e++;
  while (e > at.end && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export function evidenceOf(article: Article, e: ExtractedEvent, ctx: EvidenceContext = {}): EvidenceMap {
  const text = article.text;
  const published = publishedOf(article), source = sourceOf(article), member = memberKey({ article: article.id, event: e.id });
  const out: EvidenceMap = {};
  const add = (field: string, value: unknown, at: Range, variant = false, extra: Partial<FieldEvidence> = {}, raw?: Range): void => {
    const sr = sentenceRange(text, at, ctx.sentences, e.sentences);
    // a dateline place is written only in the raw input: its evidence is that span, not the empty cut in the text
    const inRaw = !!raw && typeof article.raw === 'string' && raw.end > raw.start && raw.end <= article.raw.length;
    const item: FieldEvidence = {
      value, evidence: inRaw ? makeSpan(article.id, article.raw, raw!.start, raw!.end) : makeSpan(article.id, text, at.start, at.end), sentence: makeSpan(article.id, text, sr.start, sr.end),
      published, source, member, ...(variant ? { variant } : {}), ...extra, ...(inRaw ? { inRaw } : {}),
    };
    (out[field] ??= []).push(item);
  };
  add('type', e.type, e.trigger);
  if (e.mode) add('mode', e.mode, e.trigger);
  add('modality', e.modality, e.trigger);
  add('background', e.background, e.trigger);
  if (e.scope) add('scope', { value: e.scope.value, reason: e.scope.reason }, e.scope.at);
  // (the basis says whether the report states the date or it is only the week of publication: fusion reads the latter as a bound)
  if (e.date) add('date', e.date.value, e.date.at, false, { ...(e.dateBasis ? { basis: e.dateBasis } : {}), ...(e.dateFromPublication ? { fromPublication: true } : {}), ...(e.dateOfFollowUp ? { followUp: true } : {}) });
  if (e.time) add('time', e.time.value, e.time.at);
  if (e.location) add('location', placeOf(e.location), e.location.at, false, {}, e.location.raw);
  for (const a of e.actors) add('actors', { role: a.role, name: a.name, entity: a.entity, type: a.entity ? ctx.typeOf?.(a.entity) ?? null : null, ...(a.country ? { country: a.country, countryBy: a.countryBy } : {}) }, a.at);
  if (e.weapon) add('weapon', e.weapon.value, e.weapon.at);
  if (e.quantity) add('quantity', e.quantity.value, e.quantity.at);
  if (e.killed) add('killed', e.killed.value, e.killed.at);
  if (e.injured) add('injured', e.injured.value, e.injured.at);
  if (e.outcome) add('outcome', e.outcome.value, e.outcome.at);
  for (const r of e.responsibility) add('responsibility', { status: r.status, by: r.by }, r.at);
  for (const v of e.variants ?? []) add(v.field, v.value, v.at, true);
  return out;
}

/** Appends the evidence of `more` to `base` (new object; lists copied). */
export function mergeEvidence(base: Readonly<Record<string, readonly Evidenced<unknown>[]>>, more: EvidenceMap): EvidenceMap {
  const out: EvidenceMap = {};
  for (const [k, v] of Object.entries(base)) out[k] = [...(v as FieldEvidence[])];
  for (const [k, v] of Object.entries(more)) (out[k] ??= []).push(...v);
  return out;
}
