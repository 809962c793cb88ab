/**
 * Event families for blocking and scoring. A family groups the PLOVER types that can describe one
 * incident (the block key of the event index). Mode classes ("drone strike" ~ "airstrike" ~ "missile")
 * are the ontology's (src/extract/ontology/modes.ts), shared with the in-article merge.
 * Families come from the ontology (src/extract/ontology familyOf); fusion only adds that an OTHER event
 * whose mode names a way of attacking ("blast", "air strike") is blocked with the attacks.
 */
import families from './data/families.json' with { type: 'json' };
import { familyOf as ontologyFamily, modeClass } from '../extract/ontology/index.js';

export { modeClass, modeRelation, isGenericMode, type ModeRelation } from '../extract/ontology/index.js';

const OTHER_BY_MODE = families.otherByMode as Record<string, boolean>;

/** The blocking family of an event type (the ontology's), refined by mode class for OTHER ("blast" → attacks). */
export function familyOf(type: string, mode?: string | null): string {
  const fam = ontologyFamily(type, mode ?? null);
  if (fam !== 'other') return fam;
  const cls = modeClass(mode);
  return cls && OTHER_BY_MODE[cls] ? ontologyFamily('ASSAULT', null) : 'other';
}
