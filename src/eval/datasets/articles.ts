/**
 * The real-article gold set (`--format articles`, eval/gold/articles.jsonl): full articles from the
 * shared folder, every asserted in-scope event annotated by character offsets (docs/ANNOTATION.md).
 * The file holds ids, offsets, values and short spans only; the texts are read from ../shared
 * (./article-sources.ts). This module loads the gold, checks every span against its text, and scores
 * the engine's ledger against it (matching rule in docs/EVAL.md, "Real articles"):
 *
 * - an engine event matches a gold event when its type is one the gold event accepts and one of its
 *   report spans overlaps one of the gold event's evidence sentences; pairs are taken greedily, most
 *   overlapping characters first, each event used once. A gold event still unmatched then takes an
 *   engine event of the same incident told elsewhere in the article: an accepted type and either a
 *   named actor in common, or the gold place when no other gold incident of that type lies there and
 *   the dates do not exclude each other. An engine event left over is a false event
 *   (precision) unless every report of it lies in an `ignore` region (page furniture); a gold event
 *   left over is a miss (recall);
 * - fields are compared on matched pairs: date (the engine's interval inside the gold interval),
 *   place (name or alias, same country), agent and target (every engine actor names a gold actor; no
 *   actor when the gold has none), killed and injured (the gold count; a count where the text gives
 *   none is wrong);
 * - calibration: engine events by confidence bucket, with the share that matched a gold event.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RawRecord } from '../../core/model/article.js';
import type { OffsetSegment } from '../../core/model/article.js';
import { goldInput } from '../gold.js';
import { actorMatches, fold } from '../names.js';
import type { ReportEvent, ReportIndex } from '../report.js';
import { Tally, type MetricRow, type Outcome } from '../tally.js';
import type { RecordResult } from '../score-records.js';
import { ARTICLE_SOURCES, sourceLibrary, type ArticleSource } from './article-sources.js';

export interface GoldSpan { readonly start: number; readonly end: number; readonly text?: string }
export interface GoldActor { readonly name: string; readonly also?: readonly string[]; readonly at: GoldSpan | null }
export interface GoldToll { readonly value: number | null; readonly atLeast?: boolean; readonly vague?: boolean; readonly at: GoldSpan | null }
export interface GoldArticleEvent {
  readonly type: string;
  /** other types that are also right for this event (a capture of a town: ASSAULT or COERCE) */
  readonly types?: readonly string[];
  readonly mode?: string;
  readonly background?: boolean;
  readonly evidence: readonly GoldSpan[];
  readonly date?: { readonly start: string; readonly end: string; readonly precision: string; readonly at: GoldSpan | null };
  readonly place?: { readonly name: string; readonly country: string | null; readonly admin1?: string; readonly also?: readonly string[]; readonly at: GoldSpan | null };
  readonly agent?: readonly GoldActor[];
  readonly target?: readonly GoldActor[];
  readonly killed?: GoldToll;
  readonly injured?: GoldToll;
  readonly perpetratorKilled?: GoldToll;
  readonly note?: string;
}
export interface GoldArticle {
  readonly source: ArticleSource;
  readonly id: string;
  readonly published: string | null;
  readonly ignore?: readonly GoldSpan[];
  readonly events: readonly GoldArticleEvent[];
  readonly notes?: string;
}
/** A gold article with the text it was annotated on. */
export interface LoadedArticle extends GoldArticle { readonly key: string; readonly text: string }

