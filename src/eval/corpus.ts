/**
 * Scoring a whole analysed corpus against an expected-answers file of the project's own
 * (`examples/corpus.expected.json`): unlike the record sets (GTD, ACLED ...), whose rows are independent
 * incidents scored one by one, a corpus is analysed together, so this measures what only cross-article
 * work shows: several outlets' reports fused into one event, look-alike incidents kept apart, background
 * mentions linked, contradictions surfaced, and forecasts, threats and plans kept out of the ledger.
 *
 * An incident is located in the report through evidence strings: an event "tells" an incident in a file
 * when one of its report sentences from that file contains one of the incident's strings for the file and
 * the event has one of the incident's types. Nothing here looks at how the engine got there.
 *
 * Gold format: see the `about` field of examples/corpus.expected.json and docs/EVAL.md ("Corpus").
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { km } from '../core/distance.js';
import type { MetricRow } from './tally.js';

export interface CorpusPlace { readonly name: string; readonly lat: number; readonly lon: number }

export interface CorpusIncident {
  readonly id: string;
  readonly what: string;
  readonly types: readonly string[];
  /** accepted event days (any one of them, ISO) */
  readonly date?: readonly string[];
  readonly places?: readonly CorpusPlace[];
  /** tolerance for places, km (default 25) */
  readonly km?: number;
  /** every toll a source gives */
  readonly killed?: readonly number[];
  /** only recalled in the corpus, never reported as news */
  readonly background?: boolean;
  /** file key → strings inside sentences that report the incident */
  readonly reports?: Readonly<Record<string, readonly string[]>>;
  /** file key → strings inside sentences that recall it */
  readonly mentions?: Readonly<Record<string, readonly string[]>>;
}

export interface CorpusGold {
  readonly incidents: readonly CorpusIncident[];
  /** pairs of incident ids that must not end up in one event */
  readonly distinct: readonly (readonly [string, string])[];
  readonly contradictions: readonly { readonly incident: string; readonly field: string }[];
  /** file key → strings of forecasts, threats, plans and conditionals that must not be events */
  readonly non_events: Readonly<Record<string, readonly string[]>>;
  /** groups of file keys that are one story */
  readonly stories: readonly (readonly string[])[];
  /** the corpus folder, relative to the gold file */
  readonly corpus: string;
}

/** The parts of the report the corpus scorer reads. */
export interface CorpusReport {
  readonly articles: readonly { readonly id: string; readonly file?: string | null }[];
  readonly events: readonly CorpusEvent[];
  readonly stories?: readonly { readonly id: string; readonly articles: readonly string[] }[];
}
interface Span { readonly article: string; readonly text: string; readonly start?: number; readonly end?: number }
export interface CorpusEvent {
  readonly id: string;
  readonly type: string;
  readonly date: { readonly start: string; readonly end: string } | null;
  readonly location: { readonly name: string; readonly lat?: number | null; readonly lon?: number | null } | null;
  readonly casualties?: { readonly killed?: { readonly min?: number; readonly max?: number | null } } | null;
  readonly modality?: string;
  readonly reports: readonly Span[];
  readonly evidence?: Readonly<Record<string, readonly { readonly evidence?: Span; readonly sentence?: Span }[] | undefined>>;
  readonly conflicts?: readonly { readonly field: string }[];
}

export interface IncidentOutcome {
  readonly id: string;
  readonly what: string;
  readonly background: boolean;
  /** the event that tells the incident in most of its files, or null */
  readonly event: string | null;
  readonly reportFiles: number;
  readonly reportFilesFound: number;
  /** all report files told by that one event */
  readonly fused: boolean;
  readonly mentionFiles: number;
  readonly mentionsLinked: number;
  readonly date: boolean | null;
  readonly place: { ok: boolean; km: number | null } | null;
  readonly killed: boolean | null;
}

