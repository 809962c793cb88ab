/**
 * Actor-name comparison between gold records and engine output. Gold datasets name actors in their own
 * style ("Military Forces of Turkey (2016-)", "Islamic State of Iraq and the Levant (ISIL)",
 * "Government of Iraq"), news text in another ("Turkish forces", "IS", "Iraqi troops"). Both sides are
 * folded (diacritics, case, apostrophes, al-), demonyms become countries, alias groups are expanded, and
 * generic words (forces, militia, group) are set aside; then the distinctive words must agree.
 */
import { evalData } from './data.js';
import { foldLatin } from '../core/fold.js';

interface AliasData { groups: string[][]; demonyms: Record<string, string>; unknown: string[] }

const GENERIC = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'al', 'el', 'forces', 'force', 'military', 'troops', 'army', 'security',
  'militia', 'militias', 'group', 'groups', 'gunmen', 'fighters', 'militants', 'government', 'officials', 'soldiers', 'personnel',
  'unit', 'units', 'members', 'member', 'armed', 'unidentified', 'suspected', 'local', 'several', 'some', 'two', 'three']);

/** Lower case, no diacritics or apostrophes, punctuation to spaces. */
export function fold(s: string): string {
  return foldLatin(s).toLowerCase()
    .replace(/['’‘`´ʿʾ]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

let tables: { alias: Map<string, string[]>; demonyms: Map<string, string>; unknown: Set<string> } | null = null;
function load(): NonNullable<typeof tables> {
  if (tables) return tables;
  const d = evalData<AliasData>('actor-aliases.json');
  const alias = new Map<string, string[]>();
  for (const g of d.groups) { const folded = g.map(fold); for (const n of folded) alias.set(n, folded); }
  const demonyms = new Map(Object.entries(d.demonyms).map(([k, v]) => [fold(k), fold(v)]));
  tables = { alias, demonyms, unknown: new Set(d.unknown.map(fold)) };
  return tables;
}

/** Folded words with demonyms turned into country names (`al`/`el` are generic words, dropped later). */
function words(folded: string): string[] {
  const { demonyms } = load();
  const out: string[] = [];
  for (const w of folded.split(' ')) {
    if (!w) continue;
    const c = demonyms.get(w);
    if (c) out.push(...c.split(' '));
    else out.push(w);
  }
  return out;
}

const distinct = (ws: readonly string[]): string[] => ws.filter((w) => !GENERIC.has(w));

const YEARS = /^\d{4}-(\d{4})?$/;
const ACRONYM = /^[A-Z][A-Za-z-]{1,9}$/;

/**
 * Name forms of an actor: itself without parentheses, its parenthesised acronym, the country of "Forces
 * of X", alias groups, and ACLED's conventions: "Protesters (Iran)" is also "protesters iran", and the
 * unit after a regime's years ("Military Forces of Yemen (2016-) Supreme Political Council") is a name
 * of its own. `strict` (a predicted name in ACLED's naming) drops the bare "protesters" of "Protesters
 * (Iran)", so that it does not name protesters of another country.
 */
export function nameForms(name: string, strict = false): string[] {
  const { alias } = load();
  const forms = new Set<string>();
  const base = name.replace(/\([^)]*\)/g, ' ');
  let qualified = false;
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    const inner = m[1]!.trim();
    if (YEARS.test(inner)) {
      const unit = name.slice(m.index! + m[0].length).trim();
      if (unit) forms.add(fold(unit));
    } else if (ACRONYM.test(inner) && inner.toUpperCase() === inner) forms.add(fold(inner));
    else if (inner) { forms.add(fold(base + ' ' + inner)); qualified = true; }
  }
  if (!(strict && qualified)) forms.add(fold(base));
  const of = /\b(?:forces|government|police|army|military)\s+of\s+(.+)$/i.exec(base.trim());
  if (of && !(strict && qualified)) forms.add(fold(of[1]!));
  for (const f of [...forms]) for (const a of alias.get(f) ?? []) forms.add(a);
  forms.delete('');
  return [...forms];
}

/** Name forms of a gold actor (nameForms). */
export const goldNameForms = (name: string): string[] => nameForms(name);

/** True when the gold value names no actor ("Unknown", "Unidentified Armed Group (Iraq)"). */
export function isUnknownActor(name: string): boolean {
  const f = fold(name.replace(/\([^)]*\)/g, ' '));
  return !f || load().unknown.has(f);
}

/** Do two folded forms name the same actor? The distinctive words of the shorter must all be in the longer. */
function formsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const da = distinct(words(a));
  const db = distinct(words(b));
  if (!da.length || !db.length) return false;
  const sa = new Set(da), sb = new Set(db);
  const [small, large, largeSet] = da.length <= db.length ? [da, db, sb] : [db, da, sa];
  if (!small.every((w) => largeSet.has(w))) return false;
  // one shared word is enough only when it is the whole name on both sides ("Hezbollah" is not "Kata'ib Hezbollah")
  return small.length >= 2 || small.length === large.length;
}

/** Does any predicted name (with its entity's aliases) name the gold actor? */
export function actorMatches(predNames: readonly string[], gold: string): boolean {
  const { alias } = load();
  const goldForms = goldNameForms(gold);
  for (const p of predNames) {
    const fp = fold(p);
    const predForms = /[()]/.test(p) ? nameForms(p, true) : [fp, ...(alias.get(fp) ?? [])];
    if (predForms.some((pf) => goldForms.some((gf) => formsAgree(pf, gf)))) return true;
  }
  return false;
}

/** Looser test for descriptive targets ("Army Convoy" vs "a convoy"): one shared distinctive word. */
export function sharesWord(predNames: readonly string[], gold: string): boolean {
  const content = (s: string): string[] => words(fold(s)).filter((w) => !FUNCTION_WORDS.has(w)).map(singular);
  const g = new Set(content(gold));
  return predNames.some((p) => content(p).some((w) => g.has(w)));
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'al', 'el', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'other', 'others', 'unidentified', 'unknown']);
const singular = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
