/**
 * The whole-store JSON report written section by section as it is built, byte for byte what
 * `jsonChunks(filterByConfidence(buildReport(all articles), min))` writes, without ever holding the
 * report: the events, statements and out-of-scope events are read from the store a page at a time, each
 * turned into its report form, filtered by confidence and written, so no section of report events and no
 * parsed whole event outlives its page.
 *
 * What cannot be streamed without changing the output, and is held instead: the articles with their
 * analyses (canonical entities, near-duplicate relations and stories are computed over all of them, and
 * quotes and figures are cut from their texts), and for stories, the timeline and entities' event lists a
 * summary of every asserted event — the event without its report texts past the first, its evidence and
 * merge reasons, which are what make a stored event large (stories and the timeline read only its id,
 * date, type, place, actors, members, conflicts and first report, and a background event's reports).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { FusedEvent } from '../core/model/event.js';
import { GENERATOR_NAME, PIPELINE_VERSION } from '../core/version.js';
import { allArticleIds } from '../store/repos/articles.js';
import { eventKeys, eventsOf } from '../store/repos/events.js';
import { buildStories, timeline, type TimelineEntry } from '../fuse/index.js';
import type { Resources } from '../resources/index.js';
import type { ReportTimelineEntry } from './types.js';
import { reportEvent } from './event.js';
import { jsonChunks } from './json-chunks.js';
import { reportContext } from './build.js';
import { PAGE, type BlockWriter } from './stream-export.js';

type Key = { id: string; rev: string };

/** Where an event goes in the report (as build.ts sorts them). */
const sectionOf = (e: FusedEvent): 'events' | 'statements' | 'outOfScope' =>
  e.modality !== 'asserted' ? 'statements' : e.scope ? 'outOfScope' : 'events';

/** An asserted event as stories and the timeline read it (see the header): the large parts left out. */
const summaryOf = (e: FusedEvent): FusedEvent => ({ ...e, reports: e.background ? e.reports : e.reports.slice(0, 1), evidence: {}, mergedBecause: [] });

/** Writes one array-valued member of the top-level object, as jsonChunks(report) would (depth 2). */
async function member(out: BlockWriter, key: string, items: Iterable<unknown> | AsyncIterable<unknown>): Promise<void> {
  await out.write(',\n  ' + JSON.stringify(key) + ': ');
  let n = 0;
  for await (const v of items) {
    await out.write((n++ ? ',\n    ' : '[\n    ') + [...jsonChunks(v, 0, '    ')].join(''));
  }
  await out.write(n ? '\n  ]' : '[]');
}

export async function streamJsonReport(db: Kysely<Database>, out: BlockWriter, resources: Resources, minConfidence: number | null): Promise<void> {
  const min = minConfidence !== null && minConfidence > 0 ? minConfidence : null;
  // first pass over the events, a page at a time: which section each goes to, whether it passes the
  // confidence filter, and a summary of the asserted ones
  const keys = await eventKeys(db);
  const sections = { events: [] as Key[], statements: [] as Key[], outOfScope: [] as Key[] };
  const asserted: FusedEvent[] = [];
  const passing = new Set<string>();
  for (let i = 0; i < keys.length; i += PAGE) {
    const page = keys.slice(i, i + PAGE);
    const revOf = new Map(page.map((k) => [k.id, k.rev]));
    for (const e of await eventsOf(db, page, { keep: false })) {
      const s = sectionOf(e);
      sections[s].push({ id: e.id, rev: revOf.get(e.id)! });
      if (s === 'events') asserted.push(summaryOf(e));
      // the filter keeps events and statements at or above the threshold everywhere they are named
      if (min === null || (s !== 'outOfScope' && e.confidence >= min)) passing.add(e.id);
    }
  }
  const named = (ids: readonly string[]): string[] => (min === null ? [...ids] : ids.filter((id) => passing.has(id)));

  const ids = await allArticleIds(db);
  const { kb } = resources;
  const { articles, docs, entities, span, mentionSpans, sourceOf, relations, independent } = await reportContext(db, ids, kb);
  const entry = (t: TimelineEntry): ReportTimelineEntry => ({ event: t.event, date: t.date, type: t.type, mode: t.mode, title: t.label, place: t.place, background: t.background, articles: t.articles });
  const ordered = timeline(asserted, { includeBackground: true });
  const stories = buildStories(docs.map((d) => ({ article: d.article, mentions: d.mentions })), asserted, { relations }).map((s) => {
    const mine = new Set([...s.events, ...s.background]);
    return {
      id: s.id, title: s.title, articles: s.articles, events: named(s.events), background: named(s.background),
      timeline: ordered.filter((t) => mine.has(t.event) && (min === null || passing.has(t.event))).map(entry),
    };
  });
  const eventsOfEntity = new Map<string, string[]>();
  const byId = new Map(asserted.map((e) => [e.id, e]));
  for (const t of ordered) {
    const e = byId.get(t.event)!;
    for (const k of new Set([...e.actors.map((a) => a.entity), e.location?.entity].filter((x): x is string => !!x))) {
      const l = eventsOfEntity.get(k);
      if (l) l.push(e.id); else eventsOfEntity.set(k, [e.id]);
    }
  }
  asserted.length = 0;
  byId.clear();

  // the report, member by member, in build.ts's order
  await out.write('{\n  "generator": ' + [...jsonChunks({ name: GENERATOR_NAME, version: PIPELINE_VERSION, pipeline: PIPELINE_VERSION }, 0, '  ')].join(''));
  await member(out, 'articles', articles.map((a) => ({ id: a.id, file: a.file, url: a.url, externalId: a.externalId, title: a.title, source: a.source, published: a.published, publishedInferred: a.publishedInferred, dateline: a.dateline, outletFromText: a.outletFromText, diagnostics: a.diagnostics, text: a.text })));
  await member(out, 'entities', entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, country: e.country, lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, admin1: e.geo?.admin1 ?? null, precision: e.geo?.precision ?? null, mentions: mentionSpans.get(e.id) ?? [], events: named(eventsOfEntity.get(e.id) ?? []) })));
  mentionSpans.clear();
  const reportEvents = async function* (section: Key[]) {
    for (let i = 0; i < section.length; i += PAGE) {
      for (const e of await eventsOf(db, section.slice(i, i + PAGE), { keep: false })) {
        if (min !== null && e.confidence < min) continue;
        yield reportEvent(resources, e, (a) => sourceOf.get(a) ?? a, independent([...new Set(e.reports.map((r) => r.article))]));
      }
    }
  };
  await member(out, 'events', reportEvents(sections.events));
  await member(out, 'statements', reportEvents(sections.statements));
  await member(out, 'outOfScope', reportEvents(sections.outOfScope));
  await member(out, 'stories', stories);
  await member(out, 'quotes', docs.flatMap((d) => d.quotes.map((q) => ({ speaker: q.speaker, entity: q.speakerKey, direct: q.direct, evidence: span(d, q) }))));
  await member(out, 'figures', docs.flatMap((d) => d.figures.map((f) => ({ value: f.value, max: f.max, approximate: f.approximate, what: f.what, evidence: span(d, f) }))));
  await member(out, 'timeline', ordered.filter((t) => min === null || passing.has(t.event)).map(entry));
  await member(out, 'relations', relations);
  await out.write('\n}\n');
}
