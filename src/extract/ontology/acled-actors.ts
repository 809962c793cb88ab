/**
 * ACLED actor naming: an event's agents and targets written the way ACLED codes actor1, assoc_actor_1,
 * actor2 and assoc_actor_2 (ACLED Codebook conventions, data in dict/acled-actors.json and the people
 * nouns of dict/actor-nouns.json). State forces become "Military Forces of Turkey (2016-)" or "Police
 * Forces of Iraq (2020-2022)" with the years of the government in power on the event's date; unnamed
 * crowds "Protesters (Iran)" / "Rioters (Palestine)"; private people "Civilians (Syria)" with their
 * identity group ("Farmers (Syria)") as associated actor; KB actors with an ACLED name keep it
 * ("QSD: Syrian Democratic Forces"). The country in parentheses is the actors' own nationality when
 * their name says it ("Palestinian rioters"), else the event's country. Hand-written because no library
 * knows ACLED's naming; the facts (periods, names) are data.
 */
import type { KbRecord } from '../../kb/records.js';
import { readJson } from '../../lexicon/files.js';
import { resourceKey, type Resources } from '../../resources/index.js';
import { peopleNouns } from '../../resources/people-nouns.js';
import { foldLatin } from '../../core/fold.js';

interface Period { readonly from: string; readonly to?: string; readonly label: string }
interface ActorSpec { readonly name?: string; readonly force?: 'Military' | 'Police' | 'Government'; readonly unit?: string; readonly state?: string; readonly period?: string }
interface NamingData {
  readonly periods: Record<string, Period[]>;
  readonly countries: Record<string, string>;
  readonly withThe: string[];
  readonly actors: Record<string, ActorSpec>;
  readonly policeWords: string[];
  readonly gendarmerieWords: string[];
  readonly militaryWords: string[];
  readonly militaryOnly: string[];
  readonly protesterWords: string[];
  readonly rioterWords: string[];
}
export interface AcledActors {
  readonly actor1: string | null;
  readonly assoc_actor_1: string | null;
  readonly actor2: string | null;
  readonly assoc_actor_2: string | null;
}

export interface NamingInput {
  readonly type: string;
  /** the event's ACLED event type (acledFor), or null */
  readonly acledType: string | null;
  readonly date: { readonly start: string; readonly end: string } | null;
  /** ISO2 of the event's location */
  readonly country: string | null;
  readonly actors: readonly { readonly role: string; readonly name: string; readonly entity?: string | null }[];
  /** the target is civilians or their property (acledContext) */
  readonly targetCivilian?: boolean;
  /** a protest met by force (acledContext) */
  readonly intervention?: boolean;
  /** the event's report sentences, for the side a text names without an actor ("Palestinian-owned lands", "Police intervened") */
  readonly text?: string;
}

type Kind = 'state' | 'protesters' | 'rioters' | 'civilians' | 'identity' | 'unknown' | 'group' | 'other';
interface Named { readonly name: string; readonly kind: Kind; readonly country: string | null; readonly identity?: string }

interface ActorIndex { readonly byId: Map<string, KbRecord>; readonly byAlias: Map<string, KbRecord> }
const NAMING = resourceKey<NamingData>('ontology/acled-naming');
const ACTOR_INDEX = resourceKey<ActorIndex>('ontology/acled-actor-index');

const naming = (res: Resources): NamingData => res.memo(NAMING, () => readJson<NamingData>('acled-actors.json'));

/** Lower case, no diacritics or apostrophes, punctuation to spaces, no leading article. */
const fold = (s: string): string => foldLatin(s).toLowerCase().replace(/['’‘`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^(the|a|an) /, '');

/** The KB's countries and (non-person) actors by id, and the actors by folded name or alias. */
const kbIndex = (res: Resources): ActorIndex => res.memo(ACTOR_INDEX, ({ kb }) => {
  const byId = new Map<string, KbRecord>(), byAlias = new Map<string, KbRecord>();
  for (const r of kb.records()) {
    if (!(r.kind === 'country' || (r.kind === 'actor' && r.type !== 'person'))) continue;
    byId.set(r.id, r);
    if (r.kind !== 'actor') continue;
    for (const n of [r.name, ...r.aliases]) { const k = fold(n); if (k.length > 3 && !byAlias.has(k)) byAlias.set(k, r); }
  }
  return { byId, byAlias };
});

/** The knowledge-base record of an entity id (actors and countries), or null. */
export function kbRecord(res: Resources, id: string): KbRecord | null {
  return kbIndex(res).byId.get(id) ?? null;
}

/** ISO2 of the nation a name is or names ("Iraqi police" → IQ, "Palestinians" → PS), or null. */
export function nationOf(res: Resources, text: string): string | null {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').split(/[\s-]+/).filter(Boolean);
  const lex = res.lexicon;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const fake = words.slice(i, i + n).map((w) => ({ text: w, lemma: w, pos: 'X', start: 0, end: 0, sentence: 0 }));
      const m = lex.nations.matchAt(fake as never, 0);
      if (m[0] && m[0].end === fake.length) return m[0].data.iso2;
    }
  }
  return null;
}

