/**
 * Actor classes for ACLED coding: is an event's agent a non-state armed group? Read from the knowledge
 * base's actor records (kb/actors.jsonl, `class: armed_group`), less the groups ACLED codes as state
 * forces where they govern (dict/acled-context.json `statelikeArmedGroups`), plus descriptive agents
 * ("gunmen", "militants"). Loaded once per process; no library knows ACLED's actor conventions.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { kbDir } from '../../kb/index.js';
import { readKbFile } from '../../kb/records.js';
import { readJson } from '../lexicon/files.js';

export interface AcledContextWords {
  readonly civilianProperty: readonly string[];
  readonly riotCues: readonly string[];
  readonly statelikeArmedGroups: readonly string[];
  readonly nonStateAgentWords: readonly string[];
  readonly civilianTargets: readonly string[];
  readonly armedWords: readonly string[];
  readonly rioterAgents: readonly string[];
}

let words: AcledContextWords | null = null;
let armed: Set<string> | null = null;

export function contextWords(): AcledContextWords {
  return (words ??= readJson<AcledContextWords>('acled-context.json'));
}

/** Entity ids of non-state armed groups (KB class armed_group, not state-like). */
function armedGroups(): Set<string> {
  if (armed) return armed;
  armed = new Set();
  const p = join(kbDir(), 'actors.jsonl');
  if (!existsSync(p)) return armed;
  const statelike = new Set(contextWords().statelikeArmedGroups);
  for (const r of readKbFile(p)) if (r.class === 'armed_group' && !statelike.has(r.id)) armed.add(r.id);
  return armed;
}

const phraseRe = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const cache = new Map<readonly string[], RegExp>();
/** A case-insensitive whole-word regexp for a word list (compiled once per list). */
export function listRe(list: readonly string[]): RegExp {
  let re = cache.get(list);
  if (!re) { re = phraseRe(list); cache.set(list, re); }
  return re;
}

/** The agent is a non-state armed group: a KB armed group ACLED does not code as a state force, or "gunmen", "militants". */
export function isNonStateArmed(a: { name: string; entity: string | null }): boolean {
  if (a.entity && armedGroups().has(a.entity)) return true;
  return !a.entity && listRe(contextWords().nonStateAgentWords).test(a.name) && !/\b(?:forces?|police|army|soldiers?|troops?)\b/i.test(a.name);
}
