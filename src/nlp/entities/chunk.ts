/**
 * Proper-noun chunks from wink POS tags, over the tokens no KB match covered. wink has no person,
 * organisation or place model (ts-libs.md §1), so names are found as runs of capitalised tokens with
 * the joins real names need: the split Arabic article ("al - Sudani"), hyphenated names
 * ("Amir - Abdollahian"), "of" inside names ("Joint Chiefs of Staff") and "in" after an
 * organisation head ("Islamic Resistance in Iraq"). A capitalised word that opens a sentence only
 * counts when wink tags it PROPN, which keeps out "Explosions", "Motorists", "Citing", "Send".
 */
import type { Token } from '../../core/model/doc.js';
import type { Lexicon } from '../../kb/index.js';
import { isCap } from './kb-match.js';

export interface Chunk {
  readonly tokStart: number;
  readonly tokEnd: number;
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'de', 'van', 'von', 'da', 'del', 'ul', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'es', 'ed', 'adh', 'an', 'at', 'e', 'ye']);
const OPENERS = /^["“‘'(\[—–:-]$/;
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX', 'PUNCT', 'NUM', 'SYM']);

/** True when token i starts a sentence (or follows an opening quote, bracket, colon or dash). */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (!p || p.sentence !== t.sentence) return true;
  return OPENERS.test(p.text) && (i - 2 < 0 || tokens[i - 2]!.sentence !== t.sentence || /^[.!?:]$/.test(tokens[i - 2]!.text) || OPENERS.test(p.text));
}

/** Whether a token may be part of a name by itself. */
function nameToken(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  if (!isCap(t.text) || lex.nonNames.has(t.text)) return false;
  if (t.text.length === 1 && !/^[A-Z]$/.test(t.text)) return false;
  if (sentenceInitial(tokens, i)) return t.pos === 'PROPN';
  if (FUNCTION_POS.has(t.pos) && !/^[A-Z]\.$/.test(t.text)) return false;
  return true;
}

const adjacent = (a: Token, b: Token): boolean => b.start === a.end;

/**
 * Chunks in tokens [from, to), never crossing a token for which `used(i)` is true.
 */
export function chunkNames(tokens: readonly Token[], from: number, to: number, lex: Lexicon, used: (i: number) => boolean): Chunk[] {
  const out: Chunk[] = [];
  let i = from;
  while (i < to) {
    const startsParticle = tokens[i + 1]?.text === '-' && PARTICLES.has(tokens[i]!.text.toLowerCase()) && i + 2 < to && isCap(tokens[i + 2]!.text) && !used(i + 2);
    if (used(i) || !(nameToken(tokens, i, lex) || startsParticle)) { i++; continue; }
    const s = i;
    let e = startsParticle ? i + 3 : i + 1;
    for (;;) {
      const t = tokens[e];
      if (!t || e >= to || used(e)) break;
      const prev = tokens[e - 1]!;
      if (t.start - prev.end > 1) break;
      // pieces of one word split by the tokenizer at a non-ASCII letter ("Erdo|ğ|an")
      if (t.start === prev.end && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(t.text)) { e++; continue; }
      // hyphen: "Amir-Abdollahian", "al-Sudani"; not "Iran-backed"
      if (t.text === '-' && adjacent(prev, t) && tokens[e + 1] && adjacent(t, tokens[e + 1]!) && isCap(tokens[e + 1]!.text) && !used(e + 1) && e + 1 < to) { e += 2; continue; }
      // hyphenated ezafe or article before the next word: "Torbat-e Heydarieh", "Qasr-e Shirin"
      if (t.text === '-' && adjacent(prev, t) && tokens[e + 1] && adjacent(t, tokens[e + 1]!) && (tokens[e + 1]!.text === 'e' || tokens[e + 1]!.text === 'ye') && tokens[e + 2] && isCap(tokens[e + 2]!.text) && e + 2 < to && !used(e + 2)) { e += 3; continue; }
      // split article inside a name: "Abu Mahdi al - Muhandis"
      if (PARTICLES.has(t.text.toLowerCase()) && tokens[e + 1]?.text === '-' && tokens[e + 2] && isCap(tokens[e + 2]!.text) && e + 2 < to && !used(e + 2)) { e += 3; continue; }
      if (PARTICLES.has(t.text) && tokens[e + 1] && isCap(tokens[e + 1]!.text) && !used(e + 1) && e + 1 < to && t.text !== 'an' && t.text !== 'as' && t.text !== 'at') { e += 2; continue; }
      // "of" joins capitalised words ("Ministry of Defense"); "in" only after an organisation head
      if ((t.text === 'of' || (t.text === 'in' && lex.orgHeads.has(prev.text))) && tokens[e + 1] && isCap(tokens[e + 1]!.text) && e + 1 < to && !used(e + 1) && !lex.nonNames.has(tokens[e + 1]!.text)) {
        if (tokens[e + 1]!.text === 'the' || tokens[e + 1]!.pos === 'DET') break;
        e += 1;
        continue;
      }
      if (nameToken(tokens, e, lex)) { e++; continue; }
      break;
    }
    // a trailing joiner is not part of the name
    while (e > s + 1 && /^(of|in|-)$/.test(tokens[e - 1]!.text)) e--;
    out.push({ tokStart: s, tokEnd: e });
    i = e;
  }
  return out;
}
