/**
 * Scores incident-style gold records (GTD, ACLED, UCDP, PLOVER) field by field against the events the
 * engine read from each record's text. The event compared is chosen without looking at the gold
 * values: among the article's events of an acceptable type, the one with the most fields filled
 * (earliest in the text on a tie), so the figures are what a user would get from the top event.
 */
import type { GoldRecord } from './gold.js';
import type { ReportEvent, ReportIndex } from './report.js';
import { Tally, type MetricRow, type Outcome } from './tally.js';
import { km } from '../core/distance.js';
import { countExact, countWithin, coversDate, median, sameDay, withinDate } from './measures.js';
import { actorMatches, sharesWord } from './names.js';
import { countryInName } from './countries.js';

/** How a dataset classifies a predicted event into its own categories. */
export interface Classifiers {
  subtype?(e: ReportEvent): string | null;
  weaponClass?(e: ReportEvent): string | null;
  targetClass?(names: readonly string[]): string | null;
  /** the event's export columns compared with the record's `columns`: metric name → [gold, predicted] */
  columns?(g: GoldRecord, e: ReportEvent): Record<string, [gold: string, pred: string]>;
}

export interface RecordResult {
  readonly id: string;
  readonly article: string;
  readonly text: string;
  /** the event compared, `type/mode` + id, or null when none had an acceptable type */
  readonly event: string | null;
  readonly outcomes: Outcome[];
}

export const RECORD_METRICS = ['event.any', 'event.found', 'event.acled_type', 'event.subtype', 'date.day', 'date.within', 'date.covers', 'location.25km', 'agent', 'target',
  'claimed', 'weapon', 'killed.exact', 'killed.range', 'injured.exact', 'injured.range', 'source.country', 'target.country',
  'acled.interaction', 'acled.civilian_targeting', 'acled.admin1', 'acled.fatalities'] as const;

const filledFields = (e: ReportEvent): number =>
  [e.date, e.location, e.weapon, e.casualties, e.responsibility].filter((x) => x !== null && x !== undefined).length + (e.actors.length ? 1 : 0);

