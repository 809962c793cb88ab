/** An article's URL field at the edge: an absolute http(s) URL of sane length, or dropped with a named warning. */
import type { Diagnostic } from '../core/diagnostics.js';

const MAX_URL = 2048;

export function urlOrWarn(v: string | null | undefined, warnings: Diagnostic[]): string | null {
  if (v == null || !String(v).trim()) return null;
  const s = String(v).trim();
  let ok = s.length <= MAX_URL;
  if (ok) { try { ok = /^https?:$/.test(new URL(s).protocol); } catch { ok = false; } }
  if (!ok) warnings.push({ severity: 'warning', rule: 'ingest/bad-url', message: `url "${s.slice(0, 80)}" dropped: not an absolute http(s) URL of at most ${MAX_URL} characters`, text: s.slice(0, 200) });
  return ok ? s : null;
}
