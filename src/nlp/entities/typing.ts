/**
 * Types a proper-noun chunk the knowledge base does not know, from cue words and context: a title
 * before it (person), an organisation head word ("Forces", "Ministry", "Brigades"), a place or
 * facility word after it ("province", "air base"), a known first name, an apposition (", a leader
 * of"), a speech verb after it, or a locative preposition before it. Returns null for chunks with no
 * evidence, which are dropped rather than guessed.
 */
import type { Token } from '../../core/model/doc.js';
import type { EntityType } from '../../core/model/entity.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { isOwnName, type Precision } from './geocode.js';

export interface Typed {
  readonly type: EntityType;
  readonly by: string;
  /** tokens after the chunk that belong to the mention (a cue word such as "province") */
  readonly extend: number;
  readonly cue: Precision | 'facility' | null;
}

const ORG_WORDS_AFTER = new Set(['movement', 'group', 'militia', 'militias', 'faction', 'factions', 'organization', 'organisation', 'party', 'brigade', 'brigades', 'battalion', 'network', 'agency', 'newspaper', 'channel', 'forces', 'coalition', 'alliance', 'tribe', 'clan', 'administration', 'government', 'ministry']);
const SPEECH = new Set(['said', 'says', 'told', 'stated', 'added', 'wrote', 'announced', 'confirmed', 'claimed', 'denied', 'warned', 'tweeted', 'posted', 'explained', 'noted']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'into', 'toward', 'towards', 'across', 'from', 'around', 'inside']);
const APPOSITION_HEADS = new Set(['a', 'an', 'the']);

/** Facility cues as lower-case word lists, longest first (see sortCues). */
export type Cues = readonly (readonly string[])[];

function facilityCueAt(tokens: readonly Token[], i: number, cues: Cues): number {
  const t0 = tokens[i]?.text.toLowerCase();
  if (!t0) return 0;
  for (const words of cues) {
    if (words[0] !== t0) continue;
    if (words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) return words.length;
  }
  return 0;
}

export function sortCues(cues: readonly string[]): Cues {
  const uniq = [...new Set(cues.map((c) => c.toLowerCase()))];
  return uniq.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
}

/**
 * Place or facility cue after token `e` (exclusive end of a name): how many tokens it spans and what
 * it says. Capitalised cues are accepted too ("Deir Ezzor Province", "Green Village Base").
 */
export function cueAfter(kb: KnowledgeBase, tokens: readonly Token[], e: number, facilityCues: Cues): { n: number; cue: Precision | 'facility' } | null {
  const t = tokens[e];
  if (!t || (tokens[e - 1] && t.start - tokens[e - 1]!.end > 1)) return null;
  const f = facilityCueAt(tokens, e, facilityCues);
  if (f) return { n: f, cue: 'facility' };
  const p = kb.lexicon.placeCues.get(t.text) ?? kb.lexicon.placeCues.get(t.text.toLowerCase());
  if (p && (t.text === t.text.toLowerCase() || /^(Governorate|Province|District|Valley|Mountains)$/.test(t.text))) return { n: 1, cue: p as Precision };
  return null;
}

/** Arabic words for "father of", "mother of", "son of", "sons of" that open personal and place names alike */
const KUNYA = /^(?:Abu|Abou|Abo|Umm|Um|Om|Bin|Ben|Ibn|Bani|Beni)$/;
const ownPlaceName = (kb: KnowledgeBase, name: string): boolean => kb.lookup(name).some((e) => e.record.kind === 'place' && isOwnName(name, e.record.name));

export function typeChunk(kb: KnowledgeBase, tokens: readonly Token[], s: number, e: number, hadTitle: boolean, roleBeforeFound: boolean, facilityCues: Cues): Typed | null {
  const lex = kb.lexicon;
  const first = tokens[s]!, last = tokens[e - 1]!;
  const n = e - s;
  const words = tokens.slice(s, e).filter((t) => /[A-Za-z]/.test(t.text));
  if (hadTitle || roleBeforeFound) return { type: 'person', by: 'cue:title', extend: 0, cue: null };
  const ofName = n >= 3 && tokens[s + 1]?.text === 'of' && lex.orgStartsOf.has(first.text); // "Children of Fire", "Sons of Iraq"
  if (lex.orgHeads.has(last.text) || lex.orgStarts.has(first.text) || ofName) return { type: 'organization', by: 'cue:org', extend: 0, cue: null };
  const cue = cueAfter(kb, tokens, e, facilityCues);
  if (cue) return { type: cue.cue === 'facility' ? 'facility' : 'location', by: cue.cue === 'facility' ? 'cue:facility' : 'cue:place', extend: cue.n, cue: cue.cue };
  let k = e;
  if (tokens[k] && /^["”’']$/.test(tokens[k]!.text)) k++;
  if (tokens[k] && ORG_WORDS_AFTER.has(tokens[k]!.text)) return { type: 'organization', by: 'cue:org-after', extend: 0, cue: null };
  // (a kunya or nasab word, "Abu", "Umm", "Bin", also opens place names: "Abu Dis", "Umm Qasr"; a name that
  // is a gazetteer place's own name is not typed a person by that word alone)
  if (words.length >= 2 && kb.isFirstName(words[0]!.text) && !lex.orgHeads.has(last.text) && !(KUNYA.test(words[0]!.text) && ownPlaceName(kb, words.map((w) => w.text).join(' ')))) return { type: 'person', by: 'first-name', extend: 0, cue: null };
  if (tokens[e]?.text === ',' && tokens[e + 1] && APPOSITION_HEADS.has(tokens[e + 1]!.text.toLowerCase())) {
    for (let j = e + 2; j < Math.min(e + 6, tokens.length); j++) if (lex.lowercaseTitles.has(tokens[j]!.text)) return { type: 'person', by: 'context:apposition', extend: 0, cue: null };
  }
  if ((words.length >= 2 || first.pos === 'PROPN') && tokens[e] && SPEECH.has(tokens[e]!.text)) return { type: 'person', by: 'context:speech', extend: 0, cue: null };
  // "near Interstate 435", "on Route 9": a road and its number, no town
  if (/^(?:Interstate|Route|Highway|Hwy|Motorway)$/.test(last.text) && tokens[e] && /^\d{1,4}[A-Z]?$/.test(tokens[e]!.text)) return null;
  const prev = tokens[s - 1];
  if (prev && LOCATIVE.has(prev.text) && prev.sentence === first.sentence) return { type: 'location', by: 'context:locative', extend: 0, cue: null };
  if (n >= 2 && words.length >= 2 && words.every((t) => t.pos === 'PROPN')) return { type: 'other', by: 'chunk', extend: 0, cue: null };
  return null;
}