const PLOVER = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'THREATEN', 'ACCUSE', 'REJECT', 'REQUEST', 'SANCTION', 'CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'OTHER']);
const PRECISIONS = new Set(['day', 'week', 'month', 'year', 'range']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Key of an article in the eval run (its external id): unique across sources. */
export const articleKey = (a: { source: string; id: string }): string => `${a.source}:${a.id}`;

/** The shared folder's eval/raw: under `shared` when the caller names it (the CLI reads $SITREP_SHARED), else beside the working directory, else beside the repository holding the gold file. */
export function sharedRaw(goldPath: string, shared?: string): string {
  const candidates = [...(shared ? [resolve(shared, 'eval', 'raw')] : []), resolve('..', 'shared', 'eval', 'raw'), resolve(dirname(goldPath), '..', '..', '..', 'shared', 'eval', 'raw')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

export function readGoldFile(path: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line) as GoldArticle); } catch (e) { throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`); }
  });
  return out;
}

type Library = ReturnType<typeof sourceLibrary>;

/** Every span of an event, with the field it belongs to. */
function spansOf(e: GoldArticleEvent): { field: string; span: GoldSpan | null }[] {
  const out: { field: string; span: GoldSpan | null }[] = e.evidence.map((s, i) => ({ field: `evidence[${i}]`, span: s }));
  if (e.date) out.push({ field: 'date', span: e.date.at });
  if (e.place) out.push({ field: 'place', span: e.place.at });
  (e.agent ?? []).forEach((a, i) => out.push({ field: `agent[${i}]`, span: a.at }));
  (e.target ?? []).forEach((a, i) => out.push({ field: `target[${i}]`, span: a.at }));
  for (const k of ['killed', 'injured', 'perpetratorKilled'] as const) if (e[k]) out.push({ field: k, span: e[k]!.at });
  return out;
}

/**
 * Checks a gold file against the shared texts: every article found, every span inside its text and
 * equal to its `text`, types, dates and tolls well formed. Returns one message per problem.
 */
export function checkGoldFile(path: string, lib: Library): { errors: string[]; articles: number; events: number } {
  const errors: string[] = [];
  const gold = readGoldFile(path);
  const seen = new Set<string>();
  let events = 0;
  for (const g of gold) {
    const where = `${g.source} ${g.id}`;
    if (!ARTICLE_SOURCES.includes(g.source)) { errors.push(`${where}: unknown source`); continue; }
    if (seen.has(articleKey(g))) errors.push(`${where}: listed twice`);
    seen.add(articleKey(g));
    const a = lib.get(g.source, g.id);
    if (!a) { errors.push(`${where}: no such article in the shared file`); continue; }
    const inText = (s: GoldSpan): boolean => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= a.text.length;
    for (const s of g.ignore ?? []) if (!inText(s)) errors.push(`${where}: ignore region ${s.start}-${s.end} outside the text`);
    g.events.forEach((e, k) => {
      events++;
      const ew = `${where} event ${k + 1} (${e.type})`;
      for (const t of [e.type, ...(e.types ?? [])]) if (!PLOVER.has(t)) errors.push(`${ew}: unknown type ${t}`);
      if (!e.evidence.length) errors.push(`${ew}: no evidence`);
      if (e.date) {
        const d = e.date;
        if (!ISO_DAY.test(d.start) || !ISO_DAY.test(d.end) || d.start > d.end) errors.push(`${ew}: bad date ${d.start}..${d.end}`);
        if (!PRECISIONS.has(d.precision)) errors.push(`${ew}: bad date precision ${d.precision}`);
      }
      if (e.place && e.place.country !== null && !/^[A-Z]{2}$/.test(e.place.country)) errors.push(`${ew}: country must be ISO alpha-2`);
      for (const k2 of ['killed', 'injured', 'perpetratorKilled'] as const) {
        const t = e[k2];
        if (t && !t.vague && !(Number.isInteger(t.value) && t.value! >= 0)) errors.push(`${ew}: ${k2} must be a count`);
      }
      for (const { field, span } of spansOf(e)) {
        if (!span) continue;
        if (!inText(span)) { errors.push(`${ew}: ${field} span ${span.start}-${span.end} outside the text`); continue; }
        if (span.text !== undefined && a.text.slice(span.start, span.end) !== span.text) {
          errors.push(`${ew}: ${field} span ${span.start}-${span.end} reads "${a.text.slice(span.start, span.end)}", not "${span.text}"`);
        }
      }
    });
  }
  return { errors, articles: gold.length, events };
}

/** Loads the gold with its texts and builds the engine inputs (external id = `source:id`). */
export function loadArticleGold(path: string, limit?: number, raw = sharedRaw(path)): { articles: LoadedArticle[]; inputs: RawRecord[]; missing: string[] } {
  const lib = sourceLibrary(raw);
  const articles: LoadedArticle[] = [];
  const inputs: RawRecord[] = [];
  const missing: string[] = [];
  for (const g of readGoldFile(path)) {
    if (limit !== undefined && articles.length >= limit) break;
    const a = lib.get(g.source, g.id);
    if (!a) { missing.push(articleKey(g)); continue; }
    const key = articleKey(g);
    articles.push({ ...g, key, text: a.text });
    inputs.push(goldInput(join(raw, g.source), key, a.text, { published: a.published, source: null, title: a.title }));
  }
  return { articles, inputs, missing };
}

// ---------------------------------------------------------------- scoring

interface Span { readonly start: number; readonly end: number }
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Maps a span of the cleaned text to the raw text through the cleaner's offset map (null when it falls in no segment). */
export function toRaw(span: Span, map: readonly OffsetSegment[] | null): Span | null {
  if (!map) return span;
  const at = (pos: number, end: boolean): number | null => {
    for (const s of map) if (end ? pos > s.start && pos <= s.end : pos >= s.start && pos < s.end) return s.rawStart + (pos - s.start);
    return null;
  };
  const start = at(span.start, false), end = at(span.end, true);
  return start === null || end === null ? null : { start, end };
}

/** What the scorer needs of one article's engine output. */
export interface EngineArticle { readonly events: readonly ReportEvent[]; readonly offsetMap: readonly OffsetSegment[] | null; readonly reportArticleId: string | null }

const typesOf = (g: GoldArticleEvent): string[] => [...new Set([g.type, ...(g.types ?? [])])];

const GENERIC_PLACE = new Set(['city', 'town', 'village', 'province', 'governorate', 'district', 'county', 'region', 'state', 'the', 'of', 'area', 'neighborhood', 'neighbourhood']);
const placeKey = (s: string): string => fold(s).split(' ').filter((w) => w && !GENERIC_PLACE.has(w)).join('');

export function placeMatches(pred: ReportEvent['location'], gold: NonNullable<GoldArticleEvent['place']>, aliases: readonly string[] = []): boolean {
  if (!pred?.name) return false;
  if (gold.country && pred.country && pred.country.toUpperCase() !== gold.country) return false;
  const goldKeys = new Set([gold.name, ...(gold.also ?? [])].map(placeKey).filter(Boolean));
  return [pred.name, ...aliases].some((n) => goldKeys.has(placeKey(n)));
}

const ACTOR_GENERIC = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'four', 'five', 'other', 'others', 'another',
  'several', 'some', 'forces', 'force', 'troops', 'military', 'army', 'security', 'group', 'fighters', 'militants', 'government', 'officials', 'people', 'unidentified', 'unknown', 'year', 'old']);
const singular = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const contentWords = (s: string): string[] => fold(s).split(' ').filter((w) => w && !ACTOR_GENERIC.has(w) && !/^\d+$/.test(w)).map(singular);

/** Does an engine actor (its name and its entity's aliases) name this gold actor? Same actor by name rules, or a distinctive word shared. */
export function actorNamesGold(predNames: readonly string[], gold: GoldActor): boolean {
  const golds = [gold.name, ...(gold.also ?? []), ...(gold.at?.text ? [gold.at.text] : [])];
  if (golds.some((g) => actorMatches(predNames, g))) return true;
  const gw = new Set(golds.flatMap(contentWords));
  if (gw.size) return predNames.some((p) => contentWords(p).some((w) => gw.has(w)));
  // a gold made of generic words only ("four people", "the government"): its head word must be the engine's
  const head = (s: string): string => singular(fold(s).split(' ').pop() ?? '');
  const heads = new Set(golds.map(head).filter(Boolean));
  return predNames.some((p) => heads.has(head(p)));
}

/** A gold actor given by name ("Oscar Garcia", "Isis"), not by description ("a 23-year-old man", "The parents"). */
const isNamed = (x: GoldActor): boolean => /^\p{Lu}/u.test(x.name) && !/^(A|An|The|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Another|Other|Her|His|Their|Its)\b/.test(x.name);

type RoleOutcome = { ok: boolean; filled: boolean; counted: boolean; gold: string; pred: string };

function compareActors(role: 'agent' | 'target', pred: ReportEvent, gold: readonly GoldActor[] | undefined, aliasesOf: (entity: string | null | undefined) => string[]): RoleOutcome {
  const mine = pred.actors.filter((a) => a.role === role);
  const g = gold ?? [];
  const goldText = g.length ? g.map((a) => a.name).join('; ') : '(none named)';
  const predText = mine.length ? mine.map((a) => a.name).join('; ') : '—';
  if (!g.length) return { ok: mine.length === 0, filled: mine.length > 0, counted: true, gold: goldText, pred: predText };
  const ok = mine.length > 0 && mine.every((a) => g.some((x) => actorNamesGold([a.name, ...aliasesOf(a.entity)], x)));
  return { ok, filled: mine.length > 0, counted: true, gold: goldText, pred: predText };
}

function compareToll(pred: ReportEvent, kind: 'killed' | 'injured', gold: GoldArticleEvent): RoleOutcome {
  const c = pred.casualties?.[kind];
  const min = typeof c?.min === 'number' ? c.min : null;
  const max = c ? (c.max === undefined ? min : c.max) : null;
  const predText = min === null ? '—' : max === null ? `≥${min}` : max === min ? String(min) : `${min}-${max}`;
  const t = gold[kind];
  if (!t) {
    // the text gives no figure: a positive count is invented (an age, a year, a calibre ...)
    const invented = min !== null && min > 0;
    return { ok: !invented, filled: min !== null, counted: invented, gold: '(not stated)', pred: predText };
  }
  if (t.vague || t.value === null) return { ok: true, filled: min !== null, counted: false, gold: 'vague', pred: predText };
  const accepted = new Set([t.value]);
  if (kind === 'killed' && gold.perpetratorKilled?.value) accepted.add(t.value + gold.perpetratorKilled.value);
  const goldText = `${t.atLeast ? '≥' : ''}${t.value}${accepted.size > 1 ? ` (or ${[...accepted][1]} with the perpetrators)` : ''}`;
  if (min === null) return { ok: t.value === 0, filled: false, counted: true, gold: goldText, pred: predText };
  const ok = accepted.has(min) && (t.atLeast ? true : max === min || max === null);
  return { ok, filled: true, counted: true, gold: goldText, pred: predText };
}

const day = (s: string): string => s.slice(0, 10);

/** One matched, missed or false event, for the per-record listing. */
export interface ArticleOutcome extends Outcome { readonly source: string }

export interface ArticleScore {
  readonly metrics: MetricRow[];
  readonly results: RecordResult[];
  readonly calibration: CalibrationRow[];
  readonly bySource: { source: string; gold: number; engine: number; matched: number }[];
  /** why engine events were false and gold events missed, counted */
  readonly errors: Record<string, number>;
}

export interface CalibrationRow { readonly bucket: string; readonly lo: number; readonly hi: number; readonly events: number; readonly matched: number; readonly share: number | null; readonly fieldsRight: number }

export const CALIBRATION_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export const FIELD_ROWS = ['date', 'place', 'agent', 'target', 'killed', 'injured'] as const;

/**
 * Scores the engine's events of each article against its gold events. `engineOf` gives, per article
 * key, the asserted events that have a report in it and the cleaned text's offset map.
 */
export function scoreArticles(articles: readonly LoadedArticle[], engineOf: (key: string) => EngineArticle, index: Pick<ReportIndex, 'entity'>): ArticleScore {
  const tally = new Tally(['event.precision', 'event.recall', ...FIELD_ROWS]);
  const results: RecordResult[] = [];
  const calib = CALIBRATION_EDGES.slice(0, -1).map((lo, i) => ({ lo, hi: CALIBRATION_EDGES[i + 1]!, events: 0, matched: 0, fieldsRight: 0 }));
  const bySource = new Map<string, { gold: number; engine: number; matched: number }>();
  const errors: Record<string, number> = {};
  const err = (k: string): void => { errors[k] = (errors[k] ?? 0) + 1; };
  const aliasesOf = (id: string | null | undefined): string[] => { const e = index.entity(id); return e ? [e.name, ...(e.aliases ?? [])] : []; };
  let precN = 0, precOk = 0, recN = 0, recOk = 0;
  const named = { agent: { n: 0, ok: 0 }, target: { n: 0, ok: 0 } };
  for (const art of articles) {
    const eng = engineOf(art.key);
    const src = bySource.get(art.source) ?? { gold: 0, engine: 0, matched: 0 };
    bySource.set(art.source, src);
    const outcomes: Outcome[] = [];
    // engine events with their report spans in raw offsets
    const preds = eng.events.map((e) => ({
      e,
      spans: e.reports.filter((r) => eng.reportArticleId === null || r.article === eng.reportArticleId).map((r) => toRaw(r, eng.offsetMap)).filter((s): s is Span => !!s),
    }));
    const ignored = (p: { spans: Span[] }): boolean => !!art.ignore?.length && p.spans.length > 0 && p.spans.every((s) => art.ignore!.some((r) => overlap(s, r) === s.end - s.start));
    const live = preds.filter((p) => !ignored(p));
    // candidate pairs, most overlap first
    const pairs: { g: number; p: number; ov: number }[] = [];
    art.events.forEach((g, gi) => live.forEach((p, pi) => {
      if (!typesOf(g).includes(String(p.e.type).toUpperCase())) return;
      const ov = p.spans.reduce((s, sp) => s + g.evidence.reduce((t, ev) => t + overlap(sp, ev), 0), 0);
      if (ov > 0) pairs.push({ g: gi, p: pi, ov });
    }));
    pairs.sort((a, b) => b.ov - a.ov || a.g - b.g || a.p - b.p);
    const gMatch = new Map<number, number>(), pMatch = new Map<number, number>();
    for (const x of pairs) if (!gMatch.has(x.g) && !pMatch.has(x.p)) { gMatch.set(x.g, x.p); pMatch.set(x.p, x.g); }
    // second pass, same incident told in a sentence the gold does not list: an accepted type and a shared named actor, or the gold place with a date inside the gold's
    const sameIncident = (g: GoldArticleEvent, e: ReportEvent): boolean => {
      if (!typesOf(g).includes(String(e.type).toUpperCase())) return false;
      const golds = [...(g.agent ?? []), ...(g.target ?? [])];
      if (e.actors.some((a) => a.role !== 'other' && golds.some((x) => isNamed(x) && actorNamesGold([a.name, ...aliasesOf(a.entity)], x)))) return true;
      // the gold place, the only gold incident of the type there, and no date against it
      if (!g.place || !placeMatches(e.location, g.place, aliasesOf(e.location?.entity))) return false;
      const rivals = art.events.filter((x) => x !== g && x.place && typesOf(x).includes(String(e.type).toUpperCase()) && placeMatches(e.location, x.place, aliasesOf(e.location?.entity)));
      const dateClash = !!g.date && !!e.date && (day(e.date.end) < g.date.start || day(e.date.start) > g.date.end);
      return rivals.length === 0 && !dateClash;
    };
    art.events.forEach((g, gi) => {
      if (gMatch.has(gi)) return;
      const pi = live.findIndex((p, k) => !pMatch.has(k) && sameIncident(g, p.e));
      if (pi >= 0) { gMatch.set(gi, pi); pMatch.set(pi, gi); }
    });
    const label = (e: ReportEvent): string => `${e.type}${e.mode ? '/' + e.mode : ''} ${e.id} "${(e.reports[0]?.text ?? '').replace(/\s+/g, ' ').slice(0, 90)}"`;
    const goldLabel = (g: GoldArticleEvent): string => `${typesOf(g).join('|')}${g.mode ? '/' + g.mode : ''} "${art.text.slice(g.evidence[0]!.start, Math.min(g.evidence[0]!.end, g.evidence[0]!.start + 90)).replace(/\s+/g, ' ')}"`;
    // precision: every live engine event
    live.forEach((p, pi) => {
      precN++; src.engine++;
      const gi = pMatch.get(pi);
      const ok = gi !== undefined;
      if (ok) precOk++;
      let why = '';
      if (!ok) {
        const touches = art.events.map((g, k) => ({ g, k, ov: p.spans.reduce((s, sp) => s + g.evidence.reduce((t, ev) => t + overlap(sp, ev), 0), 0) })).filter((x) => x.ov > 0);
        why = touches.some((x) => typesOf(x.g).includes(String(p.e.type).toUpperCase())) || art.events.some((g) => sameIncident(g, p.e)) ? 'second event for one gold incident'
          : touches.length ? 'wrong type for the gold incident' : 'no gold event in its sentences';
        err(`false event: ${why}`);
      }
      outcomes.push({ metric: 'event.precision', ok, filled: true, gold: ok ? goldLabel(art.events[gi]!) : `— (${why})`, pred: label(p.e) });
      const conf = typeof (p.e as { confidence?: number }).confidence === 'number' ? (p.e as { confidence?: number }).confidence! : null;
      if (conf !== null) {
        const b = calib.find((c) => conf >= c.lo && conf < c.hi);
        if (b) { b.events++; if (ok) b.matched++; }
      }
    });
    // recall and fields
    art.events.forEach((g, gi) => {
      recN++; src.gold++;
      const pi = gMatch.get(gi);
      if (pi === undefined) {
        const near = live.some((p) => p.spans.some((sp) => g.evidence.some((ev) => overlap(sp, ev) > 0)));
        err(near ? 'missed: an engine event of another type on its sentences' : 'missed: no engine event on its sentences');
        outcomes.push({ metric: 'event.recall', ok: false, filled: false, gold: goldLabel(g), pred: near ? '(only other types there)' : '—' });
        return;
      }
      recOk++; src.matched++;
      const e = live[pi]!.e;
      outcomes.push({ metric: 'event.recall', ok: true, filled: true, gold: goldLabel(g), pred: label(e) });
      let allRight = true;
      const put = (metric: string, r: RoleOutcome): void => {
        if (!r.counted) return;
        if (!r.ok) { allRight = false; err(`wrong ${metric}${r.filled ? (r.gold.startsWith('(') ? ' (the gold has none)' : '') : ' (the engine gave none)'}`); }
        if ((metric === 'agent' || metric === 'target') && !r.gold.startsWith('(')) { const c = named[metric]; c.n++; if (r.ok) c.ok++; }
        const o: Outcome = { metric, ok: r.ok, filled: r.filled, gold: r.gold, pred: r.pred };
        outcomes.push(o); tally.add(o);
      };
      if (g.date) {
        const d = e.date;
        const ok = !!d && day(d.start) >= g.date.start && day(d.end) <= g.date.end;
        put('date', { ok, filled: !!d, counted: true, gold: g.date.start === g.date.end ? g.date.start : `${g.date.start}..${g.date.end}`, pred: d ? (day(d.start) === day(d.end) ? day(d.start) : `${day(d.start)}..${day(d.end)}`) : '—' });
      }
      if (g.place) {
        const ok = placeMatches(e.location, g.place, aliasesOf(e.location?.entity));
        put('place', { ok, filled: !!e.location, counted: true, gold: `${g.place.name} (${g.place.country ?? '?'})`, pred: e.location ? `${e.location.name} (${e.location.country ?? '?'})` : '—' });
      }
      put('agent', compareActors('agent', e, g.agent, aliasesOf));
      put('target', compareActors('target', e, g.target, aliasesOf));
      put('killed', compareToll(e, 'killed', g));
      put('injured', compareToll(e, 'injured', g));
      const conf = (e as { confidence?: number }).confidence;
      if (allRight && typeof conf === 'number') { const b = calib.find((c) => conf >= c.lo && conf < c.hi); if (b) b.fieldsRight++; }
    });
    results.push({ id: art.key, article: art.key, text: art.text, event: live.map((p) => p.e.id).join(', ') || null, outcomes });
  }
  tally.set('event.precision', { n: precN, filled: precN, correct: precOk });
  tally.set('event.recall', { n: recN, filled: recOk, correct: recOk });
  const p = precN ? precOk / precN : null, r = recN ? recOk / recN : null;
  for (const k of ['agent', 'target'] as const) tally.extra(k, { named: named[k].n, namedRight: named[k].ok });
  tally.extra('event.precision', { f1: p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : null });
  const calibration = calib.map((c) => ({ bucket: `${c.lo.toFixed(1)}–${Math.min(c.hi, 1).toFixed(1)}`, ...c, hi: Math.min(c.hi, 1), share: c.events ? c.matched / c.events : null }));
  return { metrics: tally.result(), results, calibration, bySource: [...bySource].map(([source, v]) => ({ source, ...v })), errors };
}

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(0)}%`);

export function calibrationTable(rows: readonly CalibrationRow[]): string {
  const head = 'confidence   events   real events (matched)   share   matched with every field right';
  return [head, '-'.repeat(head.length), ...rows.map((r) => `${r.bucket.padEnd(11)}${String(r.events).padStart(8)}${String(r.matched).padStart(24)}${pct(r.share).padStart(8)}${String(r.fieldsRight).padStart(33)}`)].join('\n');
}

export function sourceTable(rows: ArticleScore['bySource']): string {
  const head = 'source        gold events   engine events   matched   precision   recall';
  return [head, '-'.repeat(head.length), ...rows.map((r) => `${r.source.padEnd(12)}${String(r.gold).padStart(13)}${String(r.engine).padStart(16)}${String(r.matched).padStart(10)}${pct(r.engine ? r.matched / r.engine : null).padStart(12)}${pct(r.gold ? r.matched / r.gold : null).padStart(9)}`)].join('\n');
}
