/**
 * Incremental event fusion: each report of an article is compared with the canonical events of its
 * block and merged into the best one that scores above the threshold, or becomes a new canonical event.
 * Merging appends the report's evidence and re-consolidates, so fields, conflicts and reports always
 * reflect every member. Re-running an article that is already a member changes nothing (stable ids).
 */
import type { Article } from '../core/model/article.js';
import type { EntityType, Mention } from '../core/model/entity.js';
import type { ExtractedEvent, FusedEvent } from '../core/model/event.js';
import { makeSpan, type Range, type Span } from '../core/span.js';
import { evidenceOf, mergeEvidence } from './evidence.js';
import { identityEvidence, identitySet, oneIncident } from './identity.js';
import { familyOf } from './family.js';
import { consolidate } from './consolidate.js';
import { shareArticle, viewOfExtracted, viewOfFused, type EventView } from './view.js';
import { DEFAULT_THRESHOLD, scoreMerge } from './score.js';
import { blockQueryOf } from './block.js';
import { fusedIdOf } from './ids.js';
import { MemoryEventIndex } from './memory-index.js';
import type { EventIndex } from './event-index.js';

export interface FuseOptions {
  /** minimum score to merge into an existing canonical event (default 0.35) */
  readonly threshold?: number;
  /** the article's sentences (doc.sentences), for widening evidence to its sentence */
  readonly sentences?: readonly Range[];
}

export interface FuseDecision {
  readonly article: string;
  readonly event: string;
  readonly fused: string;
  readonly merged: boolean;
  readonly score: number | null;
  readonly reasons: string[];
  /** candidates looked at and why they were not taken */
  readonly rejected: { id: string; score: number; veto: string | null; against?: string[] }[];
}

export interface FuseResult {
  /** canonical events created or changed, in the order first touched */
  readonly upserted: FusedEvent[];
  /** canonical events absorbed by others (joined through a report that singles out each of them) */
  readonly removed: string[];
  readonly decisions: FuseDecision[];
}

/** Views of canonical events, computed once per (immutable) event object. */
const views = new WeakMap<FusedEvent, EventView>();
function viewOf(f: FusedEvent): EventView {
  let v = views.get(f);
  if (!v) views.set(f, (v = viewOfFused(f)));
  return v;
}

const isIndex = (x: EventIndex | readonly FusedEvent[]): x is EventIndex => !Array.isArray(x);

function typeLookup(mentions: readonly Mention[] | ReadonlyMap<string, Mention | Mention[]> | null | undefined): (key: string) => EntityType | undefined {
  const m = new Map<string, EntityType>();
  if (mentions && 'get' in mentions) {
    for (const [k, v] of mentions as ReadonlyMap<string, Mention | Mention[]>) { const first = Array.isArray(v) ? v[0] : v; if (first) m.set(k, first.type); }
  } else for (const x of (mentions as readonly Mention[] | null | undefined) ?? []) if (!m.has(x.key)) m.set(x.key, x.type);
  return (k) => m.get(k);
}

function unionSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const seen = new Set(a.map((s) => `${s.article}:${s.start}:${s.end}`));
  const out = [...a];
  for (const s of b) if (!seen.has(`${s.article}:${s.start}:${s.end}`)) { seen.add(`${s.article}:${s.start}:${s.end}`); out.push(s); }
  return out;
}

/** Families and modalities never match, so they say nothing about a look-alike. */
const UNRELATED = /^(families differ|modality)/;

/**
 * What kept a new event apart from its closest look-alike (the best-scoring candidate of its kind): the
 * veto, or the score with the details that told them apart.
 */
function keptApartLine(rejected: FuseDecision['rejected']): string | null {
  const close = rejected.filter((r) => !UNRELATED.test(r.veto ?? '')).sort((a, b) => b.score - a.score)[0];
  if (!close) return null;
  const why = close.veto ?? `score ${close.score.toFixed(2)} below the threshold`;
  return `kept apart from ${close.id}: ${why}${close.against?.length ? '; against: ' + close.against.join('; ') : ''}`;
}

/**
 * Other stored events a report joins to the one it merges into: each shares a specific detail with the report
 * (a person named, a place below the city, the same people by age ...), and nothing keeps it apart from the
 * chosen event (no veto between the two — dates, places, families, modality — and no detail that differs). Events that one article tells
 * as separate events stay apart: that article told them apart.
 */
function joinable(into: FusedEvent, specific: readonly { f: FusedEvent; score: number; reasons: string[] }[], source: string, event: string): { f: FusedEvent; line: string }[] {
  const out: { f: FusedEvent; line: string }[] = [];
  for (const s of specific) {
    if (s.f === into || shareArticle(viewOf(s.f), viewOf(into)) || out.some((o) => shareArticle(viewOf(o.f), viewOf(s.f)))) continue;
    const between = scoreMerge(viewOf(into), viewOf(s.f));
    // (they need no detail in common: the report has one with each; but any detail that tells them apart, such as
    // different ages or tolls, keeps them apart: the report may tell two incidents, one recalled beside the other)
    if ((between.veto && !between.lacksDetail) || between.against.length) continue;
    out.push({ f: s.f, line: `${s.f.id} joined: ${source}:${event} is a report of both (with ${s.f.id}: ${s.reasons.join('; ')}; between them: ${between.reasons.join('; ') || 'nothing against'})` });
  }
  return out;
}

/**
 * Fuses one article's events into `store` (an EventIndex, updated in place, or a list of candidate
 * canonical events loaded by the caller through blockWindowsFor).
 */
