/**
 * The merge decision for one report against one canonical candidate: a score from agreeing and
 * disagreeing fields, and vetoes that no score overrides (incompatible dates, distant places,
 * asserted vs hypothetical). Conflicting modes (missile vs drone) cost so much that only strong
 * evidence (same place, same day, same time of day, shared named actors) can outweigh them.
 * Every component that counted is named in `reasons`, which becomes the event's mergedBecause line.
 */
import type { EventView } from './view.js';
import { modeRelation } from './family.js';
import { dateRelation, weekApart } from './when.js';
import { comparePlaces } from './where.js';
import { countsAgree } from './counts.js';

export interface MergeScore {
  readonly score: number;
  readonly veto: string | null;
  readonly reasons: string[];
}

export const DEFAULT_THRESHOLD = 0.35;

const FACTUAL = new Set(['asserted']);
const minutes = (t: string): number | null => { const m = /^(\d{1,2}):(\d{2})/.exec(t); return m ? Number(m[1]) * 60 + Number(m[2]) : null; };
const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => [...a].filter((x) => b.has(x));

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

/** Relation of the ways of acting: the best of mode and weapon on each side. */
function modeScore(a: EventView, b: EventView): { rel: string; pts: number } {
  const rels = [modeRelation(a.mode, b.mode), modeRelation(a.weapon, b.weapon), modeRelation(a.mode, b.weapon), modeRelation(a.weapon, b.mode)];
  if (rels.includes('same')) return { rel: 'same', pts: 0.15 };
  if (rels.includes('compatible')) return { rel: 'compatible', pts: 0.05 };
  if (rels.includes('conflict')) return { rel: 'conflict', pts: -0.5 };
  return { rel: 'unknown', pts: 0 };
}

/** Entity keys of states (the KB's country records). */
const isStateKey = (k: string): boolean => k.startsWith('kb:country-');

export function scoreMerge(a: EventView, b: EventView): MergeScore {
  const reasons: string[] = [];
  let score = 0;
  const add = (pts: number, why: string) => { score += pts; reasons.push(why); };
  if (a.family !== b.family) return { score: 0, veto: `families differ (${a.family} vs ${b.family})`, reasons };
  if (FACTUAL.has(a.modality) !== FACTUAL.has(b.modality) || (a.modality === 'planned') !== (b.modality === 'planned')) {
    return { score: 0, veto: `modality ${a.modality} vs ${b.modality}`, reasons };
  }
  if (a.type === b.type) add(0.05, `same type ${a.type}`);
  if (a.date && b.date) {
    const rel = dateRelation(a.date, b.date);
    if (rel === 'incompatible' && ((a.looseDate && weekApart(a.date, b.date)) || (b.looseDate && weekApart(b.date, a.date)))) reasons.push('bare weekday a week apart');
    else if (rel === 'incompatible') return { score: 0, veto: `dates incompatible (${a.date.start}..${a.date.end} vs ${b.date.start}..${b.date.end})`, reasons };
    if (rel === 'same') add(a.date.precision === 'day' ? 0.2 : 0.1, `same date ${a.date.start}${a.date.precision === 'day' ? '' : ' (' + a.date.precision + ')'}`);
    else if (rel === 'contains') add(0.1, `dates nest (${a.date.start}..${a.date.end} / ${b.date.start}..${b.date.end})`);
    else if (rel === 'overlap') add(0.05, 'date windows overlap');
    else reasons.push('dates a day apart');
  }
  const place = comparePlaces(a.place, b.place);
  if (place.relation === 'distant') return { score: 0, veto: `places distant (${a.place?.name} vs ${b.place?.name}${place.km != null ? ', ' + Math.round(place.km) + ' km' : ''})`, reasons };
  if (place.relation === 'same') add(0.25, `same place ${b.place?.name}`);
  else if (place.relation === 'near') add(0.15, `places near (${a.place?.name} / ${b.place?.name}${place.km != null ? ', ' + Math.round(place.km) + ' km' : ''})`);
  else if (place.relation === 'contains') add(0.05, `place within (${a.place?.name} / ${b.place?.name})`);
  const m = modeScore(a, b);
  if (m.rel !== 'unknown') add(m.pts, `mode ${m.rel} (${a.mode ?? a.weapon} / ${b.mode ?? b.weapon})`);
  const shared = intersects(a.distinctive, b.distinctive);
  if (shared.length) add(0.3, `shared actors ${shared.slice(0, 3).join(', ')}`);
  else {
    const weak = intersects(a.untyped, b.untyped);
    if (weak.length) add(0.1, `shared actors ${weak.slice(0, 3).join(', ')}`);
  }
  const swapped = intersects(a.agents, b.targets).length > 0 && intersects(a.agents, b.agents).length === 0;
  if (swapped) add(-0.2, 'roles swapped (agent of one is target of the other)');
  const aAg = intersects(a.agents, a.distinctive), bAg = intersects(b.agents, b.distinctive);
  if (aAg.length && bAg.length && !intersects(new Set(aAg), new Set(bAg)).length) add(-0.15, 'different named perpetrators');
  // states are not distinctive actors, but two different states as the attacker are two different acts
  const aSt = [...a.agents].filter(isStateKey), bSt = [...b.agents].filter(isStateKey);
  if (aSt.length && bSt.length && !intersects(new Set(aSt), new Set(bSt)).length) add(-0.35, `different states as perpetrators (${aSt.join(', ')} / ${bSt.join(', ')})`);
  if (a.quantity != null && b.quantity != null) {
    if (a.quantity === b.quantity) add(0.1, `same quantity ${a.quantity}`);
    else add(-0.1, `quantity ${a.quantity} vs ${b.quantity}`);
  }
  for (const k of ['killed', 'injured'] as const) {
    const x = a[k], y = b[k];
    if (!x || !y) continue;
    if (!countsAgree(x, y)) add(-0.1, `${k} ${x.min} vs ${y.min}`);
    else if (x.min > 0 && y.min > 0) add(0.1, `${k} agree (${x.min})`);
  }
  if (a.outcome && b.outcome) {
    if (a.outcome.toLowerCase() === b.outcome.toLowerCase()) add(0.05, `same outcome ${a.outcome}`);
    else add(-0.05, `outcome ${a.outcome} vs ${b.outcome}`);
  }
  const ta = a.time ? minutes(a.time) : null, tb = b.time ? minutes(b.time) : null;
  if (ta != null && tb != null) {
    const d = Math.min(Math.abs(ta - tb), 1440 - Math.abs(ta - tb));
    if (d <= 60) add(0.15, `same time of day ${a.time}`);
    else if (d > 180) add(-0.3, `time of day ${a.time} vs ${b.time}`);
  }
  const crossArticle = ![...a.articles].some((x) => b.articles.has(x));
  if (crossArticle) {
    const j = jaccard(a.words, b.words);
    if (j >= 0.5) add(0.2, `report sentences overlap (${j.toFixed(2)})`);
    else if (j >= 0.3) add(0.1, `report sentences overlap (${j.toFixed(2)})`);
  }
  return { score: Math.round(score * 1000) / 1000, veto: null, reasons };
}
