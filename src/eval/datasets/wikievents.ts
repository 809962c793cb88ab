/**
 * WikiEvents (Li, Ji & Han 2021) as gold: each document is an article (its sentences joined again with
 * the gaps of the original offsets; a sentence without closing punctuation, such as a headline, ends
 * its line). The attack family of KAIROS events (Conflict.Attack.*, Life.Die, Life.Injure,
 * ArtifactExistence.DamageDestroy*) is compared with the engine's ASSAULT events: event found by
 * sentence, and argument precision/recall/F1 for attacker, target (target/victim/artifact), place and
 * instrument, matched by head word with the gold coreference clusters (docs/EVAL.md, "WikiEvents").
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RawRecord } from '../../core/model/article.js';
import { goldInput } from '../gold.js';
import { fold } from '../names.js';

export type ArgRole = 'attacker' | 'target' | 'place' | 'instrument';
export const ARG_ROLES: readonly ArgRole[] = ['attacker', 'target', 'place', 'instrument'];

/** KAIROS role → the role Sitrep produces. */
const ROLE: Record<string, ArgRole> = {
  Attacker: 'attacker', Killer: 'attacker', Injurer: 'attacker', Damager: 'attacker', Destroyer: 'attacker', DamagerDestroyer: 'attacker',
  Target: 'target', Victim: 'target', Artifact: 'target',
  Place: 'place',
  Instrument: 'instrument', ExplosiveDevice: 'instrument',
};
const ATTACK_FAMILY = /^(Conflict\.Attack\.|Life\.Die\.|Life\.Injure\.|ArtifactExistence\.DamageDestroyDisableDismantle\.)/;

export interface WikiArg { readonly role: ArgRole; readonly kairosRole: string; readonly text: string; /** the heads of every mention coreferent with it */ readonly heads: readonly string[]; readonly cluster: string }
export interface WikiEvent { readonly id: string; readonly type: string; readonly trigger: string; readonly sentence: string; readonly args: WikiArg[] }
export interface WikiDoc { readonly id: string; readonly text: string; readonly events: WikiEvent[] }

/** Head word of a phrase: its last word, singular. */
export function headWord(phrase: string): string {
  const w = fold(phrase).split(' ').filter(Boolean).pop() ?? '';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

interface RawDoc {
  doc_id: string;
  sentences: [[string, number, number][], string][];
  entity_mentions: { id: string; text: string }[];
  event_mentions: { id: string; event_type: string; trigger: { text: string; sent_idx: number }; arguments: { entity_id: string; role: string; text: string }[] }[];
}

/** The document text rebuilt from its sentences at their own offsets. */
function rebuild(d: RawDoc): string {
  let text = '';
  for (const [toks, sent] of d.sentences) {
    const start = toks[0]?.[1] ?? text.length;
    if (text.length > 0) {
      const gap = Math.max(1, start - text.length);
      text += (/[.!?"'”’)]$/.test(text) ? ' ' : '\n') + ' '.repeat(gap - 1);
    }
    text += sent;
  }
  return text;
}

export function loadWikiEvents(path: string, limit?: number): { docs: WikiDoc[]; inputs: RawRecord[] } {
  const corefPath = join(dirname(path), 'coref', path.split('/').pop()!.replace(/\.jsonl$/, '.jsonlines'));
  const clusterOf = new Map<string, string>();
  if (existsSync(corefPath)) {
    for (const line of readFileSync(corefPath, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { clusters: string[][] };
      c.clusters.forEach((ids) => { const key = ids[0]!; for (const id of ids) clusterOf.set(id, key); });
    }
  }
  const docs: WikiDoc[] = [];
  const inputs: RawRecord[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (limit !== undefined && docs.length >= limit) break;
    const d = JSON.parse(line) as RawDoc;
    const mentionText = new Map(d.entity_mentions.map((m) => [m.id, m.text]));
    const heads = new Map<string, Set<string>>();
    for (const m of d.entity_mentions) {
      const k = clusterOf.get(m.id) ?? m.id;
      const set = heads.get(k) ?? new Set<string>();
      set.add(headWord(m.text));
      heads.set(k, set);
    }
    const events: WikiEvent[] = [];
    for (const e of d.event_mentions) {
      if (!ATTACK_FAMILY.test(e.event_type)) continue;
      const args: WikiArg[] = [];
      for (const a of e.arguments) {
        const role = ROLE[a.role];
        if (!role) continue;
        const cluster = clusterOf.get(a.entity_id) ?? a.entity_id;
        args.push({ role, kairosRole: a.role, text: a.text || mentionText.get(a.entity_id) || '', heads: [...(heads.get(cluster) ?? new Set([headWord(a.text)]))], cluster });
      }
      events.push({ id: e.id, type: e.event_type, trigger: e.trigger.text, sentence: d.sentences[e.trigger.sent_idx]?.[1] ?? '', args });
    }
    const text = rebuild(d);
    docs.push({ id: d.doc_id, text, events });
    inputs.push(goldInput(path, d.doc_id, text, { published: null, source: null }));
  }
  return { docs, inputs };
}
