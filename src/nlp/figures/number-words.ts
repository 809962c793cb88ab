/**
 * Written-out English numbers ("two", "twenty-five", "three hundred", "1.5 million", "a dozen") to values.
 * Shared by the figures and dates layers. Hand-written: the lexicon is small and closed, and the
 * libraries that parse number words (compromise-numbers) are 10-40x slower than the whole pipeline.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, single: 1, dozen: 12, half: 0.5,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, m: 1_000_000, bn: 1_000_000_000, k: 1_000 };

/** ASCII codes (either case) that can open a key of UNITS (with the inherited `constructor`, `__proto__`) or a compound. */
const MAY_START = new Uint8Array(128);
for (const k of [...Object.keys(UNITS), 'constructor', '__proto__']) {
  MAY_START[k.charCodeAt(0)] = 1;
  MAY_START[k.toUpperCase().charCodeAt(0)] = 1;
}
/** longest word that can be a number word: "seventy-seven" */
const MAX_WORD = 13;

/**
 * Value of one number word or a hyphenated compound ("twenty-five"); null when not a number word.
 * The figures stage asks about every token: words that cannot be number words (first letter, length)
 * are answered without lower-casing them; the rest are read directly (no memo table: a lower-casing and
 * a hash lookup, about what a memo lookup would cost).
 */
export function wordValue(w: string): number | null {
  const c = w.charCodeAt(0);
  if (w.length > MAX_WORD || (c < 128 && !MAY_START[c])) return null;
  return readWordValue(w);
}

function readWordValue(w: string): number | null {
  const l = w.toLowerCase();
  if (Object.hasOwn(UNITS, l)) return UNITS[l]!;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(l);
  return m ? UNITS[m[1]!]! + UNITS[m[2]!]! : null;
}

export const scaleValue = (w: string): number | null => SCALES[w.toLowerCase()] ?? null;

/** Value of a digit string: "2,500", "1.5", "900"; null when not a plain number. */
export function digitValue(s: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

/** Value of a number written in words or digits, possibly with scale words: "three hundred", "1.5 million". */
export function numberValue(words: readonly string[]): number | null {
  let total = 0, current = 0, seen = false;
  for (const w of words) {
    const d = digitValue(w) ?? wordValue(w);
    if (d !== null) { current += d; seen = true; continue; }
    const sc = scaleValue(w);
    if (sc !== null && seen) {
      if (sc >= 1000) { total += (current || 1) * sc; current = 0; } else current = (current || 1) * sc;
      continue;
    }
    if (w.toLowerCase() === 'and' && seen) continue;
    return null;
  }
  return seen ? total + current : null;
}
