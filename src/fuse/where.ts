/**
 * Places for fusion: the canonical location shape, great-circle distance, how two reported places
 * relate (same site, nearby, one inside the other, distant) and the index cell of a place (distance:
 * src/core/distance.ts). Hand-written; the radii are judgement calls per gazetteer precision.
 */
import { km } from '../core/distance.js';
import type { PlaceRef } from '../core/model/event.js';
import type { FusedEvent } from '../core/model/event.js';
import { foldLatin } from '../core/fold.js';

export type FusedPlace = NonNullable<FusedEvent['location']>;

export function placeOf(p: PlaceRef): FusedPlace {
  return {
    name: p.name, entity: p.entity, country: p.geo?.country ?? null, admin1: p.geo?.admin1 ?? null,
    lat: p.geo?.lat ?? null, lon: p.geo?.lon ?? null, precision: p.geo?.precision ?? null,
    // how the place was chosen and what its point stands for (report `location.by`, `location.level`)
    ...(p.by ? { by: p.by } : {}), ...(p.precision ? { level: p.precision } : {}),
  };
}

/** How far from its point a place of this precision may still be the same place. */
const RADIUS_KM: Record<string, number> = { site: 15, town: 30, admin2: 80, admin1: 250 };
const COARSE = new Set(['country', 'region']);
/** A village and a differently named place closer than this are one place listed twice (gazetteers hold duplicates and variant spellings). */
const VILLAGES_APART_KM = 2;
export const PRECISION_RANK: Record<string, number> = { site: 5, town: 4, admin2: 3, admin1: 2, country: 1, region: 0 };
export const rankOf = (p: FusedPlace): number => PRECISION_RANK[p.precision ?? ''] ?? (p.lat != null ? 3 : 0);

const norm = (s: string): string => foldLatin(s).toLowerCase().replace(/\b(the|al|el)[- ]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** A place whose point is its address unit's (an unknown name placed by the town or province it is in: `+address`). */
export const borrowed = (p: FusedPlace): boolean => !!p.by?.includes('+address');

export type PlaceRelation = 'same' | 'near' | 'contains' | 'unknown' | 'distant';

export interface PlaceComparison { readonly relation: PlaceRelation; readonly km: number | null }

/** Compares two places; `distant` is a veto for fusion. */
export function comparePlaces(a: FusedPlace | null, b: FusedPlace | null): PlaceComparison {
  if (!a || !b) return { relation: 'unknown', km: null };
  const hasPoint = a.lat != null && a.lon != null && b.lat != null && b.lon != null;
  const d = hasPoint ? km({ lat: a.lat!, lon: a.lon! }, { lat: b.lat!, lon: b.lon! }) : null;
  if ((a.entity && a.entity === b.entity) || norm(a.name) === norm(b.name)) return { relation: 'same', km: d };
  // a name the gazetteer does not know, placed at the point of the unit its address names: two such names are two
  // places of that unit (told apart by their names); one is somewhere in or by the other place, not at its point
  const bA = borrowed(a), bB = borrowed(b);
  if ((bA || bB) && d != null && d <= 10 && !COARSE.has(a.precision ?? '') && !COARSE.has(b.precision ?? '')) return { relation: bA && bB ? 'near' : 'contains', km: d };
  const coarseA = COARSE.has(a.precision ?? ''), coarseB = COARSE.has(b.precision ?? '');
  if (a.country && b.country && a.country !== b.country && !(a.precision === 'region' || b.precision === 'region')) return { relation: 'distant', km: d };
  if (coarseA || coarseB) return { relation: a.country && a.country === b.country ? 'contains' : 'unknown', km: d };
  if (d == null) return { relation: a.admin1 && a.admin1 === b.admin1 ? 'near' : 'unknown', km: null };
  const radius = Math.max(RADIUS_KM[a.precision ?? ''] ?? 50, RADIUS_KM[b.precision ?? ''] ?? 50);
  // a village and a differently named place a few km away are two places: a village is too small to be named by a
  // part of it (a city is named by its neighbourhoods, so two names close together may be one place there)
  if (d <= 10) return { relation: (a.level === 'village' || b.level === 'village') && d > VILLAGES_APART_KM ? 'near' : 'same', km: d };
  if (d <= radius) return { relation: (RADIUS_KM[a.precision ?? ''] ?? 0) >= 80 || (RADIUS_KM[b.precision ?? ''] ?? 0) >= 80 ? 'contains' : 'near', km: d };
  return { relation: 'distant', km: d };
}

const FINE = new Set(['site', 'town', 'admin2']);

/**
 * The index cell of a place: `CC:lat,lon` (one-degree grid inside the country) for a precise place,
 * `CC` for a coarse one (province, country), `?:lat,lon` for a point without a country, `*` for none.
 */
export function cellOf(country: string | null | undefined, lat: number | null | undefined, lon: number | null | undefined, precision?: string | null): string {
  const cc = country ? country.toUpperCase() : null;
  const fine = lat != null && lon != null && (precision == null || FINE.has(precision));
  if (fine) return `${cc ?? '?'}:${Math.floor(lat)},${Math.floor(lon)}`;
  return cc ?? '*';
}

/**
 * The cells a query must read: for a precise point, its grid cell and the eight around it, its
 * country's coarse cell and `*`; for a coarse place, every cell of the country (`CC` prefix) and `*`;
 * null = all cells (no place, or a point without a country).
 */
export function queryCells(country: string | null | undefined, lat: number | null | undefined, lon: number | null | undefined, precision?: string | null): { exact: Set<string>; prefix: string | null } | null {
  const cc = country ? country.toUpperCase() : null;
  const fine = lat != null && lon != null && (precision == null || FINE.has(precision));
  if (fine && cc) {
    const exact = new Set<string>(['*', cc]);
    const y = Math.floor(lat), x = Math.floor(lon);
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) { exact.add(`${cc}:${y + dy},${x + dx}`); exact.add(`?:${y + dy},${x + dx}`); }
    return { exact, prefix: null };
  }
  if (cc) return { exact: new Set(['*']), prefix: cc };
  return null;
}
