/**
 * The place columns of an ACLED row (ACLED Codebook, "Event Geography"): `iso` (ISO 3166 numeric),
 * `region`, `country` in ACLED's naming, `admin1`–`admin3`, `location`, `latitude`, `longitude` and
 * `geo_precision` (1 the town or site itself, 2 near a town or within a district, 3 a larger part of a
 * region). Admin units come from the place's own admin chain (`admin1`, and `admin2`/`admin3` when the
 * gazetteer gives them), admin-1 in ACLED's spelling (kb/acled/admin1.jsonl), else the KB's name without
 * its "Governorate"/"Province" suffix; a place with neither (a village placed at a nearby point) takes
 * the unit of the nearest gazetteer place of its country within 30 km. As ACLED does, an event known only to a province is coded at the
 * province's seat with precision 3, and one known only to a country at the capital's province (and
 * tagged), so every row has an admin-1 unit. A place with no country, or none of these, is no ACLED place.
 */
import { foldName, type AcledTables } from './acled-tables.js';

export interface PlaceInput {
  readonly name: string;
  readonly entity?: string | null;
  readonly country?: string | null;
  readonly admin1?: string | null;
  readonly admin2?: string | null;
  readonly admin3?: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly precision?: string | null;
}

export interface AcledPlace {
  readonly iso2: string;
  readonly iso3: string;
  readonly iso: number;
  readonly region: string;
  readonly country: string;
  readonly admin1: string;
  readonly admin2: string;
  readonly admin3: string;
  readonly location: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly geo_precision: 1 | 2 | 3;
  /** how the place was widened to meet ACLED's admin-1 level, for `tags` */
  readonly widened: 'admin1' | 'country' | null;
}

const UNIT_SUFFIX = /\s+(?:Governorate|Province|Region|District|Muhafazah|Oblast|State|County|Prefecture|Department)$/i;

/** ACLED's name of an admin-1 unit given by the KB's name. */
export function acledAdmin1(iso2: string, kbName: string, t: AcledTables): string {
  return t.admin1.get(`${iso2}|${foldName(kbName)}`) ?? kbName.replace(UNIT_SUFFIX, '').trim();
}

const GEO_PRECISION: Record<string, 1 | 2 | 3> = { site: 1, town: 1, admin2: 2, admin1: 3, country: 3, region: 3 };

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function acledPlace(loc: PlaceInput | null | undefined, t: AcledTables): AcledPlace | null {
  const iso2 = loc?.country?.toUpperCase() ?? null;
  const c = iso2 ? t.countries.get(iso2) : undefined;
  if (!loc || !iso2 || !c) return null;
  const base = { iso2, iso3: c.iso3, iso: c.iso, region: c.region, country: c.name };
  const precision = loc.precision ?? 'town';
  const hasPoint = typeof loc.lat === 'number' && typeof loc.lon === 'number';
  if (precision === 'country' || precision === 'region') {
    // known only to the country: its capital's province, at precision 3
    const capital = t.kbCountries.get(iso2)?.capital;
    const unit = capital ? t.kbAdmin1.find((r) => r.country === iso2 && r.capital && foldName(r.capital) === foldName(capital)) : undefined;
    if (!capital || !unit) return null;
    return { ...base, admin1: acledAdmin1(iso2, unit.name, t), admin2: '', admin3: '', location: capital, latitude: round4(unit.lat ?? loc.lat ?? 0), longitude: round4(unit.lon ?? loc.lon ?? 0), geo_precision: 3, widened: 'country' };
  }
  // a gazetteer place with no admin-1 name in the KB: its GeoNames admin-1 code, in ACLED's spelling
  // (an airport's code is its ISO 3166-2 region, which ACLED's table does not know: then the point decides)
  const own = loc.admin1 || !loc.entity ? null : t.admin1Code(loc.entity);
  const code = loc.admin1 ? null : own && t.admin1.has(`${iso2}|${own}`) ? own : hasPoint ? t.admin1CodeAt(iso2, loc.lat!, loc.lon!) ?? own : own;
  const admin1 = loc.admin1 ? acledAdmin1(iso2, loc.admin1, t) : code ? t.admin1.get(`${iso2}|${code}`) ?? null : null;
  if (!hasPoint || !admin1) return null;
  if (precision === 'admin1' && loc.admin1) {
    // known only to the province: its seat, at precision 3 (ACLED: "coded as provincial capital")
    const unit = t.kbAdmin1.find((r) => r.country === iso2 && foldName(r.name) === foldName(loc.admin1!));
    return { ...base, admin1: acledAdmin1(iso2, loc.admin1, t), admin2: '', admin3: '', location: unit?.capital ?? loc.name, latitude: round4(loc.lat!), longitude: round4(loc.lon!), geo_precision: 3, widened: 'admin1' };
  }
  return {
    ...base,
    admin1,
    admin2: loc.admin2 ?? (precision === 'admin2' ? loc.name : ''),
    admin3: loc.admin3 ?? '',
    location: loc.name,
    latitude: round4(loc.lat!),
    longitude: round4(loc.lon!),
    geo_precision: GEO_PRECISION[precision] ?? 2,
    widened: null,
  };
}