/** Is the text just a nation's name or demonym ("the United States", "Turkey")? */
function isNationName(res: Resources, text: string): boolean {
  const words = fold(text).split(' ').filter(Boolean);
  const fake = words.map((w) => ({ text: w, lemma: w, pos: 'X', start: 0, end: 0, sentence: 0 }));
  const m = res.lexicon.nations.matchAt(fake as never, 0);
  return !!m[0] && m[0].end === words.length;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** A country as ACLED writes it ("Palestine", "Turkey"); `of` adds "the" where ACLED does ("of the United States"). */
export function acledCountry(res: Resources, iso2: string | null, of = false): string | null {
  if (!iso2) return null;
  const d = naming(res);
  let name = d.countries[iso2.toUpperCase()];
  if (!name) { try { name = regionNames.of(iso2.toUpperCase()) ?? undefined; } catch { name = undefined; } }
  if (!name) return null;
  return of && d.withThe.includes(iso2.toUpperCase()) ? `the ${name}` : name;
}

/** The years label of the government in power in that country on that date ("2021-"), or null. */
export function periodLabel(res: Resources, iso2: string, date: string | null): string | null {
  const ps = naming(res).periods[iso2.toUpperCase()];
  if (!ps?.length) return null;
  if (!date) return ps[ps.length - 1]!.label;
  const p = ps.find((x) => x.from <= date && (!x.to || date < x.to));
  return p?.label ?? null;
}

/** "Military Forces of Israel (2021-2022)", "Government of Iraq (2020-2022)", "Military Forces of Turkey (2016-) Gendarmerie". */
export function stateForceName(res: Resources, force: 'Military' | 'Police' | 'Government', iso2: string, date: string | null, unit?: string, period?: string): string | null {
  const c = acledCountry(res, iso2, true);
  if (!c) return null;
  const years = period ?? periodLabel(res, iso2, date);
  const head = force === 'Government' ? `Government of ${c}` : `${force} Forces of ${c}`;
  return `${head}${years ? ` (${years})` : ''}${unit ? ` ${unit}` : ''}`;
}

const hasWord = (folded: string, list: readonly string[]): boolean => list.some((w) => (' ' + folded + ' ').includes(' ' + fold(w) + ' '));

/** The ACLED identity group a descriptive name belongs to ("retired teachers" → Teachers), or null. */
export function identityOf(res: Resources, name: string): string | null {
  const f = fold(name);
  for (const [label, words] of Object.entries(peopleNouns(res).groups)) if (hasWord(f, words)) return label;
  return null;
}

function fromRecord(res: Resources, r: KbRecord, role: string, violent: boolean, ctx: { date: string | null; country: string | null; type?: string }): Named {
  const d = naming(res);
  const spec = d.actors[r.id];
  const iso = (spec?.state ?? (r.kind === 'country' ? (r as { iso2?: string }).iso2 ?? r.id.replace(/^kb:country-/, '') : r.country)) ?? null;
  if (spec?.name) return { name: spec.name.replace('{country}', acledCountry(res, ctx.country) ?? acledCountry(res, iso) ?? 'International').replace(' (International)', ''), kind: 'group', country: iso };
  // a government that attacks acts through its forces ("the Syrian regime's helicopters"): its armed forces, its police for arrests
  const byForce = (f: 'Military' | 'Police' | 'Government'): 'Military' | 'Police' | 'Government' => (f !== 'Government' ? f : ctx.type === 'ASSAULT' ? 'Military' : ctx.type === 'COERCE' ? 'Police' : 'Government');
  if (spec?.force && iso) {
    const n = stateForceName(res, byForce(spec.force), iso, ctx.date, spec.unit, spec.period);
    if (n) return { name: n, kind: 'state', country: iso };
  }
  const cls = (r as { class?: string }).class;
  if ((r.kind === 'country' || cls === 'state') && iso) {
    // a country as the actor of violence is its armed forces; of anything else, its government
    const n = stateForceName(res, violent && role !== 'other' ? 'Military' : 'Government', iso, ctx.date);
    if (n) return { name: n, kind: 'state', country: iso };
  }
  if ((cls === 'military' || cls === 'government') && iso) {
    const police = /\b(police|gendarmerie)\b/i.test([r.name, ...r.aliases].join(' '));
    const force = cls === 'government' ? byForce('Government') : police ? 'Police' : 'Military';
    const n = stateForceName(res, force, iso, ctx.date);
    if (n) return { name: n, kind: 'state', country: iso };
  }
  return { name: r.name, kind: cls === 'armed_group' ? 'group' : 'other', country: iso };
}

/** a regular army's formation nouns: a name ending in one is a unit of some force ("4th Armored Division", "Republican Guard") */
const UNIT_HEAD = /\b(?:divisions?|brigades?|battalions?|regiments?|corps|guards?|squadrons?|fleets?)(?: (?:forces|members?|fighters|elements|soldiers|troops))?$/i;
/** a state's generic words written just before a unit's name: "the regime's 4th Armored Division", "an army brigade" */
const STATE_WORD = /\b(?:regime|government|army|military)(?:['’]s)?$/;
/** a quantity before a noun ("a number of", "dozens of", "two"): no part of what the actors are */
const QUANTITY = /^(?:(?:an? )?(?:number|handful|couple|group|dozens?|hundreds?|scores?|several|some|many|few|\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: of)? )+/;

/**
 * The state force a formation name belongs to, read off the words the text writes around it: a lower-case
 * state word just before it ("the regime's 4th Armored Division", "an army brigade") is the event
 * country's armed forces, a nation's name or adjective ("a Syrian Republican Guard vehicle") that nation's;
 * an ordinal between them is the unit's number. A capitalised word before it is part of another name
 * ("Syrian National Army's 3rd Corps" is a rebel formation), so it says nothing. A state force named
 * after it ("the 13th Brigade (Liwa al-Tafuf) of the Popular Mobilization Forces") is the force it
 * belongs to. Null when the text does not qualify it.
 */
function unitOf(res: Resources, name: string, role: string, ctx: { violent: boolean; date: string | null; country: string | null; type?: string; text?: string }): Named | null {
  const text = ctx.text ?? '';
  if (!UNIT_HEAD.test(name) || !text) return null;
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 40), at).replace(/\s*\b\d+(?:st|nd|rd|th)\s*$/i, '').trimEnd();
  const last = /([A-Za-z]+)$/.exec(before)?.[1];
  const iso = STATE_WORD.test(before) ? ctx.country : last && isNationName(res, last) ? nationOf(res, last) : null;
  if (iso) { const n = stateForceName(res, 'Military', iso, ctx.date); return n ? { name: n, kind: 'state', country: iso } : null; }
  const of = /^\s*(?:\([^)]*\)\s*)?of (?:the )?((?:[A-Z][\w'’-]*\s?)+)/.exec(text.slice(at + name.length, at + name.length + 80));
  const rec = of ? kbIndex(res).byAlias.get(fold(of[1]!)) : undefined;
  const force = rec ? fromRecord(res, rec, role, ctx.violent, ctx) : null;
  return force?.kind === 'state' ? force : null;
}

/** One actor in ACLED's naming (`text`: the event's report sentences, for a unit the text qualifies). */
export function nameActor(res: Resources, a: { role: string; name: string; entity?: string | null }, ctx: { violent: boolean; date: string | null; country: string | null; type?: string; text?: string }): Named {
  const ix = kbIndex(res);
  const rec = (a.entity ? ix.byId.get(a.entity) : undefined) ?? ix.byAlias.get(fold(a.name));
  const d = naming(res);
  const f = fold(a.name);
  const own = nationOf(res, a.name);
  const iso = own ?? ctx.country;
  // a plural demonym names people ("two Palestinians"), even where the mention was linked to the country:
  // civilians of that country, not its state
  if (own && (!rec || rec.kind === 'country') && /^(\d+ )?[a-z]+s$/.test(f) && nationOf(res, f.replace(/^\d+ /, '')) === own && f !== fold(acledCountry(res, own) ?? '')) return { name: `Civilians (${acledCountry(res, own)})`, kind: 'civilians', country: own };
  if (rec) return fromRecord(res, rec, a.role, ctx.violent, ctx);
  // a bare nation ("Turkey", "the United States")
  if (own && isNationName(res, a.name)) {
    const country = ix.byId.get(`kb:country-${own.toLowerCase()}`);
    if (country) return fromRecord(res, country, a.role, ctx.violent, ctx);
    const n = stateForceName(res, ctx.violent ? 'Military' : 'Government', own, ctx.date);
    if (n) return { name: n, kind: 'state', country: own };
  }
  const where = acledCountry(res, iso);
  const tag = (label: string): string => (where ? `${label} (${where})` : label);
  if (hasWord(f, d.rioterWords)) return { name: tag('Rioters'), kind: 'rioters', country: iso };
  if (hasWord(f, d.protesterWords)) return { name: tag('Protesters'), kind: 'protesters', country: iso };
  const nonNation = f.replace(QUANTITY, '').split(' ').filter((w) => !nationOf(res, w) && !/^\d+$/.test(w));
  const stateLike = nonNation.length > 0 && nonNation.every((w) => d.militaryOnly.includes(w));
  // a local police command ("Wasit Police", "Istanbul Police Department") is the country's police
  if (!stateLike && iso && /\b(police|gendarmerie)( forces| command| department| directorate)?$/i.test(a.name) && /^[A-Z]/.test(a.name)) {
    const n = stateForceName(res, /gendarmerie/i.test(a.name) ? 'Military' : 'Police', iso, ctx.date, /gendarmerie/i.test(a.name) ? 'Gendarmerie' : undefined);
    if (n) return { name: n, kind: 'state', country: iso };
  }
  // "authorities" that demolish, arrest or fire: the state's police or armed forces
  if (iso && ctx.violent && /^(\w+ )?authorities$/.test(f) && nonNation.every((w) => w === 'authorities' || d.militaryOnly.includes(w))) {
    const n = stateForceName(res, ctx.type === 'ASSAULT' ? 'Military' : 'Police', iso, ctx.date);
    if (n) return { name: n, kind: 'state', country: iso };
  }
  if (stateLike && iso) {
    const force = hasWord(f, d.gendarmerieWords) ? 'Military' : hasWord(f, d.policeWords) ? 'Police' : 'Military';
    const n = stateForceName(res, force, iso, ctx.date, hasWord(f, d.gendarmerieWords) ? 'Gendarmerie' : undefined);
    if (n) return { name: n, kind: 'state', country: iso };
  }
  // a security guard is a private guard (ACLED: Private Security Forces, external/other forces)
  if (/\b(?:security guards?|private security)\b/.test(f)) return { name: tag('Private Security Forces'), kind: 'other', country: iso };
  // an unnamed militia aligned with a state is named after its patron (ACLED: "Militia (Pro-Government)",
  // "Militia (Pro-Iran)"), a political militia
  const pro = /^pro ([a-z ]+?) (?:militias?|militiam[ae]n)$/.exec(f.replace(QUANTITY, ''));
  if (pro) {
    const patron = /^(?:government|regime)$/.test(pro[1]!) ? 'Government' : isNationName(res, pro[1]!) ? acledCountry(res, nationOf(res, pro[1]!)) : null;
    if (patron) return { name: `Militia (Pro-${patron})`, kind: 'group', country: iso };
  }
  const identity = identityOf(res, a.name);
  if (identity) return { name: tag(identity), kind: 'identity', country: iso, identity: tag(identity) };
  if (hasWord(f, peopleNouns(res).civilians)) return { name: tag('Civilians'), kind: 'civilians', country: iso };
  if (hasWord(f, [...res.lexicon.cues.unknownActorNouns]) || /\b(unknown|unidentified) armed\b/.test(f)) {
    // ACLED codebook: unknown armed men described as tribal or clan fighters are an unidentified tribal or
    // clan militia (identity militia, inter 4), not an unidentified armed group (political militia, 3)
    if (/\b(tribal|tribesm[ae]n)\b/.test(f)) return { name: tag('Unidentified Tribal Militia'), kind: 'unknown', country: iso };
    if (/\bclans?\b/.test(f)) return { name: tag('Unidentified Clan Militia'), kind: 'unknown', country: iso };
    return { name: tag('Unidentified Armed Group'), kind: 'unknown', country: iso };
  }
  // a formation the text calls the state's ("the regime's 4th Armored Division"): that state's armed forces
  const unit = unitOf(res, a.name, a.role, ctx);
  if (unit) return unit;
  return { name: a.name, kind: 'other', country: iso };
}

/** civilians named as the casualties: "1 civilian was injured", "killing two civilians" */
const CIVILIAN_CASUALTY = /\b(?:civilians? (?:was|were) (?:killed|injured|wounded|hurt)|(?:killing|injuring|wounding) (?:\w+ )?civilians?|(?:deaths?|killing|injur(?:y|ies)) of (?:(?:an?|the|\w+) ){0,4}civilians?)\b/i;
/** the nationality of civilian property's owners: "Palestinian-owned lands", "a house belonging to a Palestinian" */
const OWNED = /\b([A-Z][a-z]+)(?:-owned\b|\s+(?:civilians?|cars?|vehicles?|houses?|homes?|lands?|farmlands?|farmers?|shepherds?|property|fishing boats?|crops|fishermen)\b)|\bbelonging to (?:an? |the )?([A-Z][a-z]+)/g;

/** an attack verb, then within a few words the holder of a military post: "shelled regime positions", "targeted Houthi sites" */
const MILITARY_POST = /\b(?:shelled|targeted|targeting|attacked|attacking|struck|striking|hit|bombed|bombarded|fired (?:at|on)|shelling)\b(?: [\w-]+){0,4}? (?:the )?((?:[A-Z][\w-]*|regime|government|army)(?: [A-Z][\w-]*)?)(?: forces['’]?)? (?:positions|posts|military posts|bases|checkpoints|sites|barracks|fortifications)\b/;
const CROWD: ReadonlySet<Kind> = new Set(['protesters', 'rioters', 'civilians', 'identity']);
const uniq = (xs: readonly string[]): string[] => [...new Set(xs.filter(Boolean))];
const join2 = (xs: readonly string[]): string | null => (xs.length ? xs.join('; ') : null);

/** actor1 / assoc_actor_1 / actor2 / assoc_actor_2 of an event, ACLED style. */
export function acledActorsFor(res: Resources, e: NamingInput): AcledActors {
  const violent = e.type === 'ASSAULT' || e.type === 'COERCE' || e.type === 'PROTEST';
  const ctx = { violent, date: e.date?.start ?? null, country: e.country, type: e.type, text: e.text };
  const named = (role: string): Named[] => e.actors.filter((a) => a.role === role).map((a) => nameActor(res, a, ctx));
  const text0 = e.text ?? '';
  let side1 = named('agent');
  let side2 = named('target');
  const countryOf = (xs: readonly Named[]): string | null => xs.find((x) => x.country && x.country !== e.country)?.country ?? xs.find((x) => x.country)?.country ?? e.country;
  const tag = (label: string, iso: string | null): string => { const c = acledCountry(res, iso); return c ? `${label} (${c})` : label; };
  let actor1: string | null = null, actor2: string | null = null;
  const assoc1: string[] = [], assoc2: string[] = [];
  const rest = (xs: readonly Named[], into: string[], skip: string | null): void => {
    for (const x of xs) if (x.name !== skip) into.push(x.identity ?? x.name);
  };
  if (e.acledType === 'Protests' || e.acledType === 'Riots') {
    // the crowd is actor1; the forces that faced it go to the other side
    // rioters that were fired at are still the rioters ("Soldiers fired at rioters"); other people hit are civilians
    const mob = (x: Named): boolean => x.kind === 'rioters' || x.kind === 'protesters';
    const crowd = [...side1.filter((x) => CROWD.has(x.kind)), ...(e.acledType === 'Riots' ? side2.filter(mob) : [])];
    const others1 = side1.filter((x) => !CROWD.has(x.kind) && x.kind !== 'state');
    // what a crowd demonstrates against is no side of the event ("a demonstration against the regime")
    const grievance = (x: Named, i: number): boolean => { const m = e.actors.filter((a) => a.role === 'target')[i]; return !!m && new RegExp(`\\bagainst (?:the )?${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text0) && !new RegExp(`\\b(?:with|at|on|by) (?:the )?${m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text0); };
    const hit = side2.filter((x, i) => !(e.acledType === 'Riots' && mob(x)) && !grievance(x, i));
    const civ = hit.filter((x) => x.kind === 'civilians' || x.kind === 'identity');
    const states = [...side1.filter((x) => x.kind === 'state'), ...hit.filter((x) => !civ.includes(x)),
      ...(civ.length ? [{ name: tag('Civilians', countryOf(civ)), kind: 'civilians' as const, country: null }, ...civ.filter((x) => x.kind === 'identity')] : [])];
    const iso = crowd.find((x) => x.kind === (e.acledType === 'Riots' ? 'rioters' : 'protesters') && x.country)?.country ?? (crowd.length ? countryOf(crowd) : e.country);
    actor1 = tag(e.acledType === 'Riots' ? 'Rioters' : 'Protesters', iso);
    rest(crowd.filter((x) => x.kind === 'identity'), assoc1, actor1);
    rest(others1, assoc1, actor1);
    side1 = []; side2 = states;
  } else if (e.acledType === 'Violence against civilians') {
    const civ = side2.filter((x) => CROWD.has(x.kind));
    actor2 = tag('Civilians', countryOf(civ));
    rest(civ.filter((x) => x.kind === 'identity'), assoc2, actor2);
    side2 = side2.filter((x) => !CROWD.has(x.kind) && x.kind !== 'unknown');
  } else if (side2.some((x) => CROWD.has(x.kind) && x.kind !== 'rioters' && x.kind !== 'protesters')) {
    const civ = side2.filter((x) => x.kind === 'civilians' || x.kind === 'identity');
    const others = side2.filter((x) => !(x.kind === 'civilians' || x.kind === 'identity'));
    side2 = [...others, { name: tag('Civilians', countryOf(civ)), kind: 'civilians', country: null }, ...civ.filter((x) => x.kind === 'identity')];
  }
  const text = e.text ?? '';
  if (e.acledType === 'Protests' && e.intervention && !side2.some((x) => x.kind === 'state')) {
    // the force that intervened in a protest is its actor2: "Police intervened", "soldiers dispersed the protesters"
    const force = /\b(police|gendarmerie|security forces)\b/i.exec(text) ?? /\b(soldiers|troops|army|military forces)\b/i.exec(text);
    if (force) {
      const iso = nationOf(res, text.slice(Math.max(0, force.index - 20), force.index + force[0].length)) ?? e.country;
      const n = iso ? stateForceName(res, /police|security/i.test(force[1]!) ? 'Police' : 'Military', iso, ctx.date, /gendarmerie/i.test(force[1]!) ? 'Gendarmerie' : undefined) : null;
      if (n) side2 = [{ name: n, kind: 'state', country: iso }, ...side2];
    }
  }
  if (violent && e.acledType !== 'Protests' && e.acledType !== 'Riots' && e.acledType !== 'Violence against civilians' && !side2.length) {
    // a military post hit, with no target actor read: its holder is the target ("shelled regime positions",
    // "struck Houthi positions"); the holder is the word(s) before the post, named like any actor
    const post = MILITARY_POST.exec(text);
    const holder = post ? nameActor(res, { role: 'target', name: `${post[1]!} forces`, entity: null }, ctx) : null;
    if (holder && (holder.kind === 'state' || holder.kind === 'group') && holder.name !== side1[0]?.name) side2 = [holder];
  }
  let owners: string | null = null;
  for (const m of text.matchAll(OWNED)) { const n = nationOf(res, m[1] ?? m[2] ?? ''); if (n) { owners = n; break; } }
  if (!actor2 && violent && e.acledType !== 'Protests' && e.acledType !== 'Riots' && !side2.length && (e.targetCivilian || CIVILIAN_CASUALTY.test(text) || (owners && owners !== side1[0]?.country))) {
    // civilians or their property hit, with no target actor read: "razed Palestinian-owned lands", "1 civilian was injured"
    const iso = owners ?? e.country;
    side2 = [{ name: tag('Civilians', iso), kind: 'civilians', country: iso }];
  }
  const s1 = uniq(side1.filter((x) => x.kind !== 'unknown' || side1.length === 1).map((x) => x.identity ?? x.name));
  if (!actor1 && s1.length) actor1 = s1.shift()!;
  assoc1.push(...s1);
  const s2 = uniq(side2.map((x) => x.identity ?? x.name)).filter((n) => n !== actor1);
  if (!actor2 && s2.length) actor2 = s2.shift()!;
  assoc2.push(...s2);
  return {
    actor1,
    assoc_actor_1: join2(uniq(assoc1).filter((n) => n !== actor1)),
    actor2: actor2 !== actor1 ? actor2 : null,
    assoc_actor_2: join2(uniq(assoc2).filter((n) => n !== actor2 && n !== actor1)),
  };
}
