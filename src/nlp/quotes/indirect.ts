/**
 * Indirect (reported) speech, without quote marks: "X said (that) ...", "X said on Tuesday the militia
 * ...", "X told Reuters ...", "..., X said.", "..., said X.", "According to X, ...", "..., according to X."
 * One per sentence, only in sentences with no quote mark. The speaker must be a person or organisation
 * mention, a pronoun that resolves to one, or a phrase headed by a speaker noun ("a police officer", "the
 * ministry", "a statement"); the reported content must read as a clause (a verb, at least four words).
 * So a "said" inside a relative clause ("the attack, which officials said ...") or after a non-speaker
 * gives nothing. Offsets cover the reported content. Hand-written grammar over wink's POS tags.
 */
import type { Doc, Token } from '../../core/model/doc.js';
import type { QuoteMention } from '../../core/model/quote.js';
import verbs from './speech-verbs.json' with { type: 'json' };
import { fromPhrase, leftNP, npAllowed, type Speaker, type SpeakerContext } from './speaker.js';

const REPORTING = new Set(verbs.reporting);
const SPEAKER_NOUNS = new Set(verbs.speakerNouns);
const MIN_WORDS = 4;
const low = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
const QUOTE_MARK = /["“”„]/;

/** A speaker we can stand behind: a resolved mention, a resolved pronoun, or a speaker noun as head. */
function trusted(doc: Doc, sp: Speaker | null, from: number, to: number): Speaker | null {
  if (!sp) return null;
  // a resolved mention, or a pronoun that fromPhrase resolved to an earlier speaker or person
  if (sp.key || (to - from === 1 && doc.tokens[from]!.pos === 'PRON')) return sp;
  for (let k = to - 1; k >= from; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return SPEAKER_NOUNS.has(t.lemma) || SPEAKER_NOUNS.has(low(t)) ? sp : (t.pos === 'PROPN' && sp.person ? sp : null);
    if (t.pos === 'ADP') continue; // "a spokesman for the army": keep looking for the head before "for"
  }
  return null;
}

/** Tokens [a, b) read as a clause: at least MIN_WORDS words and a verb. */
function isClause(toks: readonly Token[], a: number, b: number): boolean {
  let words = 0, verb = false;
  for (let k = a; k < b; k++) {
    if (toks[k]!.pos !== 'PUNCT') words++;
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') verb = true;
  }
  return words >= MIN_WORDS && verb;
}

/** Skips what stands between a reporting verb and its clause: "on Tuesday", "in a statement", "told Reuters", "that". */
function skipToClause(doc: Doc, v: number, end: number): number {
  const toks = doc.tokens;
  let k = v + 1;
  if (/^(?:told|tells|tell)$/.test(low(toks[v]))) {
    // the hearer: "told reporters", "told Reuters", "told the Associated Press"
    const s = k;
    // a determiner after a noun starts the reported clause ("told reporters the offensive would ...")
    while (k < end && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'NUM') && low(toks[k]) !== 'that'
      && !(toks[k]!.pos === 'DET' && k > s)) k++;
    if (k === s) return -1;
  }
  for (let guard = 0; guard < 6 && k < end; guard++) {
    let t = toks[k]!;
    // "on Tuesday", "late on Monday": the preposition goes with the time expression after it
    if (t.pos === 'ADP' && toks[k + 1] && doc.times.some((x) => x.start === toks[k + 1]!.start)) t = toks[++k]!;
    const time = doc.times.find((x) => x.start === t.start || (x.start < t.start && x.end > t.start));
    if (time) { while (k < end && toks[k]!.start < time.end) k++; continue; }
    if ((t.pos === 'ADV' || /^(?:late|early|earlier|later)$/i.test(t.text)) && !/^(?:there|here)$/i.test(t.text)) { k++; continue; }
    if (t.text === ',' || t.text === ':') { k++; continue; }
    // "in a statement", "in an interview with AFP", "at a news conference", "on its website"
    if (/^(?:in|at|during|on|via|through)$/.test(low(t)) && (toks[k + 1]?.pos === 'DET' || toks[k + 1]?.pos === 'PRON')) {
      let j = k + 2;
      while (j < end && (toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'NOUN')) j++;
      if (j === k + 2) break;
      if (/^(?:with|to|on)$/.test(low(toks[j])) && toks[j + 1]?.pos === 'PROPN') { j++; while (j < end && toks[j]!.pos === 'PROPN') j++; }
      k = j;
      continue;
    }
    break;
  }
  if (low(toks[k]) === 'that') k++;
  return k;
}

const CLAUSE_START = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ']);

