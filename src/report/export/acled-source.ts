/**
 * `source` and `source_scale` of an ACLED row (ACLED Codebook, "Information Sources"). The source is
 * the outlets that report the event, "; "-separated as in ACLED's files. The scale of one outlet, from
 * where it is based (KB media records) against where the event happened: National in the same country,
 * Regional in another country of the same ACLED region, International further away, Other when the
 * outlet is unknown. Several scales are written as ACLED does, "lower-higher" in ACLED's order
 * (Local partner, Other, New media, Subnational, National, Regional, International) — ACLED's files
 * pair at most two, so the narrowest and the widest are kept.
 */
import { foldName, type AcledTables } from './acled-tables.js';

const ORDER = ['Local partner', 'Other', 'New media', 'Subnational', 'National', 'Regional', 'International'] as const;
export type SourceScale = (typeof ORDER)[number];

/** The scale of one outlet for an event in `country` (ISO2). */
export function outletScale(outlet: string, country: string, t: AcledTables): SourceScale {
  const folded = foldName(outlet);
  if (!t.outlets.has(folded)) return 'Other';
  const home = t.outlets.get(folded) ?? null;
  if (!home) return 'International';
  if (home === country) return 'National';
  const r1 = t.countries.get(home)?.region, r2 = t.countries.get(country)?.region;
  return r1 && r1 === r2 ? 'Regional' : 'International';
}

/** ACLED's `source_scale` of a set of outlets. */
export function sourceScale(outlets: readonly string[], country: string, t: AcledTables): string {
  const scales = [...new Set(outlets.map((o) => outletScale(o, country, t)))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (!scales.length) return 'Other';
  return scales.length === 1 ? scales[0]! : `${scales[0]}-${scales[scales.length - 1]}`;
}
