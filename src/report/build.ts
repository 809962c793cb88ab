/**
 * Builds the report for a set of stored articles: their metadata and text, canonical entities over
 * their mentions, the canonical events they report (with every report, conflict and evidence span),
 * stories, quotes, figures and a timeline.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Doc } from '../core/model/doc.js';
import type { FusedEvent } from '../core/model/event.js';
import { makeSpan, type Span } from '../core/span.js';
import { GENERATOR_NAME, PIPELINE_VERSION } from '../core/version.js';
import { getArticles, getAnalyses } from '../store/repos/articles.js';
import { eventsForArticles } from '../store/repos/events.js';
import { canonicalEntities } from '../fuse/entities.js';
import { buildStories, nearDuplicates, independentSources, timeline, type TimelineEntry } from '../fuse/index.js';
import type { ArticleRelation } from '../fuse/shingles.js';
import type { Resources } from '../resources/index.js';
import type { Report, ReportEvent, ReportTimelineEntry } from './types.js';
import { reportEvent } from './event.js';

export type { Report } from './types.js';

const sortEvents = (a: FusedEvent, b: FusedEvent): number => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999') || a.id.localeCompare(b.id);


export async function buildReport(db: Kysely<Database>, ids: readonly string[], resources: Resources): Promise<Report> {
  const { kb } = resources;
  const { articles, docs, entities, span, mentionSpans, sourceOf, relations, independent } = await reportContext(db, ids, kb);
  const fused = (await eventsForArticles(db, ids)).sort(sortEvents);
  const toEvent = (e: FusedEvent): ReportEvent =>
    reportEvent(resources, e, (a) => sourceOf.get(a) ?? a, independent([...new Set(e.reports.map((r) => r.article))]));
  // the ledger: events told as having happened, within its scope (an accident is listed apart, under outOfScope)
  const asserted = fused.filter((e) => e.modality === 'asserted' && !e.scope);
  const entry = (t: TimelineEntry): ReportTimelineEntry => ({ event: t.event, date: t.date, type: t.type, mode: t.mode, title: t.label, place: t.place, background: t.background, articles: t.articles });
  // the whole timeline, once: a story's timeline is its part of it (the order is total, so filtering
  // the ordered list gives what ordering the story's events would)
  const ordered = timeline(asserted, { includeBackground: true });
  const stories = buildStories(docs.map((d) => ({ article: d.article, mentions: d.mentions })), asserted, { relations }).map((s) => {
    const mine = new Set([...s.events, ...s.background]);
    return {
      id: s.id, title: s.title, articles: s.articles, events: s.events, background: s.background,
      timeline: ordered.filter((t) => mine.has(t.event)).map(entry),
    };
  });
  // per entity: the events it takes part in, as an actor or as the place, in date order
  const eventsOf = new Map<string, string[]>();
  const byId = new Map(asserted.map((e) => [e.id, e]));
  for (const t of ordered) {
    const e = byId.get(t.event)!;
    for (const k of new Set([...e.actors.map((a) => a.entity), e.location?.entity].filter((x): x is string => !!x))) {
      const l = eventsOf.get(k);
      if (l) l.push(e.id); else eventsOf.set(k, [e.id]);
    }
  }
  return {
    generator: { name: GENERATOR_NAME, version: PIPELINE_VERSION, pipeline: PIPELINE_VERSION },
    articles: articles.map((a) => ({ id: a.id, file: a.file, url: a.url, externalId: a.externalId, title: a.title, source: a.source, published: a.published, publishedInferred: a.publishedInferred, dateline: a.dateline, outletFromText: a.outletFromText, diagnostics: a.diagnostics, text: a.text })),
    entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, country: e.country, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, admin1: e.geo?.admin1 ?? null, precision: e.geo?.precision ?? null, mentions: mentionSpans.get(e.id) ?? [], events: eventsOf.get(e.id) ?? [] })),
    events: asserted.map(toEvent),
    statements: fused.filter((e) => e.modality !== 'asserted').map(toEvent),
    outOfScope: fused.filter((e) => e.modality === 'asserted' && e.scope).map(toEvent),
    stories,
    quotes: docs.flatMap((d) => d.quotes.map((q) => ({ speaker: q.speaker, entity: q.speakerKey, direct: q.direct, evidence: span(d, q) }))),
    figures: docs.flatMap((d) => d.figures.map((f) => ({ value: f.value, max: f.max, approximate: f.approximate, what: f.what, evidence: span(d, f) }))),
    timeline: ordered.map(entry),
    relations,
  };
}

/**
 * What the report reads of the store's articles besides their events: the articles, their stored analyses as docs,
 * canonical entities with their mention spans, each article's source, near-duplicate relations and the count of
 * independent sources among a set of articles (over the relations among those articles only). Shared by
 * buildReport and the streamed JSON report (stream-report.ts), which must give the same bytes.
 */
export async function reportContext(db: Kysely<Database>, ids: readonly string[], kb: Resources['kb']) {
  const articles = await getArticles(db, ids);
  const analyses = new Map((await getAnalyses(db, ids, PIPELINE_VERSION)).map((a) => [a.articleId, a.result]));
  const docs: Doc[] = articles.map((a) => {
    const r = analyses.get(a.id);
    return { article: a, reference: r?.reference ?? null, sentences: [], tokens: [], mentions: (r?.mentions ?? []) as Doc['mentions'], times: (r?.times ?? []) as Doc['times'], figures: (r?.figures ?? []) as Doc['figures'], quotes: (r?.quotes ?? []) as Doc['quotes'], events: (r?.events ?? []) as Doc['events'] };
  });
  analyses.clear();
  const entities = canonicalEntities(docs, [], kb);
  const span = (d: Doc, r: { start: number; end: number }): Span => makeSpan(d.article.id, d.article.text, r.start, r.end);
  const mentionSpans = new Map<string, Span[]>();
  for (const d of docs) for (const m of d.mentions) {
    const l = mentionSpans.get(m.key) ?? [];
    l.push(span(d, m));
    mentionSpans.set(m.key, l);
  }
  const sourceOf = new Map(articles.map((a) => [a.id, a.source ?? a.outletFromText ?? a.file ?? a.id]));
  const relations = nearDuplicates(articles);
  // each event counts its sources over the relations among its own articles, found by article (not by
  // scanning every relation of the report for every event)
  const relationsOf = new Map<string, ArticleRelation[]>();
  for (const r of relations) for (const x of [r.a, r.b]) { const l = relationsOf.get(x); if (l) l.push(r); else relationsOf.set(x, [r]); }
  const independent = (ids: readonly string[]): number => independentSources(ids, ids.flatMap((id) => (relationsOf.get(id) ?? []).filter((r) => r.a === id)));
  return { articles, docs, entities, span, mentionSpans, sourceOf, relations, relationsOf, independent };
}
