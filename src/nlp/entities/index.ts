/**
 * Entity recognition stage: assigns `doc.mentions` (persons, organisations, locations, facilities,
 * other named things), each with its surface span, KB key or normalised-name key, canonical name,
 * role, country and, for places, coordinates.
 *
 * Order of work per sentence: (1) longest KB name matches (kb-match.ts), (2) proper-noun chunks over
 * the rest (chunk.ts), titles stripped into roles (roles.ts) and typed by cue words and context
 * (typing.ts); then per document: acronyms linked to their long forms ("Popular Mobilization Units
 * (PMU)"), one-word surnames linked to a full name in the same article, persons' roles and
 * countries, and geocoding with the article as context (geocode.ts).
 *
 * Demonyms ("Iraqi", "Iranian", "American") and country names come out as `location` mentions whose
 * key is the country record (`kb:country-iq`) with `by: 'kb:demonym'` for demonyms, so "Iraqi
 * officials" gives the events stage Iraq as the actor; `kb.actor(key)` says it is a state.
 */
import { resourceKey, type Resources } from '../../resources/index.js';
import type { Doc, Token } from '../../core/model/doc.js';
import type { EntityType, Mention } from '../../core/model/entity.js';
import type { KbRecord, KnowledgeBase, NameEntry } from '../../kb/index.js';
import { compactKey, isAcronym } from '../../kb/index.js';
import type { Stage, StageContext } from '../stage.js';
import { matchKb, isCap, type KbSpan } from './kb-match.js';
import { chunkNames, sentenceInitial } from './chunk.js';
import { leadingTitles, roleBefore, type RoleCover } from './roles.js';
import { cueAfter, sortCues, typeChunk, type Cues } from './typing.js';
import { geocodeDrafts } from './place-drafts.js';
import { embeddedPlace, openingName, type EmbeddedPlace } from './embedded.js';
import { inheritEnclosingPlace } from './enclosing.js';
import { agedName, linkShortForms, possessedPersonBefore } from './short-forms.js';
import { peopleNouns } from '../../resources/people-nouns.js';
import type { GeoContext, Precision } from './geocode.js';
import { STREET_WORD } from '../../lexicon/streets.js';

/** A mention under construction. */
export interface Draft {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  sentence: number;
  type: EntityType;
  key: string;
  name: string;
  role: string | null;
  country: string | null;
  by: string;
  /** KB candidates (several for ambiguous place names) */
  cands: { record: KbRecord; rank: number }[];
  cue: Precision | 'facility' | null;
  /** the name without a cue word, for lookups */
  bare: string;
  geo?: Mention['geo'];
  /** the place that opens this longer name (embedded.ts) */
  place?: EmbeddedPlace;
}

const FACILITY_CUES = resourceKey<Cues>('nlp/entities/facility-cues');
const facilityCues = (res: Resources): Cues => res.memo(FACILITY_CUES, (r) => sortCues(r.kb.lexicon.facilityCues));

const PERSON_NOUNS = resourceKey<Set<string>>('nlp/entities/person-nouns');
/** one-word singular people nouns of dict/actor-nouns.json ("friend", "son", "victim"; plurals end in -s) */
const personNouns = (res: Resources): Set<string> => res.memo(PERSON_NOUNS, (r) => {
  const p = peopleNouns(r);
  return new Set([...Object.values(p.groups).flat(), ...p.civilians].filter((w) => !/\s/.test(w) && !/s$/.test(w)));
});

const unknownKey = (type: EntityType, name: string): string => `name:${type}:${compactKey(name)}`;

