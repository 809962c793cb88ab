/**
 * One event per incident per article: candidates that tell the same incident are merged — several
 * triggers of one sentence ("A drone attack struck ..."), later sentences that refer back ("the attack",
 * "Tuesday's attack") or add compatible detail (same place, same date), and follow-up sentences that only
 * give casualties or responsibility ("No casualties were reported", "An Iraqi militia has claimed
 * responsibility for the attack"). Look-alikes stay apart: different stated dates, distant places,
 * different weapons or different named attackers block a merge. Disagreeing values inside the article are
 * kept as variants (e.g. two drones vs one).
 */
import { km } from '../../core/distance.js';
import type { ActorRef, Count, Sourced } from '../../core/model/event.js';
import { familyOf } from '../ontology/family.js';
import { modeRelation } from '../ontology/modes.js';
import { addActors, agentsOf, strongDate, targetsOf, type Candidate } from './candidate.js';
import type { Casualties } from './casualties.js';
import { datesOverlap } from './dates.js';
import { confidenceOf } from './read.js';
import type { ResponsibilityReading } from './responsibility.js';
import { STREET_WORDS } from '../../lexicon/streets.js';

const BASIS_RANK: Record<string, number> = { own: 0, sentence: 1, merged: 1, report: 2, reference: 3 };

const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

function samePlace(a: Candidate, b: Candidate): boolean | null {
  const p = a.location, q = b.location;
  if (!p || !q) return null;
  if (p.entity && q.entity && p.entity === q.entity) return true;
  if (p.geo && q.geo) {
    const coarse = (g: typeof p.geo) => g!.precision === 'country' || g!.precision === 'region' || g!.precision === 'admin1';
    if (coarse(p.geo) || coarse(q.geo)) return p.geo.country === q.geo.country ? true : false;
    return km(p.geo, q.geo) <= 30;
  }
  const x = norm(p.name), y = norm(q.name);
  if (x.includes(y) || y.includes(x) || x.split(' ')[0] === y.split(' ')[0]) return true;
  // a street or a block ("Flamingo Road and Durango Drive") and a place of another kind (a town, a shop) can
  // both be the scene of one incident: no evidence either way; two different streets are two scenes
  if (isStreet(x) !== isStreet(y) && (!p.geo || !q.geo)) return null;
  return false;
}

/** A street name or address: the finest level of a place, inside any town or site the article names. */
const STREET_OR_ROAD = new RegExp(`\\b(?:${[...STREET_WORDS, 'way', 'hwy', 'court', 'ct', 'place', 'pl', 'pkwy', 'block', 'route', 'interstate'].join('|')})\\b`);
const isStreet = (name: string): boolean => STREET_OR_ROAD.test(name);

/**
 * An indefinite agent ("a number of men", "some gunmen", "two assailants") introduces someone not yet identified:
 * it may be the named agent told elsewhere, so it can neither confirm nor exclude one.
 */
const INDEFINITE = /^(a|an|some|several|many|few|unknown|unidentified|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d+)\b/i;
const definite = (x: { name: string; entity?: string | null }): boolean => !!x.entity || !INDEFINITE.test(x.name.trim());

function sameAgents(a: Candidate, b: Candidate): boolean | null {
  const x = agentsOf(a).filter(definite), y = agentsOf(b).filter(definite);
  if (!x.length || !y.length) return null;
  return x.some((p) => y.some((q) => (p.entity && p.entity === q.entity) || norm(p.name) === norm(q.name)));
}

/** Whether two candidates name a target in common (null: one of them names none). */
function sameTargets(a: Candidate, b: Candidate): boolean | null {
  const x = targetsOf(a), y = targetsOf(b);
  if (!x.length || !y.length) return null;
  return x.some((p) => y.some((q) => (p.entity && p.entity === q.entity) || norm(p.name) === norm(q.name) || norm(p.name).split(' ').pop() === norm(q.name).split(' ').pop()));
}

