/**
 * Consolidation of responsibility claims, which change over time: "No group has yet claimed
 * responsibility" (Tasnim, 17 July) and "An Iraqi militia has claimed responsibility" (The New Arab,
 * 23 July) are both kept; the canonical status becomes `conflicting` and the conflict marks which report
 * is the later one, since a later claim may supersede an earlier "no claim yet".
 */
import type { Conflict, FusedEvent, ResponsibilityStatus } from '../core/model/event.js';
import type { FieldEvidence } from './evidence.js';
import { conflictValues, latestOf } from './vote.js';

interface Claim { status: ResponsibilityStatus; by: string[] }

const PRIORITY: Record<ResponsibilityStatus, number> = { claimed: 4, attributed: 3, denied: 2, unclaimed: 1, unknown: 0 };
const norm = (s: string): string => s.toLowerCase().replace(/^(an?|the)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

function contradicts(a: Claim, b: Claim): boolean {
  const s = new Set([a.status, b.status]);
  if (s.has('claimed') && s.has('unclaimed')) return true;
  const ga = new Set(a.by.map(norm)), gb = b.by.map(norm);
  const shared = gb.some((g) => ga.has(g));
  if (s.has('claimed') && s.has('denied')) return shared || !a.by.length || !b.by.length;
  if (a.status === 'claimed' && b.status === 'claimed' && ga.size && gb.length) return !shared;
  return false;
}

export function consolidateResponsibility(items: readonly FieldEvidence[]): { value: FusedEvent['responsibility']; conflict: Conflict | null } {
  if (!items.length) return { value: null, conflict: null };
  const claims = items.map((i) => i.value as Claim);
  let clash = false;
  for (let i = 0; i < claims.length && !clash; i++) for (let j = i + 1; j < claims.length; j++) if (contradicts(claims[i]!, claims[j]!)) { clash = true; break; }
  const claimedBy = [...new Map(claims.filter((c) => c.status === 'claimed').flatMap((c) => c.by).map((b) => [norm(b), b])).values()];
  if (!clash) {
    const best = claims.reduce((a, b) => (PRIORITY[b.status] > PRIORITY[a.status] ? b : a));
    const by = [...new Map(claims.filter((c) => c.status === best.status).flatMap((c) => c.by).map((b) => [norm(b), b])).values()];
    return { value: { status: best.status, by }, conflict: null };
  }
  const latest = latestOf(items);
  const earliest = [...items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))[0]!;
  const l = latest.value as Claim, e = earliest.value as Claim;
  const note = latest.published && earliest.published && latest.published > earliest.published
    ? `later report (${latest.source ?? latest.evidence.article}, ${latest.published}) says ${l.status}${l.by.length ? ' by ' + l.by.join(', ') : ''}; earlier (${earliest.source ?? earliest.evidence.article}, ${earliest.published}) said ${e.status}`
    : 'reports disagree on responsibility';
  return {
    value: { status: 'conflicting', by: claimedBy },
    conflict: { field: 'responsibility', values: conflictValues(items, (v) => { const c = v as Claim; return `${c.status}|${c.by.map(norm).sort().join(',')}`; }), latest: latest.value, note },
  };
}
