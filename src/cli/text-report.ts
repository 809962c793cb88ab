/** The report as a readable sitrep for a person: articles, then events with their sources and conflicts. */
import type { Report, ReportEvent } from '../report/types.js';
import { labelOf } from '../fuse/index.js';
import { LOW_CONFIDENCE } from '../report/confidence.js';

const when = (e: ReportEvent): string => (e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start}..${e.date.end}`) + ` (${e.date.precision})` : 'date unknown');
const count = (c: { min: number; max: number | null } | undefined): string | null => (c ? (c.max === c.min ? String(c.min) : c.max === null ? `${c.min}+` : `${c.min}-${c.max}`) : null);
const quote = (s: string, n = 140): string => `"${s.length > n ? s.slice(0, n - 1) + '…' : s}"`;

/**
 * An inferred publication day as the bound it is: a floor alone ("not before 2022-10-27", the day relative
 * dates were read from given as a guess), or the window between floor and ceiling; with the reason (#15).
 */
function inferredDay(w: { start: string; end: string; guess?: string; basis: string }): string {
  const guess = w.guess ? `, guessed ${w.guess}` : '';
  return w.basis.includes('not after ') ? `inferred ${w.start}..${w.end}${guess} (${w.basis})` : `inferred, not before ${w.start}${guess} (${w.basis})`;
}

export function textReport(r: Report): string {
  const out: string[] = [];
  const art = new Map(r.articles.map((a) => [a.id, a]));
  const label = (id: string) => { const a = art.get(id); return a ? `${a.source ?? a.outletFromText ?? 'unknown outlet'} ${a.published ?? ''}`.trim() : id; };
  out.push(`SITREP — ${r.articles.length} article(s), ${r.events.length} event(s), ${r.stories.length} stor${r.stories.length === 1 ? 'y' : 'ies'}`, '');
  out.push('ARTICLES');
  for (const a of r.articles) {
    out.push(`- [${a.id}] ${a.title ?? '(no headline)'}`);
    out.push(`  outlet: ${a.source ?? a.outletFromText ?? 'unknown'} | published: ${a.published ?? (a.publishedInferred ? inferredDay(a.publishedInferred) : 'unknown')}${a.file ? ` | file: ${a.file}` : ''}`);
    if (a.dateline) out.push(`  dateline: ${[a.dateline.place, a.dateline.agency && `(${a.dateline.agency})`].filter(Boolean).join(' ')}`);
    for (const d of a.diagnostics) out.push(`  ${d.severity}: ${d.message}${d.text ? ` — ${quote(d.text, 100)}` : ''} [${d.rule}]`);
  }
  // events the engine is unsure of are listed apart, for review, not among the stories' events
  const low = r.events.filter((e) => e.confidence < LOW_CONFIDENCE);
  const sure = r.events.filter((e) => e.confidence >= LOW_CONFIDENCE);
  for (const s of r.stories) {
    out.push('', `STORY ${s.id}: ${s.title ?? '(untitled)'} — ${s.articles.map(label).join('; ')}`);
    const evs = sure.filter((e) => s.events.includes(e.id));
    for (const e of evs) out.push(...eventLines(e, label));
  }
  const inStory = new Set(r.stories.flatMap((s) => s.events));
  const loose = sure.filter((e) => !inStory.has(e.id));
  if (loose.length) { out.push('', 'OTHER EVENTS'); for (const e of loose) out.push(...eventLines(e, label)); }
  if (low.length) {
    out.push('', `LOW CONFIDENCE (below ${LOW_CONFIDENCE}; check before use)`);
    for (const e of low) { const [head, ...rest] = eventLines(e, label); out.push(`${head} [confidence ${e.confidence}]`, ...rest); }
  }
  if (r.relations.length) {
    out.push('', 'COPIES (counted once as sources)');
    for (const x of r.relations) out.push(`- ${label(x.a)} and ${label(x.b)}: ${x.kind} (${Math.round(x.containment * 100)}% shared) — ${quote(x.evidence[0].text, 100)}`);
  }
  if (r.quotes.length) {
    out.push('', 'QUOTES');
    // reported speech is not shown in quote marks: the words are the outlet's, not the speaker's
    for (const q of r.quotes) out.push(q.direct ? `- ${q.speaker}: ${quote(q.evidence.text)} (${label(q.evidence.article)})` : `- ${q.speaker} (reported): ${quote(q.evidence.text).slice(1, -1)} (${label(q.evidence.article)})`);
  }
  return out.join('\n') + '\n';
}

function eventLines(e: ReportEvent, label: (id: string) => string): string[] {
  const lines = [`* ${when(e)} ${labelOf(e)}${e.background ? ' [background]' : ''}`];
  const facts = [
    e.weapon && `weapon: ${e.weapon}${e.quantity != null ? ` x${e.quantity}` : ''}`,
    e.casualties?.killed && `killed: ${count(e.casualties.killed)}`,
    e.casualties?.injured && `injured: ${count(e.casualties.injured)}`,
    e.outcome && `outcome: ${e.outcome}`,
    e.responsibility && `responsibility: ${e.responsibility.status}${e.responsibility.by.length ? ' by ' + e.responsibility.by.join(', ') : ''}`,
    e.location?.lat != null && `at ${e.location.lat.toFixed(3)},${e.location.lon?.toFixed(3)}${e.location.country ? ' ' + e.location.country : ''}`,
  ].filter(Boolean);
  if (facts.length) lines.push(`    ${facts.join(' | ')}`);
  const copies = e.independentSources < new Set(e.reports.map((r) => r.article)).size ? `, ${e.independentSources} independent` : '';
  lines.push(`    sources (${e.sources.length}${copies}): ${e.sources.join('; ')}`);
  for (const c of e.conflicts) {
    lines.push(`    CONFLICT on ${c.field}:`);
    for (const v of c.values) lines.push(`      - ${label(v.evidence.article)} says ${JSON.stringify(v.value)}: ${quote(v.evidence.text)}`);
  }
  for (const s of e.reports.slice(0, 4)) lines.push(`    > ${quote(s.text)} (${label(s.article)})`);
  if (e.reports.length > 4) lines.push(`    > … ${e.reports.length - 4} more report sentence(s)`);
  return lines;
}
