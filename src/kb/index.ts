/**
 * The knowledge base: countries, admin-1 units, regions, curated sites, and actors (states' governments
 * and forces, armed groups, officials with dated roles), loaded from readable JSONL files (kb/README.md)
 * and indexed by normalised name; plus the generated gazetteer of ~420,000 populated places, districts
 * and airports (places-store.ts), searched in its sorted files rather than loaded as objects.
 *
 * Lookups for other stages (all ids are KB ids: `kb:...`, `geonames:<id>`, `ourairports:<ident>`):
 * - `kb.get(id)`: the raw record, or undefined.
 * - `kb.lookup(name)`: every record one of whose names or aliases normalises like `name` (see normalize.ts).
 * - `kb.actor(id)`: `ActorInfo` {id, name, type, class, country, parent, isState, isGovernment,
 *   isMilitary, isArmedGroup}. Countries are actors of class `state`; a government or force points
 *   to its country via `parent`/`country`.
 * - `kb.place(id)`: `PlaceInfo` {id, name, lat, lon, country, admin1 (a name), precision}; undefined
 *   for records without coordinates.
 * - `kb.country(iso2)`: the country record; `kb.countryByName("Iraqi")` resolves names and demonyms.
 * - `kb.rolesAt(personId, isoDate)`: the person's roles valid on that date.
 * - `kb.isFirstName(word)`, `kb.lexicon`: cue words for the entity stage.
 *
 * Configuration: `loadKnowledgeBase({ extraFiles, dir, gazetteer })`. Extra files are read after the
 * built-in ones; a record with an existing id replaces it. The CLI maps the environment variables
 * `SITREP_KB_FILES` and `SITREP_KB_DIR` onto these options (src/cli/resources.ts); nothing here reads
 * the environment.
 * Each call builds a new KB (about a second with the gazetteer): load it once, through
 * `loadResources` (src/resources), and pass it down; no module state keeps it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../core/model/entity.js';
import { SitrepError } from '../core/errors.js';
import { readKbFile, type ActorClass, type KbRecord, type RoleSpan } from './records.js';
import { openPlaceStore, type GazetteerRecord, type PlaceStore } from './places-store.js';
import { compactKey, fold, isAcronym, looseKey, skeleton, POSSESSIVE_CLITIC, withoutClitic, writtenWithClitic } from './normalize.js';

export type { KbRecord, ActorClass, RoleSpan } from './records.js';
export { nameKey, compactKey, looseKey, skeleton, fold, nameWords, isAcronym, slug, tokenKey, POSSESSIVE_CLITIC, withoutClitic, writtenWithClitic } from './normalize.js';

/** One name of a record in the index. */
export interface NameEntry {
  readonly record: KbRecord;
  /** the alias as written in the KB */
  readonly alias: string;
  /** acronyms match only with the same capitalisation */
  readonly acronym: boolean;
  /** a person's one-word short form ("Biden"): trusted only with the full name or a title nearby */
  readonly short: boolean;
  /** a demonym of a country ("Iraqi") */
  readonly demonym: boolean;
  /** 3 curated, 2 airport, 1 GeoNames */
  readonly rank: number;
}

/** Whether the entry's record is written with a final possessive clitic that has compactKey `key` ("St. George's"). */
export const namedWithClitic = (e: NameEntry, key: string): boolean => writtenWithClitic([e.alias, e.record.name, ...(e.record.aliases ?? [])], key);

export interface ActorInfo {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly class: ActorClass;
  readonly country: string | null;
  readonly parent: string | null;
  readonly isState: boolean;
  readonly isGovernment: boolean;
  readonly isMilitary: boolean;
  readonly isArmedGroup: boolean;
}

export interface PlaceInfo {
  readonly id: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
  /** admin-1 unit name, when known */
  readonly admin1: string | null;
  readonly precision: 'site' | 'town' | 'admin2' | 'admin1' | 'country' | 'region';
  readonly population: number;
  readonly kind: KbRecord['kind'];
  /** GeoNames feature code of a gazetteer row (PPL, PPLA2, ADM2 ...), null for curated records */
  readonly fcode: string | null;
}

