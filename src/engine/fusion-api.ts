/**
 * The engine's view of fusion (TEMPORARY fallback until src/fuse lands): every extracted event becomes
 * its own canonical event.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../core/model/article.js';
import type { Mention } from '../core/model/entity.js';
import type { ExtractedEvent, FusedEvent } from '../core/model/event.js';
import { makeSpan } from '../core/span.js';

export const familyKey = (e: { type: string }): string => e.type;

export function blockWindowsFor(_article: Article, events: readonly ExtractedEvent[]): { family: string; dateStart: string | null; dateEnd: string | null }[] {
  return events.map((e) => ({ family: e.type, dateStart: e.date?.value.start ?? null, dateEnd: e.date?.value.end ?? null }));
}

export function fuseArticleEvents(article: Article, events: readonly ExtractedEvent[], _mentions: readonly Mention[], _candidates: readonly FusedEvent[]): { upserted: FusedEvent[]; removed: string[] } {
  const span = (r: { start: number; end: number }) => makeSpan(article.id, article.text, r.start, r.end);
  const upserted = events.map((e): FusedEvent => ({
    id: 'ev-' + createHash('sha256').update(article.id + e.id).digest('hex').slice(0, 12),
    type: e.type, mode: e.mode, date: e.date?.value ?? null,
    location: e.location ? { name: e.location.name, entity: e.location.entity, country: e.location.geo?.country ?? null, admin1: e.location.geo?.admin1 ?? null, lat: e.location.geo?.lat ?? null, lon: e.location.geo?.lon ?? null, precision: e.location.geo?.precision ?? null } : null,
    actors: e.actors.map((a) => ({ role: a.role, name: a.name, entity: a.entity })),
    weapon: e.weapon?.value ?? null, quantity: e.quantity?.value ?? null,
    casualties: e.killed || e.injured ? { ...(e.killed ? { killed: e.killed.value } : {}), ...(e.injured ? { injured: e.injured.value } : {}) } : null,
    responsibility: e.responsibility[0] ? { status: e.responsibility[0].status, by: e.responsibility[0].by } : null,
    outcome: e.outcome?.value ?? null, modality: e.modality, background: e.background,
    reports: e.sentences.map(span), evidence: {}, conflicts: [], confidence: e.confidence, rules: [e.rule], mergedBecause: [],
    members: [{ article: article.id, event: e.id }],
  }));
  return { upserted, removed: [] };
}

import type { Entity } from '../core/model/entity.js';
import type { Doc } from '../core/model/doc.js';

/** Fallback: one entity per mention key. */
export function canonicalEntities(docs: readonly Doc[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const d of docs) for (const m of d.mentions) {
    const e = byKey.get(m.key) ?? { id: m.key, name: m.name, type: m.type, aliases: [], country: m.geo?.country ?? m.country ?? null, geo: m.geo ?? null, kb: m.key.startsWith('kb:') ? m.key : null };
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
    byKey.set(m.key, e);
  }
  return [...byKey.values()];
}

export interface Story { id: string; title: string | null; articles: string[]; events: string[] }

/** Fallback: one story per article. */
export function buildStories(articles: readonly Article[], events: readonly FusedEvent[]): Story[] {
  return articles.map((a) => ({ id: 'st-' + a.id, title: a.title, articles: [a.id], events: events.filter((e) => e.reports.some((r) => r.article === a.id)).map((e) => e.id) }));
}

/** Fallback until src/extract/ontology lands. */
export function ontologyFor(_type: string, _mode: string | null): { acled: { event_type: string | null; sub_event_type: string | null }; cameo: string | null } {
  return { acled: { event_type: null, sub_event_type: null }, cameo: null };
}

/** Fallbacks until src/report/export lands. */
export function toGeoJson(report: { events: unknown[] }): object { return { type: 'FeatureCollection', features: [], note: `export not available yet (${report.events.length} events)` }; }
export function toAcledCsv(_report: unknown): string { return 'event_id_cnty,event_date\n'; }
