/**
 * ACLED CSV of the report's events: ACLED's 31 column names in ACLED's order (acledR codebook), one row
 * per event inside ACLED's typology, RFC 4180 quoting (CRLF line ends, fields with comma, quote or line
 * break quoted, quotes doubled), every column coded the way ACLED's codebook codes it, so tools written
 * for ACLED's files (acledR, pandas/R scripts, the dashboards) use the rows as they are:
 * - scope (acled-scope.ts): the six event types and their sub-event types, strategic developments where
 *   ACLED codes them, and only events with a date, a place down to admin-1 and an ACLED actor; `all`
 *   keeps every event as a row, with the columns that cannot be coded left empty;
 * - actors in ACLED's naming (src/extract/ontology/acled-actors.ts); a state official stands for the
 *   state's forces (police for arrests) or government (KB roles on the event's date); a name ACLED would
 *   not write is left out; the sides a sub-event type has by definition are filled (acled-sides.ts);
 *   inter1/inter2/interaction and civilian_targeting (acled-inter.ts);
 * - iso, region, country, admin1–3, location, coordinates, geo_precision (acled-place.ts);
 * - source and source_scale (acled-source.ts), notes (acled-notes.ts);
 * - event_id_cnty: ISO alpha-3 and a number taken from the event id, stable across exports;
 * - fatalities: the lowest figure any source gives (ACLED's conservative rule). When no source gives one,
 *   the cell is 0, as in ACLED's own files (no row of the acledR samples leaves it empty; acledR, the
 *   dashboards and users' sums expect a whole number in every row), and `tags` says "fatalities unknown",
 *   so an unknown toll never passes for a reported zero (issue #17): a reported zero has no such tag;
 * - timestamp: Unix seconds of the latest report of the event (when the row last changed).
 */
import { acledFor } from '../../extract/ontology/acled.js';
import { acledActorsFor, stateForceName, nameActor } from '../../extract/ontology/acled-actors.js';
import { fillSides } from './acled-sides.js';
import { acledTables, type AcledTables } from './acled-tables.js';
import type { Resources } from '../../resources/index.js';
import { interCode, interactionCode, civilianTargeting, acledActorName } from './acled-inter.js';
import { acledPlace } from './acled-place.js';
import { sourceScale } from './acled-source.js';
import { acledNotes } from './acled-notes.js';
import { acledScope, DISORDER } from './acled-scope.js';
import { neutraliseCell } from './csv-cell.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** The part of a report event the exporters read (report.schema.json plus Sitrep's acled/cameo/sources). */
export interface ExportEvent {
  id: string;
  type: string;
  mode?: string | null;
  acled?: { event_type: string | null; sub_event_type: string | null; actor1?: string | null; assoc_actor_1?: string | null; actor2?: string | null; assoc_actor_2?: string | null } | null;
  cameo?: string | null;
  date: { start: string; end: string; precision: string } | null;
  location: { name: string; entity?: string | null; country?: string | null; admin1?: string | null; admin2?: string | null; admin3?: string | null; lat?: number | null; lon?: number | null; precision?: string | null } | null;
  actors: { role: string; name: string; entity?: string | null }[];
  weapon?: string | null;
  quantity?: number | null;
  casualties?: { killed?: { min: number; max: number | null }; injured?: { min: number; max: number | null } } | null;
  responsibility?: { status: string; by: string[] } | null;
  outcome?: string | null;
  modality?: string;
  background?: boolean;
  reports: { article: string; start: number; end: number; text: string }[];
  conflicts?: { field: string; values?: { value: unknown }[] }[];
  confidence?: number | null;
  sources?: string[];
}

export interface ExportReport {
  events: ExportEvent[];
  articles?: { id: string; source?: string | null; published?: string | null }[];
}

export interface AcledExportOptions {
  /** every event as a row, also those outside ACLED's typology or without an ACLED place/actor */
  all?: boolean;
}