/** Picks the record a KB span stands for when it is not a place (places are resolved by geocoding). */
function draftFromSpan(kb: KnowledgeBase, doc: Doc, sp: KbSpan, sentence: number): Draft | null {
  const text = doc.article.text;
  const entries = sp.entries;
  const actors = entries.filter((e) => e.record.kind === 'actor');
  // places of every rank stay candidates: geocoding weighs curated records against gazetteer rows
  const places = entries.filter((e) => e.record.kind !== 'actor').sort((a, b) => b.rank - a.rank);
  const surface = text.slice(sp.start, sp.end);
  // built as one literal in Draft's field order (not by spreading a shared base), so every draft has the same shape
  const draft = (type: EntityType, key: string, name: string, country: string | null, by: string, cands: Draft['cands']): Draft => ({
    tokStart: sp.tokStart, tokEnd: sp.tokEnd, start: sp.start, end: sp.end, sentence, type, key, name, role: null, country, by, cands, cue: null, bare: surface,
  });
  const countryRec = places.find((e) => e.record.kind === 'country');
  if (countryRec && (places.length === 1 || countryRec.demonym || places.every((e) => e.record.kind === 'country' || e.rank < 3))) {
    const r = countryRec.record;
    return draft('location', r.id, r.name, r.country, countryRec.demonym ? 'kb:demonym' : 'kb', [{ record: r, rank: 3 }]);
  }
  if (actors.length && (!places.length || actors[0]!.rank >= places[0]!.rank)) {
    const e = actors.find((a) => !a.short) ?? actors[0]!;
    const r = e.record;
    return draft(r.type, r.id, r.name, r.country, e.short ? 'kb:short' : 'kb', [{ record: r, rank: e.rank }]);
  }
  if (!places.length) return null;
  const isSite = places.every((e) => e.record.kind === 'site');
  // named as written until geocoding picks a record: a name whose every candidate is ruled out by the
  // context ("Islah, Diyala, Iraq" is not ‘Aslah in Palestine) stays a place under its own name
  return draft(isSite ? 'facility' : 'location', '', surface, null, 'kb', places.map((e) => ({ record: e.record, rank: e.rank })));
}


/** street words written before a street's name in Spanish, French, Italian and Portuguese */
const STREET_WORDS_BEFORE = /^(?:Calle|Avenida|Av\.|Paseo|Plaza|Carrera|Rue|Avenue|Boulevard|Via|Viale|Piazza|Corso|Rua|Praça|Largo)$/;
/** words that name a road when a number follows them */
const ROAD_WORDS = /^(?:Interstate|Route|Highway|Hwy|Road|Motorway|Autobahn)$/;

const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'wrote', 'recalled', 'insisted', 'testified']);

/** Whether the token is written right after a dot that itself follows a word with no space ("CBSMIAMI.COM"). */
function inWebAddress(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start) return false;
  if (/\w\.$/.test(prev.text)) return true;
  const before = tokens[i - 2];
  return prev.text === '.' && !!before && before.end === prev.start && /\w$/.test(before.text);
}

