/**
 * The context ACLED codes by, read off a canonical event: whether the target is civilians or their
 * property (ACLED's "Violence against civilians"), whether the violence came from rioters or a mob
 * ("Riots"), whether a protest was met by force ("Protest with intervention"), whether a detention was
 * made by a non-state armed group (an abduction, not an arrest). Word lists (here and in
 * dict/acled-context.json), not sentences of any record.
 */
import type { AcledContext } from './acled.js';
import { contextWords, isNonStateArmed, listRe } from './actor-class.js';
import type { Resources } from '../../resources/index.js';

const PROTESTING = /\b(?:protest(?:s|ed|ers?|ing)?|demonstrat(?:ion|ions|ors?|ed|ing)|rall(?:y|ies)|march(?:es|ed)?|sit-ins?)\b/i;
const FORCE_ON_PROTEST = /\b(?:dispersed|tear gas|rubber bullets|water cannons?|stun grenades?|(?:beat|beaten|arrested|detained) (?:the |several |dozens of )?(?:protesters|demonstrators)|opened fire on (?:the )?(?:protesters|demonstrators)|intervened|suppressed)\b/i;
const REMOTE = new Set(['drone', 'airstrike', 'missile', 'rocket', 'shelling', 'explosion', 'suicide', 'grenade', 'chemical']);
/** modes of unorganised violence: stones and beatings by a crowd are a mob's, not an armed group's */
const MOB_MODES = new Set(['stoning', 'beating', 'arson', 'crowd control', '']);

export interface ContextInput {
  readonly type: string;
  readonly mode: string | null;
  readonly outcome: string | null;
  readonly actors: readonly { role: string; name: string; entity: string | null }[];
  readonly reports: readonly { text: string }[];
}

export function acledContext(res: Resources, e: ContextInput): AcledContext {
  const w = contextWords(res);
  const targets = e.actors.filter((a) => a.role === 'target');
  const agents = e.actors.filter((a) => a.role === 'agent');
  const text = e.reports.map((r) => r.text).join(' ');
  const targetNamed = targets.map((a) => a.name).join(' ; ');
  const property = listRe(res, w.civilianProperty);
  const CIVILIAN = listRe(res, w.civilianTargets), ARMED = listRe(res, w.armedWords), RIOTERS = listRe(res, w.rioterAgents);
  const targetCivilian = targets.length
    ? (CIVILIAN.test(targetNamed) || property.test(targetNamed)) && !ARMED.test(targetNamed)
    : (CIVILIAN.test(text) || property.test(text)) && !ARMED.test(text.replace(/\b(?:unknown|unidentified) (?:gunmen|militants?|armed (?:men|group|individuals?))\b/gi, ''));
  const agentNames = agents.map((a) => a.name).join(' ');
  const mode = e.mode ?? '';
  const riotCue = listRe(res, w.riotCues).test(text);
  let riot: boolean;
  if (e.type === 'PROTEST') {
    // protesters are peaceful unless their own report says they were violent (stones, burning tires, clashes)
    riot = riotCue;
  } else {
    riot = !REMOTE.has(mode) && (RIOTERS.test(agentNames) && MOB_MODES.has(mode === 'armed clash' ? '' : mode) || (e.type === 'ASSAULT' && RIOTERS.test(text) && !agents.length) || /\brioters?\b/i.test(text));
  }
  // ACLED's codebook: a violent demonstration is demonstrators turning violent; rioters with no demonstration
  // around them ("rioters clashed with soldiers", "a mob attacked") are "Mob violence"
  const violentDemonstration = riot && PROTESTING.test(text);
  const nonStateDetention = e.type === 'COERCE' && agents.length > 0 && agents.every((a) => isNonStateArmed(res, a));
  return { outcome: e.outcome, targetCivilian, riot, mob: riot && !violentDemonstration, intervention: e.type === 'PROTEST' && FORCE_ON_PROTEST.test(text), nonStateDetention };
}
