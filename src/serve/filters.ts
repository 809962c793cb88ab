/**
 * The event filters of the API, the web app and the exports: one querystring schema (it is what OpenAPI
 * shows, and Fastify validates it before a handler runs) and one parser that turns the checked strings
 * into a store filter, refusing values the ledger cannot hold (an unknown type, a reversed date range)
 * with a message that names the parameter.
 */
import { PLOVER_TYPES, MODES } from '../extract/ontology/index.js';
import type { LedgerFilter, LedgerPage, SortKey } from '../store/repos/ledger.js';
import { dayNumber } from '../store/repos/events.js';

export const ACLED_EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'] as const;
export const MODALITIES = ['asserted', 'negated', 'hypothetical', 'planned', 'forecast', 'denied'] as const;
const ALL_MODES = [...new Set(Object.values(MODES).flat())];
export const SORTS = ['date', '-date', 'toll', '-toll', 'confidence', '-confidence', 'sources', '-sources', 'updated', '-updated'] as const;
export const MAX_PAGE = 500;

/** Filter parameters (shared by list, histogram, points and exports). */
export const filterProperties = {
  from: { type: 'string', format: 'date', description: 'events whose date window ends on or after this day (YYYY-MM-DD)' },
  to: { type: 'string', format: 'date', description: 'events whose date window starts on or before this day (YYYY-MM-DD)' },
  type: { type: 'string', maxLength: 400, description: `PLOVER types, comma-separated: ${PLOVER_TYPES.join(', ')}` },
  mode: { type: 'string', maxLength: 400, description: 'PLOVER modes, comma-separated (e.g. drone,missile)' },
  acled: { type: 'string', maxLength: 400, description: `ACLED event types, comma-separated: ${ACLED_EVENT_TYPES.join(', ')}` },
  country: { type: 'string', maxLength: 200, description: 'ISO 3166-1 alpha-2 codes, comma-separated' },
  admin1: { type: 'string', maxLength: 200, description: 'first-level administrative unit, as the ledger names it (e.g. Anbar Governorate)' },
  near: { type: 'string', maxLength: 60, description: 'a point "lat,lon"; with radius' },
  radius: { type: 'number', exclusiveMinimum: 0, maximum: 2000, description: 'km around near (default 50)' },
  actor: { type: 'string', maxLength: 200, description: 'an actor or claimant, by name (case-insensitive) as the ledger shows it' },
  entity: { type: 'string', maxLength: 200, description: 'a canonical entity id (actor or place), e.g. kb:ain-al-asad-air-base' },
  q: { type: 'string', maxLength: 300, description: 'words that a report sentence of the event holds (all of them)' },
  minConfidence: { type: 'number', minimum: 0, maximum: 1 },
  minSources: { type: 'integer', minimum: 1, maximum: 1000, description: 'minimum independent sources (copies of one text count once)' },
  minKilled: { type: 'integer', minimum: 0 },
  conflicts: { type: 'boolean', description: 'only events where sources disagree (true) or agree (false)' },
  background: { type: 'boolean', description: 'only events recalled as background (true) or news (false)' },
  modality: { type: 'string', maxLength: 100, description: `comma-separated: ${MODALITIES.join(', ')}, or "all" (default asserted)` },
  since: { type: 'string', format: 'date-time', description: 'events written or changed after this instant (ISO 8601)' },
} as const;

export const pageProperties = {
  sort: { type: 'string', enum: [...SORTS], default: '-date', description: 'sort key; a leading "-" sorts descending' },
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 50 },
  cursor: { type: 'string', maxLength: 400, description: 'the nextCursor of the previous page' },
} as const;

export type FilterQuery = Partial<Record<keyof typeof filterProperties, string | number | boolean>>;
export type PageQuery = { sort?: string; limit?: number; cursor?: string };

export class FilterError extends Error {
  readonly statusCode = 400;
}

const list = (v: unknown): string[] => String(v).split(',').map((s) => s.trim()).filter(Boolean);

function oneOf(name: string, values: string[], allowed: readonly string[]): string[] {
  for (const v of values) if (!allowed.includes(v)) throw new FilterError(`${name}: unknown value "${v}"; one of ${allowed.join(', ')}`);
  return values;
}

