/** How values read: dates, tolls, field values. */
import type { Count, Summary } from './api.js';

export const when = (d: { start: string; end: string; precision: string } | null): string =>
  !d ? 'undated' : d.start === d.end ? d.start : `${d.start} – ${d.end}`;

export const count = (c: Count | null | undefined): string => (!c ? '—' : c.max === c.min ? String(c.min) : c.max === null ? `${c.min}+` : `${c.min}–${c.max}`);

export function value(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('min' in o && 'max' in o) return count(o as unknown as Count);
    if ('status' in o && 'by' in o) return `${o.status}${(o.by as string[]).length ? ' by ' + (o.by as string[]).join(', ') : ''}`;
    if ('start' in o && 'end' in o) return when(o as { start: string; end: string; precision: string });
    if ('name' in o) return String(o.name) + ('role' in o ? ` (${String(o.role)})` : '');
  }
  return JSON.stringify(v);
}

export const actorsLine = (s: Summary): string => [s.agents.join(', '), s.targets.length ? '→ ' + s.targets.join(', ') : ''].filter(Boolean).join(' ');

export const what = (s: { type: string; mode: string | null }): string => (s.mode ? `${s.type.toLowerCase()} · ${s.mode}` : s.type.toLowerCase());
