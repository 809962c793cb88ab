/**
 * Who said a quote. Tries, in order: an attribution after the quote (`," X said`, `," said X`), a speech
 * verb before it in the same sentence (`X said that "…"`, `X told reporters Friday that "…"`, `…, telling
 * Y, "…"` → the clause's subject, `which she called "…"`), `according to X`, a pronoun right before the
 * quote (`on which he "emphasized …"`), the speaker of the previous quote or the subject of a speech verb
 * in the previous sentence. Pronouns go to the last person who spoke or was the subject nearby, never to
 * someone cited ("Citing Defense Secretary Lloyd Austin, she said"). Speaker phrases without a person or
 * organisation mention are kept as written ("a US official", "The Iraqi statement").
 */
import type { Doc, Token } from '../../core/model/doc.js';
import type { Mention } from '../../core/model/entity.js';
import verbs from './speech-verbs.json' with { type: 'json' };

const FINITE = new Set(verbs.finite);
const PARTICIPLE = new Set(verbs.participles);
const DESCRIBING = new Set(verbs.describing);
const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
const NP_ADP = /^(?:of|for|to|against|in|at|on)$/i;
const OBJECT_CUE = /^(?:citing|quoting|cited|quoted|told|to|with|by|for|of|about|against|and)$/i;
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|Gen|General|Lt|Maj|Col|Capt|Sgt|Adm|Governor|Gov|Mayor|Colonel|Lieutenant|Major|Brigadier|Sergeant|Captain|Admiral|Cleric|Judge|Justice|Lawmaker|MP|Commissioner|Director|President|Prime|Minister|Foreign|Defense|Defence|Secretary|Deputy|Assistant|Ambassador|Spokesperson|Spokesman|Spokeswoman|Chair|Chairman|Chief|Commander|Senator|Sen|Rep|King|Prince|Sheikh|Ayatollah|Vice|State|Department|U\.S\.|US|Iraqi|Iranian|Syrian|Turkish|Israeli|American|\.)$/;

export interface Speaker {
  readonly text: string;
  readonly key: string | null;
  readonly by: string;
  /** true for a person (he/she can refer to it) */
  readonly person: boolean;
  /** offset where the speaker was named, for pronoun look-back */
  readonly at: number;
}

export interface SpeakerContext {
  readonly doc: Doc;
  /** token indices that lie inside any quote */
  readonly quoted: (i: number) => boolean;
  /** speakers attributed so far, in text order */
  readonly previous: readonly (Speaker & { sentence: number })[];
}

const low = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
const isSpeech = (t: Token | undefined): boolean => !!t && (FINITE.has(low(t)) || PARTICIPLE.has(low(t)));

