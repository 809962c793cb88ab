/**
 * ACLED's actor types and interaction codes (ACLED Codebook, "Actor Names, Types and Inter Codes",
 * "Interaction codes"; acledR acled_codebook.csv): 1 State Forces, 2 Rebel Groups, 3 Political
 * Militias, 4 Identity Militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other Forces.
 *
 * An actor's code comes from its ACLED name by the codebook's general rules first: a state's forces or
 * government are 1 in their own country and 8 outside it ("Military Forces of Turkey" in Syria); crowds
 * are 5 or 6, civilians 7, unidentified armed groups 3 (political militias, ACLED's code for unknown
 * armed men), unidentified military forces 8, unidentified tribal or communal militias 4, private security forces 8; identity militias
 * named by their community ("X Tribal Militia") 4, rebels named by the category ("Opposition Rebels") 2.
 * A named group takes the code ACLED gives it in rows the evaluation does not score
 * (kb/acled/actor-types.jsonl); else the project's actor dictionaries decide: the CAMEO sector PETRARCH2
 * gives it or its KB record (rebels, insurgents, separatists, transnational armed groups 2; unidentified
 * armed forces 3), else its KB class (an armed group on its own account 2, one whose KB parent chain
 * reaches a state's military or government 3, a party 3, government or military 1/8 as a state,
 * international organisation 8); unidentified military forces (an unattributed air strike) are 8. A name none of these know is
 * no ACLED actor: the export leaves it out rather than write a phrase. The interaction is the two codes
 * in ascending order (10 × smaller + larger), or 10 × the code for an actor alone. Civilian targeting
 * follows the codebook: every Violence against civilians event, and explosions or riots whose other
 * side is civilians. Hand-written: these are the codebook's rules; the facts are the generated tables.
 */
import { foldName, type AcledTables } from './acled-tables.js';

export type InterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const STATE_HEAD = /^(?:(?:Military|Police) Forces of|Government of|Military and Security Authority of)\s+(.+)$/;
const PERIOD = /\s+\(\d{4}-(?:\d{4})?\)(?:\s.*)?$/;

/** ISO2 of the state a state-force name belongs to ("Military Forces of the United States (2021-)" → US), or null. */
export function stateOf(name: string, t: AcledTables): string | null {
  const m = STATE_HEAD.exec(name);
  if (!m) return null;
  // the country ends at the government's years; without them, the longest leading words that name a country
  const words = m[1]!.replace(PERIOD, '').split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const iso = t.countryByName.get(foldName(words.slice(0, n).join(' ')));
    if (iso) return iso;
  }
  return null;
}

/**
 * ACLED's own name of an actor written otherwise: "Opposition rebels" in Syria is "Opposition Rebels
 * (Syria)", "People's Protection Units" is "YPG: Peoples Protection Units" (names in ACLED's rows outside
 * the evaluation, compared folded, with the event's country added, and without ACLED's acronym prefix);
 * else the name the ACLED naming data gives its KB actor ("Islamic State (Iraq)"); else the name.
 */
export function acledActorName(name: string, country: string | null, t: AcledTables): string {
  if (interCode(name, country, t) !== null && t.actorTypes.has(name)) return name;
  const where = country ? t.countries.get(country)?.name : undefined;
  for (const k of [where ? `${name} ${where}` : null, name]) {
    const hit = k ? t.actorNames.get(foldName(k)) : undefined;
    if (hit) return hit;
  }
  return t.dictionaryName(name, where ?? null) ?? name;
}

/** The inter code of one actor named the ACLED way, in an event in `country` (ISO2); null: not an ACLED actor. */
export function interCode(name: string | null | undefined, country: string | null, t: AcledTables): InterCode | null {
  if (!name) return null;
  const state = stateOf(name, t);
  if (state) return country && state !== country ? 8 : 1;
  if (/^Protesters\b/.test(name)) return 6;
  if (/^Rioters\b/.test(name)) return 5;
  if (/^Civilians\b/.test(name)) return 7;
  if (/^Unidentified (?:Tribal|Communal|Clan|Ethnic) Militia\b/.test(name)) return 4;
  if (/^Unidentified Armed Group\b/.test(name)) return 3;
  if (/^Private Security Forces\b/.test(name)) return 8;
  // armed forces no one names (an unattributed air strike): the codebook's other forces
  if (/^Unidentified Military Forces\b/.test(name)) return 8;
  // a militia named after its patron ("Militia (Pro-Government)"): political militias (codebook)
  if (/^Militia \(Pro-[^)]+\)$/.test(name)) return 3;
  // identity militias are named by their community ("Al Lahaq Tribal Militia (Yemen)", "Fulani Ethnic Militia (Nigeria)")
  if (/\b(?:Tribal|Clan|Communal|Ethnic) Militia\b/.test(name)) return 4;
  // rebels named by the category alone ("Opposition Rebels (Syria)"): rebel groups
  if (/^(?:[A-Z][\w-]*\s+)?[Rr]ebels\b/.test(name)) return 2;
  const known = t.actorTypes.get(name) ?? t.actorBaseTypes.get(name.replace(/\s*\([^)]*\)$/, ''));
  if (known && known >= 1 && known <= 8) return known as InterCode;
  const kb = t.dictionaryActor(name) ?? t.kbActors.get(foldName(name)) ?? null;
  if (!kb) return null;
  const sectors = 'sectors' in kb ? kb.sectors : [];
  const cls = 'kbClass' in kb ? kb.kbClass : kb.class;
  // CAMEO sectors by the codebook's definitions: rebels, insurgents, separatists and transnational armed
  // groups fight a national regime (2); unidentified armed forces are militias (3); security forces are a state's
  if (sectors.some((x) => x === 'REB' || x === 'INS' || x === 'SEP' || x === 'IMG')) return 2;
  if (sectors.includes('UAF')) return 3;
  switch (cls) {
    // a named armed group fighting on its own account is a rebel group (the codebook: a political organisation
    // countering an established national regime, to replace it or to secede); one that is part of a state's
    // forces (a KB parent up its chain is a military or government: the PMF's brigades) is a political
    // militia acting for the state's elites, as is a party's armed wing
    case 'armed_group': return 'underState' in kb && kb.underState ? 3 : 2;
    case 'political': return 3;
    case 'state': case 'government': case 'military': return country && kb.country && kb.country !== country ? 8 : 1;
    case 'igo': return 8;
    default: return null;
  }
}

/** ACLED's interaction code of two inter codes (inter2 0 or null: the actor acted alone). */
export function interactionCode(inter1: number | null, inter2: number | null): number | null {
  if (!inter1) return inter2 ? inter2 * 10 : null;
  if (!inter2) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** ACLED's `civilian_targeting`: "Civilian targeting" when civilians are the event's target, else empty. */
export function civilianTargeting(eventType: string | null, inter1: number | null, inter2: number | null): string {
  if (eventType === 'Violence against civilians') return 'Civilian targeting';
  if ((eventType === 'Explosions/Remote violence' || eventType === 'Riots') && (inter2 === 7 || inter1 === 7)) return 'Civilian targeting';
  return '';
}
