/**
 * The `notes` of an ACLED row: one sentence written from the row's own fields, in the shape of ACLED's
 * notes ("On 23 May 2022, Military Forces of Turkey (2016-) shelled ... in Tal Madeeq (Aleppo, Syria).
 * Casualties unknown." becomes one sentence with the toll after a semicolon). The verb phrase is the
 * sub-event type's (ACLED Codebook sub-event definitions), the actors are the row's ACLED names, and the
 * toll says whether a figure was reported, so a reader can tell "no fatalities reported" from "unknown".
 * Hand-written: a template over coded fields, nothing copied from the article.
 */

export interface NotesInput {
  readonly date: string;
  readonly timePrecision: number;
  readonly subEventType: string;
  readonly actor1: string;
  readonly actor2: string | null;
  readonly location: string;
  readonly admin1: string;
  readonly country: string;
  readonly weapon?: string | null;
  /** the lowest reported figure, or null when no source gives one */
  readonly fatalities: number | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "8 March 2022", as ACLED writes dates in notes. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** [phrase with the other side, phrase alone] for each sub-event type. */
const VERB: Record<string, [string, string]> = {
  'Armed clash': ['clashed with {2}', 'were involved in an armed clash'],
  'Government regains territory': ['regained territory from {2}', 'regained territory'],
  'Non-state actor overtakes territory': ['took over territory from {2}', 'took over territory'],
  'Chemical weapon': ['used a chemical weapon against {2}', 'used a chemical weapon'],
  'Air/drone strike': ['carried out an air or drone strike on {2}', 'carried out an air or drone strike'],
  'Suicide bomb': ['carried out a suicide bombing against {2}', 'carried out a suicide bombing'],
  'Shelling/artillery/missile attack': ['shelled or fired missiles at {2}', 'carried out shelling, artillery or missile fire'],
  'Remote explosive/landmine/IED': ['targeted {2} with a remote explosive, landmine or IED', 'detonated a remote explosive, landmine or IED'],
  Grenade: ['threw a grenade at {2}', 'threw a grenade'],
  'Sexual violence': ['committed sexual violence against {2}', 'committed sexual violence'],
  Attack: ['attacked {2}', 'carried out an attack'],
  'Abduction/forced disappearance': ['abducted {2}', 'carried out an abduction'],
  'Peaceful protest': ['demonstrated peacefully, met by {2}', 'demonstrated peacefully'],
  'Protest with intervention': ['demonstrated and {2} intervened', 'demonstrated and were met with intervention'],
  'Excessive force against protesters': ['demonstrated and {2} used excessive force against them', 'demonstrated and were met with excessive force'],
  'Violent demonstration': ['rioted against {2}', 'rioted'],
  'Mob violence': ['attacked {2} as a mob', 'engaged in mob violence'],
  Agreement: ['reached an agreement with {2}', 'reached an agreement'],
  Arrests: ['arrested {2}', 'made arrests'],
  'Change to group/activity': ['changed their activity toward {2}', 'changed their group or activity'],
  'Disrupted weapons use': ['disrupted a weapon attack involving {2}', 'disrupted a weapon attack'],
  'Headquarters or base established': ['established a base against {2}', 'established a headquarters or base'],
  'Looting/property destruction': ['looted or destroyed property of {2}', 'looted or destroyed property'],
  'Non-violent transfer of territory': ['took over territory from {2} without fighting', 'took over territory without fighting'],
  Other: ['took part in a strategic development involving {2}', 'took part in a strategic development'],
};

export function acledNotes(n: NotesInput): string {
  const [withOther, alone] = VERB[n.subEventType] ?? VERB.Other!;
  const verb = n.actor2 ? withOther.replace('{2}', n.actor2) : alone;
  const when = `${n.timePrecision > 1 ? 'Around' : 'On'} ${longDate(n.date)}`;
  const where = `${n.location} (${[n.admin1, n.country].filter(Boolean).filter((x, i, a) => a.indexOf(x) === i && x !== n.location).join(', ')})`.replace(' ()', '');
  const weapon = n.weapon && !/strike|shell|missile|explos|bomb|grenade|chemical/i.test(n.subEventType) ? ` using ${n.weapon}` : '';
  const toll = n.fatalities === null ? 'fatalities unknown' : n.fatalities === 0 ? 'no fatalities reported' : `${n.fatalities} ${n.fatalities === 1 ? 'fatality' : 'fatalities'} reported`;
  return `${when}, ${n.actor1} ${verb}${weapon} in ${where}; ${toll}.`;
}
