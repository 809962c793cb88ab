/**
 * Tokens, sentences and part-of-speech tags with wink-nlp (English lite web model).
 * The text is split into paragraphs (line breaks) first: wink misses boundaries at line breaks
 * without a full stop (headline into body, truncated paragraphs). wink reports token indices, not
 * character offsets, so offsets are recovered here by locating each token in the paragraph in order.
 * wink's tokenizer breaks words at Latin letters beyond Latin-1 ("Erdo|ğ|an", "Ş|anl|ı|urfa", "Ḩ|asakah"),
 * so wink reads a copy of the paragraph where each such letter is replaced by its base letter, one UTF-16
 * unit for one ("Erdogan", "Sanliurfa"): offsets stay the same, and token text is taken from the original.
 * Headlines (no final stop) drop the articles wink relies on, and it tags their verbs as nouns ("Suicide
 * bomber hits Iraq intelligence HQ", "Islamic State storms town"): in a headline clause without a verb, the
 * noun that agrees in number with the noun before it, is followed by an object or a preposition and that
 * wink itself reads as a verb in a probe sentence becomes the clause's verb.
 */
import type { Doc, Sentence, Token } from '../../core/model/doc.js';
import type { Stage, StageContext } from '../stage.js';
import { resourceKey, type Resources } from '../../resources/index.js';
import { statelessWink, type Wink } from './wink.js';

const WINK = resourceKey<Wink>('nlp/tokens/wink');
const VERBS = resourceKey<Map<string, boolean>>('nlp/tokens/can-be-verb');
/**
 * The wink instance, loaded once per Resources (about 130 ms); each text it reads is read from its
 * model's own lexicon, whatever it read before (wink.ts), so a document's tokens depend on it alone.
 * Only sentence boundaries and POS (with lemmas) are read: wink's NER, negation and sentiment passes
 * (a third of readDoc's time) are left out; they do not feed the POS tagger.
 */
export const wink = (res: Resources): Wink => res.memo(WINK, () => statelessWink(['sbd', 'pos']));

const EXTRA_BASE: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ŀ': 'l', 'Ŀ': 'L', 'ĸ': 'k', 'ŉ': 'n', 'ƒ': 'f', 'ǝ': 'e', 'ə': 'e', 'Ə': 'E' };
/** A Latin letter beyond Latin-1 as its ASCII base letter ("ğ" → "g", "Ḩ" → "H", "ı" → "i"); else itself. */
function foldLetter(c: string): string {
  const base = EXTRA_BASE[c] ?? c.normalize('NFD')[0] ?? c;
  return /^[A-Za-z]$/.test(base) ? base : c;
}
/** The paragraph as wink should read it: same length, Latin letters beyond Latin-1 folded to ASCII. */
export function foldForTokenizer(para: string): string {
  return /[\u0100-\u024f\u1e00-\u1eff]/.test(para) ? para.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, foldLetter) : para;
}

/** Whether wink reads `base` as a verb in "They <base> it." (cached per word in the resources). */
function canBeVerb(res: Resources, base: string): boolean {
  const verbCache = res.memo(VERBS, () => new Map<string, boolean>());
  let v = verbCache.get(base);
  if (v === undefined) {
    if (!/^[a-z]+$/.test(base)) v = false;
    else {
      const w = wink(res);
      v = (w.readDoc(`They ${base} it.`).tokens().out(w.its.pos) as string[])[1] === 'VERB';
    }
    verbCache.set(base, v);
  }
  return v;
}

const CLAUSE_BREAK = /^(?:as|after|while|before|amid|and|but|despite|with)$/i;
const SUBORDINATOR = /^(?:as|after|while|before|amid)$/i;
/** groups of people: headline subjects, not verbs ("Iraq forces battle militants", "17 police and army killed") */
const GROUP_NOUNS = /^(?:forces|troops|police|fighters|soldiers|militants|people|civilians|officials|gunmen|rebels|insurgents|jihadists|militias)$/i;
const OBJECT_POS = new Set(['DET', 'NUM', 'PROPN', 'ADJ', 'NOUN', 'ADP', 'ADV', 'PRON']);
const pluralNoun = (t: Token): boolean => /[^s]s$/i.test(t.text) && t.lemma !== t.text.toLowerCase();

