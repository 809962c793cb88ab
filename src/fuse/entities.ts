/**
 * Canonical entities across all articles of a run (and the store): one `Entity` per real-world
 * thing, with every surface form seen in `aliases`, and each mention's `key`/`name` rewritten to it.
 *
 * - Mentions the KB resolved share the KB id, so spelling variants the KB lists (Kataeb/Kataib,
 *   Hashed al-Shaabi/PMF, Daesh/ISIS) are already one entity.
 * - Names the KB does not know are merged when their normalised words match one for one, each pair
 *   equal or alike by double metaphone or a normalised Levenshtein similarity ≥ 0.85
 *   ("Basim al-Awadi" ~ "Basem al-Awadi"); one-word persons ("Romanowski") join the single full name
 *   of the run whose last word they are. Two different people sharing a surname are never merged:
 *   with more than one full name to choose from, the short form stays on its own.
 * - `known` entities (from the store) are matched by id or by a normalised alias, so a run extends
 *   them instead of creating duplicates.
 * Hand-written: no library does transliteration-aware alias resolution (ts-libs.md §7).
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import type { Doc } from '../core/model/doc.js';
import type { Entity, EntityType, Geo, Mention } from '../core/model/entity.js';
import type { KnowledgeBase } from '../kb/index.js';
import { compactKey, nameWords } from '../kb/index.js';

interface Group {
  key: string;
  type: EntityType;
  mentions: Mention[];
  names: Map<string, number>;
}

const isKbKey = (k: string): boolean => !k.startsWith('name:');

/** Whether two normalised words are spelling variants of each other. */
export function wordsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  const sim = 1 - distance(a, b) / Math.max(a.length, b.length);
  if (sim >= 0.85) return true;
  if (sim < 0.6 || a[0] !== b[0]) return false;
  const [pa, sa] = doubleMetaphone(a);
  const [pb, sb] = doubleMetaphone(b);
  return pa === pb || pa === sb || sa === pb;
}

/** Whether two names, as normalised word lists, are variants: same number of words, each pair alike. */
function wordListsAlike(wa: readonly string[], wb: readonly string[]): boolean {
  if (!wa.length || wa.length !== wb.length) return wa.join('') === wb.join('') && wa.length > 0;
  return wa.every((w, i) => wordsAlike(w, wb[i]!));
}

/** Whether two names are variants: same number of words, each pair alike. */
export function namesAlike(a: string, b: string): boolean {
  return wordListsAlike(nameWords(a), nameWords(b));
}

/**
 * Groups indexed for "the first group (in run order) whose name is alike": only groups of the same type
 * with as many words, or with the same words run together, can be alike, so each lookup compares
 * against one bucket instead of every group of the run.
 */
class AlikeIndex {
  private readonly byLen = new Map<string, number[]>();
  private readonly byJoined = new Map<string, number[]>();
  constructor(private readonly groups: readonly Group[], private readonly words: (g: Group) => readonly string[]) {
    groups.forEach((g, i) => {
      const w = words(g);
      push(this.byLen, `${g.type}|${w.length}`, i);
      if (w.length) push(this.byJoined, `${g.type}|${w.join('')}`, i);
    });
  }
  /** The first group in run order that is alike and passes `ok`. */
  first(type: EntityType, w: readonly string[], ok: (g: Group) => boolean): Group | undefined {
    const a = this.byLen.get(`${type}|${w.length}`) ?? [];
    const b = w.length ? this.byJoined.get(`${type}|${w.join('')}`) ?? [] : [];
    const idx = b.length ? [...new Set([...a, ...b])].sort((x, y) => x - y) : a;
    for (const i of idx) {
      const g = this.groups[i]!;
      if (ok(g) && wordListsAlike(w, this.words(g))) return g;
    }
    return undefined;
  }
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}

