/**
 * Event families and mode classes for blocking and scoring. A family groups the PLOVER types that can
 * describe one incident (the block key of the event index); a mode class groups the words outlets use
 * for one way of attacking or meeting, so "drone strike" and "airstrike" can be compared with "missile".
 * Hand-written because no library maps news wording to these classes; the vocabulary is data
 * (data/modes.json, data/families.json).
 * Families come from the ontology (src/extract/ontology familyOf); fusion only adds that an OTHER event
 * whose mode names a way of attacking ("blast", "air strike") is blocked with the attacks.
 */
import modes from './data/modes.json' with { type: 'json' };
import families from './data/families.json' with { type: 'json' };
import { familyOf as ontologyFamily } from '../extract/ontology/index.js';

export type ModeRelation = 'same' | 'compatible' | 'conflict' | 'unknown';

const PHRASE_CLASS = new Map<string, string>();
for (const [cls, words] of Object.entries(modes.classes)) for (const w of words) PHRASE_CLASS.set(w, cls);
const GENERIC = new Set(modes.generic);
const COMPATIBLE = new Set<string>();
for (const [a, b] of modes.compatible) { COMPATIBLE.add(`${a}|${b}`); COMPATIBLE.add(`${b}|${a}`); }
const OTHER_BY_MODE = families.otherByMode as Record<string, boolean>;
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

/** The blocking family of an event type (the ontology's), refined by mode class for OTHER ("blast" → attacks). */
export function familyOf(type: string, mode?: string | null): string {
  const fam = ontologyFamily(type, mode ?? null);
  if (fam !== 'other') return fam;
  const cls = modeClass(mode);
  return cls && OTHER_BY_MODE[cls] ? ontologyFamily('ASSAULT', null) : 'other';
}