export interface Lexicon {
  readonly titles: ReadonlySet<string>;
  readonly lowercaseTitles: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly orgStarts: ReadonlySet<string>;
  /** first words that make a name an organisation when "of" follows ("Children of Fire", "Sons of Iraq") */
  readonly orgStartsOf: ReadonlySet<string>;
  readonly placeCues: ReadonlyMap<string, string>;
  readonly facilityCues: readonly string[];
  readonly nonNames: ReadonlySet<string>;
  readonly ethnicReligious: ReadonlySet<string>;
}

export interface KnowledgeBase {
  readonly version: string;
  readonly size: number;
  readonly lexicon: Lexicon;
  get(id: string): KbRecord | undefined;
  lookup(name: string): readonly NameEntry[];
  /** lookup by an already computed compactKey */
  lookupKey(key: string): readonly NameEntry[];
  actor(id: string): ActorInfo | undefined;
  place(id: string): PlaceInfo | undefined;
  country(iso2: string): KbRecord | undefined;
  countryByName(name: string): KbRecord | undefined;
  /** KB admin-1 record for a GeoNames admin-1 code */
  admin1(country: string, code: string): KbRecord | undefined;
  rolesAt(personId: string, isoDate: string | null): RoleSpan[];
  isFirstName(word: string): boolean;
  /**
   * For the compact key of a name's first word (articles skipped): the most words a name starting
   * with it has. Lets the matcher skip tokens that start no name and stop extending early.
   */
  readonly firstWords: { get(key: string): number | undefined };
  /** folded first words of aliases written in lower case ("coalition forces", "al-Asad"): only these may start a match at a lower-case token */
  readonly lowerStarts: ReadonlySet<string>;
  /**
   * Transliteration-tolerant lookup of places and sites: first by a loose key (normalize.ts `looseKey`:
   * vowel spellings, doubled letters, q/k, dh/d, final h), then, for curated records, by consonant skeleton.
   * Loose keys of 5+ letters, or `minLoose` when the caller confines the answer to a written province.
   */
  lookupPlaceFuzzy(name: string, minLoose?: number): readonly NameEntry[];
  /**
   * Places of the region whose consonant skeleton is that of `name` ("Jindires" = "Jandairis"): many
   * names share a skeleton, so callers read it only where the text pins the province.
   */
  lookupPlaceSkeleton(name: string): readonly NameEntry[];
  /** every curated record (the JSONL files; the gazetteer's rows are reached by lookup, id and `nearestPlace` only) */
  records(): IterableIterator<KbRecord>;
  /** the nearest gazetteer place of country `cc` with an admin-1 code within `maxKm` of the point (places-store.ts `nearest`) */
  nearestPlace(cc: string, lat: number, lon: number, maxKm: number): KbRecord | undefined;
  /** the gazetteer's populated places of the admin-1 unit(s) named `admin1` (a KB admin-1 name, "Daraa Governorate") */
  placesInUnit(admin1: string): readonly KbRecord[];
}

export interface KbOptions {
  /** more JSONL files, read after the built-in ones */
  readonly extraFiles?: readonly string[];
  /** folder of the built-in files (default: `kb/` of the package) */
  readonly dir?: string;
  /** false leaves the generated gazetteer (GeoNames, Who's On First, OurAirports) out (tests, small installs); `dir`: where its files are (default: the package's kb/, also when `dir` above replaces the curated files) */
  readonly gazetteer?: false | { readonly dir?: string };
}

function packageRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'kb')) && existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

/** The built-in KB folder. */
export const kbDir = (): string => join(packageRoot(), 'kb');

/** Countries whose gazetteer names have transliteration keys (scripts/build-places.ts `FUZZY`). */
const REGION = new Set(['IQ', 'SY', 'YE', 'IR', 'TR', 'LB', 'JO', 'IL', 'PS', 'SA', 'AE', 'BH', 'QA', 'KW', 'OM', 'EG', 'AF', 'CY']);
const ARTICLE_WORDS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'an', 'at', 'the']);
const isCapital = (s: string): boolean => /^\p{Lu}/u.test(s);
const ONE_WORD_BREAK = /[\s\-‐–]/;
const WORDY = /[\p{L}\p{N}]/u;

