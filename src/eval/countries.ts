/**
 * Country codes for the PLOVER actor scoring: ISO 3166 alpha-3 (and CAMEO variants) to alpha-2
 * (src/eval/data/iso3166.tsv), and a country found in an actor name ("Iranian officials" -> IR) from the
 * English country names Node's ICU data gives plus a few common short names.
 */
import { evalData, evalTsv } from './data.js';
import { fold } from './names.js';

let a3: Map<string, string> | null = null;
/** ISO2 for an alpha-3 or CAMEO country code, null for non-country codes (IGO, NGO ...). */
export function iso2Of(code: string): string | null {
  if (!a3) a3 = new Map(evalTsv('iso3166.tsv').map((r) => [r[0]!, r[1]!]));
  return a3.get(code.trim().toUpperCase().slice(0, 3)) ?? null;
}

let names: { name: string; iso2: string }[] | null = null;
function countryNames(): { name: string; iso2: string }[] {
  if (names) return names;
  const d = evalData<{ countryNames: Record<string, string>; demonyms: Record<string, string> }>('actor-aliases.json');
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const byName = new Map<string, string>();
  for (const [, iso2] of evalTsv('iso3166.tsv')) {
    const n = display.of(iso2!);
    if (n && n !== iso2) byName.set(fold(n.replace(/\(.*\)/, '')), iso2!);
  }
  for (const [n, iso2] of Object.entries(d.countryNames)) byName.set(fold(n), iso2);
  for (const [dem, country] of Object.entries(d.demonyms)) { const iso2 = byName.get(fold(country)); if (iso2) byName.set(fold(dem), iso2); }
  // longest names first, so "south sudan" wins over "sudan"
  names = [...byName].map(([name, iso2]) => ({ name, iso2 })).filter((x) => x.name).sort((a, b) => b.name.length - a.name.length);
  return names;
}

/** The country an actor name mentions, by its English name or demonym; null when none does. */
export function countryInName(name: string): string | null {
  const f = ` ${fold(name)} `;
  for (const c of countryNames()) if (f.includes(` ${c.name} `)) return c.iso2;
  return null;
}