export interface CorpusScore {
  readonly metrics: MetricRow[];
  readonly incidents: IncidentOutcome[];
  readonly overMerged: string[];
  readonly falseEvents: { readonly file: string; readonly text: string; readonly event: string; readonly type: string }[];
  readonly contradictionsMissed: string[];
  readonly eventCount: number;
}

export function loadCorpusGold(path: string): CorpusGold {
  const g = JSON.parse(readFileSync(path, 'utf8')) as Partial<CorpusGold>;
  if (!Array.isArray(g.incidents)) throw new Error(`${path}: not a corpus gold file (no "incidents" list)`);
  return { corpus: g.corpus ?? '.', incidents: g.incidents, distinct: g.distinct ?? [], contradictions: g.contradictions ?? [], non_events: g.non_events ?? {}, stories: g.stories ?? [] };
}

/** The corpus folder the gold file describes. */
export const corpusDir = (goldPath: string, gold: CorpusGold): string => resolve(dirname(goldPath), gold.corpus);

/** Does a file name carry this key ("001" matches "001_erbil-rockets-wire.txt")? */
export function fileHasKey(file: string, key: string): boolean {
  const f = basename(file);
  return f === key || f.startsWith(`${key}_`) || f.startsWith(`${key}.`) || f.startsWith(`${key}-`);
}

const ratio = (a: number, b: number): number | null => (b ? a / b : null);
const row = (name: string, n: number, filled: number, correct: number): MetricRow =>
  ({ name, n, filled, correct, rate: ratio(correct, n), precision: ratio(correct, filled) });

