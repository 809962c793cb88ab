/**
 * The Sitrep event ontology: PLOVER categories and the modes that refine them (docs/ONTOLOGY.md is the
 * reference). Modes are open strings; these are the ones the grammar produces.
 */
import type { PloverType } from '../../core/model/event.js';

export const PLOVER_TYPES: readonly PloverType[] = [
  'ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'THREATEN', 'ACCUSE', 'REJECT', 'REQUEST',
  'SANCTION', 'CONSULT', 'AGREE', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'OTHER',
];

export const MODES: Readonly<Partial<Record<PloverType, readonly string[]>>> = {
  ASSAULT: ['drone', 'missile', 'rocket', 'shelling', 'airstrike', 'explosion', 'suicide', 'grenade', 'firearms', 'armed clash', 'assassination', 'abduction', 'stabbing', 'beating', 'sexual violence', 'arson', 'chemical', 'stoning', 'intercept'],
  COERCE: ['arrest', 'raid', 'seize', 'property destruction', 'expel', 'curfew', 'ban'],
  MOBILIZE: ['deploy', 'reinforce', 'patrol', 'exercise', 'alert'],
  PROTEST: ['demonstrate', 'sit-in', 'strike', 'riot', 'hunger strike'],
  CONSULT: ['phone', 'visit', 'meeting', 'negotiate', 'mediate'],
  AGREE: ['announce talks', 'agreement', 'ceasefire', 'promise'],
  RETREAT: ['withdraw', 'suspend attacks', 'ceasefire', 'surrender', 'release'],
  ACCUSE: ['investigate'],
  SANCTION: ['diplomatic'],
  REJECT: ['veto'],
};

export const isPloverType = (s: string): s is PloverType => (PLOVER_TYPES as readonly string[]).includes(s);
