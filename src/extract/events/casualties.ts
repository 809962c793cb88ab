/**
 * Killed and injured counts stated in a run of tokens, as ranges ({min, max}, max null when open):
 * "Five soldiers and three assailants were killed" (8), "killed 2 and wounded 5", "killing some of those
 * fighters" (at least 1), "the killing of A and B" (2), "four U.S. servicemembers are being evaluated for
 * minor injuries" (4 injured), "No casualties were reported" (0 and 0), "no injuries" (0 injured; 0 killed
 * when nothing else is said); "hit a patrol and two of the soldiers were killed" (2: the patrol is the
 * object of another clause), "15 Iraqi police and soldiers" (15: a bare plural shares the count); "to avenge
 * the death of X" is no toll of this incident.
 * Hand-written grammar over POS chunks: no library reads casualty figures.
 */
import type { Count, Sourced } from '../../core/model/event.js';
import { countAt, numberValue } from './numbers.js';
import { headOf, npLeft, npRight } from './np.js';
import { rangeOf, type SentView } from './sentence.js';
import { isDeathCause, perpetratorsAmong, periodOfToll } from './tolls.js';

export interface Casualties {
  killed: Sourced<Count> | null;
  injured: Sourced<Count> | null;
  /** perpetrators among the killed (kept apart; the killed count stays as the source gives it) */
  perpetrators?: Sourced<Count> | null;
  /**
   * people hit by the act, dead and living together ("seven people were shot", "a man was stabbed"): the
   * hurt total, from which the injured are the hurt less the killed of the same act (tolls.ts injuredOfHurt)
   */
  hurt?: Sourced<Count> | null;
  /** counts summed over a period ("have died since 2011", "killed in the war"): no incident's toll, kept out, with why */
  periodTolls?: { kind: 'killed' | 'injured' | 'hurt'; value: Sourced<Count>; why: string }[];
}

/**
 * "shot", "stabbed": a participle that tells people were hit by the act without telling whether they lived.
 * ("shot dead", "shot and killed", "fatally shot" are read as killed first, by the casualty cues.)
 */
const HIT = /^(shot|stabbed)$/;

const GROUP = /^(entourage|companions|family|relatives|guards|bodyguards|others|crew|colleagues|members|fighters|soldiers|civilians|people|personnel|troops)$/;