export function compatible(a: Candidate, b: Candidate): boolean {
  if (familyOf(a.type, a.mode) !== familyOf(b.type, b.mode)) return false;
  if (a.modality !== b.modality) return false;
  if (strongDate(a) && strongDate(b) && !datesOverlap(a.date!.value, b.date!.value, 0)) return false;
  if (samePlace(a, b) === false) return false;
  // two ways of attacking block a merge unless they can tell one strike (drone strike ~ missile strike)
  if (a.weaponMode && b.weaponMode && a.weaponMode !== b.weaponMode && modeRelation(a.weaponMode, b.weaponMode) !== 'compatible') return false;
  if (familyOf(a.type, a.mode) === 'violence' && sameAgents(a, b) === false) return false;
  return true;
}

function variant(into: Candidate, field: string, a: { value: unknown } | null, b: { value: unknown; at: { start: number; end: number } } | null): void {
  if (!a || !b) return;
  if (JSON.stringify(a.value) !== JSON.stringify(b.value)) into.variants.push({ field, value: b.value, at: b.at });
}

export function mergeInto(a: Candidate, b: Candidate): void {
  for (const s of b.sentences) if (!a.sentences.includes(s)) a.sentences.push(s);
  // told outside a quote by either report: the outlet's own word
  a.quoted = !!a.quoted && !!b.quoted;
  a.nonEvent ??= b.nonEvent;
  a.scope ??= b.scope;
  if (a.type === 'OTHER' && b.type !== 'OTHER') a.type = b.type;
  // a verb telling the noun's incident makes it a report, not a bare mention ("Bombings across Iraq kill at least 12")
  if (a.rule === 'events/nominal' && b.rule !== 'events/nominal') a.rule = b.rule;
  // an attack that also destroyed property is an attack ("destroyed a mosque and executed its muezzin")
  if (a.type === 'COERCE' && a.mode === 'property destruction' && b.type === 'ASSAULT' && !b.outcome) { a.type = 'ASSAULT'; a.mode = b.mode; a.weaponMode = b.weaponMode; }
  if (!a.weaponMode && b.weaponMode) { a.weaponMode = b.weaponMode; a.mode = b.weaponMode; }
  if (!a.mode) a.mode = b.mode;
  // a reference's sentence date is another happening's (dateWithNoun): the telling's own date wins
  if (b.date && (!a.date || BASIS_RANK[b.date.basis]! < BASIS_RANK[a.date.basis]! || a.anaphoric && !b.anaphoric && !dateWithNoun(a))) a.date = b.date;
  if (b.location && (!a.location || b.location.score > a.location.score + 0.5)) a.location = b.location;
  if (!a.time) a.time = b.time;
  addActors(a, b.actors);
  variant(a, 'quantity', a.quantity, b.quantity);
  variant(a, 'killed', a.killed, b.killed);
  variant(a, 'injured', a.injured, b.injured);
  a.weapon ??= b.weapon;
  a.quantity ??= b.quantity;
  a.killed ??= b.killed;
  a.injured ??= b.injured;
  a.hurt = closer(a.hurt, b.hurt);
  a.outcome ??= b.outcome;
  a.responsibility.push(...b.responsibility);
  a.variants.push(...b.variants);
  a.anaphoric &&= b.anaphoric;
  a.casualtyOnly &&= b.casualtyOnly;
  a.responds ||= b.responds;
  a.confidence = confidenceOf(a);
}

/**
 * A reference back to an incident already told ("during the attack", "the Rolando attack") takes no date from
 * its sentence unless the date is written with the noun ("Tuesday's attack", "the attack on 13 September"): "A
 * thirteenth victim died in 1977 of injuries suffered during the attack" dates the death, not the attack.
 * Returns b without such a date when it would join an earlier incident without it, else b as it is.
 */
export function dateWithNoun(b: Candidate): boolean {
  if (!b.anaphoric || !b.date || b.date.basis !== 'own') return true;
  if (b.dateApart) return false;
  const t = b.trigger, d = b.date.at;
  // the date within a few words of the noun: written with it
  return d.end <= t.start ? t.start - d.end <= 12 : d.start - t.end <= 12;
}

/** Should the later candidate b join the earlier cluster a? */
/**
 * `movedOn(a, b)`: whether the text states a day other than a's between a's last sentence and b's first
 * (when the caller knows the document's time expressions).
 */
