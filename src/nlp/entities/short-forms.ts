/**
 * Short references to a person named in full earlier in the same article (English news style):
 *
 * - a name with an age beside it is a person's ("Vanessa Hankins, 26,", "41-year-old Maurice Horry"), and so
 *   is a name in apposition to a possessed people noun ("his friend, Rahsaan Smith");
 * - a later one-word name equal to the last word of exactly one earlier person's full name is that
 *   person ("John Smith, 34, ... Smith was arrested"); a known given name equal to the first word of
 *   exactly one earlier person, and to no earlier person's last word, is that person too (children and
 *   some name styles are named again by the given name: "Hunter Pedersen, 10, ... Hunter");
 * - neither when the article uses the word as a place or organisation name, or when two earlier persons
 *   share it.
 *
 * A linked mention takes the person's key and name, with its reason in `by` (`doc-link:surname`,
 * `doc-link:given-name`), so the events and fusion stages see one person under one key.
 */
import type { Token } from '../../core/model/doc.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { compactKey, withoutClitic } from '../../kb/index.js';
import type { Draft } from './index.js';

const AGE = /^(?:1[01]\d|[1-9]\d?)$/;
const AGED = /^(?:1[01]\d|[1-9]\d?)-(?:year|month|week)s?-old$/i;
/** prepositions that introduce a place before a one-word name ("in Smith", "near Moore") */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'into', 'toward', 'towards', 'across', 'around', 'inside', 'from']);

/** An age written right after a name (", 34," / ", 34." / "(34)" / ", age 34") or right before it ("34-year-old"). */
export function agedName(tokens: readonly Token[], s: number, e: number): boolean {
  const same = (k: number) => tokens[k] && tokens[k]!.sentence === tokens[s]!.sentence;
  const after = (k: number) => (same(k) ? tokens[k]!.text : '');
  if ((after(e) === ',' || after(e) === '(') && AGE.test(after(e + 1)) && /^(?:,|\)|\.|;)$/.test(after(e + 2))) return true;
  if (after(e) === ',' && /^aged?$/i.test(after(e + 1)) && AGE.test(after(e + 2))) return true;
  if (same(s - 1) && AGED.test(tokens[s - 1]!.text)) return true;
  // "34-year-old" split by the tokenizer into "34", "-", "year", "-", "old"
  if (same(s - 1) && tokens[s - 1]!.text.toLowerCase() === 'old' && s >= 5 && AGE.test(tokens[s - 5]!.text) && /^(?:years?|months?|weeks?)$/i.test(tokens[s - 3]!.text)) return true;
  return false;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/** A name in apposition to a possessed people noun is a person's: "his friend, Rahsaan Smith", "her nephew Hunter Pedersen". */
export function possessedPersonBefore(tokens: readonly Token[], s: number, people: ReadonlySet<string>): boolean {
  let k = s - 1;
  if (tokens[k]?.text === ',') k--;
  const noun = tokens[k], det = tokens[k - 1];
  return !!noun && !!det && noun.sentence === tokens[s]!.sentence && det.sentence === noun.sentence
    && people.has(noun.text.toLowerCase()) && POSSESSIVES.has(det.text.toLowerCase());
}

/** Whether a draft is a single word that may be a short reference. */
function shortCandidate(d: Draft): boolean {
  if (/\s/.test(d.bare.replace(/^(al|el)-/i, ''))) return false;
  if (d.by === 'untyped' || d.by === 'kb:short') return true;
  if (d.type === 'person' && !d.key) return true;
  // a name only the gazetteer knows as a town ("Moore", "Smith")
  return d.type === 'location' && d.cands.length > 0 && d.cands.every((c) => c.record.kind === 'place' && c.rank <= 1);
}

/**
 * Links short references to earlier full names; drops one-word unknown names nothing supports (an
 * untyped lone word is kept only as a reference to a person).
 */
export function linkShortForms(kb: KnowledgeBase, tokens: readonly Token[], drafts: Draft[]): Draft[] {
  const full = (d: Draft) => d.type === 'person' && d.by !== 'kb:short' && d.by !== 'untyped' && /\s/.test(d.name);
  const words = (d: Draft) => d.bare.split(/\s+/);
  // a possessor ("at Hall's family member's apartment") is no place context: the preposition governs the possessed noun
  const possessor = (d: Draft) => /['’]s$/i.test(d.bare) || /^['’]s?$/.test(tokens[d.tokEnd]?.text ?? '');
  // the article's own place and organisation uses of a word: written as such, not only known to the gazetteer
  const placeWords = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'location' && d.type !== 'facility' && d.type !== 'organization') continue;
    if (/\s/.test(d.bare)) continue;
    const prev = tokens[d.tokStart - 1];
    const introduced = d.type === 'organization' || d.by !== 'kb' || d.cands.some((c) => c.record.kind !== 'place')
      || (!!prev && LOCATIVE.has(prev.text.toLowerCase()) && !possessor(d));
    if (introduced) placeWords.add(compactKey(d.bare));
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!shortCandidate(d)) { out.push(d); continue; }
    // (the possessive clitic is no part of the name: "Hall's" is Hall's, not the town of Halls)
    const k = compactKey(withoutClitic(d.bare));
    const earlier = drafts.filter((p) => p.start < d.start && full(p));
    const distinct = (ps: Draft[]) => [...new Map(ps.map((p) => [p.key || p.name, p])).values()];
    const byLast = distinct(earlier.filter((p) => compactKey(words(p).pop()!) === k || compactKey(p.name.split(/\s+/).pop()!) === k));
    const byFirst = distinct(earlier.filter((p) => compactKey(words(p)[0]!) === k));
    const prev = tokens[d.tokStart - 1];
    const asPlace = placeWords.has(k);
    const hit = asPlace ? null : byLast.length === 1 ? { p: byLast[0]!, why: 'doc-link:surname' } : !byLast.length && byFirst.length === 1 && d.type !== 'location' && kb.isFirstName(d.bare) ? { p: byFirst[0]!, why: 'doc-link:given-name' } : null;
    if (d.by === 'kb:short') {
      // a KB short name ("Sadr") stays the KB's unless another person of the article has it
      const others = [...byLast, ...byFirst].filter((p) => p.key !== d.key);
      const same = [...byLast, ...byFirst].some((p) => p.key === d.key);
      if (others.length && !same) continue;
      if (!same && kb.lookup(d.bare).some((e) => e.record.kind !== 'actor')) continue;
      out.push(d);
      continue;
    }
    if (d.type === 'location') {
      // a town name the article gives no place context is the surname of the one person who bears it
      if (hit && (possessor(d) || !(prev && LOCATIVE.has(prev.text.toLowerCase())))) out.push({ ...d, type: 'person', key: hit.p.key, name: hit.p.name, cands: hit.p.cands, country: hit.p.country, by: hit.why });
      else out.push(d);
      continue;
    }
    if (hit) out.push({ ...d, type: 'person', key: hit.p.key, name: hit.p.name, cands: hit.p.cands, country: hit.p.country, by: hit.why });
    else if (d.type === 'person' && d.by !== 'untyped' && byLast.length < 2) out.push(d); // typed by context, no full name to link to
  }
  return out;
}
