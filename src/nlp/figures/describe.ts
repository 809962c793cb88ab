/**
 * A readable description of what a figure counts: nationality or owner qualifiers, the counted noun and
 * the place it is in ("approximately 2,500 American troops remain in Iraq" → "US troops in Iraq").
 * The place is the location mention (or capitalised name) after "in/to/at/inside/across" within a few
 * words of the noun, or the place of a preceding "X, where ..." clause.
 */
import type { Doc, Token } from '../../core/model/doc.js';
import { DEMONYMS, type RawFigure } from './extract.js';

const PLACE_PREP = /^(?:in|to|at|inside|across|near|into|throughout|from)$/i;
const SKIPPABLE = new Set(['VERB', 'AUX', 'ADV', 'PART']);

export interface Place { readonly text: string; readonly endToken: number; readonly prep: string }

/** Capitalised name (or location mention) starting at token k; null when none. */
function nameAt(doc: Doc, toks: readonly Token[], k: number): Place | null {
  let j = k;
  if (/^(?:the)$/i.test(toks[j]?.text ?? '') && toks[j + 1]?.pos === 'PROPN') j++;
  const first = toks[j];
  if (!first || first.pos !== 'PROPN') return null;
  const m = doc.mentions.find((x) => x.start === first.start && (x.type === 'location' || x.type === 'facility'));
  if (m) {
    let e = j;
    while (e < toks.length && toks[e]!.end <= m.end) e++;
    return { text: m.text, endToken: e, prep: '' };
  }
  let e = j;
  while (e < toks.length && (toks[e]!.pos === 'PROPN' || (toks[e]!.text === '-' && toks[e + 1]?.pos === 'PROPN') || (/^(?:al|el)$/i.test(toks[e]!.text)))) e++;
  const text = doc.article.text.slice(first.start, toks[e - 1]!.end);
  return { text, endToken: e, prep: '' };
}

/** The place a figure is in, looking a few tokens past the noun. */
export function placeAfter(doc: Doc, toks: readonly Token[], from: number): Place | null {
  let k = from;
  for (let skipped = 0; k < toks.length && skipped < 3 && SKIPPABLE.has(toks[k]!.pos); k++) skipped++;
  if (!PLACE_PREP.test(toks[k]?.text ?? '')) return null;
  const p = nameAt(doc, toks, k + 1);
  const prep = toks[k]!.text.toLowerCase();
  return p ? { ...p, prep: /^(?:near|from|across|throughout)$/.test(prep) ? prep : 'in' } : null;
}

/** "Syria, where about 900 U.S. personnel are posted": the place before "where". */
export function placeBefore(doc: Doc, toks: readonly Token[], numFrom: number): string | null {
  if (toks[numFrom - 1]?.text.toLowerCase() !== 'where' || toks[numFrom - 2]?.text !== ',') return null;
  let k = numFrom - 3;
  while (k > 0 && toks[k - 1]!.pos === 'PROPN') k--;
  return toks[k]?.pos === 'PROPN' ? doc.article.text.slice(toks[k]!.start, toks[numFrom - 3]!.end) : null;
}

/** nouns for armed forces: without a nationality of their own they take the nearest one before them in the sentence ("the US maintains 2,500 troops") */
const FORCES = /^(?:troops|forces|personnel|soldiers|servicemembers|service members|advisers|advisors|marines|sailors|airmen|contractors)$/i;

/** "US troops in Iraq" from a raw figure. */
export function describe(doc: Doc, toks: readonly Token[], f: RawFigure, place: string | null, prep = 'in'): string {
  const quals: string[] = [];
  if (FORCES.test(f.unit) && !f.qualifiers.some((q) => DEMONYMS[toks[q]!.text.toLowerCase()])) {
    for (let k = f.from - 1; k >= 0; k--) {
      const dem = DEMONYMS[toks[k]!.text.toLowerCase()];
      if (dem && dem !== 'coalition' && (toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'ADJ')) { quals.push(dem); break; }
    }
  }
  for (const q of f.qualifiers) {
    if (q === f.head) continue;
    const t = toks[q]!;
    const dem = DEMONYMS[t.text.toLowerCase()];
    if (dem) { if (!quals.includes(dem)) quals.push(dem); }
    else if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') quals.push(t.pos === 'PROPN' ? t.text : t.text.toLowerCase());
  }
  const kept = quals.filter((q) => !/^(?:known|other|more|additional|armed)$/i.test(q));
  const words = f.compound ? [...kept, f.compound, ...(f.head >= 0 ? [toks[f.head]!.text.toLowerCase()] : [])] : [...kept, f.unit];
  return place ? `${words.join(' ')} ${prep} ${place}` : words.join(' ');
}