export function scoreCorpus(report: CorpusReport, gold: CorpusGold): CorpusScore {
  const keyOfArticle = new Map<string, string>();
  const allKeys = new Set<string>();
  const keysIn = (m?: Readonly<Record<string, unknown>>): string[] => Object.keys(m ?? {});
  for (const i of gold.incidents) for (const k of [...keysIn(i.reports), ...keysIn(i.mentions)]) allKeys.add(k);
  for (const k of keysIn(gold.non_events)) allKeys.add(k);
  for (const s of gold.stories) for (const k of s) allKeys.add(k);
  for (const a of report.articles) {
    const key = [...allKeys].find((k) => a.file && fileHasKey(a.file, k));
    if (key) keyOfArticle.set(a.id, key);
  }
  const sentencesOf = (e: CorpusEvent, key: string): string[] => e.reports.filter((r) => keyOfArticle.get(r.article) === key).map((r) => r.text);
  const tells = (e: CorpusEvent, key: string, strings: readonly string[]): boolean =>
    sentencesOf(e, key).some((t) => strings.some((s) => t.includes(s)));

  const chosen = new Map<string, CorpusEvent>();
  const incidents: IncidentOutcome[] = [];
  for (const inc of gold.incidents) {
    const reports = Object.entries(inc.reports ?? {});
    const mentions = Object.entries(inc.mentions ?? {});
    const primary = inc.background ? mentions : reports;
    const typed = report.events.filter((e) => inc.types.includes(e.type));
    // the event telling the incident in the most primary files (ties: more mention files, then report order)
    let best: CorpusEvent | null = null, bestScore = -1;
    for (const e of typed) {
      const s = primary.filter(([k, ss]) => tells(e, k, ss)).length * 100 + mentions.filter(([k, ss]) => tells(e, k, ss)).length;
      if (s > bestScore && primary.some(([k, ss]) => tells(e, k, ss))) { best = e; bestScore = s; }
    }
    const found = primary.filter(([k, ss]) => typed.some((e) => tells(e, k, ss))).length;
    if (best) chosen.set(inc.id, best);
    const date = best && inc.date?.length ? (best.date ? inc.date.some((d) => best!.date!.start <= d && d <= best!.date!.end) && dayCount(best.date) <= 2 : false) : null;
    let place: IncidentOutcome['place'] = null;
    if (best && inc.places?.length) {
      const loc = best.location;
      const d = loc && loc.lat != null && loc.lon != null ? Math.min(...inc.places.map((p) => km({ lat: loc.lat!, lon: loc.lon! }, p))) : null;
      place = { ok: d !== null && d <= (inc.km ?? 25), km: d === null ? null : Math.round(d) };
    }
    const k = best?.casualties?.killed;
    const killed = best && inc.killed?.length ? !!k && inc.killed.some((n) => n === k.min || n === k.max) : null;
    incidents.push({
      id: inc.id, what: inc.what, background: !!inc.background, event: best?.id ?? null,
      reportFiles: primary.length, reportFilesFound: found,
      fused: !!best && primary.every(([key, ss]) => tells(best!, key, ss)),
      mentionFiles: inc.background ? 0 : mentions.length,
      mentionsLinked: best && !inc.background ? mentions.filter(([key, ss]) => tells(best!, key, ss)).length : 0,
      date, place, killed,
    });
  }

  // look-alikes: no event tells both incidents of a pair (in reports or mentions)
  const overMerged: string[] = [];
  const byId = new Map(gold.incidents.map((i) => [i.id, i]));
  for (const [a, b] of gold.distinct) {
    const ia = byId.get(a), ib = byId.get(b);
    if (!ia || !ib) continue;
    const strings = (i: CorpusIncident) => [...Object.entries(i.reports ?? {}), ...Object.entries(i.mentions ?? {})];
    // one sentence may tell both ("killed three soldiers on Sunday, and on Friday the US hit 85 targets"):
    // a merge shows only when each incident is told by a sentence of its own
    const tellers = (e: CorpusEvent, i: CorpusIncident) => new Set(strings(i).flatMap(([k, ss]) => sentencesOf(e, k).filter((t) => ss.some((x) => t.includes(x)))));
    const merged = report.events.some((e) => {
      const sa = tellers(e, ia), sb = tellers(e, ib);
      return [...sa].some((t) => !sb.has(t)) && [...sb].some((t) => !sa.has(t));
    });
    if (merged) overMerged.push(`${a}+${b}`);
  }

  // non-events: no event may be typed from a trigger inside one of them (a sentence may hold a real act
  // beside a non-event clause: "cancelled the visit of X, who had been due in Baghdad on Thursday")
  const typedFrom = (t: { evidence?: Span; sentence?: Span }, key: string, s: string): boolean => {
    const sen = t.sentence;
    if (!sen || keyOfArticle.get(sen.article) !== key) return false;
    const at = sen.text.indexOf(s);
    if (at < 0) return false;
    const trig = t.evidence;
    if (!trig || trig.start == null || sen.start == null) return true;
    const from = sen.start + at;
    return trig.start >= from && trig.start < from + s.length;
  };
  const falseEvents: CorpusScore['falseEvents'] = [];
  let nonEventCount = 0;
  for (const [key, strings] of Object.entries(gold.non_events)) {
    for (const s of strings) {
      nonEventCount++;
      // a threat recorded as a THREATEN event is right; any other type from the phrase is not
      const hit = report.events.find((e) => e.type !== 'THREATEN' && e.modality !== 'negated' && e.modality !== 'hypothetical'
        && (e.evidence?.type ?? []).some((t) => typedFrom(t, key, s)));
      if (hit) falseEvents.push({ file: key, text: s, event: hit.id, type: hit.type });
    }
  }

  const contradictionsMissed: string[] = [];
  let contradictionsFound = 0;
  for (const c of gold.contradictions) {
    const e = chosen.get(c.incident);
    if (e && (e.conflicts ?? []).some((f) => f.field === c.field || f.field.startsWith(`${c.field}.`))) contradictionsFound++;
    else contradictionsMissed.push(`${c.incident} ${c.field}`);
  }

  // stories: every group's articles share one story, and no story joins two groups
  let storiesOk = 0;
  const storyOf = (key: string): string[] => (report.stories ?? []).filter((s) => s.articles.some((a) => keyOfArticle.get(a) === key)).map((s) => s.id);
  for (const group of gold.stories) {
    const shared = storyOf(group[0]!).filter((s) => group.every((k) => storyOf(k).includes(s)));
    const others = gold.stories.filter((g) => g !== group).flat();
    if (shared.some((s) => !others.some((k) => storyOf(k).includes(s)))) storiesOk++;
  }

  const news = incidents.filter((i) => !i.background);
  const bg = incidents.filter((i) => i.background);
  const multi = news.filter((i) => i.reportFiles > 1);
  // a field row: n incidents whose gold has the field, filled where the compared event was scored on it
  const field = (name: string, gold: (i: CorpusIncident) => readonly unknown[] | undefined, got: (o: IncidentOutcome) => unknown, ok: (o: IncidentOutcome) => boolean) =>
    row(name, incidents.filter((o) => gold(byId.get(o.id)!)?.length).length, incidents.filter((o) => got(o) !== null).length, incidents.filter(ok).length);
  const metrics: MetricRow[] = [
    row('incident.found', news.length, news.filter((i) => i.event).length, news.filter((i) => i.event).length),
    row('report.found', news.reduce((s, i) => s + i.reportFiles, 0), news.reduce((s, i) => s + i.reportFilesFound, 0), news.reduce((s, i) => s + i.reportFilesFound, 0)),
    row('fusion', multi.length, multi.filter((i) => i.event).length, multi.filter((i) => i.fused).length),
    row('distinct_kept', gold.distinct.length, gold.distinct.length, gold.distinct.length - overMerged.length),
    row('mentions.linked', news.reduce((s, i) => s + i.mentionFiles, 0), news.reduce((s, i) => s + i.mentionFiles, 0), news.reduce((s, i) => s + i.mentionsLinked, 0)),
    row('background.found', bg.length, bg.filter((i) => i.event).length, bg.filter((i) => i.event).length),
    field('date.day', (g) => g.date, (o) => o.date, (o) => o.date === true),
    field('place.km', (g) => g.places, (o) => o.place, (o) => !!o.place?.ok),
    field('killed', (g) => g.killed, (o) => o.killed, (o) => o.killed === true),
    row('contradictions', gold.contradictions.length, gold.contradictions.length, contradictionsFound),
    row('non_events.kept_out', nonEventCount, nonEventCount, nonEventCount - falseEvents.length),
    row('stories', gold.stories.length, gold.stories.length, storiesOk),
  ];
  return { metrics, incidents, overMerged, falseEvents, contradictionsMissed, eventCount: report.events.length };
}