export function fuseArticleEvents(
  article: Article,
  events: readonly ExtractedEvent[],
  mentions: readonly Mention[] | ReadonlyMap<string, Mention | Mention[]> | null,
  store: EventIndex | readonly FusedEvent[],
  opts: FuseOptions = {},
): FuseResult {
  const index = isIndex(store) ? store : new MemoryEventIndex(store);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const typeOf = typeLookup(mentions);
  const upserted = new Map<string, FusedEvent>();
  const removed: string[] = [];
  const decisions: FuseDecision[] = [];
  for (const e of events) {
    const identity = identityEvidence(article, e, mentions, opts.sentences, oneIncident(e, events, (x) => familyOf(x.type, x.mode)));
    const ev = { ...evidenceOf(article, e, { ...(opts.sentences ? { sentences: opts.sentences } : {}), typeOf }), ...identity };
    const view = viewOfExtracted(article, e, typeOf, identity);
    const cands = index.candidates({ ...blockQueryOf(article, e, typeOf), names: [...identitySet(identity, 'names')] });
    const already = cands.find((c) => c.members.some((m) => m.article === article.id && m.event === e.id));
    if (already) {
      decisions.push({ article: article.id, event: e.id, fused: already.id, merged: false, score: null, reasons: ['already a member'], rejected: [] });
      continue;
    }
    let best: { f: FusedEvent; score: number; reasons: string[]; against: string[]; genericOnly: boolean } | null = null;
    const rejected: FuseDecision['rejected'] = [];
    const generic: FusedEvent[] = [];
    const specific: { f: FusedEvent; score: number; reasons: string[] }[] = [];
    for (const c of cands) {
      const s = scoreMerge(view, viewOf(c));
      const passes = !s.veto && s.score >= threshold;
      if (passes && s.genericOnly) generic.push(c);
      else if (passes) specific.push({ f: c, score: s.score, reasons: s.specific });
      if (passes && (!best || s.score > best.score)) {
        if (best) rejected.push({ id: best.f.id, score: best.score, veto: null });
        best = { f: c, score: s.score, reasons: s.reasons, against: s.against, genericOnly: s.genericOnly };
      } else rejected.push({ id: c.id, score: s.score, veto: s.veto, against: s.against });
    }
    // same day and town but nothing specific: when stored events from different articles fit that way, they are look-alikes
    // and none is chosen (events that share an article are parts of one report, not look-alikes)
    const lookAlikes = generic.filter((g) => g !== best?.f && !g.members.some((m) => best?.f.members.some((n) => n.article === m.article)));
    if (best && best.genericOnly && lookAlikes.length) {
      rejected.push({ id: best.f.id, score: best.score, veto: `${lookAlikes.length + 1} events that day in that place and no specific detail shared` });
      best = null;
    }
    const reports = e.sentences.map((r) => makeSpan(article.id, article.text, r.start, r.end));
    const member = { article: article.id, event: e.id };
    let fused: FusedEvent;
    if (best) {
      let c = best.f;
      // the report singles out other stored events as well as the best: they are reports of its incident kept apart
      // so far (read before the detail that ties them, or dated by their own later news); they join it
      for (const j of joinable(best.f, specific, article.source ?? article.id, e.id)) {
        c = consolidate({
          id: c.id, reports: unionSpans(c.reports, j.f.reports), members: [...c.members, ...j.f.members],
          mergedBecause: [...c.mergedBecause, ...j.f.mergedBecause, j.line],
          rules: [...new Set([...c.rules, ...j.f.rules, 'fuse/join'])],
          confidence: Math.min(0.99, 1 - (1 - c.confidence) * (1 - j.f.confidence)),
        }, mergeEvidence(c.evidence, j.f.evidence as Parameters<typeof mergeEvidence>[1]));
        index.delete(j.f.id);
        upserted.delete(j.f.id);
        removed.push(j.f.id);
      }
      const line = `${article.source ?? article.id}:${e.id} → ${c.id} (score ${best.score.toFixed(2)}): for: ${best.reasons.filter((r) => !best!.against.includes(r)).join('; ')}${best.against.length ? '; against: ' + best.against.join('; ') : ''}${best.genericOnly ? '; no specific detail, but the only event that day in that place' : ''}`;
      const newArticle = !c.members.some((m) => m.article === article.id);
      fused = consolidate({
        id: c.id, reports: unionSpans(c.reports, reports), members: [...c.members, member],
        mergedBecause: [...c.mergedBecause, line],
        rules: [...new Set([...c.rules, e.rule, 'fuse/merge'])],
        confidence: Math.min(0.99, newArticle ? 1 - (1 - c.confidence) * (1 - e.confidence) : Math.max(c.confidence, e.confidence)),
      }, mergeEvidence(c.evidence, ev));
    } else {
      const apart = keptApartLine(rejected);
      fused = consolidate({ id: fusedIdOf(article.id, e.id), reports: unionSpans([], reports), members: [member], mergedBecause: apart ? [`${article.source ?? article.id}:${e.id} ${apart}`] : [], rules: [e.rule], confidence: e.confidence }, ev);
    }
    index.put(fused);
    upserted.set(fused.id, fused);
    decisions.push({ article: article.id, event: e.id, fused: fused.id, merged: !!best, score: best?.score ?? null, reasons: best?.reasons ?? [], rejected });
  }
  return { upserted: [...upserted.values()], removed, decisions };
}

