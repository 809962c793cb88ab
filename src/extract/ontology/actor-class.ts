/**
 * Actor classes for ACLED coding: is an event's agent a non-state armed group? Read from the knowledge
 * base's actor records (kb/actors.jsonl, `class: armed_group`), less the groups ACLED codes as state
 * forces where they govern (dict/acled-context.json `statelikeArmedGroups`), plus descriptive agents
 * ("gunmen", "militants"). Loaded once per Resources; no library knows ACLED's actor conventions.
 */
import { readJson } from '../../lexicon/files.js';
import { resourceKey, type Resources } from '../../resources/index.js';

export interface AcledContextWords {
  readonly civilianProperty: readonly string[];
  readonly riotCues: readonly string[];
  readonly statelikeArmedGroups: readonly string[];
  readonly nonStateAgentWords: readonly string[];
  readonly civilianTargets: readonly string[];
  readonly armedWords: readonly string[];
  readonly rioterAgents: readonly string[];
}

const WORDS = resourceKey<AcledContextWords>('ontology/acled-context-words');
const ARMED = resourceKey<Set<string>>('ontology/armed-groups');
const LIST_RES = resourceKey<Map<readonly string[], RegExp>>('ontology/list-regexps');

export function contextWords(res: Resources): AcledContextWords {
  return res.memo(WORDS, () => readJson<AcledContextWords>('acled-context.json'));
}

/** Entity ids of non-state armed groups (KB actors of class armed_group, not state-like). */
const armedGroups = (res: Resources): Set<string> => res.memo(ARMED, (r) => {
  const statelike = new Set(contextWords(r).statelikeArmedGroups);
  const armed = new Set<string>();
  for (const x of r.kb.records()) if (x.kind === 'actor' && x.class === 'armed_group' && !statelike.has(x.id)) armed.add(x.id);
  return armed;
});

const phraseRe = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** A case-insensitive whole-word regexp for a word list (compiled once per list and Resources). */
export function listRe(res: Resources, list: readonly string[]): RegExp {
  const cache = res.memo(LIST_RES, () => new Map<readonly string[], RegExp>());
  let re = cache.get(list);
  if (!re) { re = phraseRe(list); cache.set(list, re); }
  return re;
}

/** The agent is a non-state armed group: a KB armed group ACLED does not code as a state force, or "gunmen", "militants". */
export function isNonStateArmed(res: Resources, a: { name: string; entity: string | null }): boolean {
  if (a.entity && armedGroups(res).has(a.entity)) return true;
  return !a.entity && listRe(res, contextWords(res).nonStateAgentWords).test(a.name) && !/\b(?:forces?|police|army|soldiers?|troops?)\b/i.test(a.name);
}
