/**
 * Weapon, quantity and outcome of an attack, read from the trigger's clause with the weapon lexicon
 * (dict/weapons.tsv) and outcome words (dict/outcomes.json). The quantity is the exact count written
 * before a countable weapon ("two armed drones", "an armed unmanned aerial system", "2 rounds of indirect
 * fire"); vague counts ("multiple ballistic missiles") give none. A weapon used as a modifier ("A drone
 * attack") names the weapon but does not count it.
 */
import type { Sourced } from '../../core/model/event.js';
import type { WeaponEntry } from '../../lexicon/index.js';
import { countAt } from './numbers.js';
import { rangeOf, type SentView } from './sentence.js';
import type { Frame } from './frame.js';

export interface WeaponReading {
  weapon: Sourced<string> | null;
  mode: string | null;
  quantity: Sourced<number> | null;
  /** token index of the weapon, for nearness decisions */
  at: number;
}

const SKIP_BEFORE = new Set(['ADJ', 'VERB']);

function quantityBefore(v: SentView, start: number, end: number, entry: WeaponEntry): Sourced<number> | null {
  if (!entry.countable) return null;
  let k = start - 1;
  while (k >= 0 && (SKIP_BEFORE.has(v.toks[k]!.pos) || v.low[k] === '-') && start - k < 4) k--;
  // "2 rounds of indirect fire", "a barrage of rockets"
  if (v.low[k] === 'of' && /^(round|rounds|salvo|salvos|volley|volleys|barrage)$/.test(v.low[k - 1] ?? '')) k -= 2;
  if (k < 0) return null;
  const headUse = !['NOUN', 'PROPN'].includes(v.toks[end]?.pos ?? '') || v.low[end] === 'drone';
  const c = countAt(v, k, { singular: headUse });
  if (!c || c.vague || c.count.max === null || c.count.min !== c.count.max) return null;
  // a count belongs to the weapon only when it is its own modifier ("two drones"), not a year or a time
  if (c.count.min > 500) return null;
  return { value: c.count.min, at: rangeOf(v, c.a, end) };
}

/** Weapon words in tokens [from, to), nearest the trigger first. */
export function readWeapon(v: SentView, frame: Frame, from: number, to: number): WeaponReading {
  const lex = v.lex;
  const slotOf = (k: number) => frame.slots.find((s) => k >= s.a && k < s.b);
  // an aircraft heading what was attacked is the target, not the means ("attacked army helicopters");
  // munitions in that slot are still the weapon ("shot down an armed unmanned aerial system")
  const hits = lex.weapons.scan(v.toks, from, to).filter((h) => {
    const s = slotOf(h.start);
    return !(h.data.mode === 'airstrike' && s && (s.role === 'target' || s.role === 'victim') && (s.via === 'obj' || s.via === 'subj') && !(h.start >= frame.hit.a && h.end <= frame.hit.b));
  });
  if (!hits.length) return { weapon: null, mode: null, quantity: null, at: -1 };
  const score = (h: (typeof hits)[number]) => {
    const s = slotOf(h.start);
    const inTrigger = h.start >= frame.hit.a && h.end <= frame.hit.b;
    return (s?.role === 'weapon' ? 10 : s ? 4 : 0) + (inTrigger ? 6 : 0) + (h.data.countable ? 1 : 0) - Math.abs(h.start - frame.hit.head) / 20;
  };
  const best = [...hits].sort((a, b) => score(b) - score(a))[0]!;
  const quantity = quantityBefore(v, best.start, best.end, best.data);
  return { weapon: { value: best.data.weapon, at: rangeOf(v, best.start, best.end) }, mode: best.data.mode, quantity, at: best.start };
}

/** Outcome words in tokens [from, to): "intercepted", "shot down", "defused", "foiled". */
export function readOutcome(v: SentView, from: number, to: number): Sourced<string> | null {
  const lex = v.lex;
  for (const m of lex.outcomes.scan(v.toks, from, to)) {
    // "down" alone is an outcome only as a verb ("downed two drones")
    if (m.end - m.start === 1 && (v.low[m.start] === 'down') ) continue;
    if (m.data === 'foiled' && !/(ed)$/.test(v.low[m.start]!)) continue;
    return { value: m.data, at: rangeOf(v, m.start, m.end) };
  }
  return null;
}