/** Whether a gazetteer-only match is really part of a longer unknown name ("Ali" in "Ali al-Fatlawi"). */
function gluedToName(kb: KnowledgeBase, tokens: readonly Token[], sp: KbSpan, entries: readonly NameEntry[]): boolean {
  const next = tokens[sp.tokEnd];
  // "the 1100 block of Alabama Street", "Haifa Street": a place name before a street word names a street, not the place
  if (next && next.sentence === tokens[sp.tokStart]!.sentence && STREET_WORD.test(next.text) && entries.every((e) => e.record.kind !== 'actor')) return true;
  // "Calle del Correo", "Rue de Lyon", "Avenida Bolivar", "Via Roma": after a street word of Spanish, French,
  // Italian or Portuguese (written before the name, with or without an article), the name is the street's
  {
    let k = sp.tokStart - 1;
    while (k >= 0 && k > sp.tokStart - 3 && /^(?:de|del|de la|la|le|des|du|da|do|dos|das|di|della)$/i.test(tokens[k]!.text)) k--;
    if (k >= 0 && k < sp.tokStart && tokens[k]!.sentence === tokens[sp.tokStart]!.sentence && STREET_WORDS_BEFORE.test(tokens[k]!.text)) return true;
  }
  // "Interstate 435", "Route 9", "Highway 1": a name before a road number is the road
  if (next && next.sentence === tokens[sp.tokStart]!.sentence && /^\d{1,4}[A-Z]?$/.test(next.text) && ROAD_WORDS.test(tokens[sp.tokEnd - 1]!.text)) return true;
  // "CBSMIAMI.COM", "news.Baghdad": a name written after a dot with no space is part of a web address
  if (inWebAddress(tokens, sp.tokStart)) return true;
  if (entries.some((e) => e.rank === 3)) return false;
  const prev = tokens[sp.tokStart - 1];
  const nextCap = next && next.sentence === tokens[sp.tokStart]!.sentence && next.start - tokens[sp.tokEnd - 1]!.end === 1 && isCap(next.text) && !kb.lexicon.placeCues.has(next.text) && !kb.lexicon.nonNames.has(next.text);
  // "Dar ash Sharaf", "Beit ed Dine", "Shahr e Kord": a town that opens a longer name joined by an article or ezafe
  const after = tokens[sp.tokEnd + 1];
  const nextParticle = next && (/^(al|el|bin|ibn)$/.test(next.text)
    || (/^(ad|ar|as|ash|az|ez|es|ed|adh|an|at|e|ye)$/.test(next.text) && next.start - tokens[sp.tokEnd - 1]!.end === 1 && !!after && after.start - next.end === 1 && isCap(after.text)));
  // a capitalised word before it, unless that word only opens the sentence ("Andrew Trapani is" still counts: a given name)
  const prevCap = prev && prev.sentence === tokens[sp.tokStart]!.sentence && tokens[sp.tokStart]!.start - prev.end === 1 && isCap(prev.text)
    && (!sentenceInitial(tokens, sp.tokStart - 1) || kb.isFirstName(prev.text)) && !kb.lexicon.titles.has(prev.text);
  const single = sp.tokEnd - sp.tokStart === 1;
  const t = tokens[sp.tokStart]!;
  // "Ripley said": a small town does not speak; a capital or seat may ("Moscow said") and stays a place
  if (single && next && SPEECH_AFTER.has(next.text) && entries.every((e) => !/^PPL[AC]$/.test((e.record as { fcode?: string }).fcode ?? ''))) return true;
  // "Mrs. Lincoln", "Tyrise M. Bell": a title or an initial before a one-word town makes it a surname
  const before = prev?.text === '.' ? tokens[sp.tokStart - 2] : prev;
  if (single && before && before.sentence === t.sentence && t.start - before.end <= 2 && isCap(before.text) && (kb.lexicon.titles.has(before.text) || kb.lexicon.titles.has(before.text + '.') || /^[A-Z]\.?$/.test(before.text))) return true;
  // a town that is also a common noun of organisation names ("Police", "University", "Centre") is the noun, and one
  // that is also an ethnic, religious or regional adjective ("the Sunni village", "a Kurdish town") is the adjective
  if (single && (kb.isFirstName(t.text) || kb.lexicon.nonNames.has(t.text) || kb.lexicon.titles.has(t.text) || kb.lexicon.orgHeads.has(t.text) || kb.lexicon.ethnicReligious.has(t.text))) return true;
  if (single && sentenceInitial(tokens, sp.tokStart) && t.pos !== 'PROPN') return true;
  return !!(nextCap || nextParticle || prevCap);
}

/**
 * A place name that opens a longer capitalised name ending in an organisation head word
 * ("Kurdistan Freedom Brigades", "Tehran Times") is part of that organisation's name.
 */
function headsOrgName(kb: KnowledgeBase, tokens: readonly Token[], sp: KbSpan, end: number): boolean {
  if (!sp.entries.every((e) => e.record.kind !== 'actor' && e.record.kind !== 'country')) return false;
  let k = sp.tokEnd;
  while (k < end && isCap(tokens[k]!.text) && tokens[k]!.start - tokens[k - 1]!.end === 1 && !kb.lexicon.nonNames.has(tokens[k]!.text)) k++;
  return k > sp.tokEnd && kb.lexicon.orgHeads.has(tokens[k - 1]!.text) && kb.lookup(tokens.slice(sp.tokStart, k).map((t) => t.text).join(' ')).length === 0;
}

