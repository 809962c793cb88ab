/**
 * The comparable view of an event, built the same way from one report (ExtractedEvent) and from a
 * canonical event (FusedEvent), so the scorer compares like with like.
 */
import type { Article } from '../core/model/article.js';
import type { EntityType } from '../core/model/entity.js';
import type { Count, ExtractedEvent, FusedEvent, Modality } from '../core/model/event.js';
import type { DateValue } from '../core/model/time.js';
import { familyOf } from './family.js';
import { placeOf, type FusedPlace } from './where.js';
import { actorKey } from './actors.js';
import type { FieldEvidence } from './evidence.js';
import { majority } from './vote.js';
import { isBareWeekday } from './when.js';
import { asStated } from './counts.js';
import { identitySet, personKey } from './identity.js';
import type { EvidenceMap } from './evidence.js';

export interface EventView {
  readonly family: string;
  readonly type: string;
  readonly mode: string | null;
  readonly weapon: string | null;
  readonly date: DateValue | null;
  /** the date was read from a bare weekday, so it may be a week late */
  readonly looseDate: boolean;
  /**
   * the reports state no date: their date is only their publication's (the week ending at publication, or the
   * publication day taken for a bare time of day), which bounds the incident from above (it happened by then)
   */
  readonly publicationDate?: boolean;
  /**
   * the reports' date is that of legal news about the act (an arrest, a charge, a trial, a sentence): the act happened
   * before it, within a year (ExtractedEvent.dateOfFollowUp)
   */
  readonly followUpDate?: boolean;
  /** the date was borrowed from another sentence of the article (dateBasis `paragraph`): an inference, not a statement of this act's day */
  readonly borrowedDate?: boolean;
  readonly time: string | null;
  readonly place: FusedPlace | null;
  readonly agents: ReadonlySet<string>;
  readonly targets: ReadonlySet<string>;
  /** actors that single out an incident: named people and organisations, not states */
  readonly distinctive: ReadonlySet<string>;
  /** actors of unknown type (no mention to tell), weaker evidence than distinctive ones */
  readonly untyped: ReadonlySet<string>;
  /** distinctive actors that single out one incident: named people and places (facilities), not organisations */
  readonly identityActors: ReadonlySet<string>;
  readonly quantity: number | null;
  readonly killed: Count | null;
  readonly injured: Count | null;
  readonly outcome: string | null;
  readonly modality: Modality;
  readonly background: boolean;
  /** out of the ledger's scope (an accident): the value, e.g. `accident` */
  readonly scope?: string | null;
  /** an incoming report's event its article tells as an earlier incident than another of its sentence */
  readonly earlier?: boolean;
  /** content words of the report sentences */
  readonly words: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  /**
   * the people named as a party of the act, by identity name key (personKey): an agent or a target (a victim, a
   * suspect), or a person the lead of a report names (identity `leads`)
   */
  readonly parties: ReadonlySet<string>;
  /** identity details (src/fuse/identity.ts): people named, places below the city, ages */
  readonly names: ReadonlySet<string>;
  readonly spots: ReadonlySet<string>;
  readonly ages: ReadonlySet<string>;
  /** towns and counties the reports name (identity.ts `towns`, by townKey) */
  readonly towns: ReadonlySet<string>;
}

/** Two events one article tells (their reports share an article): that text has already told them together or apart. */
export const shareArticle = (a: EventView, b: EventView): boolean => [...a.articles].some((x) => b.articles.has(x));