const cleanSurface = (s: string): string => s.replace(/[’']s$/, '').trim();

function bestGeo(ms: readonly Mention[]): Geo | null {
  let best: Geo | null = null;
  for (const m of ms) {
    const g = m.geo;
    if (!g) continue;
    if (!best || (best.approximate && !g.approximate)) best = g;
  }
  if (best?.approximate) {
    const { approximate: _a, ...exact } = best;
    return exact;
  }
  return best;
}

/**
 * One canonical entity per real-world thing across `docs`; rewrites mention keys and names in place.
 * `kb` (optional) supplies canonical names and coordinates of KB records.
 */
export function canonicalEntities(docs: readonly Doc[], known: readonly Entity[] = [], kb?: KnowledgeBase): Entity[] {
  const groups = new Map<string, Group>();
  for (const d of docs) for (const m of d.mentions) {
    let g = groups.get(m.key);
    if (!g) groups.set(m.key, (g = { key: m.key, type: m.type, mentions: [], names: new Map() }));
    g.mentions.push(m);
    const n = cleanSurface(m.text);
    g.names.set(n, (g.names.get(n) ?? 0) + 1);
  }

  // union-find over group keys
  const parent = new Map<string, string>();
  const find = (k: string): string => { let r = k; while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!; return r; };
  const union = (from: string, to: string): void => { const a = find(from), b = find(to); if (a !== b) parent.set(a, b); };
  for (const k of groups.keys()) parent.set(k, k);

  const all = [...groups.values()];
  const nameOf = (g: Group): string => g.mentions.find((m) => m.name)?.name ?? g.key;
  // 1. unknown names alike a known or KB-backed entity of the same type, or alike each other
  const unknown = all.filter((g) => !isKbKey(g.key));
  const anchors = all.filter((g) => isKbKey(g.key));
  const wordCache = new Map<Group, string[]>();
  const wordsOf = (g: Group): string[] => { let w = wordCache.get(g); if (!w) wordCache.set(g, (w = nameWords(nameOf(g)))); return w; };
  const anchorIndex = new AlikeIndex(anchors, wordsOf);
  const unknownIndex = new AlikeIndex(unknown, wordsOf);
  for (const u of unknown) {
    const uw = wordsOf(u);
    if (uw.length < 2 && u.type === 'person') continue; // short forms: step 2
    const hit = anchorIndex.first(u.type, uw, () => true)
      ?? unknownIndex.first(u.type, uw, (o) => o !== u && find(o.key) !== find(u.key) && o.mentions.length >= u.mentions.length);
    if (hit) union(u.key, hit.key);
  }
  // untyped names join a typed group with the same name ("Emmanuel Macron" typed a person elsewhere)
  const typedByName = new Map<string, Group>();
  for (const g of all) if (g.type !== 'other' && !isKbKey(g.key)) typedByName.set(compactKey(nameOf(g)), g);
  for (const u of unknown) if (u.type === 'other') { const t = typedByName.get(compactKey(nameOf(u))); if (t) union(u.key, t.key); }
  // 2. one-word persons → the single full name of the run that ends with that word
  // candidates include untyped multi-word names: "Qusay Hussein" elsewhere makes a lone "Hussein" ambiguous
  const fullByLast = new Map<string, Group[]>();
  for (const g of all) {
    if (g.type !== 'person' && g.type !== 'other') continue;
    const pw = wordsOf(g);
    if (pw.length < 2) continue;
    const l = fullByLast.get(pw[pw.length - 1]!);
    if (l) l.push(g); else fullByLast.set(pw[pw.length - 1]!, [g]);
  }
  for (const u of unknown) {
    if (u.type !== 'person' && u.type !== 'other') continue;
    const w = wordsOf(u);
    if (w.length !== 1) continue;
    const cands = new Set((fullByLast.get(w[0]!) ?? []).map((p) => find(p.key)));
    const only = [...cands][0];
    if (cands.size === 1 && groups.get(only!)?.type !== 'other') union(u.key, only!);
  }

  // 3. build entities
  const byRoot = new Map<string, Group[]>();
  for (const g of all) {
    const r = find(g.key);
    const l = byRoot.get(r);
    if (l) l.push(g); else byRoot.set(r, [g]);
  }
  const knownByKey = new Map<string, Entity>();
  for (const e of known) {
    knownByKey.set(e.id, e);
    for (const a of [e.name, ...e.aliases]) knownByKey.set(`alias:${e.type}:${compactKey(a)}`, e);
  }

  const out: Entity[] = [];
  for (const gs of byRoot.values()) {
    // the KB-backed group, else the most mentioned, names the entity
    gs.sort((a, b) => Number(isKbKey(b.key)) - Number(isKbKey(a.key)) || b.mentions.length - a.mentions.length);
    const head = gs[0]!;
    const ms = gs.flatMap((g) => g.mentions);
    const typeCount = new Map<EntityType, number>();
    for (const m of ms) typeCount.set(m.type, (typeCount.get(m.type) ?? 0) + 1);
    const type = [...typeCount].sort((a, b) => b[1] - a[1])[0]![0];
    const rec = isKbKey(head.key) ? kb?.get(head.key) : undefined;
    let name = rec?.name ?? (isKbKey(head.key) ? nameOf(head) : longestName(gs));
    const prior = knownByKey.get(head.key) ?? knownByKey.get(`alias:${type}:${compactKey(name)}`);
    const id = prior?.id ?? head.key;
    if (prior) name = prior.name;
    const aliases = new Set<string>(prior?.aliases ?? []);
    for (const g of gs) for (const n of g.names.keys()) if (n !== name) aliases.add(n);
    const place = rec && kb ? kb.place(rec.id) : undefined;
    const geo: Geo | null = place
      ? { lat: place.lat, lon: place.lon, country: place.country, admin1: place.admin1, precision: place.precision, ref: place.id }
      : bestGeo(ms) ?? prior?.geo ?? null;
    const country = rec?.country ?? geo?.country ?? ms.find((m) => m.country)?.country ?? prior?.country ?? null;
    out.push({ id, name, type, aliases: [...aliases].sort(), country, geo, kb: isKbKey(head.key) ? head.key : prior?.kb ?? null });
    for (const m of ms) { m.key = id; m.name = name; }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The fullest surface name among unknown groups (most words, then most frequent). */
function longestName(gs: readonly Group[]): string {
  let best = '';
  let bestScore = -1;
  for (const g of gs) for (const [n, c] of g.names) {
    const score = nameWords(n).length * 100 + c;
    if (score > bestScore) { best = n; bestScore = score; }
  }
  return best;
}
