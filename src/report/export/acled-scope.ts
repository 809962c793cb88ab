/**
 * Which events are ACLED rows (ACLED Codebook, "Definitions of ACLED Event and Sub-Event Types"): the
 * six event types with their sub-event types (acled_event_categories.csv), and strategic developments
 * where ACLED codes them. ACLED's agreements are those between conflict actors (ceasefires, peace deals,
 * prisoner exchanges), not diplomacy between governments, so an agreement needs a non-state armed side
 * or a ceasefire/release; every other strategic development needs a coded actor like any row. A row
 * also needs what ACLED never leaves empty: a date, a place coded down to admin-1, and actor1. Talks,
 * statements, requests, accusations and sanctions are outside ACLED's typology; they stay in the JSON and
 * GeoJSON exports. Returns null for a row, else the reason it is none.
 */

export const DISORDER: Record<string, string> = {
  Battles: 'Political violence', 'Explosions/Remote violence': 'Political violence', 'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations', Riots: 'Demonstrations', 'Strategic developments': 'Strategic developments',
};

/** ACLED's event types and their sub-event types (acledR acled_event_categories.csv). */
export const ACLED_TYPOLOGY: Readonly<Record<string, readonly string[]>> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
};

export interface ScopeInput {
  readonly type: string;
  readonly mode: string | null;
  readonly acled: { readonly event_type: string; readonly sub_event_type: string } | null;
  readonly hasDate: boolean;
  readonly hasPlace: boolean;
  readonly inter1: number | null;
  readonly inter2: number | null;
}

const CONFLICT_AGREEMENT = /ceasefire|truce|armistice|peace|release|exchange|surrender|disarm/;

export function acledScope(e: ScopeInput): string | null {
  const a = e.acled;
  if (!a || !ACLED_TYPOLOGY[a.event_type]?.includes(a.sub_event_type)) return 'outside ACLED typology';
  if (a.sub_event_type === 'Agreement' && !CONFLICT_AGREEMENT.test(e.mode ?? '') && ![e.inter1, e.inter2].some((i) => i === 2 || i === 3 || i === 4)) return 'agreement without a conflict actor';
  if (!e.hasDate) return 'no date';
  if (!e.hasPlace) return 'no place coded to admin-1';
  if (e.inter1 === null) return 'no ACLED actor';
  return null;
}