export function shouldMerge(a: Candidate, b: Candidate, movedOn?: (a: Candidate, b: Candidate) => boolean): boolean {
  // an incident so far only referred to ("the assassination attempt", told before the article tells it) is the
  // incident the article goes on to tell: the first compatible telling joins it, without the date the reference's
  // sentence gives another happening ("said Tuesday that ... the assassination attempt")
  if (a.anaphoric && !b.anaphoric) return compatible(dateWithNoun(a) ? a : { ...a, date: null }, b) && sameTargets(a, b) !== false;
  // a reference back whose sentence's date is another happening's (dateWithNoun) joins on its kind alone —
  // unless it names a target the incident does not have ("the killing of X" after an attack on a base)
  if (b.anaphoric && !dateWithNoun(b)) return compatible(a, { ...b, date: null }) && sameTargets(a, b) !== false;
  if (!compatible(a, b)) return false;
  const gap = b.sentences[0]! - a.sentences[a.sentences.length - 1]!;
  if (b.anaphoric) return true;
  if (b.casualtyOnly && !b.caused && gap <= 3) return true;
  const place = samePlace(a, b);
  const bothDated = strongDate(a) && strongDate(b);
  if (bothDated && place !== false && (a.date!.value.precision === 'day' || b.date!.value.precision === 'day' || place === true)) return true;
  if (place === true && !bothDated && gap <= 4) return true;
  if (!b.location && !strongDate(b) && !b.caused && gap <= 2) return true;
  // an act of violence told with no place or date of its own, a few sentences on, is the incident the
  // article is telling ("Two people were wounded when police pulled up"): the nearest compatible one
  // — unless the narrative has moved on to another day since ("Then on Wednesday came the part that worries
  // me more. Men from the victims' families went into the nearby village and there was shooting")
  if (familyOf(a.type, a.mode) === 'violence' && !b.location && !strongDate(b) && !b.caused && gap <= 5 && !movedOn?.(a, b)) return true;
  // a later sentence gives the stated date of an incident told just before without one
  if (strongDate(b) && !strongDate(a) && place !== false && gap <= 2) return true;
  if (familyOf(a.type, a.mode) !== 'violence' && sameAgents(a, b) !== false && gap <= 5 && (place !== false)) return true;
  return false;
}

/**
 * Of two tellings of the people hit, the first exact one: "Several people have been shot ... in total eight
 * people were shot" — a later exact figure states what the vague one left open.
 */
function closer(a: Sourced<Count> | null | undefined, b: Sourced<Count> | null | undefined): Sourced<Count> | null {
  if (!a) return b ?? null;
  if (b && a.value.max === null && b.value.max !== null && b.value.min >= a.value.min) return b;
  return a;
}

/** Puts casualty figures of a sentence on an event, keeping disagreements as variants. */
export function addCasualties(c: Candidate, cas: Casualties): void {
  if (cas.killed) { variant(c, 'killed', c.killed, cas.killed); c.killed ??= cas.killed; }
  if (cas.injured) { variant(c, 'injured', c.injured, cas.injured); c.injured ??= cas.injured; }
  if (cas.hurt) c.hurt = closer(c.hurt, cas.hurt);
  // a perpetrator among the dead is kept apart from the toll, as a value of its own with its span
  if (cas.perpetrators && !c.variants.some((x) => x.field === 'perpetratorsKilled')) c.variants.push({ field: 'perpetratorsKilled', value: cas.perpetrators.value, at: cas.perpetrators.at });
}

/** Puts responsibility statements on an event; claimants and attributed actors become agents when none is known. */
export function addResponsibility(c: Candidate, rs: readonly ResponsibilityReading[]): void {
  for (const r of rs) {
    c.responsibility.push({ status: r.status, by: r.by, at: r.at });
    if ((r.status === 'claimed' || r.status === 'attributed') && !agentsOf(c).length) addActors(c, r.actors.map((x): ActorRef => ({ ...x, role: 'agent' })));
  }
}

/** The target of a response is the attacker of the incident responded to. */
export function resolveResponse(c: Candidate, earlier: readonly Candidate[]): void {
  if (!c.responds || targetsOf(c).some((t) => t.entity || /^[A-Z]/.test(t.name))) return;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e === c || familyOf(e.type, e.mode) !== 'violence') continue;
    const ag = agentsOf(e);
    if (ag.length) { addActors(c, ag.map((a) => ({ ...a, role: 'target' as const }))); return; }
  }
}