export function recognise(doc: Doc, res: Resources): Draft[] {
  const { kb } = res;
  const text = doc.article.text;
  const tokens = doc.tokens;
  const lex = kb.lexicon;
  const fcues = facilityCues(res);
  const drafts: Draft[] = [];
  const covered = new Int32Array(tokens.length).fill(-1); // token → draft index

  doc.sentences.forEach((sent, si) => {
    const spans = matchKb(kb, text, tokens, sent.tokenStart, sent.tokenEnd);
    for (const sp of spans) {
      if (gluedToName(kb, tokens, sp, sp.entries) || headsOrgName(kb, tokens, sp, sent.tokenEnd)) continue;
      const d = draftFromSpan(kb, doc, sp, si);
      if (!d) continue;
      if (d.type === 'location' && !smallTownSupported(kb, tokens, d, fcues)) continue;
      if (d.type === 'location' || d.type === 'facility') {
        const cue = cueAfter(kb, tokens, d.tokEnd, fcues);
        if (cue && d.tokEnd + cue.n <= sent.tokenEnd && !d.cands.some((c) => c.record.kind === 'country')) {
          const last = tokens[d.tokEnd + cue.n - 1]!;
          d.cue = cue.cue;
          if (cue.cue === 'facility' && d.type === 'location') { d.type = 'facility'; d.by = 'kb+cue:facility'; }
          d.tokEnd += cue.n;
          d.end = last.end;
        }
      }
      drafts.push(d);
      for (let k = d.tokStart; k < d.tokEnd; k++) covered[k] = drafts.length - 1;
    }
    const chunks = chunkNames(tokens, sent.tokenStart, sent.tokenEnd, lex, (k) => covered[k]! >= 0);
    for (const ch of chunks) {
      const nt = leadingTitles(tokens, ch.tokStart, ch.tokEnd, lex);
      const s = ch.tokStart + nt;
      const e = ch.tokEnd;
      if (s >= e) continue;
      const words = tokens.slice(s, e).filter((t) => /[A-Za-z]/.test(t.text));
      if (!words.length) continue;
      if (words.length === 1 && (lex.ethnicReligious.has(words[0]!.text) || lex.nonNames.has(words[0]!.text))) continue;
      if (words.every((w) => lex.titles.has(w.text))) continue;
      if (lex.ethnicReligious.has(words[words.length - 1]!.text)) continue; // "Middle Eastern", "Sunni Arab"
      if (words.length === 1 && lex.orgHeads.has(words[0]!.text)) continue; // "Radio", "Times" alone
      const rb = nt ? null : roleBefore(text, tokens, s, sent.tokenStart, lex, () => null);
      let typed = typeChunk(kb, tokens, s, e, nt > 0, !!rb?.role, fcues);
      if ((!typed || typed.type === 'other') && agedName(tokens, s, e)) typed = { type: 'person', by: 'context:age', extend: 0, cue: null };
      else if ((!typed || typed.type === 'other') && possessedPersonBefore(tokens, s, personNouns(res))) typed = { type: 'person', by: 'context:apposition', extend: 0, cue: null };
      const lastTok = tokens[e - 1]!;
      const poss = lastTok.text.length > 3 && /[’']s$/.test(lastTok.text) ? 2 : 0; // "Trump’s" kept whole by the tokenizer
      const surface = text.slice(tokens[s]!.start, lastTok.end - poss);
      const endTok = e + (typed?.extend ?? 0);
      const d: Draft = {
        tokStart: s, tokEnd: endTok, start: tokens[s]!.start, end: endTok === e ? lastTok.end - poss : tokens[endTok - 1]!.end, sentence: si,
        type: typed?.type ?? 'other', key: '', name: surface, role: null, country: null, by: typed?.by ?? 'untyped', cands: [], cue: typed?.cue ?? null, bare: surface,
      };
      if (!typed) {
        // a lone unknown word is kept only if it names a person seen in full elsewhere (linked below)
        if (words.length !== 1 || sentenceInitial(tokens, s) && tokens[s]!.pos !== 'PROPN') continue;
        d.by = 'untyped';
      }
      drafts.push(d);
      for (let k = d.tokStart; k < d.tokEnd; k++) covered[k] = drafts.length - 1;
    }
  });

  personSlotNames(kb, tokens, drafts);
  drafts.sort((a, b) => a.start - b.start);
  covered.fill(-1);
  drafts.forEach((d, i) => { for (let k = d.tokStart; k < d.tokEnd; k++) covered[k] = i; });
  linkAcronyms(doc, drafts, covered);
  addressWords(text, drafts);
  const out = linkShortForms(kb, tokens, drafts);
  out.forEach((d, i) => { for (let k = d.tokStart; k < d.tokEnd; k++) covered[k] = i; });
  assignRoles(doc, kb, out);
  const contextOf = geocodeDrafts(kb, doc, out, openingDrafts(kb, doc, out));
  inheritEnclosingPlace(doc.article.text, out);
  placesOpeningNames(kb, doc, out, contextOf);
  // the same unknown name typed by evidence elsewhere in the article gives its type to untyped repeats
  const typedAs = new Map<string, EntityType>();
  for (const d of out) if (!d.key && d.type !== 'other') typedAs.set(compactKey(d.name), d.type);
  for (const d of out) if (!d.key && d.type === 'other') { const t = typedAs.get(compactKey(d.name)); if (t) { d.type = t; d.by += '+doc-type'; } }
  for (const d of out) if (!d.key) d.key = unknownKey(d.type, d.name);
  return out;
}

/** The place names that open longer names, as location drafts with their KB candidates, before geocoding. */
function openingDrafts(kb: KnowledgeBase, doc: Doc, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.type === 'location' || d.type === 'facility' || d.tokEnd - d.tokStart < 2) continue;
    const o = openingName(kb, doc.article.text, doc.tokens, { tokStart: d.tokStart, tokEnd: d.tokEnd, person: d.type === 'person' }, null);
    if (!o || o.country) continue;
    out.push({ ...d, type: 'location', key: '', name: o.surface, bare: o.surface, start: o.start, end: o.end, cands: o.entries.map((e) => ({ record: e.record, rank: e.rank })), by: 'embedded' });
  }
  return out;
}