const STOP = new Set('that this with from have has had were was been which their they them there said says also after before about into over than then when where while would could will more most other some such only just very what who whom whose these those being its his her our your according'.split(' '));
const WORD = /[a-z][a-z'-]{3,}/g;

export function contentWords(texts: readonly string[], into = new Set<string>()): Set<string> {
  for (const t of texts) for (const w of t.toLowerCase().match(WORD) ?? []) if (!STOP.has(w)) into.add(w);
  return into;
}

const DISTINCT_TYPES = new Set<string>(['person', 'organization', 'facility']);

function actorSets(actors: readonly { role: string; name: string; entity: string | null; type?: string | null }[]) {
  const agents = new Set<string>(), targets = new Set<string>(), distinctive = new Set<string>(), untyped = new Set<string>(), identityActors = new Set<string>(), parties = new Set<string>();
  for (const a of actors) {
    const k = actorKey(a);
    // (a person's name: typed a person, or a name the tagger linked to a person; a description such as "the man" is none)
    if ((a.role === 'agent' || a.role === 'target') && (a.type === 'person' || a.entity?.startsWith('name:person'))) { const p = personKey(a.name); if (p.includes(' ')) parties.add(p); }
    if (a.role === 'agent') agents.add(k);
    else if (a.role === 'target') targets.add(k);
    if (a.type && DISTINCT_TYPES.has(a.type)) distinctive.add(k);
    if (a.type === 'person' || a.type === 'facility') identityActors.add(k);
    else if (!a.type && a.entity) untyped.add(k);
  }
  return { agents, targets, distinctive, untyped, identityActors, parties };
}

function withLeads<T extends { parties: Set<string> }>(sets: T, leads: ReadonlySet<string>): T {
  for (const n of leads) sets.parties.add(n);
  return sets;
}

export function viewOfExtracted(article: Article, e: ExtractedEvent, typeOf?: (key: string) => EntityType | undefined, identity?: EvidenceMap): EventView {
  const actors = e.actors.map((a) => ({ role: a.role, name: a.name, entity: a.entity, type: a.entity ? typeOf?.(a.entity) ?? null : null }));
  return {
    family: familyOf(e.type, e.mode), type: e.type, mode: e.mode, weapon: e.weapon?.value ?? null,
    date: e.date?.value ?? null, looseDate: !!e.date && isBareWeekday(article.text.slice(e.date.at.start, e.date.at.end)), publicationDate: !!e.date && !!e.dateFromPublication, followUpDate: !!e.date && !!e.dateOfFollowUp, borrowedDate: !!e.date && e.dateBasis === 'paragraph', time: e.time?.value ?? null, place: e.location ? placeOf(e.location) : null,
    ...withLeads(actorSets(actors), identitySet(identity, 'leads')),
    quantity: e.quantity?.value ?? null,
    killed: e.killed ? asStated(e.killed.value, article.text.slice(e.killed.at.start, e.killed.at.end)) : null,
    injured: e.injured ? asStated(e.injured.value, article.text.slice(e.injured.at.start, e.injured.at.end)) : null,
    outcome: e.outcome?.value ?? null, modality: e.modality, background: e.background, scope: e.scope?.value ?? null, earlier: !!e.earlier,
    words: contentWords(e.sentences.map((s) => article.text.slice(s.start, s.end))),
    articles: new Set([article.id]),
    names: identitySet(identity, 'names'), spots: identitySet(identity, 'spots'), ages: identitySet(identity, 'ages'), towns: identitySet(identity, 'towns'),
  };
}

const MAX_REPORT_TEXTS = 8;

export function viewOfFused(f: FusedEvent): EventView {
  const ev = f.evidence as Record<string, FieldEvidence[]>;
  const actors = (ev['actors'] ?? []).map((i) => i.value as { role: string; name: string; entity: string | null; type?: string | null });
  return {
    family: familyOf(f.type, f.mode), type: f.type, mode: f.mode, weapon: f.weapon, date: f.date,
    looseDate: !!ev['date']?.length && ev['date'].every((i) => isBareWeekday(i.evidence.text)),
    publicationDate: !!ev['date']?.length && ev['date'].every((i) => i.fromPublication),
    followUpDate: !!ev['date']?.length && ev['date'].every((i) => i.followUp),
    borrowedDate: !!ev['date']?.length && ev['date'].every((i) => i.basis === 'paragraph'),
    time: majority<string>(ev['time'] ?? [], (v) => String(v)), place: f.location,
    ...withLeads(actorSets(actors.length ? actors : f.actors), identitySet(ev, 'leads')),
    quantity: f.quantity, killed: f.casualties?.killed ?? null, injured: f.casualties?.injured ?? null,
    outcome: f.outcome, modality: f.modality, background: f.background, scope: f.scope?.value ?? null,
    words: contentWords(f.reports.slice(0, MAX_REPORT_TEXTS).map((r) => r.text)),
    articles: new Set(f.members.map((m) => m.article)),
    names: identitySet(ev, 'names'), spots: identitySet(ev, 'spots'), ages: identitySet(ev, 'ages'), towns: identitySet(ev, 'towns'),
  };
}