/** The indirect quote of sentence `s`, or null. */
export function indirectQuote(ctx: SpeakerContext, s: number): QuoteMention | null {
  const { doc } = ctx;
  const sent = doc.sentences[s]!;
  if (QUOTE_MARK.test(sent.text)) return null;
  const toks = doc.tokens;
  const a = sent.tokenStart;
  let e = sent.tokenEnd;
  while (e > a && toks[e - 1]!.pos === 'PUNCT') e--;
  if (e - a < MIN_WORDS + 2) return null;
  const make = (sp: Speaker, ca: number, cb: number, by: string): QuoteMention | null => {
    while (cb > ca && (toks[cb - 1]!.pos === 'PUNCT')) cb--;
    if (!isClause(toks, ca, cb)) return null;
    const start = toks[ca]!.start, end = toks[cb - 1]!.end;
    return { start, end, text: doc.article.text.slice(start, end), sentence: s, speaker: sp.text, speakerKey: sp.key, direct: false, by };
  };
  const npTo = (from: number, limit: number): number => { let k = from; while (k < limit && npAllowed(toks, k)) k++; return k; };

  // "According to X, ..."
  if (low(toks[a]) === 'according' && low(toks[a + 1]) === 'to') {
    const n = npTo(a + 2, e);
    if (n > a + 2 && toks[n]?.text === ',') {
      const sp = trusted(doc, fromPhrase(ctx, [a + 2, n], 'quotes/indirect-according-to', toks[a]!.start), a + 2, n);
      if (sp) return make(sp, n + 1, e, 'quotes/indirect-according-to');
    }
    return null;
  }
  // "..., according to X." / "..., X said (on Tuesday)." / "..., said X."
  for (let c = e - 2; c > a + MIN_WORDS; c--) {
    if (toks[c]!.text !== ',') continue;
    let k = c + 1;
    if (low(toks[k]) === 'according' && low(toks[k + 1]) === 'to') {
      const n = npTo(k + 2, e);
      if (n === e && n > k + 2) {
        const sp = trusted(doc, fromPhrase(ctx, [k + 2, n], 'quotes/indirect-according-to', toks[k]!.start), k + 2, n);
        if (sp) return make(sp, a, c, 'quotes/indirect-according-to');
      }
      break;
    }
    let np: [number, number] | null = null;
    let rest = -1;
    if (REPORTING.has(low(toks[k])) && toks[k]!.pos === 'VERB') {
      // inverted: ", said the ministry"
      const n = npTo(k + 1, e);
      if (n > k + 1) { np = [k + 1, n]; rest = n; }
    } else {
      const n = toks[k]!.pos === 'PRON' ? k + 1 : npTo(k, e);
      let w = n;
      while (w < e && (toks[w]!.pos === 'ADV' || (toks[w]!.pos === 'AUX' && /^(?:has|have|had)$/i.test(toks[w]!.text)))) w++;
      if (n > k && REPORTING.has(low(toks[w])) && toks[w]!.pos === 'VERB') { np = [k, n]; rest = w + 1; }
    }
    if (!np) continue;
    // what follows the attribution is only adverbial ("on Tuesday", "in a statement"), no second verb
    if (toks.slice(rest, e).some((t) => t.pos === 'VERB' || t.pos === 'AUX') || e - rest > 10) break;
    const sp = trusted(doc, fromPhrase(ctx, np, 'quotes/indirect-said-after', toks[np[0]]!.start), np[0], np[1]);
    if (sp) return make(sp, a, c, 'quotes/indirect-said-after');
    break;
  }
  // "X said (on Tuesday) (that) ...": the speaker is the sentence's subject, after an introductory phrase
  for (let v = a + 1; v < Math.min(e, a + 20); v++) {
    if (!REPORTING.has(low(toks[v])) || toks[v]!.pos !== 'VERB') continue;
    const np = leftNP(toks, v, a);
    if (!np) return null;
    const intro = np[0] === a || (toks[np[0] - 1]!.text === ',' && !toks.slice(a, np[0]).some((t) => t.pos === 'VERB' && !/ing$/.test(t.text) || /^(?:which|who|that)$/i.test(t.text)));
    if (!intro) return null;
    const k = skipToClause(doc, v, e);
    if (k < 0 || k >= e || !CLAUSE_START.has(toks[k]!.pos) || /^(?:to|what|how|whether|if|nothing|anything|something|little|much|so)$/i.test(toks[k]!.text)) return null;
    const sp = trusted(doc, fromPhrase(ctx, np, 'quotes/indirect-said', toks[np[0]]!.start), np[0], np[1]);
    return sp ? make(sp, k, e, 'quotes/indirect-said') : null;
  }
  return null;
}
