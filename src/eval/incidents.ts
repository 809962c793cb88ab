/**
 * `sitrep eval --format incidents --gold FILE.jsonl`: fusion at real density. Every article of the file
 * (`{id, incident, title, text, published, source}` per line, ../shared/eval/raw/incidents/README.md) is
 * analysed into one fresh store as one stream, in publication order, exactly as `sitrep analyze` would
 * take them; each article's main news event is read from the report and the clusters of articles that
 * share a main event are compared with the gold incidents:
 *
 * - B-cubed precision / recall / F1 over articles (Bagga & Baldwin 1998): for each article, the share of
 *   its predicted cluster that is its gold incident (precision) and the share of its gold incident that
 *   is in its predicted cluster (recall), averaged over articles;
 * - pairs merged: of the pairs of articles about one incident, the share that share a main event;
 * - wrong merges per 100 articles: pairs of articles about different incidents that share a main event,
 *   counted as the articles that would have to leave their event (predicted cluster size minus the
 *   largest gold incident in it), per 100 articles;
 * - the worst wrong merges (with the event's `mergedBecause`) and the worst splits (with what the merge
 *   scorer says about the two events now: the veto or the score and its reasons).
 *
 * Scoring is hand-written: it is a few lines of counting over clusters, and no library covers it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawRecord } from '../core/model/article.js';
import type { FusedEvent } from '../core/model/event.js';
import type { EvalResult } from './index.js';
import type { ReportEvent, ReportIndex } from './report.js';
import { indexReport, type Report } from './report.js';
import { familyOf } from '../fuse/family.js';

export interface IncidentLine {
  readonly id: string;
  readonly incident: string;
  readonly title: string | null;
  readonly text: string;
  readonly published: string | null;
  readonly source: string | null;
}

/** Reads the JSONL gold; a malformed line is an error naming the file and line. */
export function loadIncidents(path: string, limit?: number): IncidentLine[] {
  const out: IncidentLine[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    let o: Record<string, unknown>;
    try { o = JSON.parse(l) as Record<string, unknown>; } catch (e) { throw new Error(`${path}:${i + 1}: not JSON (${(e as Error).message})`); }
    if (typeof o['id'] !== 'string' || typeof o['text'] !== 'string' || o['incident'] == null) throw new Error(`${path}:${i + 1}: needs id, incident and text`);
    out.push({ id: o['id'], incident: String(o['incident']), title: typeof o['title'] === 'string' ? o['title'] : null, text: o['text'], published: typeof o['published'] === 'string' ? o['published'].slice(0, 10) : null, source: typeof o['source'] === 'string' ? o['source'] : null });
  });
  // one stream in publication order (stable: file order within a day); --limit takes the first N of the stream
  const ordered = out.map((x, i) => ({ x, i })).sort((a, b) => (a.x.published ?? '').localeCompare(b.x.published ?? '') || a.i - b.i).map((p) => p.x);
  return limit !== undefined ? ordered.slice(0, limit) : ordered;
}

export function incidentRecords(lines: readonly IncidentLine[], file: string): RawRecord[] {
  return lines.map((l, i) => ({
    origin: `${file}:${i + 1}`, file, format: 'json', body: l.text, bodyIsHtml: false, externalId: l.id,
    url: null, title: l.title, source: l.source, published: l.published, language: 'en',
  }));
}

const firstStart = (e: ReportEvent, article: string): number => Math.min(...e.reports.filter((r) => r.article === article).map((r) => r.start));

/** Speech acts (PLOVER): statements about an incident, not the incident. */
const SPEECH = new Set(['AGREE', 'REQUEST', 'THREATEN', 'ACCUSE', 'REJECT', 'SUPPORT', 'SANCTION']);
/**
 * How much an event is the incident itself: an attack (the violence family) first, then other material acts
 * (an arrest, a release), then speech acts. An article about the charge, the arrest or the vigil after a
 * shooting is news of that shooting's incident: the other acts respond to the attack.
 */
const incidentRank = (e: ReportEvent): number => familyOf(e.type, e.mode ?? null) === 'violence' ? 2 : SPEECH.has(e.type) ? 0 : 1;

/**
 * The article's main news event, chosen without the gold: asserted events first, then the incident itself
 * before the acts that respond to it (incidentRank), then non-background events, then
 * the one the article tells most about (fields filled: date, place, casualties, weapon, actors; and its
 * report sentences in the article), then the one reported earliest (the headline and lead state the news).
 */
export function mainEvent(events: readonly ReportEvent[], articleId: string): ReportEvent | null {
  let best: ReportEvent | null = null, bestKey: number[] = [];
  for (const e of events) {
    const filled = [e.date, e.location, e.weapon, e.casualties, e.responsibility].filter((x) => x != null).length + (e.actors.length ? 1 : 0);
    const key = [(e.modality ?? 'asserted') === 'asserted' ? 1 : 0, incidentRank(e), e.background ? 0 : 1, filled + Math.min(3, e.reports.filter((r) => r.article === articleId).length), -firstStart(e, articleId)];
    const d = key.findIndex((k, i) => k !== bestKey[i]);
    if (!best || (d >= 0 && key[d]! > bestKey[d]!)) { best = e; bestKey = key; }
  }
  return best;
}