function dayCount(d: { start: string; end: string }): number {
  return Math.round((Date.parse(d.end) - Date.parse(d.start)) / 86_400_000) + 1;
}

/** A readable listing of what went wrong, for the CLI. */
export function corpusMissesText(s: CorpusScore): string {
  const out: string[] = [];
  for (const i of s.incidents) {
    const bad: string[] = [];
    if (!i.event) bad.push('not found');
    else {
      if (i.reportFiles > 1 && !i.fused) bad.push(`${i.background ? 'mentions' : 'reports'} split (${i.reportFilesFound}/${i.reportFiles} files found, not in one event)`);
      if (i.mentionFiles && i.mentionsLinked < i.mentionFiles) bad.push(`mentions linked ${i.mentionsLinked}/${i.mentionFiles}`);
      if (i.date === false) bad.push('date');
      if (i.place && !i.place.ok) bad.push(`place ${i.place.km === null ? 'none' : `${i.place.km} km off`}`);
      if (i.killed === false) bad.push('killed');
    }
    if (bad.length) out.push(`  ${i.id} ${i.what}: ${bad.join('; ')}`);
  }
  if (s.overMerged.length) out.push(`  merged look-alikes: ${s.overMerged.join(', ')}`);
  for (const f of s.falseEvents) out.push(`  false event ${f.type} in ${f.file}: "${f.text}"`);
  if (s.contradictionsMissed.length) out.push(`  contradictions not shown: ${s.contradictionsMissed.join(', ')}`);
  return out.join('\n');
}