/** The place that opens each longer name of another type ("Ohio Department of Transportation"): see embedded.ts. */
function placesOpeningNames(kb: KnowledgeBase, doc: Doc, drafts: Draft[], contextOf: (key: string) => GeoContext): void {
  const resolved = new Set<string>();
  for (const d of drafts) if ((d.type === 'location' || d.type === 'facility') && d.geo) { resolved.add(compactKey(d.bare)); resolved.add(compactKey(d.name)); }
  for (const d of drafts) {
    if (d.type === 'location' || d.type === 'facility' || d.tokEnd - d.tokStart < 2) continue;
    const p = embeddedPlace(kb, doc.article.text, doc.tokens, { tokStart: d.tokStart, tokEnd: d.tokEnd, person: d.type === 'person' }, contextOf, resolved);
    if (p) d.place = p;
  }
}

/** Below this population a town known only to the gazetteer needs support in the text to be read as a place. */
const SMALL_TOWN = 15000;
const PLACE_PREPS = new Set(['in', 'near', 'at', 'outside', 'from', 'to', 'into', 'toward', 'towards', 'across', 'around', 'inside', 'between']);
/** verbs whose object is a place, never a person: one raids, shells or besieges a town ("raided Abu Dis") */
const PLACE_OBJECT_VERBS = new Set(['raided', 'raiding', 'raid', 'shelled', 'shelling', 'shell', 'stormed', 'storming', 'besieged', 'besieging', 'bombarded', 'bombarding', 'invaded', 'evacuated']);

/**
 * Whether a name that only small gazetteer towns bear is a place here. The world's towns of 500+
 * share their names with surnames and words ("Hope", "Police", "Moore"), so such a name must be
 * introduced as a place: a place preposition or an opening bracket before it ("in Hope", "(Salfit,
 * West Bank)"), a place word after it ("Hope town"), or an address after it ("Hope, Arkansas").
 */
function smallTownSupported(kb: KnowledgeBase, tokens: readonly Token[], d: Draft, fcues: Cues): boolean {
  if (!d.cands.length || d.cands.some((c) => c.rank > 1 || c.record.kind !== 'place' || (c.record.population ?? 0) >= SMALL_TOWN)) return true;
  const prev = tokens[d.tokStart - 1];
  if (prev && (PLACE_PREPS.has(prev.text.toLowerCase()) || PLACE_OBJECT_VERBS.has(prev.text.toLowerCase()) || prev.text === '(')) return true;
  if (cueAfter(kb, tokens, d.tokEnd, fcues)) return true;
  // "Al Quds - Abu Dis", "Tehran - District 12": a part of the town written before the dash
  if (prev?.text === '-' || prev?.text === '–') {
    const before = tokens.slice(Math.max(0, d.tokStart - 4), d.tokStart - 1).filter((t) => t.sentence === tokens[d.tokStart]!.sentence);
    for (let n = 1; n <= before.length; n++) if (kb.lookup(before.slice(-n).map((t) => t.text).join(' ')).some((e) => e.record.kind === 'place' && (e.record.population ?? 0) >= SMALL_TOWN)) return true;
  }
  const sep = tokens[d.tokEnd]?.text;
  if (sep !== ',' && sep !== '(') return false;
  // the unit after the comma or bracket ("Abu Dis (Al Quds, West Bank)"): one to three words naming an admin-1
  // unit, a region, a country or a larger town
  for (let n = 1; n <= 3; n++) {
    const ws = tokens.slice(d.tokEnd + 1, d.tokEnd + 1 + n);
    if (ws.length < n || !isCap(ws[0]!.text)) break;
    const hits = kb.lookup(ws.map((t) => t.text).join(' '));
    if (hits.some((e) => e.record.kind === 'admin1' || e.record.kind === 'region' || e.record.kind === 'country' || (e.record.kind === 'place' && (e.record.population ?? 0) >= SMALL_TOWN))) return true;
  }
  return false;
}

