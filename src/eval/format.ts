/** Printing: the metric table and the worst misses with their text, for a developer to see why. */
import type { MetricRow, Outcome } from './tally.js';
import type { RecordResult } from './score-records.js';

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)}%`);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function extraText(extra: Record<string, number | null> | undefined): string {
  if (!extra) return '';
  return Object.entries(extra).map(([k, v]) => `${k} ${v === null ? '—' : k === 'f1' ? pct(v) : Number.isInteger(v) ? v : v.toFixed(1)}`).join('  ');
}

export function metricTable(rows: readonly MetricRow[]): string {
  const w = Math.max(16, ...rows.map((r) => r.name.length + 1));
  const head = `${pad('metric', w)}${lpad('n', 7)}${lpad('filled', 8)}${lpad('correct', 9)}${lpad('rate', 9)}${lpad('precision', 11)}  extra`;
  const lines = rows.map((r) => `${pad(r.name, w)}${lpad(String(r.n), 7)}${lpad(String(r.filled), 8)}${lpad(String(r.correct), 9)}${lpad(pct(r.rate), 9)}${lpad(pct(r.precision), 11)}  ${extraText(r.extra)}`.trimEnd());
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

/** Weight of a failed outcome when ranking misses: a missed event outweighs a wrong field. */
const weight = (o: Outcome): number => (o.ok ? 0 : o.metric === 'event.found' ? 3 : o.metric === 'event.any' ? 0 : 1);

export interface Miss { readonly id: string; readonly event: string | null; readonly text: string; readonly failed: Outcome[] }

/** Records with the most (weighted) failures, ties in input order. */
export function worstMisses(results: readonly RecordResult[], n: number): Miss[] {
  return results
    .map((r, i) => ({ r, i, w: r.outcomes.reduce((s, o) => s + weight(o), 0) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, n)
    .map(({ r }) => ({ id: r.id, event: r.event, text: r.text, failed: r.outcomes.filter((o) => weight(o) > 0) }));
}

const oneLine = (s: string, max: number): string => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > max ? t.slice(0, max - 1) + '…' : t; };

export function missesText(misses: readonly Miss[]): string {
  const out: string[] = [];
  for (const m of misses) {
    out.push(`${m.id}  event: ${m.event ?? 'none of the gold type'}`);
    out.push(`  "${oneLine(m.text, 300)}"`);
    for (const o of m.failed.slice(0, 12)) out.push(`  ✗ ${pad(o.metric, 15)} gold ${oneLine(o.gold, 70)}  |  got ${oneLine(o.pred, 70)}`);
    if (m.failed.length > 12) out.push(`  … ${m.failed.length - 12} more`);
  }
  return out.join('\n');
}