/** The event compared with a record: acceptable type, non-background first, most fields filled, earliest. */
export function pickEvent(events: readonly ReportEvent[], types: readonly string[]): ReportEvent | null {
  let best: ReportEvent | null = null;
  let bestScore = -1;
  for (const e of events) {
    if (!types.includes(String(e.type).toUpperCase())) continue;
    const score = (e.background ? 0 : 100) + filledFields(e);
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return best;
}

const show = (x: unknown): string => (x === null || x === undefined ? '—' : typeof x === 'string' ? x : JSON.stringify(x));

function namesOf(e: ReportEvent, index: ReportIndex, role: string): string[] {
  const out: string[] = [];
  // the engine's own ACLED naming of the side ("Protesters (Iran)", "Military Forces of Yemen (2012-)")
  const acled = e.acled as { actor1?: string | null; assoc_actor_1?: string | null; actor2?: string | null; assoc_actor_2?: string | null } | null | undefined;
  const named = role === 'agent' ? [acled?.actor1, acled?.assoc_actor_1] : role === 'target' ? [acled?.actor2, acled?.assoc_actor_2] : [];
  for (const n of named) if (n) out.push(...n.split('; '));
  for (const a of e.actors) {
    if (a.role !== role) continue;
    out.push(a.name);
    const ent = index.entity(a.entity);
    if (ent) out.push(ent.name, ...(ent.aliases ?? []));
  }
  return out;
}

function countriesOf(e: ReportEvent, index: ReportIndex, role: string): string[] {
  const out = new Set<string>();
  for (const a of e.actors) {
    if (a.role !== role) continue;
    const c = index.entity(a.entity)?.country ?? a.country ?? countryInName(a.name);
    if (c) out.add(c);
  }
  return [...out];
}

/** Outcomes of one record against its chosen event. */
export function scoreRecord(g: GoldRecord, events: readonly ReportEvent[], index: ReportIndex, cls: Classifiers): RecordResult {
  const out: Outcome[] = [];
  const e = pickEvent(events, g.types);
  const o = (metric: string, ok: boolean, filled: boolean, gold: unknown, pred: unknown, value?: number): void => {
    out.push({ metric, ok: !!e && ok, filled: !!e && filled, gold: show(gold), pred: show(pred), ...(value !== undefined ? { value } : {}) });
  };
  out.push({ metric: 'event.any', ok: events.length > 0, filled: events.length > 0, gold: g.typeLabel, pred: events.map((x) => x.type).join(', ') || '—' });
  o('event.found', !!e, !!e, `${g.typeLabel} → ${g.types.join('|')}`, events.map((x) => `${x.type}${x.mode ? '/' + x.mode : ''}`).join(', ') || '—');
  if (g.acledType) {
    // the engine's own ACLED coding of its event for the record (the compared event, else its first event)
    const a = (e ?? events[0])?.acled?.event_type ?? null;
    out.push({ metric: 'event.acled_type', ok: a === g.acledType, filled: a !== null, gold: g.acledType, pred: a ?? '—' });
  }
  if (g.subtype && cls.subtype) { const p = e ? cls.subtype(e) : null; o('event.subtype', p === g.subtype, p !== null, g.subtype, p ? `${p} (${e?.mode ?? ''} ${e?.weapon ?? ''})` : e?.mode); }
  if (g.date) {
    const d = e?.date ?? null;
    const gd = g.date.start === g.date.end ? g.date.start : `${g.date.start}..${g.date.end}`;
    const pd = d ? (d.start === d.end ? d.start : `${d.start}..${d.end}`) : null;
    if (g.date.start === g.date.end) o('date.day', sameDay(d, g.date), !!d, gd, pd);
    o('date.within', withinDate(d, g.date), !!d, gd, pd);
    o('date.covers', coversDate(d, g.date), !!d, gd, pd);
  }
  if (g.geo?.exact) {
    const l = e?.location;
    const has = typeof l?.lat === 'number' && typeof l?.lon === 'number';
    const dist = has ? km({ lat: l!.lat!, lon: l!.lon! }, g.geo) : null;
    o('location.25km', dist !== null && dist <= 25, has, g.geo.name, l ? `${l.name}${dist !== null ? ` (${Math.round(dist)} km)` : ''}` : null, dist ?? undefined);
  }
  if (g.agents?.length) {
    const names = e ? [...namesOf(e, index, 'agent'), ...(e.responsibility?.by ?? [])] : [];
    o('agent', g.agents.some((a) => actorMatches(names, a)), names.length > 0, g.agents.join('; '), names.slice(0, 3).join('; ') || null);
  }
  if (g.targets?.length || g.targetClass) {
    const names = e ? namesOf(e, index, 'target') : [];
    const cls2 = cls.targetClass && names.length ? cls.targetClass(names) : null;
    const ok = (g.targets ?? []).some((t) => actorMatches(names, t) || sharesWord(names, t)) || (!!g.targetClass && cls2 === g.targetClass);
    o('target', ok, names.length > 0, [...(g.targets ?? []), g.targetClass].filter(Boolean).join('; '), names.slice(0, 3).join('; ') || null);
  }
  if (typeof g.claimed === 'boolean') {
    const r = e?.responsibility;
    const claimed = r?.status === 'claimed';
    o('claimed', claimed === g.claimed, !!r && r.status !== 'unknown', g.claimed ? 'claimed' : 'not claimed', r ? `${r.status}${r.by.length ? ' by ' + r.by.join(', ') : ''}` : null);
  }
  if (g.weaponClass && cls.weaponClass) { const p = e ? cls.weaponClass(e) : null; o('weapon', p === g.weaponClass, p !== null, g.weaponClass, p ? `${p} (${e?.weapon ?? e?.mode})` : e?.weapon); }
  for (const [field, gold] of [['killed', g.killed], ['injured', g.injured]] as const) {
    if (!gold) continue;
    const c = e?.casualties?.[field];
    const gs = gold.low === gold.high ? String(gold.best) : `${gold.best} (${gold.low}-${gold.high})`;
    const ps = c ? (c.max === c.min ? String(c.min) : `${c.min}-${c.max ?? '…'}`) : null;
    o(`${field}.exact`, countExact(c, gold), !!c, gs, ps);
    o(`${field}.range`, countWithin(c, gold), !!c, gs, ps);
  }
  if (g.sourceCountries?.length) { const p = e ? countriesOf(e, index, 'agent') : []; o('source.country', p.some((c) => g.sourceCountries!.includes(c)), p.length > 0, g.sourceCountries.join(','), p.join(',') || null); }
  if (g.targetCountries?.length) { const p = e ? countriesOf(e, index, 'target') : []; o('target.country', p.some((c) => g.targetCountries!.includes(c)), p.length > 0, g.targetCountries.join(','), p.join(',') || null); }
  if (g.columns && cls.columns) {
    // the dataset's export columns, compared as written (an empty value is a value: no civilian targeting)
    const got = e ? cls.columns(g, e) : {};
    for (const [metric, gold] of Object.entries(g.columns)) {
      const pred = got[metric]?.[1] ?? null;
      o(metric, pred !== null && pred === (got[metric]?.[0] ?? gold), pred !== null && pred !== '', gold === '' ? '(empty)' : gold, pred === '' ? '(empty)' : pred);
    }
  }
  return { id: g.id, article: g.article, text: g.text, event: e ? `${e.type}${e.mode ? '/' + e.mode : ''} ${e.id}` : null, outcomes: out };
}

/** Scores every record; returns the metric table and the per-record outcomes. */
export function scoreRecords(records: readonly GoldRecord[], index: ReportIndex, cls: Classifiers): { metrics: MetricRow[]; results: RecordResult[] } {
  const tally = new Tally(RECORD_METRICS);
  const results: RecordResult[] = [];
  const distances: number[] = [];
  for (const g of records) {
    const events = index.eventsOf(g.article);
    const r = scoreRecord(g, events, index, cls);
    results.push(r);
    for (const x of r.outcomes) tally.add(x);
    const loc = r.outcomes.find((x) => x.metric === 'location.25km' && x.value !== undefined);
    if (loc) distances.push(loc.value!);
  }
  tally.extra('location.25km', { medianKm: median(distances) });
  return { metrics: tally.result().filter((m) => m.n > 0 || m.name === 'event.any' || m.name === 'event.found'), results };
}