export interface ClusterScore {
  readonly articles: number;
  readonly incidents: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly samePairs: number;
  readonly samePairsMerged: number;
  readonly pairsMerged: number;
  /** articles that would have to leave their predicted cluster to make it one incident */
  readonly wrongMerges: number;
  readonly wrongMergesPer100: number;
  readonly wrongPairs: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** B-cubed and pair figures of a predicted clustering (`pred[i]`) against gold labels (`gold[i]`). */
export function scoreClusters(gold: readonly string[], pred: readonly string[]): ClusterScore {
  const n = gold.length;
  const g = new Map<string, number>(), p = new Map<string, number>(), gp = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    p.set(pred[i]!, (p.get(pred[i]!) ?? 0) + 1);
    const k = gold[i] + '\u0000' + pred[i];
    gp.set(k, (gp.get(k) ?? 0) + 1);
  }
  let prec = 0, rec = 0;
  for (let i = 0; i < n; i++) {
    const both = gp.get(gold[i] + '\u0000' + pred[i])!;
    prec += both / p.get(pred[i]!)!;
    rec += both / g.get(gold[i]!)!;
  }
  prec = n ? prec / n : 0; rec = n ? rec / n : 0;
  let samePairs = 0, samePairsMerged = 0, predPairs = 0;
  for (const c of g.values()) samePairs += pairs(c);
  for (const c of gp.values()) samePairsMerged += pairs(c);
  for (const c of p.values()) predPairs += pairs(c);
  // per predicted cluster: size minus its largest gold incident
  const largest = new Map<string, number>();
  for (const [k, c] of gp) { const pk = k.slice(k.indexOf('\u0000') + 1); largest.set(pk, Math.max(largest.get(pk) ?? 0, c)); }
  let wrong = 0;
  for (const [pk, c] of p) wrong += c - largest.get(pk)!;
  return {
    articles: n, incidents: g.size, predicted: p.size, precision: prec, recall: rec, f1: prec + rec ? (2 * prec * rec) / (prec + rec) : 0,
    samePairs, samePairsMerged, pairsMerged: samePairs ? samePairsMerged / samePairs : 1, wrongMerges: wrong, wrongMergesPer100: n ? (100 * wrong) / n : 0, wrongPairs: predPairs - samePairsMerged,
  };
}

export interface IncidentsOutcome {
  readonly score: ClusterScore;
  readonly withoutEvent: number;
  readonly wrongMerges: { event: string; incidents: Record<string, string[]>; mergedBecause: string[] }[];
  readonly splits: { incident: string; events: { event: string; articles: string[] }[]; evidence: string }[];
}

/** How the merge scorer sees two stored events (for the splits listing); given by the runner. */
export type ExplainSplit = (a: string, b: string) => string;

export function scoreIncidents(lines: readonly IncidentLine[], index: ReportIndex, articleIdOf: (ext: string) => string | null, explain: ExplainSplit | null, worst = 10): IncidentsOutcome {
  const gold: string[] = [], pred: string[] = [];
  const byEvent = new Map<string, { e: ReportEvent; arts: IncidentLine[] }>();
  let withoutEvent = 0;
  for (const l of lines) {
    const aid = articleIdOf(l.id);
    const main = aid ? mainEvent(index.eventsOf(l.id), aid) : null;
    gold.push(l.incident);
    if (!main) { withoutEvent++; pred.push('none:' + l.id); continue; }
    pred.push(main.id);
    const slot = byEvent.get(main.id) ?? { e: main, arts: [] };
    slot.arts.push(l);
    byEvent.set(main.id, slot);
  }
  const score = scoreClusters(gold, pred);
  const wrongMerges = [...byEvent.values()]
    .map(({ e, arts }) => {
      const inc: Record<string, string[]> = {};
      for (const a of arts) (inc[a.incident] ??= []).push(a.title ?? a.id);
      const sizes = Object.values(inc).map((x) => x.length);
      return { e, inc, wrong: arts.length - Math.max(...sizes) };
    })
    .filter((x) => x.wrong > 0).sort((a, b) => b.wrong - a.wrong).slice(0, worst)
    .map((x) => ({ event: x.e.id, incidents: x.inc, mergedBecause: ((x.e as unknown as { mergedBecause?: string[] }).mergedBecause ?? []) }));
  const byIncident = new Map<string, Map<string, IncidentLine[]>>();
  lines.forEach((l, i) => { const m = byIncident.get(l.incident) ?? new Map<string, IncidentLine[]>(); m.set(pred[i]!, [...(m.get(pred[i]!) ?? []), l]); byIncident.set(l.incident, m); });
  const splits = [...byIncident.entries()].filter(([, m]) => m.size > 1)
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, worst)
    .map(([incident, m]) => {
      const evs = [...m.entries()].sort((a, b) => b[1].length - a[1].length);
      const [a, b] = [evs[0]![0], evs[1]![0]];
      const evidence = a.startsWith('none:') || b.startsWith('none:') ? 'an article has no event' : explain ? explain(a, b) : '';
      return { incident, events: evs.map(([event, arts]) => ({ event, articles: arts.map((x) => x.title ?? x.id) })), evidence };
    });
  return { score, withoutEvent, wrongMerges, splits };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const cut = (s: string, n: number): string => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > n ? t.slice(0, n - 1) + '…' : t; };