/** RFC 4180 field. */
export function csvField(value: unknown): string {
  const v = neutraliseCell(value);
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const mid = (d: { start: string; end: string }): string => {
  const a = Date.parse(d.start + 'T00:00:00Z'), b = Date.parse(d.end + 'T00:00:00Z');
  return new Date(a + Math.floor((b - a) / 86400000 / 2) * 86400000).toISOString().slice(0, 10);
};

/** ACLED time_precision: 1 the day, 2 within a week, 3 within a month (or less precise). */
function timePrecision(d: { start: string; end: string; precision: string }): 1 | 2 | 3 {
  if (d.precision === 'day' && d.start === d.end) return 1;
  const days = (Date.parse(d.end) - Date.parse(d.start)) / 86400000;
  return days <= 7 ? 2 : 3;
}

/** The number of an event id ("ev-e7c8ce06e384" → 8 digits of its hash), stable across exports. */
function idNumber(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) { h ^= id.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return (h % 90000000) + 10000000;
}

/** The lowest killed figure any report gives (ACLED's conservative rule), or null when none does. */
export function lowestFatalities(e: ExportEvent): number | null {
  const figures: number[] = [];
  if (typeof e.casualties?.killed?.min === 'number') figures.push(e.casualties.killed.min);
  for (const c of e.conflicts ?? []) {
    if (!/killed|fatalit|casualties/.test(c.field)) continue;
    for (const v of c.values ?? []) {
      const x = v.value as { min?: unknown; killed?: { min?: unknown } } | number;
      const n = typeof x === 'number' ? x : typeof x?.min === 'number' ? x.min : typeof x?.killed?.min === 'number' ? x.killed.min : null;
      if (typeof n === 'number') figures.push(n);
    }
  }
  return figures.length ? Math.min(...figures) : null;
}

const split = (s: string | null | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
/** An associated actor ACLED writes: a coded actor, or an identity group "Teachers (Iran)". */
const assocOk = (n: string, country: string | null, t: AcledTables): boolean => interCode(n, country, t) !== null || /^[A-Z][\w'’ .-]+ \([A-Z][\w'’ .-]+\)$/.test(n);

export interface AcledRecord {
  readonly values: Record<AcledColumn, string | number>;
  /** why the event is no ACLED row (null: it is one) */
  readonly outside: string | null;
}

/** The coded columns of one event and whether it is inside ACLED's scope. */
export function acledRecord(res: Resources, e: ExportEvent, articles: ReadonlyMap<string, { source?: string | null; published?: string | null }> = new Map()): AcledRecord {
  const t: AcledTables = acledTables(res);
  let acled = e.acled?.event_type ? { event_type: e.acled.event_type, sub_event_type: e.acled.sub_event_type ?? '' } : acledFor(e.type, e.mode ?? null, { outcome: e.outcome ?? null });
  const place = acledPlace(e.location, t);
  const iso2 = place?.iso2 ?? e.location?.country?.toUpperCase() ?? null;
  const named = e.acled && e.acled.actor1 !== undefined ? e.acled
    : acledActorsFor(res, { type: e.type, acledType: acled?.event_type ?? null, date: e.date, country: iso2, actors: e.actors.map((a) => ({ ...a, entity: a.entity ?? null })) });
  const date = e.date ? (e.date.precision === 'day' ? e.date.start : mid(e.date)) : '';
  // actors: ACLED names only; a side ACLED would not name is left out rather than written as a phrase
  // a state official acts for the state: its armed forces in violence, its government otherwise (KB roles on the event's date)
  // entity of an actor by its mention and by its KB name (the report's ACLED names use the KB name)
  const entityOf = new Map(e.actors.filter((a) => a.entity).flatMap((a) => [[res.kb.get(a.entity!)?.name ?? a.name, a.entity!] as const, [a.name, a.entity!] as const]));
  const force: 'Military' | 'Police' | 'Government' = !acled ? 'Government' : acled.sub_event_type === 'Arrests' ? 'Police'
    : DISORDER[acled.event_type] === 'Political violence' || acled.sub_event_type === 'Looting/property destruction' ? 'Military' : 'Government';
  const official = (n: string): string => {
    const id = entityOf.get(n);
    if (!id || interCode(n, iso2, t) !== null || res.kb.get(id)?.type !== 'person') return n;
    for (const role of res.kb.rolesAt(id, e.date?.start ?? null)) {
      const org = role.org ? res.kb.get(role.org) : undefined;
      const cls = (org as { class?: string } | undefined)?.class;
      if (!org?.country || !['government', 'military', 'state'].includes(cls ?? '')) continue;
      const named = stateForceName(res, force, org.country, e.date?.start ?? null);
      if (named) return named;
    }
    return n;
  };
  // a side whose main actor is no ACLED actor (a person, a phrase) is led by its first coded associate
  // a KB force that belongs to a parent organisation takes the name ACLED writes for it under its parent,
  // when ACLED's names have one ("STC: Southern Transitional Council (Security Belt Forces)")
  const underParent = (n: string): string => {
    const rec = res.kb.get(entityOf.get(n) ?? '') as { name: string; aliases?: readonly string[]; parent?: string } | undefined;
    const parent = rec?.parent ? res.kb.get(rec.parent) : undefined;
    if (!rec || !parent || t.actorTypes.has(n)) return n;
    const head = nameActor(res, { role: 'agent', name: parent.name, entity: rec.parent! }, { violent: false, date: e.date?.start ?? null, country: iso2 }).name;
    return [rec.name, ...(rec.aliases ?? [])].map((x) => `${head} (${x})`).find((x) => t.actorTypes.has(x)) ?? n;
  };
  const side = (main: string | null | undefined, assoc: string | null | undefined): [string | null, string[]] => {
    const all = [...new Set([main, ...split(assoc)].filter((n): n is string => !!n).map((n) => acledActorName(underParent(official(n)), iso2, t)))];
    const lead = all.find((n) => interCode(n, iso2, t) !== null) ?? null;
    return [lead, all.filter((n) => n !== lead && assocOk(n, iso2, t))];
  };
  let [lead1, assoc1] = side(named.actor1, named.assoc_actor_1);
  let [actor2, assoc2] = side(named.actor2, named.assoc_actor_2);
  // civilians are never the side that commits political violence (codebook: inter 7 is only ever a victim):
  // another coded actor of that side leads it, else the perpetrator is unknown (acled-sides.ts fills it)
  if (acled && DISORDER[acled.event_type] === 'Political violence' && lead1 && interCode(lead1, iso2, t) === 7) {
    const other = assoc1.find((n) => { const c = interCode(n, iso2, t); return c !== null && c !== 7; });
    if (other) { assoc1 = assoc1.filter((n) => n !== other && interCode(n, iso2, t) !== 7); lead1 = other; }
    else if (actor2) { assoc1 = []; lead1 = null; }
  }
  // an unknown perpetrator whom the sources name by a claim or an attribution is coded as that actor (ACLED
  // codes the perpetrator its sources report; a denial or conflicting claims leave it unknown)
  if ((!lead1 || /^Unidentified Armed Group\b/.test(lead1)) && acled && DISORDER[acled.event_type] === 'Political violence'
    && (e.responsibility?.status === 'claimed' || e.responsibility?.status === 'attributed')) {
    const armed = e.responsibility.by.map((n) => acledActorName(n, iso2, t)).filter((n) => { const c = interCode(n, iso2, t); return c !== null && c !== 7 && c !== 6 && c !== 5; });
    // a name ACLED itself writes first ("Hamas Movement" over "Hamas")
    const by = armed.find((n) => t.actorTypes.has(n)) ?? armed[0];
    if (by) lead1 = by;
  }
  let actor1 = lead1;
  // a battle is between armed sides: armed force against civilians is violence against civilians (codebook)
  if (acled?.event_type === 'Battles' && actor2 && /^Civilians\b/.test(actor2)) acled = { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
  if (acled) ({ actor1, actor2, assoc2 } = fillSides(res, { actor1, actor2, assoc2 }, acled.sub_event_type, acled.event_type, place?.country ?? null, iso2, e.date?.start ?? null, /\b(?:drones?|uavs?)\b/i.test(`${e.weapon ?? ''} ${e.mode ?? ''}`)));
  const inter1 = interCode(actor1, iso2, t);
  const inter2 = actor2 ? interCode(actor2, iso2, t) : 0;
  const fatalities = lowestFatalities(e);
  const sources = e.sources?.length ? e.sources : [...new Set(e.reports.map((r) => articles.get(r.article)?.source).filter((s): s is string => !!s))];
  const published = e.reports.map((r) => articles.get(r.article)?.published).filter((p): p is string => !!p).map((p) => Date.parse(p.length === 10 ? p + 'T00:00:00Z' : p)).filter(Number.isFinite);
  const timestamp = published.length ? Math.floor(Math.max(...published) / 1000) : e.date ? Math.floor(Date.parse(e.date.end + 'T23:59:59Z') / 1000) : '';
  const tp = e.date ? timePrecision(e.date) : null;
  const disputed = [...new Set((e.conflicts ?? []).map((c) => c.field))];
  const tags = [
    fatalities === null ? 'fatalities unknown' : '',
    place?.widened === 'country' ? 'location=country only' : place?.widened === 'admin1' ? 'location=admin1 only' : '',
    disputed.length ? `disputed=${disputed.join(', ')}` : '',
    e.modality && e.modality !== 'asserted' ? e.modality : '', e.background ? 'background' : '',
    e.outcome ? `outcome=${e.outcome}` : '', e.weapon ? `weapon=${e.weapon}` : '', e.responsibility?.status && e.responsibility.status !== 'unknown' ? `responsibility=${e.responsibility.status}` : '',
  ].filter(Boolean).join('; ');
  const outside = acledScope({ type: e.type, mode: e.mode ?? null, acled, hasDate: !!e.date, hasPlace: !!place, inter1, inter2: actor2 ? inter2 : null });
  const notes = acled && place && actor1 && date && tp
    ? acledNotes({ date, timePrecision: tp, subEventType: acled.sub_event_type, actor1, actor2, location: place.location, admin1: place.admin1, country: place.country, weapon: e.weapon ?? null, fatalities })
    : e.reports[0]?.text ?? '';
  const values: Record<AcledColumn, string | number> = {
    event_id_cnty: `${place?.iso3 ?? (iso2 ? t.countries.get(iso2)?.iso3 : null) ?? 'XXX'}${idNumber(e.id)}`,
    event_date: date,
    year: date.slice(0, 4),
    time_precision: tp ?? '',
    disorder_type: acled?.event_type ? DISORDER[acled.event_type] ?? '' : '',
    event_type: acled?.event_type ?? '',
    sub_event_type: acled?.sub_event_type ?? '',
    actor1: actor1 ?? '',
    assoc_actor_1: assoc1.filter((n) => n !== actor1).join('; '),
    inter1: inter1 ?? '',
    actor2: actor2 ?? '',
    assoc_actor_2: assoc2.filter((n) => n !== actor2 && n !== actor1).join('; '),
    inter2: inter1 === null ? '' : inter2 ?? '',
    interaction: interactionCode(inter1, inter2 ?? null) ?? '',
    civilian_targeting: civilianTargeting(acled?.event_type ?? null, inter1, inter2 ?? null),
    iso: place?.iso ?? '',
    region: place?.region ?? '',
    country: place?.country ?? '',
    admin1: place?.admin1 ?? '',
    admin2: place?.admin2 ?? '',
    admin3: place?.admin3 ?? '',
    location: place?.location ?? e.location?.name ?? '',
    latitude: place?.latitude ?? e.location?.lat ?? '',
    longitude: place?.longitude ?? e.location?.lon ?? '',
    geo_precision: place?.geo_precision ?? '',
    source: sources.join('; '),
    source_scale: iso2 ? sourceScale(sources, iso2, t) : '',
    notes,
    // unknown: ACLED's 0, told apart from a reported zero by the tag above
    fatalities: fatalities ?? 0,
    tags,
    timestamp,
  };
  return { values, outside };
}

/** One CSV row (as field values, in ACLED_COLUMNS order) for an event. */
export function acledRow(res: Resources, e: ExportEvent, articles?: ReadonlyMap<string, { source?: string | null; published?: string | null }>): string[] {
  const { values } = acledRecord(res, e, articles);
  return ACLED_COLUMNS.map((c) => csvField(values[c]));
}

export interface AcledExport {
  readonly csv: string;
  readonly rows: number;
  /** events left out, by reason */
  readonly outside: Record<string, number>;
}

/** The CSV and what was left out: header and one row per event in scope (every event with `all`), CRLF line ends. */
export function acledExport(res: Resources, report: ExportReport, opts: AcledExportOptions = {}): AcledExport {
  const articles = new Map((report.articles ?? []).map((a) => [a.id, a]));
  const lines = [ACLED_COLUMNS.join(',')];
  const outside: Record<string, number> = {};
  for (const e of report.events) {
    const r = acledRecord(res, e, articles);
    if (r.outside && !opts.all) { outside[r.outside] = (outside[r.outside] ?? 0) + 1; continue; }
    lines.push(ACLED_COLUMNS.map((c) => csvField(r.values[c])).join(','));
  }
  return { csv: lines.join('\r\n') + '\r\n', rows: lines.length - 1, outside };
}

/** The whole CSV (see acledExport). */
export function toAcledCsv(res: Resources, report: ExportReport, opts: AcledExportOptions = {}): string {
  return acledExport(res, report, opts).csv;
}