export function npAllowed(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART'].includes(t.pos)) return !/^(?:that|which|who)$/i.test(t.text);
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return /^[-.'’()]$/.test(t.text);
  if (t.pos === 'VERB') return toks[k - 1]?.text === '-'; // "U.S.-led"
  if (t.pos === 'ADP') return NP_ADP.test(t.text) && (toks[k + 1]?.pos === 'PROPN' || toks[k + 1]?.pos === 'NOUN' || toks[k + 1]?.pos === 'DET');
  return false;
}

/** Noun phrase ending right before token `v` (not crossing `floor`), skipping one appositive. */
export function leftNP(toks: readonly Token[], v: number, floor: number, depth = 0): [number, number] | null {
  let k = v - 1;
  while (k >= floor && (toks[k]!.pos === 'ADV' || toks[k]!.pos === 'AUX' && /^(?:has|have|had)$/i.test(toks[k]!.text))) k--;
  if (k < floor) return null;
  if (PRONOUNS.test(toks[k]!.text) && toks[k]!.pos === 'PRON') return [k, k + 1];
  if (toks[k]!.text === ',' && depth === 0) {
    let c = k - 1;
    while (c >= floor && toks[c]!.text !== ',') c--;
    return c > floor ? leftNP(toks, c, floor, 1) : null;
  }
  const to = k + 1;
  while (k >= floor && npAllowed(toks, k)) k--;
  let from = k + 1;
  while (from < to && (toks[from]!.pos === 'ADP' || toks[from]!.pos === 'PUNCT')) from++;
  if (from >= to) return null;
  // an object inside a relative clause ("an official who spoke ... details of the discussions said"): the head before "who"
  if (depth === 0 && k >= floor && toks[k]!.pos !== 'PUNCT' && toks[k]!.pos !== 'SCONJ') {
    for (let w = k; w > floor; w--) if (/^who$/i.test(toks[w]!.text)) return leftNP(toks, w, floor, 1);
  }
  return [from, to];
}

/** The first noun phrase of a sentence, after an introductory phrase ("In a statement, ..."). */
function subjectNP(toks: readonly Token[], floor: number, limit: number): [number, number] | null {
  let k = floor;
  if (toks[k]?.pos === 'ADP' || toks[k]?.pos === 'VERB' || toks[k]?.pos === 'SCONJ') {
    while (k < limit && toks[k]!.text !== ',') k++;
    k++;
  }
  const from = k;
  while (k < limit && npAllowed(toks, k)) k++;
  return k > from ? [from, k] : null;
}

/** Persons mentioned in the token range, as mentions (or capitalised runs when there are none). */
function personsIn(doc: Doc, from: number, to: number): Mention[] {
  const a = doc.tokens[from]?.start ?? 0, b = doc.tokens[to - 1]?.end ?? 0;
  return doc.mentions.filter((m) => m.type === 'person' && m.start >= a && m.end <= b);
}

/** A name inside the phrase when the entity layer gave none: the last capitalised run minus titles. */
function fallbackName(doc: Doc, from: number, to: number): string | null {
  let e = to;
  while (e > from && doc.tokens[e - 1]!.pos !== 'PROPN') e--;
  let s = e;
  while (s > from && (doc.tokens[s - 1]!.pos === 'PROPN' || /^(?:al|el|-|\.)$/i.test(doc.tokens[s - 1]!.text))) s--;
  while (s < e && TITLE_WORD.test(doc.tokens[s]!.text)) s++;
  if (e - s < 2) return null;
  return doc.article.text.slice(doc.tokens[s]!.start, doc.tokens[e - 1]!.end);
}

/** Turns a speaker phrase into a Speaker (person, organisation, or the phrase as written). */
export function fromPhrase(ctx: SpeakerContext, [from, to]: [number, number], by: string, pos: number): Speaker | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  while (to > from && toks[to - 1]!.pos === 'PUNCT' && toks[to - 1]!.text !== ')') to--;
  if (to <= from) return null;
  if (to - from === 1 && PRONOUNS.test(toks[from]!.text)) return resolvePronoun(ctx, toks[from]!.text, pos, by);
  const a = toks[from]!.start, b = toks[to - 1]!.end;
  const isModifier = (m: Mention): boolean => {
    const before = doc.article.text.slice(a, m.start);
    if (/\b(?:of|for|to|by)\s+(?:[A-Z][\w.'’-]*\s+)*$/.test(before)) return true;
    // a name before the head noun ("the Trump White House", "the Biden administration") names who it belongs to
    const next = toks.findIndex((t, k) => k >= from && k < to && t.start >= m.end);
    return next >= 0 && (toks[next]!.pos === 'NOUN' || toks[next]!.pos === 'PROPN') && !/^(?:al|el|bin|ibn)$/i.test(toks[next]!.text);
  };
  const person = personsIn(doc, from, to).find((m) => !isModifier(m));
  if (person) return { text: person.text, key: person.key, by, person: true, at: person.start };
  const org = doc.mentions.find((m) => m.type === 'organization' && m.start >= a && m.end <= b && !isModifier(m));
  const text = doc.article.text.slice(a, b);
  if (org) return { text, key: org.key, by, person: false, at: a };
  if (!doc.mentions.some((m) => m.start >= a && m.end <= b)) {
    const name = fallbackName(doc, from, to);
    if (name && !/\b(?:Ministry|Department|Office|Council|Forces|Army|Government|Agency|Statement)\b/i.test(name)) return { text: name, key: null, by, person: true, at: a };
  }
  if (!/[A-Za-z]/.test(text)) return null;
  return { text, key: null, by, person: false, at: a };
}

/** he/she → the last person who spoke or was a speaking subject nearby, skipping persons who were cited. */
function resolvePronoun(ctx: SpeakerContext, pronoun: string, pos: number, by: string): Speaker | null {
  const { doc } = ctx;
  const p = pronoun.toLowerCase();
  if (p !== 'he' && p !== 'she') {
    const last = ctx.previous[ctx.previous.length - 1];
    return last && !last.person ? { ...last, by: 'quotes/pronoun' } : null;
  }
  const sent = doc.tokens.find((t) => t.start >= pos)?.sentence ?? doc.sentences.length - 1;
  const floor = doc.sentences[Math.max(0, sent - 4)]?.start ?? 0;
  const persons = doc.mentions.filter((m) => m.type === 'person' && m.start >= floor && m.end <= pos);
  const notCited = persons.filter((m) => {
    let i = doc.tokens.findIndex((t) => t.start >= m.start) - 1;
    while (i >= 0 && TITLE_WORD.test(doc.tokens[i]!.text)) i--;
    return !OBJECT_CUE.test(doc.tokens[i]?.text ?? '');
  });
  const speaking = notCited.filter((m) => {
    const i = doc.tokens.findIndex((t) => t.start >= m.end);
    return [0, 1, 2, 3].some((d) => isSpeech(doc.tokens[i + d])) || ctx.previous.some((s) => s.key && s.key === m.key);
  });
  const pick = speaking[speaking.length - 1] ?? notCited[notCited.length - 1];
  if (pick) return { text: pick.name || pick.text, key: pick.key, by: by === 'quotes/said-after' || by === 'quotes/said-before' ? 'quotes/pronoun' : by, person: true, at: pick.start };
  const lastPerson = [...ctx.previous].reverse().find((s) => s.person && s.at >= floor);
  return lastPerson ? { ...lastPerson, by: 'quotes/pronoun' } : null;
}

/** Attribution after the quote, in tokens [from, end) of the closing sentence. */
export function afterQuote(ctx: SpeakerContext, from: number, end: number): Speaker | null {
  const toks = ctx.doc.tokens;
  let k = from;
  while (k < end && toks[k]!.pos === 'PUNCT') k++;
  if (k >= end) return null;
  if (FINITE.has(low(toks[k]))) {
    // inverted: `," said Ahmed, a spokesman`
    let e = k + 1;
    while (e < end && npAllowed(toks, e)) e++;
    return e > k + 1 ? fromPhrase(ctx, [k + 1, e], 'quotes/said-after', toks[k]!.start) : null;
  }
  for (let v = k + 1; v < Math.min(end, k + 10); v++) {
    if (!FINITE.has(low(toks[v]))) continue;
    const np: [number, number] = [k, v];
    for (let i = k; i < v; i++) if (!npAllowed(toks, i) && !(toks[i]!.pos === 'PRON' && v - k === 1) && toks[i]!.pos !== 'ADV') return null;
    return fromPhrase(ctx, np, 'quotes/said-after', toks[k]!.start);
  }
  return null;
}

/** Attribution before the quote: tokens [floor, to) of the opening sentence, quote tokens skipped. */
export function beforeQuote(ctx: SpeakerContext, floor: number, to: number): Speaker | null {
  const toks = ctx.doc.tokens;
  // a describing verb right before the quote: `which she called "…"`
  const lastOpen = to - 1;
  if (DESCRIBING.has(low(toks[lastOpen]))) {
    const np = leftNP(toks, lastOpen, floor);
    if (np) return fromPhrase(ctx, np, 'quotes/said-before', toks[lastOpen]!.start);
  }
  let seen = 0;
  for (let v = to - 1; v >= floor && seen < 16; v--) {
    if (ctx.quoted(v)) continue;
    seen++;
    const w = low(toks[v]);
    if (w === 'according' && low(toks[v + 1]) === 'to') {
      let e = v + 2;
      while (e < to && npAllowed(toks, e)) e++;
      if (e > v + 2) return fromPhrase(ctx, [v + 2, e], 'quotes/according-to', toks[v]!.start);
    }
    if (PARTICIPLE.has(w)) {
      const np = subjectNP(toks, floor, v);
      if (np) return fromPhrase(ctx, np, 'quotes/said-before', toks[v]!.start);
    }
    if (FINITE.has(w)) {
      const np = leftNP(toks, v, floor);
      if (np) return fromPhrase(ctx, np, 'quotes/said-before', toks[v]!.start);
    }
  }
  // `on which he "emphasized …"`: a pronoun right before the quote is its speaker
  if (toks[lastOpen]?.pos === 'PRON' && PRONOUNS.test(toks[lastOpen]!.text)) return resolvePronoun(ctx, toks[lastOpen]!.text, toks[lastOpen]!.start, 'quotes/pronoun');
  return null;
}

/** `according to X` anywhere in the sentence [floor, end). */
export function accordingTo(ctx: SpeakerContext, floor: number, end: number): Speaker | null {
  const toks = ctx.doc.tokens;
  for (let v = floor; v < end - 2; v++) {
    if (ctx.quoted(v) || low(toks[v]) !== 'according' || low(toks[v + 1]) !== 'to') continue;
    let e = v + 2;
    while (e < end && npAllowed(toks, e)) e++;
    if (e > v + 2) return fromPhrase(ctx, [v + 2, e], 'quotes/according-to', toks[v]!.start);
  }
  return null;
}

/** The subject of a speech verb in sentence `s` ("Defense Secretary Lloyd Austin said in a statement that ..."). */
export function sentenceSpeaker(ctx: SpeakerContext, s: number): Speaker | null {
  const sent = ctx.doc.sentences[s];
  if (!sent) return null;
  const toks = ctx.doc.tokens;
  for (let v = sent.tokenStart; v < sent.tokenEnd; v++) {
    if (ctx.quoted(v) || !FINITE.has(low(toks[v]))) continue;
    const np = leftNP(toks, v, sent.tokenStart);
    if (np) { const sp = fromPhrase(ctx, np, 'quotes/previous-sentence', toks[v]!.start); if (sp) return { ...sp, by: 'quotes/previous-sentence' }; }
  }
  return null;
}