/** Gives each verbless clause of a headline sentence (tokens [a, b), no final stop) its verb, when one reads as such. */
function repairHeadlineVerbs(res: Resources, tokens: Token[], a: number, b: number): void {
  if (b - a < 3 || /^[.!?]$/.test(tokens[b - 1]!.text)) return;
  let s = a;
  for (let k = a; k <= b; k++) {
    if (k < b && tokens[k]!.pos !== 'PUNCT' && !CLAUSE_BREAK.test(tokens[k]!.text)) continue;
    if (k - s >= 2 && !tokens.slice(s, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      const cands: number[] = [];
      for (let i = s + 1; i < k; i++) {
        const t = tokens[i]!, prev = tokens[i - 1]!, next = i + 1 < b ? tokens[i + 1] : undefined;
        if (t.pos !== 'NOUN' || GROUP_NOUNS.test(t.text)) continue;
        // the verb takes an object or a preposition; a plural subject's verb may end its clause ("11 die as ...", "as Iraqi forces advance")
        if (i < k - 1 ? !OBJECT_POS.has(next!.pos) : !(prev.pos === 'NUM' ? !!next && SUBORDINATOR.test(next.text) : prev.pos === 'NOUN' && pluralNoun(prev) && (!next || CLAUSE_BREAK.test(next.text) || next.pos === 'PUNCT'))) continue;
        // a demonym or a name before a noun modifies it ("Iraqi forces", "U.S. planes"): no subject of its own
        if (prev.pos === 'PROPN' && (/(?:i|ian|ish|ese)$/i.test(prev.text) || /^(?:U\.S\.|US|UN|U\.N\.)$/.test(prev.text))) continue;
        // a capitalised plural opening the headline is a common noun ("Jihadists attack ...", "Gunmen seize ...")
        const openingPlural = prev.pos === 'PROPN' && i - 1 === a && /(?:[^s']s|men)$/.test(prev.text);
        const subjPlural = prev.pos === 'NUM' ? !/^(?:one|1)$/i.test(prev.text) : prev.pos === 'NOUN' ? pluralNoun(prev) : prev.pos === 'PROPN' ? openingPlural : null;
        if (subjPlural === null) continue;
        // the subject is no object of a preposition ("killed in air strikes in Kirkuk")
        let l = i - 1;
        while (l > s && /^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(tokens[l - 1]!.pos)) l--;
        if (l > s && tokens[l - 1]!.pos === 'ADP') continue;
        const verbS = /[^s]s$/i.test(t.text) && t.lemma !== t.text.toLowerCase();
        if (verbS === subjPlural) continue;
        const base = verbS ? t.lemma : t.text.toLowerCase();
        if (canBeVerb(res, base)) cands.push(i);
      }
      const pick = cands.find((i) => i + 1 >= k || tokens[i + 1]!.pos !== 'NOUN') ?? cands[0];
      if (pick !== undefined) {
        const t = tokens[pick]!;
        tokens[pick] = { ...t, pos: 'VERB', lemma: /[^s]s$/i.test(t.text) ? t.lemma : t.text.toLowerCase() };
      }
    }
    s = k + 1;
  }
}

/** Verbs that take a past participle as a complement of state: "was found shot", "got stabbed", "was left wounded". */
const PARTICIPLE_HOSTS = /^(?:be|get|find|leave)$/;
/**
 * A past participle wink tags as a noun or adjective after a verb of state ("was found shot to death",
 * "got shot in the leg"): a verb, when wink reads the word as a verb in "They <word> it." and no noun or
 * determiner follows it (then it is a noun: "found shot glasses", "was a shot").
 */
function repairParticiples(res: Resources, tokens: Token[], a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    const t = tokens[i]!, prev = tokens[i - 1]!, next = tokens[i + 1];
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !PARTICIPLE_HOSTS.test(prev.lemma) || (prev.pos !== 'VERB' && prev.pos !== 'AUX')) continue;
    if (next && i + 1 < b && /^(?:NOUN|PROPN|DET|NUM|ADJ)$/.test(next.pos)) continue;
    const w = t.text.toLowerCase();
    // a participle form: "-ed", or an irregular past that wink reads as a verb ("shot", "hit", "struck")
    if (!/^[a-z]+$/.test(w) || !(/ed$/.test(w) || /^(?:shot|hit|struck|beaten|stabbed|slain|stolen|taken|held|thrown|found|caught|run|cut|hurt|bitten)$/.test(w))) continue;
    if (canBeVerb(res, w)) tokens[i] = { ...t, pos: 'VERB' };
  }
}

/**
 * The most tokens one sentence may hold. wink ends sentences only at stops, so a text without them (a
 * hostile single line, a scraped list) is one sentence of any length, and the sentence readers (phrase and
 * slot scans around each trigger) cost its length per trigger: the square of it in all. No sentence of
 * prose comes near this length (long news sentences run to 60–80 words), so longer runs are cut.
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * wink's sentence spans (inclusive token indices) with each over MAX_SENTENCE_TOKENS cut into pieces:
 * after the last clause punctuation (, ; : -- and the like) in the second half of the window, else at
 * the window's end. Linear in the number of tokens.
 */
export function boundSentences(spans: readonly [number, number][], pos: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    let s = a;
    while (b - s + 1 > MAX_SENTENCE_TOKENS) {
      let cut = s + MAX_SENTENCE_TOKENS - 1;
      for (let i = cut; i > s + MAX_SENTENCE_TOKENS / 2; i--) if (pos[i] === 'PUNCT') { cut = i; break; }
      out.push([s, cut]);
      s = cut + 1;
    }
    out.push([s, b]);
  }
  return out;
}

