/**
 * Titles and roles written before a person's name: "Prime Minister", "Lt. General", "Defense
 * Secretary", "US State Department spokesperson", "Deputy Assistant Secretary for Defense for the
 * Middle East". They are kept out of the name and returned as the mention's role; a country or
 * demonym written before the title ("Iranian Foreign Minister") gives the person's country.
 */
import type { Token } from '../../core/model/doc.js';
import type { Lexicon } from '../../kb/index.js';

const CONNECTORS = new Set(['of', 'for', 'to', 'the', 'and', '-', 'on']);

/** Title words that only modify a title ("Joint", "Security", "Foreign"): a chain of these alone is no title. */
const MODIFIERS = new Set(['Joint', 'Security', 'National', 'State', 'Affairs', 'Press', 'Council', 'Army', 'Air', 'Force', 'Navy', 'Naval', 'Staff', 'Chiefs', 'Former', 'Acting', 'Senior', 'Top', 'Special', 'Grand', 'Supreme', 'Crown', 'Field', 'Vice', 'Deputy', 'Assistant', 'Under', 'Foreign', 'Defense', 'Defence', 'Interior', 'Finance', 'Prime', 'Head']);

/**
 * Number of leading tokens of [s, e) that are title words ("Lt. General Qassem Soleimani" → 2).
 * The chain must hold a real title ("Minister", "General", "Ambassador") and leave a name behind that
 * is not an organisation ("Joint Security Cooperation Dialogue" has no title).
 */
export function leadingTitles(tokens: readonly Token[], s: number, e: number, lex: Lexicon): number {
  let k = s;
  let lastTitle = s;
  let core = false;
  while (k < e) {
    const w = tokens[k]!.text;
    if (lex.titles.has(w) && !CONNECTORS.has(w)) { if (!MODIFIERS.has(w)) core = true; k++; lastTitle = k; continue; }
    if (CONNECTORS.has(w) && k > s && k + 1 < e && lex.titles.has(tokens[k + 1]!.text)) { k++; continue; }
    break;
  }
  if (!core || lastTitle >= e) return lastTitle >= e && core ? e - s : 0;
  const rest = tokens.slice(lastTitle, e).filter((t) => /[A-Za-z]/.test(t.text));
  if (rest.length > 4 || lex.orgHeads.has(rest[rest.length - 1]!.text) || lex.orgStarts.has(rest[0]!.text)) return 0;
  return lastTitle - s;
}

export interface RoleLookback {
  /** the role text, e.g. "Prime Minister", or null */
  readonly role: string | null;
  /** token index where the role starts (inclusive) */
  readonly from: number;
  /** token indices covered by a country or demonym mention inside or just before the role */
  readonly countryTokens: number[];
}

/** What a token inside a role chain is covered by: a country/demonym, an organisation, or nothing. */
export type RoleCover = 'country' | 'org' | null;

/**
 * The role written immediately before token `i` in its sentence. `cover(j)` says whether token j is
 * part of a country or organisation mention, which may sit inside a role ("State Department
 * spokesperson", "Ambassador to Iraq"). A role never crosses "for"/"to" after a lower-case title
 * ("spokesperson for Iraqi Prime Minister X": X's role is "Prime Minister").
 */
export function roleBefore(text: string, tokens: readonly Token[], i: number, sentStart: number, lex: Lexicon, cover: (j: number) => RoleCover): RoleLookback {
  const isTitle = (t: Token): boolean => (lex.titles.has(t.text) && !CONNECTORS.has(t.text)) || lex.lowercaseTitles.has(t.text);
  let j = i - 1;
  let first = -1; // earliest title or org token
  let last = -1; // latest title or org token
  let titles = 0;
  const countryTokens: number[] = [];
  while (j >= sentStart) {
    const t = tokens[j]!;
    if (t.end !== tokens[j + 1]!.start && t.end + 1 < tokens[j + 1]!.start) break;
    const c = cover(j);
    if (isTitle(t) && c !== 'country') { if (!MODIFIERS.has(t.text)) titles++; first = j; if (last < 0) last = j; j--; continue; }
    if (c === 'org') { first = j; if (last < 0) last = j; j--; continue; }
    if (c === 'country') { countryTokens.push(j); if (last < 0) last = j; j--; continue; }
    if (CONNECTORS.has(t.text) && j > sentStart) {
      const left = tokens[j - 1]!;
      if (lex.lowercaseTitles.has(left.text) && t.text !== '-') break;
      j--;
      continue;
    }
    break;
  }
  if (!titles || first < 0) return { role: null, from: i, countryTokens: [] };
  // countries at the left edge are not part of the role text
  while (first <= last && cover(first) === 'country') first++;
  while (last >= first && (CONNECTORS.has(tokens[last]!.text))) last--;
  return { role: first <= last ? text.slice(tokens[first]!.start, tokens[last]!.end) : null, from: first, countryTokens };
}
