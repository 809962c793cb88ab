/**
 * Consolidation: the canonical value of every field from the evidence of all reports, by agreement.
 * Values that can both be true (a day inside "in January", "at least 2" and 3, "drone strike" and
 * "airstrike") are merged to the most precise; values that cannot (2 drones vs 1, missile vs drone,
 * no claim vs a claim) become `conflicts` entries listing every value with the sentence it was read from.
 */
import type { Conflict, Count, FusedEvent, Modality, PloverType } from '../core/model/event.js';
import type { DateValue } from '../core/model/time.js';
import type { Span } from '../core/span.js';
import type { EvidenceMap, FieldEvidence } from './evidence.js';
import { modeClass, modeRelation, isGenericMode } from './family.js';
import { dateRelation, isBareWeekday, weekApart, widthOf } from './when.js';
import { comparePlaces, rankOf, type FusedPlace } from './where.js';
import { asStated, countKey, countsAgree, intersectCounts } from './counts.js';
import { anyDisagree, conflictValues, latestOf, majority, tally } from './vote.js';
import { consolidateResponsibility } from './responsibility.js';
import { consolidateActors } from './actors.js';

export interface FusedMeta {
  readonly id: string;
  readonly reports: Span[];
  readonly members: { article: string; event: string }[];
  readonly mergedBecause: string[];
  readonly rules: string[];
  readonly confidence: number;
}

const str = (v: unknown): string => String(v).toLowerCase().trim();
const dateKey = (v: unknown): string => { const d = v as DateValue; return `${d.start}/${d.end}/${d.precision}`; };
const placeKey = (v: unknown): string => { const p = v as FusedPlace; return p.entity ?? str(p.name); };
const minutes = (t: string): number | null => { const m = /^(\d{1,2}):(\d{2})/.exec(t); return m ? Number(m[1]) * 60 + Number(m[2]) : null; };
const timesAgree = (a: unknown, b: unknown): boolean => { const x = minutes(String(a)), y = minutes(String(b)); return x == null || y == null || Math.abs(x - y) <= 90 || Math.abs(x - y) >= 1350; };

function conflictOf(field: string, items: readonly FieldEvidence[], keyOf: (v: unknown) => string, timeAware = false): Conflict {
  const base = { field, values: conflictValues(items, keyOf) };
  return timeAware ? { ...base, latest: latestOf(items).value, note: 'the latest report may supersede earlier figures' } : base;
}

/** Mode or weapon: most-voted specific wording; conflicting classes are a conflict. */
function consolidateMode(field: string, items: readonly FieldEvidence[], conflicts: Conflict[]): string | null {
  const specific = items.filter((i) => !isGenericMode(String(i.value)));
  const pool = specific.length ? specific : items;
  const keyOf = (v: unknown) => modeClass(String(v)) ?? str(v);
  if (anyDisagree(specific, keyOf, (a, b) => modeRelation(String(a), String(b)) !== 'conflict')) conflicts.push(conflictOf(field, specific, keyOf));
  return majority<string>(pool, str);
}

function consolidateDate(read: readonly FieldEvidence[], conflicts: Conflict[]): DateValue | null {
  if (!read.length) return null;
  // a date that is only a report's publication or the day of legal news about the act bounds the act from above; it
  // does not place it: where any report states the act's date, the bounds neither vote nor contradict it
  const stated = read.filter((i) => !i.fromPublication && !i.followUp);
  const all = stated.length ? stated : read;
  // a bare weekday ("on Tuesday") a week after another report's date is that date read a week late
  const items = all.filter((i) => !isBareWeekday(i.evidence.text) || !all.some((o) => o !== i && weekApart(i.value as DateValue, o.value as DateValue)));
  const agree = (a: unknown, b: unknown) => dateRelation(a as DateValue, b as DateValue) !== 'incompatible';
  const t = tally<DateValue>(items, dateKey);
  if (anyDisagree(items, dateKey, agree)) {
    conflicts.push(conflictOf('date', items, dateKey));
    return t.reduce((a, b) => (b.votes > a.votes || (b.votes === a.votes && widthOf(b.value) < widthOf(a.value)) ? b : a)).value;
  }
  return t.reduce((a, b) => (widthOf(b.value) < widthOf(a.value) || (widthOf(b.value) === widthOf(a.value) && b.votes > a.votes) ? b : a)).value;
}