/** Count of the people named by chunk [a, b): coordinated parts are added, "including ..." is ignored. */
export function countPeople(v: SentView, a: number, b: number): Count | null {
  const parts: [number, number][] = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    const w = v.low[k];
    if (k === b || w === 'and' || (w === ',' && v.low[k + 1] !== 'including')) { if (k > s) parts.push([s, k]); s = k + 1; }
    if (w === 'including' || w === '(' || (w === ',' && v.low[k + 1] === 'including')) { if (k > s) parts.push([s, k]); break; }
  }
  let min = 0;
  let max: number | null = 0;
  let counted = false;
  const lex = v.lex;
  for (const [pa, pb] of parts) {
    // "killing 15 members and wounding 18 others": a conjunct that opens with a casualty word is another clause
    if (pa > a && (lex.casualty.killed.matchAt(v.toks, pa, pb)[0] || lex.casualty.injured.matchAt(v.toks, pa, pb)[0])) break;
    const c = countAt(v, pa, { singular: true });
    if (c) {
      if (/^(unknown|undetermined|unspecified)$/.test(v.low[pa + 1] ?? '')) return null;
      min += c.count.min;
      max = max === null || c.count.max === null ? null : max + c.count.max;
      counted = v.toks[c.a]!.pos === 'NUM' || numberValue(v.low[c.b - 1] ?? '') !== null;
      continue;
    }
    // "15 Iraqi police and soldiers": a bare plural after a counted part shares its count
    const bare = v.toks.slice(pa, pb).every((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN');
    const wasCounted = counted;
    counted = false;
    if (wasCounted && bare && v.lemma[pb - 1] !== v.low[pb - 1] && /s$/.test(v.low[pb - 1]!)) continue;
    const h = headOf(v, pa, pb);
    const t = v.toks[h]!;
    if (/^(unknown|undetermined|unspecified)$/.test(v.low[pa + 1] ?? '') || v.low[pa] === 'unknown') return null;
    if (t.pos === 'PROPN') { min += 1; if (max !== null) max += 1; continue; }
    if (GROUP.test(v.low[h]!) || (v.low[h]!.endsWith('s') && v.lemma[h] !== v.low[h])) { min += 1; max = null; continue; }
    if (t.pos === 'NOUN') { min += 1; if (max !== null) max += 1; continue; }
  }
  return parts.length && min > 0 ? { min, max } : null;
}

const TIME_WORD = /^(today|yesterday|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this)$/;
const CAUSE_NOUN = /^(killing|killings|death|deaths|assassination|murder|fatalities|injuries|casualties)$/;
/** words before a killing noun that make it a cause or a memory, not a toll of this incident */
const EARLIER_TOLL = /\b(?:avenge|avenging|revenge|retaliation|retaliate|mourn|mourning|mourned|commemorate|commemorating|anniversary|protest|protests|protesting|protested|condemn|condemning|condemned|investigate|investigating|investigation|probe|memory)\b(?:\s+(?:for|over|against|at|of|into))?(?:\s+(?:the|a|his|her|their|its))?\s*$/;

/**
 * Skips back over a parenthetical before index `k`: ", including two civilians and one assailant," or an
 * appositive ", an Internally Displaced Person (IDP),".
 */
function skipParenthetical(v: SentView, k: number): number {
  if (v.low[k - 1] !== ',') return k;
  for (let j = k - 2; j > 0 && k - j < 12; j--) if (v.low[j] === 'including' && v.low[j - 1] === ',') return j - 1;
  for (let j = k - 2; j > 0 && k - j < 12; j--) {
    if (v.low[j] === ',') return j > 0 && /^(?:DET|NUM)$/.test(v.toks[j + 1]!.pos) ? j : k;
    const p = v.toks[j]!.pos;
    if (!(p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'NUM' || p === 'CCONJ' || p === 'ADV' || (p === 'VERB' && /ed$/.test(v.low[j]!)) || /^[()-]$/.test(v.low[j]!))) return k;
  }
  return k;
}

/** verbs after which a clause, not an object, follows ("officials said a soldier and two civilians were killed") */
const CLAUSE_VERBS = /^(say|tell|report|confirm|state|add|announce|claim|believe|think|know|fear|show|reveal|indicate|note|learn|find|suggest)$/;

/**
 * The passive subject found by coordination may start with the object of an earlier verb or preposition:
 * "militants hit a patrol on Tuesday and two of the soldiers were killed" joins two clauses, and only the
 * conjunct after the last "and" is the subject of "were killed". Moves `np[0]` past the conjuncts that are
 * objects.
 */
function clauseConjunct(v: SentView, np: [number, number]): void {
  const before = v.toks[np[0] - 1];
  if (!before) return;
  const object = before.pos === 'ADP' || (before.pos === 'VERB' && !CLAUSE_VERBS.test(v.lemma[np[0] - 1] ?? ''));
  if (!object) return;
  let last = -1;
  for (let k = np[0]; k < np[1]; k++) if (v.low[k] === 'and') last = k;
  if (last > np[0] && last + 1 < np[1]) np[0] = last + 1;
}

/** Casualties stated in tokens [from, to) of the sentence. */
export function readCasualties(v: SentView, from = 0, to = v.toks.length): Casualties {
  const lex = v.lex;
  const out: Casualties = { killed: null, injured: null, hurt: null };
  const set = (kind: 'killed' | 'injured' | 'hurt', count: Count, a: number, b: number) => {
    if (!out[kind]) out[kind] = { value: count, at: rangeOf(v, Math.min(a, b - 1), b) };
  };
  let zeroInjuredOnly: [number, number] | null = null;
  let diedOfWounds = false;
  let period: { cue: string; at: number } | null = null;
  for (let k = from; k < to; k++) {
    const z = lex.casualty.zero.matchAt(v.toks, k, to)[0];
    if (z) {
      if (z.data === 'both') { set('killed', { min: 0, max: 0 }, z.start, z.end); set('injured', { min: 0, max: 0 }, z.start, z.end); }
      else if (z.data === 'killed') set('killed', { min: 0, max: 0 }, z.start, z.end);
      else if (z.data === 'injured') { set('injured', { min: 0, max: 0 }, z.start, z.end); zeroInjuredOnly = [z.start, z.end]; }
      k = z.end - 1;
      continue;
    }
    const km = lex.casualty.killed.matchAt(v.toks, k, to)[0];
    const im = km ? null : lex.casualty.injured.matchAt(v.toks, k, to)[0];
    // a participle of hitting ("were shot", "seven people shot"), not the noun ("a shot rang out", "fired a shot")
    const hm = km || im || !HIT.test(v.low[k]!) || v.toks[k]!.pos === 'NOUN' || /^(DET|ADJ|NUM)$/.test(v.toks[k - 1]?.pos ?? '') ? null : { start: k, end: k + 1 };
    const m = km ?? im ?? hm;
    if (!m) continue;
    const kind = km ? 'killed' : im ? 'injured' : 'hurt';
    // "died from a gunshot wound", "succumbed to his injuries": the cause of a death, no one injured
    if (!km && isDeathCause(v, k)) { diedOfWounds = true; k = m.end - 1; continue; }
    const t = v.toks[k]!;
    const w = v.low[k]!;
    let got: { c: Count; a: number; b: number } | null = null;
    // nominal: "the killing of A and B", "the deaths of 5 people"
    // "to avenge the death of", "in retaliation for the killing of", "protests over the killing of": an earlier toll
    if (CAUSE_NOUN.test(w) && EARLIER_TOLL.test(v.low.slice(Math.max(from, k - 4), k).join(' '))) { k = m.end - 1; continue; }
    if (CAUSE_NOUN.test(w) && v.low[m.end] === 'of') {
      const np = npRight(v, m.end + 1, { coord: true, limit: to });
      if (np) { const c = countPeople(v, np[0], np[1]); if (c) got = { c, a: k, b: np[1] }; }
    }
    // "5 dead", "3 killed and 4 wounded" written as counts before the word
    if (!got && k > from && v.toks[k - 1]!.pos === 'NUM') {
      // with its bound: "more than 60 dead", "at least 12 dead"
      const bounded = k - 3 >= from ? countAt(v, k - 3) : null;
      const c = bounded && bounded.b === k ? bounded : countAt(v, k - 1);
      if (c && v.lemma[k - 2] !== 'be') got = { c: c.count, a: k - 1, b: m.end };
    }
    const prevL = v.lemma[k - 1];
    // "was found shot to death", "were found dead": a state found is told of the subject, as a passive is
    const found = prevL === 'find' && v.lemma[k - 2] === 'be';
    // "was shot and wounded": a participle coordinated with a passive one shares its auxiliary and subject
    const coordPassive = k >= 3 && /^(and|or)$/.test(v.low[k - 1]!) && /(ed|en|t)$/.test(v.low[k - 2]!) && (v.lemma[k - 3] === 'be' || v.lemma[k - 3] === 'get' || v.low[k - 3] === 'being');
    const passive = prevL === 'be' || prevL === 'get' || found || coordPassive || (v.toks[k - 1]?.pos === 'ADV' && v.lemma[k - 2] === 'be') || v.lemma[k - 2] === 'be' && v.low[k - 1] === 'being';
    const intransitive = /^(die|died|perish|perished|dead|hurt|evaluated|treated|hospitalized|hospitalised)$/.test(w) || v.lemma[k] === 'die';
    // a reduced passive, as headlines write it: "Three soldiers killed, five wounded in Kirkuk", "49 Iraqis killed"
    const nx = v.toks[m.end];
    const reduced = /(ed|slain|dead|death|^shot)$/.test(v.low[m.end - 1]!) && (v.toks[k - 1]?.pos === 'NOUN' || v.toks[k - 1]?.pos === 'NUM' || v.toks[k - 1]?.pos === 'PROPN')
      && (!nx || !/^(DET|NUM|NOUN|PROPN|PRON|ADJ)$/.test(nx.pos) || TIME_WORD.test(v.low[m.end]!));
    if (!got && (passive || intransitive || reduced || (t.pos === 'VERB' && v.low[k + 1] === 'in' && prevL !== 'the'))) {
      let e = coordPassive ? k - 2 : k;
      if (found) e--;
      while (e > from && (v.toks[e - 1]!.pos === 'AUX' || v.toks[e - 1]!.pos === 'ADV' || v.low[e - 1] === 'being' || v.low[e - 1] === 'been')) e--;
      e = skipParenthetical(v, e);
      const np = npLeft(v, e, { coord: true, floor: from });
      if (np) clauseConjunct(v, np);
      if (np) {
        // "at least four others", "more than 20 people": the bound sits before the chunk
        if (np[0] >= 2 && /^(at least|more than|up to)$/.test(`${v.low[np[0] - 2]} ${v.low[np[0] - 1]}`)) np[0] -= 2;
        // "a total of seven people", "in total eight people": "total" frames the count, the people follow it
        const tot = v.low.indexOf('total', np[0]);
        if (tot >= np[0] && tot < np[1] - 1 && tot <= np[0] + 1) np[0] = v.low[tot + 1] === 'of' ? tot + 2 : tot + 1;
        const c = countPeople(v, np[0], np[1]); if (c) got = { c, a: np[0], b: m.end };
        if (c && kind === 'killed') out.perpetrators ??= perpetratorsAmong(v, np[0], np[1]);
      }
    }
    if (!got && !passive && kind !== 'hurt' && (t.pos === 'VERB' || v.toks[m.end - 1]!.pos === 'VERB' || /ing$/.test(w))) {
      // active: the object, or the object shared with a conjoined casualty verb ("killing and injuring X")
      let j = m.end;
      if (v.low[j] === 'and' && (lex.casualty.killed.matchAt(v.toks, j + 1, to)[0] || lex.casualty.injured.matchAt(v.toks, j + 1, to)[0])) j += 2;
      let np = npRight(v, j, { coord: true, limit: to });
      // a bound before the count ("kills at least 12", "killing more than 20 people"): the chunk from the number on
      const bound = np ? null : countAt(v, j);
      if (bound && bound.b > j + 1) { const rest = npRight(v, bound.b - 1, { coord: true, limit: to }); np = [j, rest ? rest[1] : bound.b]; }
      if (np) {
        if (/^(unknown|undetermined|unspecified)$/.test(v.low[np[0] + 1] ?? '') || v.low[np[0]] === 'unknown') { k = np[1] - 1; continue; }
        const c = countPeople(v, np[0], np[1]); if (c) got = { c, a: k, b: np[1] };
      }
    }
    // "found one man dead and another wounded": "another" is one person more of the kind just counted
    if (!got && v.low[k - 1] === 'another' && /^(and|,)$/.test(v.low[k - 2] ?? '') && /(ed|hurt|dead|slain)$/.test(v.low[m.end - 1]!)) got = { c: { min: 1, max: 1 }, a: k - 1, b: m.end };
    // "resulting in injuries among U.S. troops": at least one
    if (!got && /^(injuries|casualties|deaths|fatalities)$/.test(w) && /^(in|caused|causing|inflicting|inflicted|sustained|suffered)$/.test(v.low[k - 1] ?? '')) got = { c: { min: 1, max: null }, a: k, b: m.end };
    // "a boy was wounded in a shooting that also injured a woman": "also" adds other victims to the count told before
    const also = v.low[k - 1] === 'also' || (v.low[k - 2] === 'also' && /^(AUX|ADV)$/.test(v.toks[k - 1]!.pos));
    const prior = out[kind];
    if (got && also && prior && prior.value.min > 0 && v.toks[got.a]!.start >= prior.at.end) {
      const max = prior.value.max === null || got.c.max === null ? null : prior.value.max + got.c.max;
      out[kind] = { value: { min: prior.value.min + got.c.min, max }, at: { start: prior.at.start, end: rangeOf(v, got.b - 1, got.b).end } };
    } else if (got && (period = periodOfToll(v, from, k, Math.max(got.b, m.end), to))) {
      (out.periodTolls ??= []).push({ kind, value: { value: got.c, at: rangeOf(v, Math.min(got.a, got.b - 1), got.b) }, why: `a toll over a period ("${period.cue}"), not one incident's` });
    } else if (got) set(kind, got.c, got.a, got.b);
    // "three people were shot, one fatally": the dead among the hurt, told right after them
    if (got && kind === 'hurt' && v.low[m.end] === ',') {
      const d = countAt(v, m.end + 1);
      if (d && v.low[d.b] === 'fatally') set('killed', d.count, d.a, d.b + 1);
    }
    k = m.end - 1;
  }
  if (zeroInjuredOnly && !out.killed) set('killed', { min: 0, max: 0 }, zeroInjuredOnly[0], zeroInjuredOnly[1]);
  // the same people told injured, then dead ("a juvenile injured in a shooting has died"): counted once, as dead
  // ("two were wounded and one died of his wounds" keeps the injured who are more than the dead)
  if (out.killed && out.injured && out.killed.value.min > 0 && (out.killed.at.start === out.injured.at.start || (diedOfWounds && out.injured.value.max !== null && out.injured.value.max <= out.killed.value.min))) out.injured = null;
  return out;
}
