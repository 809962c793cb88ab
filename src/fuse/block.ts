/**
 * Blocking: which stored canonical events a new report is compared with. A block query is the report's
 * type family, its date window widened by the largest tolerance, its place (country or point) and its
 * distinctive actors; the same function gives the block of a stored event, so every index (memory,
 * SQLite) files and finds events the same way. Undated reports of news are given the month before
 * publication; undated background events have no window and are found by their named actors only.
 */
import type { Article } from '../core/model/article.js';
import type { EntityType } from '../core/model/entity.js';
import type { ExtractedEvent, FusedEvent } from '../core/model/event.js';
import type { FieldEvidence } from './evidence.js';
import { publishedOf } from './evidence.js';
import { familyOf } from './family.js';
import { dayOf, isBareWeekday, isoOf, MAX_TOLERANCE } from './when.js';
import { actorKey } from './actors.js';
import { identityEvidence, identitySet, oneIncident } from './identity.js';
import type { Mention } from '../core/model/entity.js';
import type { Range } from '../core/span.js';

export interface BlockQuery {
  readonly family: string;
  /** inclusive ISO dates; null = undated (found through `actors` only) */
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly country?: string | null;
  /** gazetteer precision of the place (site, town, admin2 ... country); coarse places match the whole country */
  readonly precision?: string | null;
  /** distinctive actor keys (named people, organisations) */
  readonly actors?: readonly string[];
  /**
   * the people the report names (identity name keys, identity.ts): events of the family and date window
   * that name one of them are candidates whatever place either side read
   */
  readonly names?: readonly string[];
}

/** Days after an incident a report dated only to its week may be a follow-up of it (score.ts). */
export const FOLLOW_UP_DAYS = 30;
/** Days before publication an undated news report may refer to. */
export const UNDATED_LOOKBACK_DAYS = 30;
const DISTINCT = new Set<string>(['person', 'organization']);

export const familyKey = (e: { type: string; mode: string | null }): string => familyOf(e.type, e.mode);

export function blockQueryOf(article: Article, e: ExtractedEvent, typeOf?: (key: string) => EntityType | undefined): BlockQuery {
  const pub = publishedOf(article);
  let dateStart: string | null = null, dateEnd: string | null = null;
  if (e.date) {
    // a report of news may be a later report of an incident days before (an arrest, a death in hospital; scored only
    // on a shared name or the same people at the same place, score.ts); and the stored event may be that later
    // report, dated by its own news (an arrest dated on the day of the arrest), when this report tells the incident
    const weekBack = !e.background ? FOLLOW_UP_DAYS : isBareWeekday(article.text.slice(e.date.at.start, e.date.at.end)) ? 7 : 0;
    // (a date known to a day, a week or a month; a year already spans any follow-up)
    const ahead = !e.background && dayOf(e.date.value.end) - dayOf(e.date.value.start) <= 31 ? FOLLOW_UP_DAYS : 0;
    dateStart = isoOf(dayOf(e.date.value.start) - MAX_TOLERANCE - weekBack); dateEnd = isoOf(dayOf(e.date.value.end) + MAX_TOLERANCE + ahead); }
  else if (!e.background && pub) { dateStart = isoOf(dayOf(pub) - UNDATED_LOOKBACK_DAYS - MAX_TOLERANCE); dateEnd = isoOf(dayOf(pub) + MAX_TOLERANCE); }
  const geo = e.location?.geo ?? null;
  return {
    family: familyOf(e.type, e.mode), dateStart, dateEnd,
    lat: geo?.lat ?? null, lon: geo?.lon ?? null, country: geo?.country ?? null, precision: geo?.precision ?? null,
    actors: e.actors.filter((a) => a.entity && DISTINCT.has(typeOf?.(a.entity) ?? '')).map((a) => actorKey(a)),
  };
}

/** Blocks of canonical events, computed once per (immutable) event object: a stored event is filed again for every article it is a candidate of. */
const blocks = new WeakMap<FusedEvent, BlockQuery>();

/** The block under which a canonical event is filed (its own window, not widened). */
export function blockOf(f: FusedEvent): BlockQuery {
  let b = blocks.get(f);
  if (!b) blocks.set(f, (b = computeBlockOf(f)));
  return b;
}

function computeBlockOf(f: FusedEvent): BlockQuery {
  let dateStart = f.date?.start ?? null, dateEnd = f.date?.end ?? null;
  const dates = (f.evidence['date'] ?? []) as FieldEvidence[];
  if (dateStart && dates.length && dates.every((i) => isBareWeekday(i.evidence.text))) dateStart = isoOf(dayOf(dateStart) - 7);
  if (!f.date && !f.background) {
    const pubs = (f.evidence['type'] as FieldEvidence[] | undefined ?? []).map((i) => i.published).filter((p): p is string => !!p).sort();
    if (pubs.length) { dateStart = isoOf(dayOf(pubs[0]!) - UNDATED_LOOKBACK_DAYS); dateEnd = pubs[pubs.length - 1]!; }
  }
  const actors = ((f.evidence['actors'] ?? []) as FieldEvidence[])
    .map((i) => i.value as { name: string; entity: string | null; type?: string | null })
    .filter((a) => a.entity && DISTINCT.has(a.type ?? '')).map(actorKey);
  return {
    family: familyKey(f), dateStart, dateEnd,
    lat: f.location?.lat ?? null, lon: f.location?.lon ?? null, country: f.location?.country ?? null, precision: f.location?.precision ?? null,
    actors: [...new Set(actors)],
    names: [...identitySet(f.evidence, 'names')],
  };
}

/**
 * Block queries for every event of an article (for stores that load candidates before fusing); with the
 * article's mentions, each names the people its report names, as fuseArticleEvents reads them.
 */
export function blockWindowsFor(article: Article, events: readonly ExtractedEvent[], typeOf?: (key: string) => EntityType | undefined, mentions?: readonly Mention[] | null, sentences?: readonly Range[]): BlockQuery[] {
  return events.map((e) => {
    const q = blockQueryOf(article, e, typeOf);
    if (!mentions) return q;
    const identity = identityEvidence(article, e, mentions, sentences, oneIncident(e, events, (x) => familyOf(x.type, x.mode)));
    return { ...q, names: [...identitySet(identity, 'names')] };
  });
}