function consolidatePlace(items: readonly FieldEvidence[], conflicts: Conflict[]): FusedPlace | null {
  if (!items.length) return null;
  const agree = (a: unknown, b: unknown) => comparePlaces(a as FusedPlace, b as FusedPlace).relation !== 'distant';
  if (anyDisagree(items, placeKey, agree)) conflicts.push(conflictOf('location', items, placeKey));
  const t = tally<FusedPlace>(items, placeKey);
  return t.reduce((a, b) => (rankOf(b.value) > rankOf(a.value) || (rankOf(b.value) === rankOf(a.value) && b.votes > a.votes) ? b : a)).value;
}

function consolidateCount(field: string, read: readonly FieldEvidence[], conflicts: Conflict[]): Count | null {
  if (!read.length) return null;
  const items = read.map((i) => ({ ...i, value: asStated(i.value as Count, i.evidence.text) }));
  const keyOf = (v: unknown) => countKey(v as Count);
  if (anyDisagree(items, keyOf, (a, b) => countsAgree(a as Count, b as Count))) {
    conflicts.push(conflictOf(field, items, keyOf, true));
    return latestOf(items.filter((i) => !i.variant).length ? items.filter((i) => !i.variant) : items).value as Count;
  }
  return items.map((i) => i.value as Count).reduce(intersectCounts);
}

function consolidateScalar(field: string, items: readonly FieldEvidence[], conflicts: Conflict[], agree: (a: unknown, b: unknown) => boolean = (a, b) => str(a) === str(b)): unknown {
  if (!items.length) return null;
  if (anyDisagree(items, str, agree)) conflicts.push(conflictOf(field, items, str));
  const main = items.filter((i) => !i.variant);
  return majority(main.length ? main : items, str);
}

/** Builds the canonical event from its evidence. */
export function consolidate(meta: FusedMeta, ev: EvidenceMap): FusedEvent {
  const conflicts: Conflict[] = [];
  const f = (k: string): FieldEvidence[] => ev[k] ?? [];
  const type = (majority<PloverType>(f('type'), str) ?? 'OTHER') as PloverType;
  const mode = f('mode').length ? consolidateMode('mode', f('mode'), conflicts) : null;
  const date = consolidateDate(f('date'), conflicts);
  if (f('time').length) consolidateScalar('time', f('time'), conflicts, timesAgree);
  const location = consolidatePlace(f('location'), conflicts);
  const actors = consolidateActors(f('actors'), conflicts);
  const weapon = f('weapon').length ? consolidateMode('weapon', f('weapon'), conflicts) : null;
  const q = consolidateScalar('quantity', f('quantity'), conflicts, (a, b) => Number(a) === Number(b));
  const killed = consolidateCount('casualties.killed', f('killed'), conflicts);
  const injured = consolidateCount('casualties.injured', f('injured'), conflicts);
  const outcome = consolidateScalar('outcome', f('outcome'), conflicts);
  const resp = consolidateResponsibility(f('responsibility'));
  if (resp.conflict) conflicts.push(resp.conflict);
  const modalities = f('modality').map((i) => i.value as Modality);
  const modality: Modality = modalities.includes('asserted') ? 'asserted' : (majority<Modality>(f('modality'), str) ?? 'asserted');
  const bg = f('background');
  // out of scope (an accident) when at least half of the reports say so: one outlet's "accidental" does not
  // take an attack the others report out of the ledger, nor does one that misses the word keep an accident in
  const who = (i: FieldEvidence): string => i.member ?? i.evidence.article;
  const scoped = f('scope'), reporters = new Set(f('type').map(who)).size;
  const scope = scoped.length && new Set(scoped.map(who)).size * 2 >= reporters ? scoped[0]!.value as NonNullable<FusedEvent['scope']> : null;
  return {
    id: meta.id, type, mode, date, location, actors,
    weapon, quantity: q == null ? null : Number(q),
    casualties: killed || injured ? { ...(killed ? { killed } : {}), ...(injured ? { injured } : {}) } : null,
    responsibility: resp.value,
    outcome: outcome == null ? null : String(outcome),
    modality,
    background: bg.length > 0 && bg.every((i) => i.value === true),
    ...(scope ? { scope: { value: scope.value, reason: scope.reason } } : {}),
    reports: meta.reports, evidence: ev, conflicts, confidence: meta.confidence, rules: meta.rules,
    mergedBecause: meta.mergedBecause, members: meta.members,
  };
}