export function parseFilter(q: FilterQuery): LedgerFilter {
  const f: LedgerFilter = {};
  if (q.from !== undefined) f.from = day('from', String(q.from));
  if (q.to !== undefined) f.to = day('to', String(q.to));
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) throw new FilterError(`from (${q.from}) is after to (${q.to})`);
  if (q.type !== undefined) f.types = oneOf('type', list(q.type).map((s) => s.toUpperCase()), PLOVER_TYPES);
  if (q.mode !== undefined) f.modes = oneOf('mode', list(q.mode), ALL_MODES);
  if (q.acled !== undefined) f.acledTypes = oneOf('acled', list(q.acled), ACLED_EVENT_TYPES);
  if (q.country !== undefined) {
    f.countries = list(q.country).map((c) => c.toUpperCase());
    for (const c of f.countries) if (!/^[A-Z]{2}$/.test(c)) throw new FilterError(`country: "${c}" is not an ISO 3166-1 alpha-2 code`);
  }
  if (q.admin1 !== undefined) f.admin1 = [String(q.admin1)];
  if (q.near !== undefined) {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(String(q.near));
    const lat = Number(m?.[1]), lon = Number(m?.[2]);
    if (!m || Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new FilterError(`near: "${q.near}" is not "lat,lon" with lat in [-90, 90] and lon in [-180, 180]`);
    f.near = { lat, lon, km: q.radius !== undefined ? Number(q.radius) : 50 };
  } else if (q.radius !== undefined) throw new FilterError('radius needs near=lat,lon');
  if (q.actor !== undefined) f.actors = [String(q.actor)];
  if (q.entity !== undefined) f.entities = [String(q.entity)];
  if (q.q !== undefined) {
    f.words = String(q.q).match(/[\p{L}\p{N}]+/gu)?.slice(0, 20) ?? [];
    if (!f.words.length) throw new FilterError('q: no words to search for');
  }
  if (q.minConfidence !== undefined) f.minConfidence = Number(q.minConfidence);
  if (q.minSources !== undefined) f.minSources = Number(q.minSources);
  if (q.minKilled !== undefined) f.minKilled = Number(q.minKilled);
  if (q.conflicts !== undefined) f.conflicts = q.conflicts === true || q.conflicts === 'true';
  if (q.background !== undefined) f.background = q.background === true || q.background === 'true';
  const modality = q.modality === undefined ? 'asserted' : String(q.modality);
  if (modality !== 'all') f.modalities = oneOf('modality', list(modality), MODALITIES);
  if (q.since !== undefined) f.updatedSince = new Date(String(q.since)).toISOString();
  return f;
}

function day(name: string, s: string): number {
  const n = dayNumber(s);
  // the format check accepts 2024-02-30; the calendar does not
  if (n === null || !Number.isFinite(n) || new Date(n * 86400000).toISOString().slice(0, 10) !== s) throw new FilterError(`${name}: "${s}" is not a calendar date (YYYY-MM-DD)`);
  return n;
}

export function parsePage(q: PageQuery): LedgerPage {
  const sort = (q.sort ?? '-date');
  const key = sort.replace(/^-/, '') as SortKey;
  const page: LedgerPage = { sort: key, desc: sort.startsWith('-'), limit: q.limit ?? 50 };
  if (page.limit > MAX_PAGE) throw new FilterError(`limit: at most ${MAX_PAGE} events a page`);
  if (q.cursor) page.after = decodeCursor(q.cursor, sort);
  return page;
}

export function encodeCursor(sort: string, value: number | string, id: string): string {
  return Buffer.from(JSON.stringify([sort, value, id])).toString('base64url');
}

function decodeCursor(c: string, sort: string): [number | string, string] {
  let v: unknown;
  try { v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')); } catch { v = null; }
  if (!Array.isArray(v) || v.length !== 3 || typeof v[2] !== 'string' || (typeof v[1] !== 'number' && typeof v[1] !== 'string')) throw new FilterError('cursor: not a cursor this API gave out');
  if (v[0] !== sort) throw new FilterError(`cursor: it pages a list sorted by ${v[0]}, not ${sort}`);
  return [v[1], v[2]];
}