export function incidentsText(o: IncidentsOutcome): string {
  const s = o.score, out: string[] = [];
  out.push(`B-cubed precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
  out.push(`same-incident pairs merged ${pct(s.pairsMerged)} (${s.samePairsMerged}/${s.samePairs}); wrong merges ${s.wrongMerges} articles = ${s.wrongMergesPer100.toFixed(2)} per 100 articles (${s.wrongPairs} wrong pairs)`);
  out.push(`${s.articles} articles, ${s.incidents} gold incidents, ${s.predicted} predicted clusters; ${o.withoutEvent} articles without an event`);
  out.push('', `worst wrong merges (${o.wrongMerges.length}):`);
  for (const w of o.wrongMerges) {
    out.push(`  ${w.event}`);
    for (const [inc, titles] of Object.entries(w.incidents)) out.push(`    incident ${inc}: ${titles.length} × ${cut(titles[0]!, 90)}`);
    for (const m of w.mergedBecause.slice(-4)) out.push(`    because ${cut(m, 220)}`);
  }
  out.push('', `worst splits (${o.splits.length}):`);
  for (const x of o.splits) {
    out.push(`  incident ${x.incident}: ${x.events.length} events`);
    for (const e of x.events.slice(0, 3)) out.push(`    ${e.event}: ${e.articles.length} × ${cut(e.articles[0]!, 90)}`);
    out.push(`    two largest: ${cut(x.evidence, 300)}`);
  }
  return out.join('\n');
}

export async function runIncidentsEval(goldArg: string, limit?: number): Promise<EvalResult> {
  const gold = resolve(goldArg);
  if (!existsSync(gold)) return { text: `sitrep eval: gold file not found: ${gold}\n(the development files are ../shared/eval/raw/incidents/gvc_dev.jsonl and gva_dev.jsonl)\n`, json: { error: 'gold-missing', gold, format: 'incidents' }, exitCode: 2 };
  const lines = loadIncidents(gold, limit);
  const records = incidentRecords(lines, gold);
  const { analyzeRecords } = await import('../engine/analyze.js');
  const { openDb } = await import('../store/db.js');
  const { allEvents } = await import('../store/repos/events.js');
  const { scoreMerge, viewOfFusedEvent } = await import('../fuse/index.js');
  const { loadResources } = await import('../resources/index.js');
  const resources = loadResources();
  await analyzeRecords(records.slice(0, 1), { db: ':memory:', isolate: true, resources }); // warm-up: KB and models
  const store = await openDb(':memory:');
  try {
    const timings = new Map<string, number>();
    const t0 = performance.now();
    const out = await analyzeRecords(records, { db: store, timings, resources });
    const seconds = (performance.now() - t0) / 1000;
    const report = out.report as unknown as Report;
    const byExt = new Map(report.articles.map((a) => [a.externalId ?? '', a.id]));
    const stored = new Map<string, FusedEvent>((await allEvents(store.db)).map((e) => [e.id, e]));
    const explain: ExplainSplit = (a, b) => {
      const ea = stored.get(a), eb = stored.get(b);
      if (!ea || !eb) return 'event not in the store';
      const s = scoreMerge(viewOfFusedEvent(ea), viewOfFusedEvent(eb));
      return s.veto ? `kept apart: ${s.veto}` : `score ${s.score}: ${s.reasons.join('; ') || 'no shared detail'}`;
    };
    // an accident is an incident too: its event is listed apart from the ledger's (outOfScope) but is the
    // article's main event all the same
    const all: Report = { ...report, events: [...report.events, ...(report.outOfScope ?? [])] };
    const o = scoreIncidents(lines, indexReport(all, lines.map((l) => l.id)), (x) => byExt.get(x) ?? null, explain);
    const text = [
      `sitrep eval --format incidents  ${gold}`,
      `${lines.length} articles as one stream, ${out.failures.length} not analysable; engine ${seconds.toFixed(1)} s (${(lines.length / Math.max(seconds, 1e-9)).toFixed(1)} articles/s)` + (limit !== undefined ? ` (--limit ${limit})` : ''),
      '',
      incidentsText(o),
      '',
    ].join('\n');
    return { text, json: { format: 'incidents', gold, limit: limit ?? null, failures: out.failures.length, timing: { engineSeconds: seconds, articlesPerSecond: lines.length / Math.max(seconds, 1e-9), stagesMs: Object.fromEntries(timings) }, ...o }, exitCode: 0 };
  } finally {
    await store.db.destroy();
  }
}
