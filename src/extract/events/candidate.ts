/**
 * One event as read from one sentence (a candidate), before candidates telling the same incident are
 * merged. Mutable while the article is analysed; turned into an ExtractedEvent at the end.
 */
import type { ActorRef, Count, EventScope, Modality, PloverType, ResponsibilityRef, Sourced } from '../../core/model/event.js';
import type { Range } from '../../core/span.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { PlaceCand } from './actors.js';
import type { DateReading } from './dates.js';

export interface Candidate {
  type: PloverType;
  mode: string | null;
  /** mode given by a weapon word (wins over the trigger's default mode) */
  weaponMode: string | null;
  trigger: Range & { text: string };
  /** sentence indices, first = where the trigger is */
  sentences: number[];
  date: DateReading | null;
  time: Sourced<string> | null;
  location: PlaceCand | null;
  actors: ActorRef[];
  weapon: Sourced<string> | null;
  quantity: Sourced<number> | null;
  killed: Sourced<Count> | null;
  injured: Sourced<Count> | null;
  /** people hit by the act ("seven people were shot"), dead and living: the injured are these less the killed (tolls.ts) */
  hurt?: Sourced<Count> | null;
  outcome: Sourced<string> | null;
  responsibility: ResponsibilityRef[];
  modality: Modality;
  /** definite singular noun ("the attack", "Tuesday's attack"): refers back to an incident already told */
  anaphoric: boolean;
  /** the sentence's date is joined to the noun by a conjunction or a verb ("responses to the attack and on 15 September, issued ..."): it dates another happening */
  dateApart?: boolean;
  /** only a casualty verb ("were killed"): belongs to another trigger when one is near */
  casualtyOnly: boolean;
  /** the assertion layer found the incident no event of the ledger (an accident, a self-inflicted harm): why */
  nonEvent?: Diagnostic;
  /** the incident happened but is outside the ledger's scope (an accident): kept as an event marked so */
  scope?: EventScope;
  /** sentences right after the incident's own that tell no incident of their own (its follow-up: who fired, how): read for an accident cue */
  followUp?: number[];
  /** the trigger sits inside a direct quote (a witness's words) */
  quoted?: boolean;
  /** "in response", "retaliated": the target is the agent of the event responded to */
  responds: boolean;
  /** told as what another incident of its sentence follows or answers ("... comes a month after X was killed"): an earlier incident */
  caused?: boolean;
  confidence: number;
  rule: string;
  variants: { field: string; value: unknown; at: Range }[];
}

export const strongDate = (c: Candidate): boolean => !!c.date && (c.date.basis === 'own' || c.date.basis === 'sentence' || c.date.basis === 'merged');

export const agentsOf = (c: Candidate): ActorRef[] => c.actors.filter((a) => a.role === 'agent');
export const targetsOf = (c: Candidate): ActorRef[] => c.actors.filter((a) => a.role === 'target');

/** Adds actors not already present (same role and name or entity). */
export function addActors(c: Candidate, more: readonly ActorRef[]): void {
  for (const a of more) {
    if (c.actors.some((x) => x.role === a.role && (x.name === a.name || (x.entity && x.entity === a.entity)))) continue;
    c.actors.push(a);
  }
}
