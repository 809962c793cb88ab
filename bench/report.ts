/** Benchmark figures and their printing: totals, rates and the per-stage breakdown. */

export interface RunFigures {
  readonly name: string;
  readonly articles: number;
  /** UTF-8 bytes of article text */
  readonly bytes: number;
  readonly ms: number;
  /** milliseconds per stage name (`clean` and the pipeline's versioned stage names) */
  readonly stages: Map<string, number>;
  readonly heapPeakMb: number;
  readonly failures?: number;
  readonly events?: number;
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function stageTable(r: RunFigures): string {
  const s = r.ms / 1000;
  const head = `${r.name}: ${r.articles} articles, ${(r.bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s → ` +
    `${(r.articles / s).toFixed(1)} articles/s, ${(r.bytes / 1e6 / s).toFixed(2)} MB/s, heap peak ${r.heapPeakMb.toFixed(0)} MB` +
    (r.events !== undefined ? `, ${r.events} events` : '') + (r.failures ? `, ${r.failures} failed` : '');
  // names indented with spaces break a stage down: printed after the stages, in the order given
  const top = [...r.stages].filter(([k]) => !k.startsWith(' ')).sort((a, b) => b[1] - a[1]);
  const rows = [...top, ...[...r.stages].filter(([k]) => k.startsWith(' '))].map(([name, ms]) =>
    `  ${pad(name, 34)}${lpad(ms.toFixed(0), 9)} ms${lpad(((100 * ms) / r.ms).toFixed(1), 7)}%${lpad((ms / r.articles).toFixed(2), 9)} ms/article`);
  return [head, ...rows].join('\n');
}