/** below this population a town that seats no province may be a surname the article uses for a person */
const SURNAME_TOWN = 50000;
/** verbs whose object is a person, never a town: a town is not stabbed, shot or murdered ("killing Welch") */
const PERSON_OBJECT_VERBS = new Set(['stabbed', 'stabbing', 'shot', 'shooting', 'killed', 'killing', 'murdered', 'murdering', 'wounded', 'injured', 'kidnapped', 'abducted', 'arrested', 'charged', 'sentenced', 'identified']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** Whether the one-word name at token i stands where a person stands: after a title or a verb acting on persons, before or after a speech verb, or before "and his/her". */
function inPersonSlot(kb: KnowledgeBase, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, prev = tokens[i - 1], next = tokens[i + 1];
  const sameSentence = (x: Token | undefined): x is Token => !!x && x.sentence === t.sentence;
  // a name that modifies the noun after it is no person ("arrested a Chiefland man"), nor one after a
  // preposition or article ("the mayor of Samos said")
  const endsPhrase = !sameSentence(next) || !/^[a-z]/.test(next.text) || SPEECH_AFTER.has(next.text) || next.text === 'and';
  // "Mr Welch", "Mrs. Lincoln" (the tokenizer may split the title's period off)
  const title = prev?.text === '.' ? tokens[i - 2] : prev;
  if (sameSentence(title) && isCap(title.text) && (kb.lexicon.titles.has(title.text) || kb.lexicon.titles.has(title.text + '.'))) return true;
  if (sameSentence(prev) && endsPhrase && (PERSON_OBJECT_VERBS.has(prev.text.toLowerCase()) || SPEECH_AFTER.has(prev.text.toLowerCase()))) return true;
  if (sameSentence(prev) && /^(?:of|in|at|from|near|to|the|a|an|for|on|by)$/i.test(prev.text)) return false;
  if (sameSentence(next) && SPEECH_AFTER.has(next.text.toLowerCase())) return true;
  const after = tokens[i + 2];
  return sameSentence(next) && next.text === 'and' && sameSentence(after) && POSSESSIVE_PRONOUNS.has(after.text.toLowerCase());
}

/**
 * A one-word name that only small towns bear, written somewhere in the article where a person stands
 * ("killing Welch", "said Patti", "Welch and his mother"), is that person's surname everywhere in the
 * article: an article does not use one bare name for a person and for a hamlet ("from Welch" is the man).
 * Its place readings become persons, to be linked to the full name (short-forms.ts).
 */
function personSlotNames(kb: KnowledgeBase, tokens: readonly Token[], drafts: Draft[]): void {
  // (towns below 50,000 that seat no province: "Patti" is also a town of 13,000 in Sicily and of 20,000 in Punjab)
  const small = drafts.filter((d) => d.type === 'location' && d.tokEnd - d.tokStart === 1 && d.cands.length > 0 && d.cands.every((c) => c.record.kind === 'place' && c.rank <= 1 && (c.record.population ?? 0) < SURNAME_TOWN && !/^PPL[AC]$/.test((c.record as { fcode?: string }).fcode ?? '')));
  if (!small.length) return;
  const names = new Set(small.map((d) => tokens[d.tokStart]!.text));
  const persons = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (names.has(tokens[i]!.text) && inPersonSlot(kb, tokens, i)) { persons.add(tokens[i]!.text); }
  for (const d of small) {
    if (!persons.has(tokens[d.tokStart]!.text)) continue;
    Object.assign(d, { type: 'person', key: '', name: d.bare, cands: [], by: 'context:person-slot', cue: null });
  }
}

/**
 * An untyped name written as an element of an address, between a comma or "in" and a comma followed by
 * a known place ("in al Mutasim area, Dhuluiya, Saladin, Iraq"), is a place: addresses name places.
 */
function addressWords(text: string, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i]!, next = drafts[i + 1]!;
    if (d.by !== 'untyped' || d.type !== 'other' || next.sentence !== d.sentence) continue;
    const known = (next.type === 'location' && (next.cands.length > 0 || next.by.includes('address')));
    if (!known || !/^\s*,\s*$/.test(text.slice(d.end, next.start))) continue;
    const prev = drafts[i - 1];
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const opens = /(?:,|\b(?:in|near|at|of))\s*$/.test(before) && (!prev || prev.type === 'location' || !/,\s*$/.test(before) || prev.end < d.start - 40);
    if (!opens) continue;
    d.type = 'location';
    d.by = 'untyped+address';
  }
}

