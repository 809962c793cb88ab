/**
 * Mode classes: which words name one way of attacking or meeting ("drone strike", "UAV", "drones" → drone;
 * "air raid", "warplanes" → airstrike), and which classes can describe the same incident (a drone strike
 * told by another outlet as a missile strike). Used inside an article, to decide whether two sentences can
 * tell one incident, and across articles, by fusion's scoring and consolidation. Hand-written because no
 * library maps news wording to these classes; the vocabulary is data (data/modes.json).
 */
import modes from './data/modes.json' with { type: 'json' };

export type ModeRelation = 'same' | 'compatible' | 'conflict' | 'unknown';

const PHRASE_CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(modes.classes)) for (const w of words) PHRASE_CLASS.set(w, cls);
const GENERIC = new Set(modes.generic);
const COMPATIBLE = new Set<string>();
for (const [a, b] of modes.compatible) { COMPATIBLE.add(`${a}|${b}`); COMPATIBLE.add(`${b}|${a}`); }
const MAX_PHRASE = 4;

const words = (s: string): string[] => s.toLowerCase().replace(/[^a-z0-9\- ]+/g, ' ').split(/\s+/).filter(Boolean);

/** The mode class of a mode or weapon string ("ballistic missiles" → missile), null when generic or unknown. */
export function modeClass(value: string | null | undefined): string | null {
  if (!value) return null;
  const w = words(value);
  let best: string | null = null;
  let bestLen = 0;
  for (let i = 0; i < w.length; i++) {
    for (let n = Math.min(MAX_PHRASE, w.length - i); n > bestLen; n--) {
      const phrase = w.slice(i, i + n).join(' ');
      const cls = PHRASE_CLASS.get(phrase) ?? PHRASE_CLASS.get(phrase.replace(/s$/, ''));
      if (cls) { best = cls; bestLen = n; break; }
    }
  }
  return best;
}

/** True when the string names no specific way of acting ("attack", "killing"). */
export const isGenericMode = (value: string | null | undefined): boolean => !value || (modeClass(value) === null && words(value).every((t) => GENERIC.has(t) || t.length < 3));

/** How two mode (or weapon) strings relate: same class, compatible classes, conflicting, or unknown. */
export function modeRelation(a: string | null | undefined, b: string | null | undefined): ModeRelation {
  const ca = modeClass(a), cb = modeClass(b);
  if (!ca || !cb) return 'unknown';
  if (ca === cb) return 'same';
  return COMPATIBLE.has(`${ca}|${cb}`) ? 'compatible' : 'conflict';
}