/** Loads the knowledge base (a new one per call). */
export function loadKnowledgeBase(opts: KbOptions = {}): KnowledgeBase {
  return buildKnowledgeBase(opts.dir ?? kbDir(), [...(opts.extraFiles ?? [])], opts.gazetteer === false ? null : openPlaceStore(opts.gazetteer?.dir ?? kbDir()));
}

function readLexicon(dir: string): Lexicon {
  const p = join(dir, 'lexicon.json');
  const j = existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>) : {};
  const list = (k: string): string[] => (Array.isArray(j[k]) ? (j[k] as string[]) : []);
  return {
    titles: new Set(list('titles')),
    lowercaseTitles: new Set(list('lowercaseTitles')),
    orgHeads: new Set(list('orgHeads')),
    orgStarts: new Set(list('orgStarts')),
    orgStartsOf: new Set(list('orgStartsOf')),
    placeCues: new Map(Object.entries((j.placeCues as Record<string, string> | undefined) ?? {})),
    facilityCues: list('facilityCues'),
    nonNames: new Set(list('nonNames')),
    ethnicReligious: new Set(list('ethnicReligious')),
  };
}

function buildKnowledgeBase(dir: string, extraFiles: readonly string[], store: PlaceStore | null): KnowledgeBase {
  const byId = new Map<string, KbRecord>();
  const rank = new Map<string, number>();
  const add = (r: KbRecord, k: number): void => { byId.set(r.id, r); rank.set(r.id, k); };
  const builtIn = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];
  for (const f of [...builtIn, ...extraFiles]) for (const r of readKbFile(f)) add(r, 3);
  // a curated record that names a gazetteer row takes the row's point, country, admin-1 code and population
  for (const r of [...byId.values()]) {
    if (!r.ref || typeof r.lat === 'number') continue;
    if (!store) { byId.delete(r.id); continue; } // no gazetteer loaded: the record has no point
    const g = store.get(r.ref);
    if (!g) throw new SitrepError('SITREP_ERR_CONFIG', `knowledge-base record ${r.id} names gazetteer row ${r.ref}, which does not exist`, r.id);
    add({ ...r, lat: g.lat, lon: g.lon, country: r.country ?? g.country, admin1: r.admin1 ?? g.admin1, population: r.population ?? g.population, fcode: g.fcode }, 3);
  }
  // an airport a curated site links to is that site; a gazetteer row a curated record replaces (same id) is that record
  const linked = new Set([...byId.values()].map((r) => r.ourairports).filter(Boolean));
  const referenced = new Set([...byId.values()].map((r) => r.ref).filter(Boolean));
  const entryMemo = new Map<GazetteerRecord, NameEntry>();
  const gazEntry = (r: GazetteerRecord): NameEntry | null => {
    if (byId.has(r.id) || referenced.has(r.id) || (r.ourairports && linked.has(r.ourairports))) return null;
    let e = entryMemo.get(r);
    if (!e) {
      if (entryMemo.size > 50000) entryMemo.clear();
      e = { record: r, alias: r.name, acronym: false, short: false, demonym: false, rank: r.kind === 'site' ? 2 : 1 };
      entryMemo.set(r, e);
    }
    return e;
  };
  const gazEntries = (kind: 'k' | 'l' | 's', key: string): NameEntry[] => {
    if (!store) return [];
    const out: NameEntry[] = [];
    for (const r of store.byKey(kind, key)) { const e = gazEntry(r); if (e) out.push(e); }
    return out;
  };
  const getRecord = (id: string): KbRecord | undefined => byId.get(id) ?? store?.get(id);

  const index = new Map<string, NameEntry[]>();
  const put = (key: string, e: NameEntry): void => {
    if (!key) return;
    const l = index.get(key);
    if (!l) index.set(key, [e]);
    else if (!l.some((x) => x.record === e.record && x.acronym === e.acronym && x.short === e.short && isCapital(x.alias) === isCapital(e.alias))) l.push(e);
  };
  const lowerStarts = new Set<string>();
  const firstWords = new Map<string, number>();
  const noteFirst = (alias: string, whole?: string): void => {
    // one word (most gazetteer names): its first word is itself, whose key is already computed
    if (whole && !ONE_WORD_BREAK.test(alias) && WORDY.test(alias)) { firstWords.set(whole, Math.max(firstWords.get(whole) ?? 0, 1)); return; }
    const words = alias.split(/[\s\-‐–]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    let i = 0;
    while (i < words.length - 1 && ARTICLE_WORDS.has(fold(words[i]!))) i++;
    const k = words[i] ? compactKey(words[i]!) : '';
    if (k) firstWords.set(k, Math.max(firstWords.get(k) ?? 0, words.length));
    // a name written as one word that the alias spells as several ("Sanliurfa" for "Sanli Urfa")
    if (whole && whole !== k) firstWords.set(whole, Math.max(firstWords.get(whole) ?? 0, 1));
  };
  const countries = new Map<string, KbRecord>();
  const admin1s = new Map<string, KbRecord>();
  for (const r of byId.values()) {
    const k = rank.get(r.id) ?? 1;
    if (r.kind === 'country' && r.iso2) countries.set(r.iso2, r);
    if (r.kind === 'admin1' && r.country && r.geonames_admin1) admin1s.set(`${r.country}.${r.geonames_admin1}`, r);
    const lastName = r.type === 'person' ? r.name.split(/\s+/).pop() ?? '' : '';
    const names = [r.name, ...r.aliases];
    names.forEach((alias, ai) => {
      const key = compactKey(alias);
      noteFirst(alias, key);
      if (k === 3 && /^[a-z]/.test(alias)) lowerStarts.add(fold(alias.split(/[\s-]/)[0]!));
      const acronym = k === 1 ? false : isAcronym(alias);
      const short = r.type === 'person' && !/\s/.test(alias.replace(/^(al|el)-/i, '')) && alias !== r.name;
      put(key, { record: r, alias, acronym, short: short || (r.type === 'person' && alias === lastName), demonym: false, rank: k });
    });
    for (const d of r.demonyms ?? []) if (!r.aliases.includes(d)) noteFirst(d);
    for (const d of r.demonyms ?? []) if (!r.aliases.includes(d)) put(compactKey(d), { record: r, alias: d, acronym: isAcronym(d), short: false, demonym: true, rank: k });
  }

  const lexicon = readLexicon(dir);
  const firstNames = new Set<string>();
  const fn = join(dir, 'first-names.txt');
  if (existsSync(fn)) for (const l of readFileSync(fn, 'utf8').split('\n')) if (l && !l.startsWith('#')) firstNames.add(l.trim().toLowerCase());

  const admin1Name = (r: KbRecord): string | null => {
    if (r.kind === 'admin1') return r.name;
    if (!r.country || !r.admin1) return null;
    const a = admin1s.get(`${r.country}.${r.admin1}`);
    if (a) return a.name;
    const viaKb = getRecord(r.admin1);
    return viaKb?.kind === 'admin1' ? viaKb.name : null;
  };

  // transliteration keys of the curated places (the gazetteer's loose keys are in its index)
  let loose: Map<string, NameEntry[]> | null = null;
  let skel: Map<string, NameEntry[]> | null = null;
  const buildFuzzy = (): void => {
    loose = new Map();
    skel = new Map();
    const add = (m: Map<string, NameEntry[]>, k: string, e: NameEntry): void => {
      if (k.length < 3) return;
      const l = m.get(k);
      if (!l) m.set(k, [e]);
      else if (!l.some((x) => x.record === e.record)) l.push(e);
    };
    for (const r of byId.values()) {
      if (r.kind === 'actor' || r.kind === 'country') continue;
      const e: NameEntry = { record: r, alias: r.name, acronym: false, short: false, demonym: false, rank: rank.get(r.id) ?? 1 };
      for (const a of [r.name, ...r.aliases]) { if (isAcronym(a)) continue; add(loose!, looseKey(a), e); add(skel!, skeleton(a), e); }
    }
  };

  const lookupKey = (key: string): readonly NameEntry[] => {
    const own = index.get(key);
    const gaz = gazEntries('k', key);
    return gaz.length ? (own ? [...own, ...gaz] : gaz) : own ?? [];
  };
  const size = byId.size + (store?.size ?? 0);
  const kb: KnowledgeBase = {
    version: `kb.v2+${size}`,
    size,
    lexicon,
    get: getRecord,
    // a final possessive clitic is no part of the name ("Hall's" is no town of Halls) unless the KB writes the name with it
    lookup: (name) => {
      if (!POSSESSIVE_CLITIC.test(name)) return lookupKey(compactKey(name));
      const key = compactKey(name), own = lookupKey(key).filter((e) => namedWithClitic(e, key));
      return own.length ? own : lookupKey(compactKey(withoutClitic(name)));
    },
    lookupKey,
    actor(id) {
      const r = byId.get(id);
      if (!r || !(r.kind === 'actor' || r.kind === 'country')) return undefined;
      const cls: ActorClass = r.kind === 'country' ? 'state' : r.class ?? (r.type === 'person' ? 'person' : 'other');
      return {
        id: r.id, name: r.name, type: r.type, class: cls, country: r.country ?? null, parent: r.parent ?? null,
        isState: cls === 'state', isGovernment: cls === 'government' || cls === 'state', isMilitary: cls === 'military', isArmedGroup: cls === 'armed_group',
      };
    },
    place(id) {
      const r = getRecord(id);
      if (!r || typeof r.lat !== 'number' || typeof r.lon !== 'number') return undefined;
      const precision = r.precision ?? (r.kind === 'country' ? 'country' : r.kind === 'admin1' ? 'admin1' : r.kind === 'region' ? 'region' : r.kind === 'site' ? 'site' : 'town');
      return { id: r.id, name: r.name, lat: r.lat, lon: r.lon, country: r.country, admin1: admin1Name(r), precision, population: r.population ?? 0, kind: r.kind, fcode: r.fcode ?? null };
    },
    country: (iso2) => countries.get(iso2.toUpperCase()),
    countryByName(name) {
      return (index.get(compactKey(name)) ?? []).find((e) => e.record.kind === 'country')?.record;
    },
    admin1: (country, code) => admin1s.get(`${country}.${code}`),
    rolesAt(personId, isoDate) {
      const roles = getRecord(personId)?.roles ?? [];
      if (!isoDate) return [...roles];
      return roles.filter((x) => (!x.from || x.from <= isoDate) && (!x.to || isoDate <= x.to));
    },
    isFirstName: (w) => firstNames.has(w.toLowerCase()),
    lowerStarts,
    firstWords: {
      get(key) {
        const own = firstWords.get(key) ?? 0;
        const gaz = store ? Math.max(store.firstWords(key), store.byKey('k', key).length ? 1 : 0) : 0;
        return Math.max(own, gaz) || undefined;
      },
    },
    records: () => byId.values(),
    nearestPlace: (cc, lat, lon, maxKm) => store?.nearest(cc, lat, lon, maxKm),
    placesInUnit(admin1) {
      if (!store) return [];
      const out: KbRecord[] = [];
      for (const a of admin1s.values()) if (a.name === admin1 && a.country && a.geonames_admin1) out.push(...store.inUnit(a.country, a.geonames_admin1));
      return out;
    },
    lookupPlaceFuzzy(name, minLoose = 5) {
      if (!loose) buildFuzzy();
      const lk = looseKey(name);
      if (lk.length >= minLoose) {
        // the gazetteer indexes a loose key only where it differs from the compact key, so both are read
        const a = [...(loose!.get(lk) ?? []), ...gazEntries('l', lk), ...gazEntries('k', lk).filter((e) => REGION.has(e.record.country ?? ''))];
        if (a.length) return [...new Set(a)];
      }
      const sk = skeleton(name);
      return sk.length >= 4 ? skel!.get(sk) ?? [] : [];
    },
    lookupPlaceSkeleton(name) {
      const sk = skeleton(name);
      return sk.length >= 4 ? gazEntries('s', sk) : [];
    },
  };
  return Object.freeze(kb);
}