/** "Long Form (ACR)": the acronym gets the long form's entity, or the long form the acronym's KB entity. */
function linkAcronyms(doc: Doc, drafts: Draft[], covered: Int32Array): void {
  const tokens = doc.tokens;
  const byAcr = new Map<string, Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const open = tokens[d.tokEnd];
    const acr = tokens[d.tokEnd + 1];
    if (open?.text !== '(' || !acr || tokens[d.tokEnd + 2]?.text !== ')' || !isAcronym(acr.text)) continue;
    const j = covered[d.tokEnd + 1]!;
    const other = j >= 0 ? drafts[j]! : null;
    if (other && other.by === 'untyped' && (d.key || d.type !== 'other')) {
      Object.assign(other, { type: d.type, key: d.key, name: d.name, cands: d.cands, by: 'acronym' });
      byAcr.set(acr.text, d);
    } else if (other && other.cands.length && !d.cands.length) {
      Object.assign(d, { type: other.type, key: other.key, name: other.name, cands: other.cands, by: 'acronym' });
    } else if (!other && (d.key || d.type !== 'other')) {
      const a: Draft = { ...d, tokStart: d.tokEnd + 1, tokEnd: d.tokEnd + 2, start: acr.start, end: acr.end, bare: acr.text, role: null, by: 'acronym', cue: null };
      drafts.splice(i + 1, 0, a);
      byAcr.set(acr.text, d);
    }
  }
  // later bare uses of a linked acronym
  for (const d of drafts) {
    const long = d.cands.length ? undefined : byAcr.get(d.bare);
    if (long && d.by === 'untyped') Object.assign(d, { type: long.type, key: long.key, name: long.name, cands: long.cands, by: 'acronym' });
  }
}

/** Roles and countries of persons from the titles and countries written before their names. */
function assignRoles(doc: Doc, kb: KnowledgeBase, drafts: Draft[]): void {
  const tokens = doc.tokens;
  const at = new Int32Array(tokens.length).fill(-1);
  drafts.forEach((d, i) => { for (let k = d.tokStart; k < d.tokEnd; k++) at[k] = i; });
  const cover = (j: number): RoleCover => {
    const d = at[j]! >= 0 ? drafts[at[j]!]! : null;
    if (!d) return null;
    if (d.cands[0]?.record.kind === 'country') return 'country';
    return d.type === 'organization' ? 'org' : d.type === 'location' && d.cands[0]?.record.kind === 'region' ? 'org' : null;
  };
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const sent = doc.sentences[d.sentence]!;
    // titles that were inside the chunk sit right before the name, so one lookback finds both
    const rb = roleBefore(doc.article.text, tokens, d.tokStart, sent.tokenStart, kb.lexicon, cover);
    if (rb.role) d.role = rb.role;
    if (!d.country) {
      const c = rb.countryTokens.map((j) => drafts[at[j]!]).find((x) => x?.cands[0]?.record.kind === 'country');
      if (c) d.country = c.cands[0]!.record.country;
    }
  }
}

export const entitiesStage: Stage = {
  name: 'nlp/entities.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['mentions'],
  run(doc: Doc, ctx: StageContext): void {
    const drafts = recognise(doc, ctx.resources);
    doc.mentions = drafts.map((d) => {
      const m: Mention = {
        start: d.start, end: d.end, text: doc.article.text.slice(d.start, d.end), type: d.type, sentence: d.sentence,
        key: d.key, name: d.name, role: d.role, country: d.country ?? d.geo?.country ?? null, geo: d.geo ?? null, by: d.by,
        ...(d.place ? { place: d.place } : {}),
      };
      return m;
    });
  },
};
