/**
 * Blocking: which stored canonical events a new report is compared with. A block query is the report's
 * type family, its date span and the window its reach widens it to, its place (country or point) and its
 * distinctive actors; the same rule gives the block of a stored event, so every index (memory, SQLite)
 * files and finds events the same way, and whether two meet in time does not depend on which arrived
 * first (`datesMeet`). Undated reports of news are given the month before publication; undated
 * background events have no window and are found by their named actors only.
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
  /**
   * inclusive ISO dates; null = undated (found through `actors` only). For a report, the window it looks in
   * (its own span widened by its reach); for a stored event (blockOf), its own span.
   */
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  /**
   * The other half of the window: for a report, its own span; for a stored event, its span widened by its
   * reach (what it would look in, had it arrived second). A stored event is a candidate when the report's
   * window meets its span or the report's span meets its window (`datesMeet`): the test is the same whichever
   * of the two arrived first.
   */
  readonly spanStart?: string | null;
  readonly spanEnd?: string | null;
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
/**
 * Days after an incident legal news about it (an arrest, a charge, a trial, a sentence; ExtractedEvent.dateOfFollowUp)
 * may come: court news follows a shooting by months. Joined only through a person named as a party (score.ts).
 */
export const LEGAL_FOLLOW_UP_DAYS = 365;
/**
 * The most a stored event's window reaches beyond its own span (reachOf: the tolerance and a month for a follow-up,
 * and the week before a bare weekday): a store reading rows by their stored spans widens a report's span by this.
 */
export const MAX_REACH_DAYS = MAX_TOLERANCE + FOLLOW_UP_DAYS + 7;
/** Days before publication an undated news report may refer to. */
export const UNDATED_LOOKBACK_DAYS = 30;
const DISTINCT = new Set<string>(['person', 'organization']);

export const familyKey = (e: { type: string; mode: string | null }): string => familyOf(e.type, e.mode);

/**
 * How far a report or event may be dated from another report of its incident, in days before and after its own
 * span: the dates' tolerance, and a month for a later (or earlier) report of news that is not background (an arrest,
 * a death in hospital, dated by its own news; scored only on a shared name or the same people at the same place,
 * score.ts). A span longer than a month already covers any follow-up after it. Both sides of a comparison have one,
 * and blocking widens each by its own, so the test does not depend on which of the two arrived first.
 */
function reachOf(background: boolean, start: number, end: number, legal = false): { back: number; ahead: number } {
  // (legal news reaches back further: its date bounds the act from above, LEGAL_FOLLOW_UP_DAYS)
  return { back: MAX_TOLERANCE + (background ? 0 : legal ? LEGAL_FOLLOW_UP_DAYS : FOLLOW_UP_DAYS), ahead: MAX_TOLERANCE + (!background && end - start <= 31 ? FOLLOW_UP_DAYS : 0) };
}

/**
 * A report's or an event's own date span, in day numbers: a date read from a bare weekday ("on Tuesday") may be the
 * same weekday a week earlier (weekApart, when.ts), so its span starts a week before; an undated report of news is
 * given the month before its publication (or before each of its reports' publications).
 */
function spanOf(start: string, end: string, bareWeekday: boolean): [number, number] {
  return [dayOf(start) - (bareWeekday ? 7 : 0), dayOf(end)];
}

/** True when a report (`q`) and a stored event's block (`b`, from blockOf) meet in time: each's window against the other's span. */
export function datesMeet(q: BlockQuery, b: BlockQuery): boolean {
  if (!q.dateStart || !q.dateEnd || !b.dateStart || !b.dateEnd) return false;
  const meet = (s1: string, e1: string, s2: string, e2: string): boolean => s1 <= e2 && s2 <= e1;
  return meet(q.dateStart, q.dateEnd, b.dateStart, b.dateEnd)
    || (!!q.spanStart && !!q.spanEnd && !!b.spanStart && !!b.spanEnd && meet(q.spanStart, q.spanEnd, b.spanStart, b.spanEnd));
}

export function blockQueryOf(article: Article, e: ExtractedEvent, typeOf?: (key: string) => EntityType | undefined): BlockQuery {
  const pub = publishedOf(article);
  let span: [number, number] | null = null;
  if (e.date) span = spanOf(e.date.value.start, e.date.value.end, isBareWeekday(article.text.slice(e.date.at.start, e.date.at.end)));
  else if (!e.background && pub) span = [dayOf(pub) - UNDATED_LOOKBACK_DAYS, dayOf(pub)];
  let dates: Pick<BlockQuery, 'dateStart' | 'dateEnd' | 'spanStart' | 'spanEnd'> = { dateStart: null, dateEnd: null };
  if (span) {
    // (an undated report's month is no date to follow up from: its reach is the tolerance)
    const r = e.date ? reachOf(e.background, span[0], span[1], !!e.dateOfFollowUp) : { back: MAX_TOLERANCE, ahead: MAX_TOLERANCE };
    dates = { dateStart: isoOf(span[0] - r.back), dateEnd: isoOf(span[1] + r.ahead), spanStart: isoOf(span[0]), spanEnd: isoOf(span[1]) };
  }
  const geo = e.location?.geo ?? null;
  return {
    family: familyOf(e.type, e.mode), ...dates,
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
  let span: [number, number] | null = null;
  const dates = (f.evidence['date'] ?? []) as FieldEvidence[];
  if (f.date) span = spanOf(f.date.start, f.date.end, dates.length > 0 && dates.every((i) => isBareWeekday(i.evidence.text)));
  else if (!f.background) {
    const pubs = (f.evidence['type'] as FieldEvidence[] | undefined ?? []).map((i) => i.published).filter((p): p is string => !!p).sort();
    if (pubs.length) span = [dayOf(pubs[0]!) - UNDATED_LOOKBACK_DAYS, dayOf(pubs[pubs.length - 1]!)];
  }
  let window: Pick<BlockQuery, 'dateStart' | 'dateEnd' | 'spanStart' | 'spanEnd'> = { dateStart: null, dateEnd: null };
  if (span) {
    // (the reach it would look in as a report, blockQueryOf: the same rule from the other side)
    const r = f.date ? reachOf(f.background, span[0], span[1], dates.length > 0 && dates.every((i) => i.followUp)) : { back: MAX_TOLERANCE, ahead: MAX_TOLERANCE };
    window = { dateStart: isoOf(span[0]), dateEnd: isoOf(span[1]), spanStart: isoOf(span[0] - r.back), spanEnd: isoOf(span[1] + r.ahead) };
  }
  const actors = ((f.evidence['actors'] ?? []) as FieldEvidence[])
    .map((i) => i.value as { name: string; entity: string | null; type?: string | null })
    .filter((a) => a.entity && DISTINCT.has(a.type ?? '')).map(actorKey);
  return {
    family: familyKey(f), ...window,
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
