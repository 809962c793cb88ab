/**
 * The people nouns of dict/actor-nouns.json (nouns by the identity group they name, and the nouns of
 * private people), read once per Resources. One loader for both readers: the entity stage (one-word
 * person nouns) and ACLED actor naming in src/extract/ontology; it sits here, below both, because the
 * entity layer may not import extract/.
 */
import { readJson } from '../lexicon/files.js';
import { resourceKey, type Resources } from './index.js';

export interface PeopleNouns {
  /** identity group label → the nouns that name its members ("Teachers" → teacher, teachers) */
  readonly groups: Record<string, string[]>;
  /** nouns of private people ("civilian", "man", "child") */
  readonly civilians: string[];
}

const PEOPLE_NOUNS = resourceKey<PeopleNouns>('resources/people-nouns');

export const peopleNouns = (res: Resources): PeopleNouns => res.memo(PEOPLE_NOUNS, () => readJson<PeopleNouns>('actor-nouns.json'));
