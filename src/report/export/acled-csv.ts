/**
 * ACLED-style CSV of the report's events: ACLED's 31 column names in ACLED's order (acledR codebook),
 * one row per event, RFC 4180 quoting (CRLF line ends, fields with comma, quote or line break quoted,
 * quotes doubled), so tools written for ACLED exports load it unchanged. Columns Sitrep does not code
 * (inter1, inter2, interaction, iso numeric code, region, admin2, admin3, source_scale, timestamp) stay
 * empty. Fatalities follow ACLED's rule of the most conservative figure (the lower bound). Actors are in
 * ACLED's naming (the report's acled.actor1/actor2, else named here from the event's actors:
 * src/extract/ontology/acled-actors.ts).
 */
import type { Resources } from '../../resources/index.js';
import { acledFor } from '../../extract/ontology/acled.js';
import { acledActorsFor } from '../../extract/ontology/acled-actors.js';
import { neutraliseCell } from './csv-cell.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** The part of a report event the exporters read (report.schema.json plus Sitrep's acled/cameo/sources). */
export interface ExportEvent {
  id: string;
  type: string;
  mode?: string | null;
  acled?: { event_type: string | null; sub_event_type: string | null; actor1?: string | null; assoc_actor_1?: string | null; actor2?: string | null; assoc_actor_2?: string | null } | null;
  cameo?: string | null;
  date: { start: string; end: string; precision: string } | null;
  location: { name: string; country?: string | null; admin1?: string | null; lat?: number | null; lon?: number | null; precision?: string | null } | null;
  actors: { role: string; name: string; entity?: string | null }[];
  weapon?: string | null;
  quantity?: number | null;
  casualties?: { killed?: { min: number; max: number | null }; injured?: { min: number; max: number | null } } | null;
  responsibility?: { status: string; by: string[] } | null;
  outcome?: string | null;
  modality?: string;
  background?: boolean;
  reports: { article: string; start: number; end: number; text: string }[];
  conflicts?: { field: string }[];
  confidence?: number | null;
  sources?: string[];
}

export interface ExportReport {
  events: ExportEvent[];
  articles?: { id: string; source?: string | null }[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (iso2: string | null | undefined): string => {
  if (!iso2 || !/^[A-Z]{2}$/i.test(iso2)) return '';
  try { return regionNames.of(iso2.toUpperCase()) ?? ''; } catch { return ''; }
};

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

const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3, range: 3, year: 3 };
const GEO_PRECISION: Record<string, number> = { site: 1, town: 1, admin2: 2, admin1: 3, country: 3, region: 3 };
const DISORDER: Record<string, string> = {
  Battles: 'Political violence', 'Explosions/Remote violence': 'Political violence', 'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations', Riots: 'Demonstrations', 'Strategic developments': 'Strategic developments',
};

/** One CSV row (as field values, in ACLED_COLUMNS order) for an event. */
export function acledRow(res: Resources, e: ExportEvent, sourceOf: (articleId: string) => string | null = () => null): string[] {
  const acled = e.acled?.event_type ? e.acled : acledFor(e.type, e.mode ?? null, { outcome: e.outcome ?? null });
  const iso2 = e.location?.country ?? null;
  const named = e.acled && e.acled.actor1 !== undefined ? e.acled
    : acledActorsFor(res, { type: e.type, acledType: acled?.event_type ?? null, date: e.date, country: iso2, actors: e.actors.map((a) => ({ ...a, entity: a.entity ?? null })) });
  const date = e.date ? (e.date.precision === 'day' ? e.date.start : mid(e.date)) : '';
  const sources = e.sources?.length ? e.sources : [...new Set(e.reports.map((r) => sourceOf(r.article)).filter((s): s is string => !!s))];
  const notes = [e.reports[0]?.text ?? '', e.conflicts?.length ? `Sources disagree on: ${[...new Set(e.conflicts.map((c) => c.field))].join(', ')}.` : '']
    .filter(Boolean).join(' ');
  const tags = [e.modality && e.modality !== 'asserted' ? e.modality : '', e.background ? 'background' : '', e.outcome ? `outcome=${e.outcome}` : '', e.weapon ? `weapon=${e.weapon}` : '', e.responsibility?.status ? `responsibility=${e.responsibility.status}` : '']
    .filter(Boolean).join('; ');
  const values: Record<(typeof ACLED_COLUMNS)[number], unknown> = {
    event_id_cnty: `${(iso2 ?? 'XX').toUpperCase()}-${e.id}`,
    event_date: date,
    year: date.slice(0, 4),
    time_precision: e.date ? TIME_PRECISION[e.date.precision] ?? 3 : '',
    disorder_type: acled?.event_type ? DISORDER[acled.event_type] ?? '' : '',
    event_type: acled?.event_type ?? '',
    sub_event_type: acled?.sub_event_type ?? '',
    actor1: named.actor1 ?? '',
    assoc_actor_1: named.assoc_actor_1 ?? '',
    inter1: '',
    actor2: named.actor2 ?? '',
    assoc_actor_2: named.assoc_actor_2 ?? '',
    inter2: '',
    interaction: '',
    civilian_targeting: acled?.event_type === 'Violence against civilians' ? 'Civilian targeting' : '',
    iso: '',
    region: '',
    country: countryName(iso2),
    admin1: e.location?.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: e.location?.name ?? '',
    latitude: e.location?.lat ?? '',
    longitude: e.location?.lon ?? '',
    geo_precision: e.location ? GEO_PRECISION[e.location.precision ?? ''] ?? 2 : '',
    source: sources.join('; '),
    source_scale: '',
    notes,
    fatalities: e.casualties?.killed?.min ?? 0,
    tags,
    timestamp: '',
  };
  return ACLED_COLUMNS.map((c) => csvField(values[c]));
}

/** The whole CSV: header and one row per event, CRLF line ends. */
export function toAcledCsv(res: Resources, report: ExportReport): string {
  const sourceById = new Map((report.articles ?? []).map((a) => [a.id, a.source ?? null]));
  const lines = [ACLED_COLUMNS.join(',')];
  for (const e of report.events) lines.push(acledRow(res, e, (id) => sourceById.get(id) ?? null).join(','));
  return lines.join('\r\n') + '\r\n';
}
