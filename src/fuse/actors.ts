/**
 * Consolidation of actors: the union of every report's agents and targets, one entry per entity (or
 * per normalised name when unlinked), named as most reports name it. Two outlets naming different
 * recognised agents for the same incident (and no outlet naming both) is a conflict of attribution.
 */
import type { Conflict, FusedEvent } from '../core/model/event.js';
import type { FieldEvidence } from './evidence.js';
import { conflictValues } from './vote.js';

interface ActorValue { role: 'agent' | 'target' | 'other'; name: string; entity: string | null; type?: string | null; country?: string; countryBy?: string }

export const actorKey = (a: { name: string; entity: string | null }): string =>
  a.entity ?? 'n:' + a.name.toLowerCase().replace(/^(an?|the)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

const GROUPS = new Set(['organization', 'person']);

export function consolidateActors(items: readonly FieldEvidence[], conflicts: Conflict[]): FusedEvent['actors'] {
  const byKey = new Map<string, { role: ActorValue['role']; entity: string | null; names: Map<string, number>; country?: { iso2: string; by: string | undefined; n: number }[] }>();
  for (const it of items) {
    const a = it.value as ActorValue;
    const k = `${a.role}|${actorKey(a)}`;
    let g = byKey.get(k);
    if (!g) byKey.set(k, (g = { role: a.role, entity: a.entity, names: new Map() }));
    g.names.set(a.name, (g.names.get(a.name) ?? 0) + 1);
    if (a.country) {
      const cs = (g.country ??= []);
      const c = cs.find((x) => x.iso2 === a.country);
      if (c) c.n++; else cs.push({ iso2: a.country, by: a.countryBy, n: 1 });
    }
  }
  // competing attributions: recognised agent groups that no single article names together
  const agents = items.filter((i) => (i.value as ActorValue).role === 'agent' && (i.value as ActorValue).entity && GROUPS.has(String((i.value as ActorValue).type)));
  const keysByArticle = new Map<string, Set<string>>();
  for (const it of agents) {
    const s = keysByArticle.get(it.evidence.article) ?? new Set<string>();
    s.add((it.value as ActorValue).entity!);
    keysByArticle.set(it.evidence.article, s);
  }
  const distinct = new Set(agents.map((i) => (i.value as ActorValue).entity!));
  if (keysByArticle.size > 1 && distinct.size > 1) {
    const sets = [...keysByArticle.values()];
    const disjoint = sets.some((a, i) => sets.some((b, j) => j > i && ![...a].some((k) => b.has(k))));
    if (disjoint) conflicts.push({ field: 'agent', values: conflictValues(agents, (v) => actorKey(v as ActorValue)), note: 'outlets name different perpetrators' });
  }
  // the country the reports' words give an unlinked actor: the one most of them give (first written on a tie)
  return [...byKey.values()].map((g) => {
    const c = g.country?.reduce((a, b) => (b.n > a.n ? b : a));
    return {
      role: g.role,
      name: [...g.names.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0],
      entity: g.entity,
      ...(c ? { country: c.iso2, ...(c.by ? { countryBy: c.by } : {}) } : {}),
    };
  });
}
