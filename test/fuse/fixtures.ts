/**
 * Hand-built articles and extracted events for fusion tests, modelled on the seed gold: values are
 * located in the real seed texts (read from ../shared at test time) by their words, so every range is
 * a real span. Not a test file.
 */
import { testContext } from '../helpers/resources.js';
import { readFileSync, existsSync } from 'node:fs';
import type { Article } from '../../src/core/model/article.js';
import type { ActorRef, Count, ExtractedEvent, Modality, PloverType, ResponsibilityStatus } from '../../src/core/model/event.js';
import type { DatePrecision } from '../../src/core/model/time.js';
import type { Geo, Mention, EntityType } from '../../src/core/model/entity.js';
import type { Range } from '../../src/core/span.js';
import { sharedPath } from '../helpers/shared.js';
import { createDoc } from '../../src/core/model/doc.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: i, end: i + line.length });
    i += line.length + 1;
  }
  return out;
}

const sentenceCache = new WeakMap<Article, Range[]>();
/** The article's sentences from the tokens stage (wink-nlp), as the pipeline would give them. */
export function sentencesOf(a: Article): Range[] {
  let s = sentenceCache.get(a);
  if (!s) {
    const doc = createDoc(a);
    tokensStage.run(doc, testContext());
    s = doc.sentences.map((x) => ({ start: x.start, end: x.end }));
    sentenceCache.set(a, s);
  }
  return s;
}

export function makeArticle(id: string, text: string, source: string | null, published: string | null, file: string | null = null): Article {
  return {
    id, origin: file ?? id, file, url: null, externalId: null, title: text.split('\n')[0] ?? null, source, published,
    publishedInferred: null, dateline: null, outletFromText: null, language: 'en', text, offsetMap: [],
    paragraphs: paragraphsOf(text), removed: [], diagnostics: [], raw: text,
  };
}

/** Reads a seed file into an Article, or null without ../shared. */
export function seedArticle(file: string, source: string | null, published: string): Article | null {
  const p = sharedPath('corpus', 'seeds', file);
  if (!existsSync(p)) return null;
  return makeArticle(file.replace(/\.txt$/, ''), readFileSync(p, 'utf8'), source, published, file);
}

/** The range of the n-th occurrence of `needle` in the article text (throws when absent). */
export function at(a: Article, needle: string, nth = 0): Range {
  let i = -1;
  for (let k = 0; k <= nth; k++) { i = a.text.indexOf(needle, i + 1); if (i < 0) throw new Error(`"${needle}" not in ${a.id}`); }
  return { start: i, end: i + needle.length };
}

/** The sentence (from the tokens stage) that holds a needle. */
export function sentenceAt(a: Article, needle: string, nth = 0): Range {
  const r = at(a, needle, nth);
  const s = sentencesOf(a).find((x) => x.start <= r.start && r.start < x.end);
  if (!s) throw new Error(`no sentence holds "${needle}" in ${a.id}`);
  return s;
}

export interface EventSpec {
  id: string;
  type: PloverType;
  mode?: string | null;
  trigger: string;
  triggerNth?: number;
  sentences: string[];
  date?: { text: string; start: string; end?: string; precision: DatePrecision; nth?: number };
  time?: { text: string; value: string };
  place?: { text: string; name: string; entity?: string; geo?: Geo | null; nth?: number };
  actors?: { role: ActorRef['role']; text: string; name?: string; entity?: string | null; nth?: number }[];
  weapon?: { text: string; value: string };
  quantity?: { text: string; value: number; nth?: number };
  killed?: { text: string; value: Count };
  injured?: { text: string; value: Count };
  outcome?: { text: string; value: string };
  responsibility?: { text: string; status: ResponsibilityStatus; by?: string[] }[];
  variants?: { field: string; value: unknown; text: string }[];
  modality?: Modality;
  background?: boolean;
}

export function makeEvent(a: Article, s: EventSpec): ExtractedEvent {
  const trig = at(a, s.trigger, s.triggerNth ?? 0);
  return {
    id: s.id, type: s.type, mode: s.mode ?? null,
    trigger: { ...trig, text: a.text.slice(trig.start, trig.end) },
    sentences: s.sentences.map((t) => sentenceAt(a, t)),
    date: s.date ? { value: { start: s.date.start, end: s.date.end ?? s.date.start, precision: s.date.precision }, at: at(a, s.date.text, s.date.nth ?? 0) } : null,
    time: s.time ? { value: s.time.value, at: at(a, s.time.text) } : null,
    location: s.place ? { name: s.place.name, entity: s.place.entity ?? null, geo: s.place.geo ?? null, at: at(a, s.place.text, s.place.nth ?? 0) } : null,
    actors: (s.actors ?? []).map((x) => ({ role: x.role, name: x.name ?? x.text, entity: x.entity ?? null, at: at(a, x.text, x.nth ?? 0) })),
    weapon: s.weapon ? { value: s.weapon.value, at: at(a, s.weapon.text) } : null,
    quantity: s.quantity ? { value: s.quantity.value, at: at(a, s.quantity.text, s.quantity.nth ?? 0) } : null,
    killed: s.killed ? { value: s.killed.value, at: at(a, s.killed.text) } : null,
    injured: s.injured ? { value: s.injured.value, at: at(a, s.injured.text) } : null,
    outcome: s.outcome ? { value: s.outcome.value, at: at(a, s.outcome.text) } : null,
    responsibility: (s.responsibility ?? []).map((r) => ({ status: r.status, by: r.by ?? [], at: at(a, r.text) })),
    modality: s.modality ?? 'asserted', background: s.background ?? false, confidence: 0.7, rule: 'test/hand-built',
    ...(s.variants ? { variants: s.variants.map((v) => ({ field: v.field, value: v.value, at: at(a, v.text) })) } : {}),
  };
}

/** A mention list that only types entity keys (what fusion reads from mentions). */
export function typedKeys(a: Article, types: Record<string, EntityType>): Mention[] {
  return Object.entries(types).map(([key, type]) => ({ start: 0, end: 0, text: '', type, sentence: 0, key, name: key, by: 'test' }));
}

export const GEO = {
  asad: { lat: 33.7856, lon: 42.4412, country: 'IQ', admin1: 'Anbar', precision: 'site', ref: 'kb:ain-al-asad' } as Geo,
  baghdadAirport: { lat: 33.2625, lon: 44.2346, country: 'IQ', admin1: 'Baghdad', precision: 'site' } as Geo,
  greenVillage: { lat: 35.0, lon: 40.5, country: 'SY', admin1: 'Deir ez-Zor', precision: 'town', approximate: true } as Geo,
  washington: { lat: 38.9072, lon: -77.0369, country: 'US', admin1: 'DC', precision: 'town' } as Geo,
  jordan: { lat: 31.0, lon: 36.0, country: 'JO', admin1: null, precision: 'country' } as Geo,
  iraq: { lat: 33.0, lon: 44.0, country: 'IQ', admin1: null, precision: 'country' } as Geo,
};
