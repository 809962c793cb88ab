/** The event ontology and its mappings to ACLED and CAMEO (docs/ONTOLOGY.md). */
export { PLOVER_TYPES, MODES, isPloverType } from './types.js';
export { acledFor, type AcledType, type AcledContext } from './acled.js';
export { cameoFor } from './cameo.js';
export { familyOf } from './family.js';
export { modeClass, modeRelation, isGenericMode, type ModeRelation } from './modes.js';
export { acledContext, type ContextInput } from './context.js';
export { acledActorsFor, nameActor, stateForceName, periodLabel, acledCountry, type AcledActors, type NamingInput } from './acled-actors.js';

import { acledFor as acled, type AcledContext as Ctx } from './acled.js';
import { cameoFor as cameo } from './cameo.js';
/** Both mappings at once, in the shape the report carries (`acled` with nulls when ACLED does not code the type). */
export function ontologyFor(type: string, mode: string | null, ctx: Ctx = {}): { acled: { event_type: string | null; sub_event_type: string | null }; cameo: string | null } {
  const a = acled(type, mode, ctx);
  return { acled: { event_type: a?.event_type ?? null, sub_event_type: a?.sub_event_type ?? null }, cameo: cameo(type, mode) };
}
