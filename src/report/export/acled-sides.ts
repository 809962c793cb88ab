/**
 * The sides an ACLED sub-event type has by definition (ACLED Codebook, sub-event definitions), filled
 * when the text names none, the way ACLED's coders fill them:
 * - violence (battles, explosions, violence against civilians, looting) with no known perpetrator:
 *   "Unidentified Armed Group (Country)", an air strike by aircraft "Unidentified Military Forces" (ACLED's
 *   unattributed air strikes; in ACLED's rows outside the evaluation every air strike is a state's), a
 *   drone strike an unidentified armed group (armed groups fly drones); an armed clash is between two armed sides, so a missing
 *   opponent is one too, as is the side whose weapon use was disrupted; a clash of unidentified tribal or clan
 *   militias with no other side is fought among them (both sides that militia); civilians are never the perpetrator (ACLED codes them as victims only);
 * - a demonstration's actor1 is its crowd (protesters, rioters), a force named first being the side
 *   that met it; a peaceful protest has no second side (what it protests against is no actor), unless other
 *   protesters face it; a protest with intervention or excessive force is met by the country's police;
 * - arrests are made by the country's police, of civilians when no group is named; mob violence and
 *   looting or property destruction hit civilians when no other target is named.
 * Returns the completed actor1/actor2 (associated actors of a dropped side are dropped with it).
 */
import { stateForceName } from '../../extract/ontology/acled-actors.js';
import type { Resources } from '../../resources/index.js';

export interface Sides { actor1: string | null; actor2: string | null; assoc2: string[] }

export function fillSides(res: Resources, s: Sides, sub: string, eventType: string, country: string | null, iso2: string | null, date: string | null, drone = false): Sides {
  let { actor1, actor2, assoc2 } = s;
  if (!country) return s;
  const unknown = `Unidentified Armed Group (${country})`;
  const police = (): string | null => (iso2 ? stateForceName(res, 'Police', iso2, date) : null);
  // a demonstration's actor1 is its crowd; a force named first is the side that met it
  const crowd = eventType === 'Protests' ? 'Protesters' : eventType === 'Riots' ? 'Rioters' : null;
  if (crowd && actor1 && !actor1.startsWith(crowd) && !/^(?:Protesters|Rioters)\b/.test(actor1)) { if (!actor2) { actor2 = actor1; assoc2 = []; } actor1 = null; }
  // civilians are the victims of violence in ACLED, never its actor1
  if (actor1 && /^Civilians\b/.test(actor1) && !actor2 && eventType !== 'Protests' && eventType !== 'Riots') { actor2 = actor1; actor1 = null; }
  // a clash whose only side named is an unidentified tribal or clan militia is fought among such militias
  // ("unknown tribal militants clashed"): ACLED codes both sides so (interaction 44)
  const communal = /^Unidentified (?:Tribal|Clan|Communal) Militia\b/;
  const amongThemselves = sub === 'Armed clash' && ((!actor1 && !!actor2 && communal.test(actor2)) || (!actor2 && !!actor1 && communal.test(actor1)));
  if (amongThemselves) { actor1 ??= actor2; actor2 ??= actor1; }
  if (!actor1) {
    // only armed forces fly aircraft: ACLED writes an air strike whose force is unknown as "Unidentified
    // Military Forces" (external/other forces, 8); armed groups fly drones too, so a drone's stays unidentified
    if (sub === 'Air/drone strike' && !drone) actor1 = 'Unidentified Military Forces';
    else if (['Battles', 'Explosions/Remote violence', 'Violence against civilians'].includes(eventType)) actor1 = unknown;
    else if (eventType === 'Protests') actor1 = `Protesters (${country})`;
    else if (eventType === 'Riots') actor1 = `Rioters (${country})`;
    else if (sub === 'Arrests') actor1 = police();
    else if (sub === 'Looting/property destruction') actor1 = unknown;
    else if (actor2) { actor1 = actor2; actor2 = null; assoc2 = []; }
  }
  if (sub === 'Peaceful protest' && actor2 && !/^Protesters\b/.test(actor2)) { actor2 = null; assoc2 = []; }
  if (!actor2) {
    if (sub === 'Armed clash' || sub === 'Disrupted weapons use') actor2 = actor1 === unknown ? null : unknown;
    else if (sub === 'Protest with intervention' || sub === 'Excessive force against protesters') actor2 = police();
    else if (sub === 'Arrests' || sub === 'Mob violence' || sub === 'Looting/property destruction') actor2 = `Civilians (${country})`;
  }
  return { actor1, actor2: actor2 !== actor1 || amongThemselves ? actor2 : null, assoc2 };
}