/** Tokenises one paragraph `[pStart, pEnd)` of `text`, appending to tokens and sentences. */
function tokenizeParagraph(res: Resources, text: string, pStart: number, pEnd: number, paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  const para = foldForTokenizer(text.slice(pStart, pEnd));
  const w = wink(res);
  const wd = w.readDoc(para);
  const values = wd.tokens().out(w.its.value) as string[];
  const pos = wd.tokens().out(w.its.pos) as string[];
  const lemmas = wd.tokens().out(w.its.lemma) as string[];
  const spans = boundSentences(wd.sentences().out(w.its.span) as [number, number][], pos);
  const base = tokens.length;
  const offs: [number, number][] = [];
  let cursor = 0;
  for (const v of values) {
    let at = para.indexOf(v, cursor);
    // wink may normalise a token (e.g. quotes); fall back to the next non-space position
    if (at < 0 || at - cursor > 40) {
      at = cursor;
      while (at < para.length && /\s/.test(para[at]!)) at++;
      offs.push([at, Math.min(para.length, at + v.length)]);
    } else offs.push([at, at + v.length]);
    cursor = offs[offs.length - 1]![1];
  }
  let sentIdx = sentences.length;
  const sentOf = new Array<number>(values.length).fill(sentIdx);
  spans.forEach(([a, b], k) => { for (let i = a; i <= b; i++) sentOf[i] = sentIdx + k; });
  values.forEach((v, i) => {
    const [s, e] = offs[i]!;
    const original = text.slice(pStart + s, pStart + e);
    let lemma = lemmas[i] ?? v.toLowerCase();
    // a folded word ("Erdogan" for "Erdoğan") keeps its own letters in the lemma when wink did not change it
    if (original !== para.slice(s, e) && lemma === para.slice(s, e).toLowerCase()) lemma = original.toLowerCase();
    tokens.push({ start: pStart + s, end: pStart + e, text: original, pos: pos[i] ?? 'X', lemma, sentence: sentOf[i]! });
  });
  for (const [a, b] of spans) {
    const start = pStart + offs[a]![0];
    const end = pStart + offs[b]![1];
    sentences.push({ start, end, text: text.slice(start, end), paragraph, tokenStart: base + a, tokenEnd: base + b + 1 });
    repairHeadlineVerbs(res, tokens, base + a, base + b + 1);
    repairParticiples(res, tokens, base + a, base + b + 1);
    sentIdx++;
  }
}

export const tokensStage: Stage = {
  name: 'nlp/tokens.v1',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc, ctx: StageContext): void {
    const { text, paragraphs } = doc.article;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    paragraphs.forEach((p, i) => { if (p.end > p.start) tokenizeParagraph(ctx.resources, text, p.start, p.end, i, tokens, sentences); });
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

/** Tokens of sentence `i`. */
export const sentenceTokens = (doc: Doc, i: number): Token[] => {
  const s = doc.sentences[i];
  return s ? doc.tokens.slice(s.tokenStart, s.tokenEnd) : [];
};

/** Index of the sentence that contains offset `at`, or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
