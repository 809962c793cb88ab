/**
 * Counts written in news prose: digits ("2,500"), number words ("twenty-five"), bounds ("at least 4",
 * "more than 60", "up to 10") and vague quantities ("some", "dozens of", "scores of", from
 * dict/casualties.json). Returns a range {min, max}, max null when open-ended. Hand-written: wink marks
 * CARDINAL spans but gives no values, and figures from the figures stage may be absent.
 */
import type { Count } from '../../core/model/event.js';
import type { SentView } from './sentence.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1, single: 1, another: 1, both: 2, twice: 2, pair: 2,
};

/** Value of one number token ("2,500", "two", "twenty-five"), or null. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in UNITS && w !== 'a' && w !== 'an') return UNITS[w]!;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m) return UNITS[m[1]!]! + UNITS[m[2]!]!;
  return null;
}

export interface CountAt {
  readonly count: Count;
  /** token indices [a, b) of the count words */
  readonly a: number;
  readonly b: number;
  readonly vague: boolean;
}

/**
 * The count that opens the chunk at token i: "at least four", "2", "some of", "a" (singular, only when
 * `singular` is set). Skips nothing before i.
 */
export function countAt(v: SentView, i: number, opts: { singular?: boolean } = {}): CountAt | null {
  const w = v.low[i];
  if (!w) return null;
  const vague = v.lex.casualty.vague;
  // bounds
  if ((w === 'at' && v.low[i + 1] === 'least') || (w === 'more' && v.low[i + 1] === 'than') || (w === 'over' && numberValue(v.low[i + 1] ?? '') !== null)) {
    const k = w === 'over' ? i + 1 : i + 2;
    const n = numberValue(v.low[k] ?? '');
    if (n !== null) return { count: { min: w === 'more' ? n + 1 : n, max: null }, a: i, b: k + 1, vague: false };
  }
  if ((w === 'up' && v.low[i + 1] === 'to') || w === 'nearly' || w === 'almost') {
    const k = w === 'up' ? i + 2 : i + 1;
    const n = numberValue(v.low[k] ?? '');
    if (n !== null) return { count: { min: 1, max: n }, a: i, b: k + 1, vague: true };
  }
  if (/^(about|approximately|around|roughly|some|an estimated|estimated)$/.test(w) && numberValue(v.low[i + 1] ?? '') !== null) {
    const n = numberValue(v.low[i + 1]!)!;
    return { count: { min: n, max: n }, a: i, b: i + 2, vague: true };
  }
  const n = numberValue(w);
  if (n !== null) {
    // "twenty five", "2 and 5" are not joined. "one of the fighters killed" picks a member of a larger
    // set of casualties: at least that many ("two of the soldiers were killed" stays exact).
    if (v.low[i + 1] === 'of' && /^(the|those|these|its|their|his|her)$/.test(v.low[i + 2] ?? '') && !v.low.slice(i + 3, i + 10).some((x) => /^(was|were|is|are|been|have|has|had|died)$/.test(x))) return { count: { min: n, max: null }, a: i, b: i + 1, vague: true };
    return { count: { min: n, max: n }, a: i, b: i + 1, vague: false };
  }
  for (const len of [3, 2, 1]) {
    const phrase = v.low.slice(i, i + len).join(' ');
    if (Object.hasOwn(vague, phrase)) return { count: { min: vague[phrase]!, max: null }, a: i, b: i + len, vague: true };
  }
  if (opts.singular && (w === 'a' || w === 'an' || w === 'another' || w === 'single')) return { count: { min: 1, max: 1 }, a: i, b: i + 1, vague: false };
  return null;
}
