/** The timeline: events per day (or week/month over long spans) as bars; brushing a range sets the date filter. */
import { scaleUtc, scaleLinear } from 'd3-scale';
import { brushX } from 'd3-brush';
import { select } from 'd3-selection';
import { clear, h, svg } from './dom.js';

interface Day { date: string; events: number; killed: number }
const W = 1000, H = 110, M = { l: 34, r: 10, t: 8, b: 20 };
const DAY = 86400000;

export function drawTimeline(box: HTMLElement, days: Day[], from: string | null, to: string | null, brushed: (from: string | null, to: string | null) => void): void {
  clear(box);
  if (!days.length) { box.appendChild(h('p', { class: 'muted' }, 'No dated events.')); return; }
  const t0 = Date.parse(days[0]!.date), t1 = Date.parse(days.at(-1)!.date) + DAY;
  const span = (t1 - t0) / DAY;
  // bins: days, weeks or months, so the bars stay readable
  const bin = span <= 120 ? DAY : span <= 1000 ? 7 * DAY : 30 * DAY;
  const bins = new Map<number, { n: number; k: number }>();
  for (const d of days) {
    const k = t0 + Math.floor((Date.parse(d.date) - t0) / bin) * bin;
    const b = bins.get(k) ?? { n: 0, k: 0 };
    b.n += d.events; b.k += d.killed;
    bins.set(k, b);
  }
  const x = scaleUtc().domain([new Date(t0 - bin), new Date(t1 + bin)]).range([M.l, W - M.r]);
  const ymax = Math.max(...[...bins.values()].map((b) => b.n));
  const y = scaleLinear().domain([0, ymax]).range([H - M.b, M.t]);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `timeline of ${days.reduce((s, d) => s + d.events, 0)} events` });
  const inRange = (t: number) => (!from || t + bin > Date.parse(from)) && (!to || t <= Date.parse(to));
  for (const [t, b] of bins) {
    const bw = Math.max(1.5, x(new Date(t + bin)) - x(new Date(t)) - 1);
    const r = svg('rect', { x: x(new Date(t)), y: y(b.n), width: bw, height: y(0) - y(b.n), class: inRange(t) ? 'bar' : 'bar out' });
    const title = svg('title');
    title.textContent = `${new Date(t).toISOString().slice(0, 10)}${bin > DAY ? ` (${bin === 7 * DAY ? 'week' : 'month'})` : ''}: ${b.n} event(s), ${b.k} killed`;
    r.appendChild(title);
    root.appendChild(r);
  }
  for (const tick of x.ticks(8)) {
    const tx = svg('text', { x: x(tick), y: H - 5, 'text-anchor': 'middle', class: 'tick' });
    tx.textContent = span > 1000 ? String(tick.getUTCFullYear()) : tick.toISOString().slice(0, span > 120 ? 7 : 10);
    root.appendChild(tx);
  }
  const ylab = svg('text', { x: 4, y: M.t + 8, class: 'tick' });
  ylab.textContent = String(ymax);
  root.appendChild(ylab);
  const g = svg('g', { class: 'brush' });
  root.appendChild(g);
  const brush = brushX<unknown>().extent([[M.l, M.t], [W - M.r, H - M.b]]).on('end', (ev: { selection: [number, number] | null; sourceEvent?: unknown }) => {
    if (!ev.sourceEvent) return;
    if (!ev.selection) { brushed(null, null); return; }
    const [a, b] = ev.selection.map((px) => x.invert(px).toISOString().slice(0, 10));
    brushed(a!, b!);
  });
  const sel = select(g as SVGGElement).call(brush);
  if (from || to) sel.call(brush.move, [x(new Date(from ? Date.parse(from) : t0)), x(new Date(to ? Date.parse(to) + DAY : t1))]);
  box.appendChild(root);
  box.appendChild(h('p', { class: 'caption' }, `events per ${bin === DAY ? 'day' : bin === 7 * DAY ? 'week' : 'month'} · drag across the bars to filter by date${from || to ? ' · click outside the selection to clear it' : ''}`));
}
