/**
 * Reading the event candidates of one sentence: triggers → frames → fields (actors, place, date,
 * weapon, quantity, casualties, outcome, modality), dropping aggregate statements, and converting
 * intent-to-meet into AGREE ("expect to begin talks"). Responsibility and casualty statements that have
 * no trigger of their own are returned as follow-ups for the merge step.
 */
import { isArtifactNoun } from '../ontology/petrarch.js';
import { chainAfter, isDemonym, settlePlace } from './address.js';
import type { Mention } from '../../core/model/entity.js';
import { PLACE_PART_NOUNS } from '../../nlp/entities/enclosing.js';
import type { ActorRef, PloverType } from '../../core/model/event.js';
import { occupantAfter, readSlot, type PlaceCand } from './actors.js';
import { addActors, type Candidate } from './candidate.js';
import { readCasualties, type Casualties } from './casualties.js';
import { readDate, type DateReading } from './dates.js';
import { buildFrame, type Frame } from './frame.js';
import { isAggregate } from './aggregate.js';
import { readModality } from './modality.js';
import { assess, rejection } from './assertion.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { commitmentType } from './commitment.js';
import { confidenceOf } from './confidence.js';
import { readResponsibility, type ResponsibilityReading } from './responsibility.js';
import { clauseSpan, findSeq, rangeOf, textOf, viewSentence, type SentView } from './sentence.js';
import { findTriggers } from './triggers.js';
import { readOutcome, readWeapon } from './weapon.js';
import { countAt } from './numbers.js';
import { headOf } from './np.js';
import { ignoreDiagnostics, type DiagnosticSink } from '../../nlp/stage.js';
import { nameEndingIn, STREET_SUFFIXES } from '../../lexicon/streets.js';

export interface SentenceReading {
  readonly index: number;
  readonly candidates: Candidate[];
  /** a violent trigger in the sentence was dropped as aggregate/generic ("similar attacks have been blamed ...") or as no event (assertion.ts) */
  readonly hadAggregate: boolean;
  /** triggers the assertion layer found to tell no event, with the reason */
  readonly rejected: Diagnostic[];
  readonly casualties: Casualties;
  readonly responsibility: ResponsibilityReading[];
}

const SPEECH_TYPES = new Set<PloverType>(['AGREE', 'REQUEST', 'THREATEN', 'ACCUSE', 'REJECT', 'SUPPORT', 'SANCTION']);
const REMOTE_TRIGGER_MODES = new Set(['shelling', 'airstrike']);
const PLACE_PREC: Record<string, number> = { site: 2, town: 1.5, admin2: 1.2, admin1: 1, country: 0.4, region: 0.2 };

/** A name of another type written as the head of an address ("near Abu Khanazir, Muqdadiyah district, Diyala"): a place. */
function isAddressed(v: SentView, m: Mention): boolean {
  return (m.type === 'person' || m.type === 'other') && chainAfter(v.doc, m.end, v.index).some((x) => x.geo);
}

/** The name ending chunk [a, b) when it heads an address, as a place candidate without a point of its own. */
function addressedName(v: SentView, a: number, b: number): PlaceCand | null {
  const r = rangeOf(v, a, b);
  const m = v.doc.mentions.filter((x) => x.start >= r.start && x.end === r.end && x.sentence === v.index)[0];
  if (m) return isAddressed(v, m) ? { name: m.name || m.text, entity: null, geo: null, at: { start: m.start, end: m.end }, score: 0 } : null;
  // a proper name no mention covers ("shelled Al Jabaliyah (At Tuhayat, Al Hudaydah)")
  let k = b;
  while (k > a && (v.toks[k - 1]!.pos === 'PROPN' || (k - 1 > a && ARTICLE.test(v.low[k - 1]!) && v.toks[k]?.pos === 'PROPN'))) k--;
  if (k === b || !/^[A-Z]/.test(v.toks[k]!.text)) return null;
  const at = rangeOf(v, k, b);
  if (!chainAfter(v.doc, at.end, v.index).some((x) => x.geo)) return null;
  return { name: textOf(v, k, b), entity: null, geo: null, at, score: 0 };
}

const PART_NOUN = new RegExp(`^(?:${PLACE_PART_NOUNS}|countryside|outskirts|suburbs?|border)$`, 'i');

/** Arabic articles written as words before a name ("As Samawah", "Al Jabaliyah") */
const ARTICLE = /^(al|el|as|ad|ar|ash|an|at|az)$/;

function choosePlace(v: SentView, frame: Frame, cands: PlaceCand[]): PlaceCand | null {
  let best: PlaceCand | null = null;
  for (const c of cands) {
    const p = settlePlace(v.doc, c, v.index);
    const prec = p.geo ? PLACE_PREC[p.geo.precision] ?? 1 : 1;
    const text = v.doc.article.text;
    const possessive = text.slice(p.at.end, p.at.end + 2) === "'s" || text.slice(p.at.end, p.at.end + 2) === '’s';
    const dist = Math.abs(p.at.start - v.toks[frame.hit.head]!.start) / 400;
    // a town naming one end of a road ("the Basra-Baghdad highway") is not where the road is
    const compound = /^-[A-Z]/.test(text.slice(p.at.end, p.at.end + 2)) || /[A-Za-z]-$/.test(text.slice(p.at.start - 2, p.at.start));
    // a town naming a thing ("the Baalbek international highway") is a weaker place than one named as such
    const next = v.toks.find((t) => t.start >= p.at.end);
    const modifier = !!next && next.start - p.at.end <= 1 && /^[a-z]/.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ') && !PART_NOUN.test(next.text);
    const s = p.score + prec - (possessive ? 1 : 0) - (compound ? 1.5 : 0) - (modifier ? 1 : 0) - dist;
    if (!best || s > best.score) best = { ...p, score: s };
  }
  return best;
}

/** A capitalised name ending in a street or open-space word ("Shelby Avenue", "Martin Luther King Jr. Park", "South Side"): a place. */
const STREET_NAME = nameEndingIn(`${STREET_SUFFIXES}|Way|Court|Place|Park|Square|Side`);

/** A trigger read as no event: the rule id and why (for `--explain`). */
interface Rejection { readonly rule: string; readonly message: string }

function readCandidate(v: SentView, frame: Frame, prevAggregate: boolean): { cand: Candidate | null; aggregate: boolean; rejected?: Rejection; nonEvent?: Diagnostic } {
  const lex = v.lex;
  const { hit } = frame;
  const e = hit.entry;
  const [ca, cb] = frame.clause;
  const mod = assess(v, hit);
  // an accident is still read as an incident, so that the sentences telling the same incident join it; the
  // incident is kept marked out of the ledger's scope (index.ts). Other non-events stop here (a self-inflicted harm too: it
  // often ends an attack on others, "shot his wife before killing himself").
  const incidentWide = mod.status === 'non-event' && mod.reason === 'accident';
  if (mod.status === 'non-event' && !incidentWide) {
    const at = rangeOf(v, hit.a, hit.b);
    return { cand: null, aggregate: false, nonEvent: rejection(mod.rule, mod.reason, mod.cue, at, textOf(v, hit.a, hit.b)) };
  }
  let type: PloverType = e.type;
  let mode = e.mode;
  let modality = mod.modality;
  let rule = hit.verbal ? (frame.passive ? 'events/verb-passive' : 'events/verb-active') : hit.light >= 0 ? 'events/light-verb' : 'events/nominal';
  if (type === 'CONSULT' && mod.intentVerb && lex.cues.intentToAgree.has(mod.intentVerb)) {
    type = 'AGREE'; mode = 'announce talks'; modality = 'asserted'; rule = 'events/intent-to-meet';
  }
  const speech = e.flags.has('speech') || SPEECH_TYPES.has(type) || mode === 'phone';
  const date = readDate(v, hit, speech);
  if (date?.future && modality === 'asserted' && (date.basis === 'own')) modality = 'planned';
  const participle = hit.verbal && /ing$/.test(v.low[hit.head]!) && v.low[hit.a - 1] === ',';
  // vague nouns and verbs ("fighting", "fight against ISIS") are events only with a stated day
  if (e.flags.has('generic-noun') && !(date?.basis === 'own' && date.value.precision === 'day')) return { cand: null, aggregate: false, rejected: { rule: 'events/reject-generic-undated', message: 'a vague event word is an event only with a stated day' } };
  // an act dated only by a span of most of a year or more ("in the 1990s", "over the past year") is a kind of act
  // over a period, not one incident (ANNOTATION.md §1: "years of war")
  const longSpan = date?.basis === 'own' && date.value.precision === 'range' && Date.parse(date.value.end) - Date.parse(date.value.start) >= 300 * 86_400_000;
  const aggregate = longSpan || isAggregate(v, frame, date?.basis === 'own' && date.value.precision === 'day') || (participle && prevAggregate);
  if (aggregate) return { cand: null, aggregate: true, rejected: { rule: 'events/reject-aggregate', message: 'an aggregate or generic statement (many incidents, or a kind of incident), not one incident' } };

  const actors: ActorRef[] = [];
  const places: PlaceCand[] = [];
  const violent = type === 'ASSAULT' || type === 'COERCE' || type === 'PROTEST';
  for (const s of frame.slots) {
    if (s.role === 'weapon' || s.role === '-') continue;
    // "nine policemen dead, one of the deadliest attacks on ...": a death word names its victims and place only
    if (e.flags.has('counted-subject') && s.via !== 'subj' && s.role !== 'place') continue;
    // the side one withdraws from is whom a retreat concedes to ("withdraw its troops from Lebanon"): a state there is the target
    const speechTo = s.via === 'prep:to' || (type === 'RETREAT' && s.via === 'prep:from');
    const role: ActorRef['role'] = s.role === 'agent' ? 'agent' : s.role === 'target' || s.role === 'victim' || s.role === 'theme' || speechTo ? 'target' : 'other';
    const metonymy = !violent && (s.via === 'subj' || s.via === 'light-subj') && s.role === 'agent';
    // people nouns ("Retired airline employees", "two men") are actors as protesters and as targets of violence
    // and as the speakers and actors of political acts ("Bosnian Serbs demanded a truce", "Ethnic Albanians are demanding")
    // and as the accused of a charge or accusation ("prosecutors charged a teenager", "accused the man of")
    const people = (violent && role === 'target') || (type === 'PROTEST' && role === 'agent') || (!violent && role === 'agent') || (type === 'ACCUSE' && role === 'target');
    const r = readSlot(v, s.a, s.b, role, { premod: s.via === 'premod' || s.role === 'theme', metonymy, people, pronouns: violent, subject: s.via === 'subj', exclude: new Set(actors.filter((x) => x.entity && x.role !== role).map((x) => x.entity!)) });
    // the party something is taken from names actors only: its places are read from the place slot of the same words
    if (s.via === 'from-party') { addActorsTo(actors, r.actors); continue; }
    if (s.role !== 'place' || speechTo) addActorsTo(actors, r.actors);
    // a place slot names where the event is; "from X" more often names where someone comes from
    const from = s.via === 'prep:from' || v.low[s.a - 1] === 'from';
    const bonus = s.role === 'target' ? 2 : s.role === 'place' ? (from ? 0.3 : 1.5) : 0.3;
    for (const p of r.places) places.push({ ...p, score: p.score + bonus });
    if ((s.role === 'place' || s.role === 'target') && !r.places.length) {
      const named = addressedName(v, s.a, s.b);
      if (named) places.push({ ...named, score: 1 + bonus });
    }
    // a targeted facility: its occupant or owner is the target ("a base housing US troops", "warehouses belonging to X")
    const facility = r.places.length || lex.cues.placeNouns.has(v.low[headOf(v, s.a, s.b)]!);
    if ((s.role === 'target' || s.role === 'place') && violent && facility && !actors.some((a) => a.role === 'target')) addActorsTo(actors, occupantAfter(v, s.b));
    // property attacked with no owner named is the target itself ("targeting a liquor store", "attacked an
    // electricity tower"): what an attack is aimed at is its target, a building as well as a person; a made
    // thing by WordNet (not an act, a state or a group: "a physical attack", "Syrian sovereignty")
    // (a bomb that goes off near or outside a building hit that building: "detonated near a bakery")
    const blastBy = mode === 'explosion' && (s.via === 'prep:near' || s.via === 'prep:outside');
    if ((s.role === 'target' || blastBy) && s.via !== 'prep:at' && type === 'ASSAULT' && !r.actors.length && !actors.some((a) => a.role === 'target')) {
      const head = headOf(v, s.a, s.b);
      if (v.toks[head]!.pos === 'NOUN' && !r.places.length && isArtifactNoun(v.res, v.low[head]!)) {
        const [pa, pb] = [s.a, head + 1];
        addActorsTo(actors, [{ role: 'target', name: textOf(v, pa, pb).replace(/^(the|a|an)\s+/i, ''), entity: null, at: rangeOf(v, pa, pb) }]);
      }
    }
  }
  // places anywhere in the clause, weakly
  for (const m of v.doc.mentions) {
    if (m.sentence !== v.index || (m.type !== 'location' && m.type !== 'facility' && !isAddressed(v, m))) continue;
    if (m.start < v.toks[ca]!.start || m.end > v.toks[cb - 1]!.end || isDemonym(v.doc, m)) continue;
    // only places introduced as places ("in X", "near X"), not modifiers ("Iranian militia")
    const ti = v.toks.findIndex((t) => t.start >= m.start);
    const PREP = /^(in|at|near|outside|into|inside|across|along|from|of|around|toward|towards)$/;
    // "in the X", "in As Samawah" (an Arabic article written as a word)
    const before = PREP.test(v.low[ti - 1] ?? '') ? v.low[ti - 1] : v.low[ti - 1] === 'the' || ARTICLE.test(v.low[ti - 1] ?? '') ? v.low[ti - 2] : undefined;
    if (!before || !PREP.test(before)) continue;
    if (!hit.verbal && hit.light < 0) continue;
    if (places.some((p) => p.at.start === m.start) || actors.some((a) => a.at.start === m.start)) continue;
    if (m.geo && (m.geo.precision === 'country' || m.geo.precision === 'region') && actors.some((a) => a.entity === m.key)) continue;
    const addressed = m.type !== 'location' && m.type !== 'facility';
    places.push({ name: m.name, entity: addressed ? null : m.key, geo: addressed ? null : m.geo ?? null, at: { start: m.start, end: m.end }, score: m.type === 'facility' ? 1 : before === 'from' ? 0 : 0.3 });
  }
  // talks named after their parties ("the US-Iraq Joint Security Cooperation Dialogue")
  if ((type === 'CONSULT' || type === 'AGREE') && actors.filter((a) => a.role === 'agent').length < 2) {
    const pre = frame.slots.find((s) => s.via === 'premod');
    const from = pre ? pre.a : hit.a;
    for (const n of lex.nations.scan(v.toks, from, hit.b)) addActorsTo(actors, [{ role: 'agent', name: n.data.name, entity: null, at: rangeOf(v, n.start, n.end) }]);
  }
  // a street, a park or a district is where an act happened, not whom it was done to ("shot on Evelyn Circle")
  for (let k = actors.length - 1; k >= 0; k--) if (actors[k]!.role === 'target' && STREET_NAME.test(actors[k]!.name)) actors.splice(k, 1);
  // blame is an accusation only against someone: "blamed his reaction on his experiences", "Moscow blames much of
  // this on separatism" name no one blamed
  if (type === 'ACCUSE' && hit.verbal && v.lemma[hit.head] === 'blame' && !actors.some((a) => a.role === 'target')) {
    return { cand: null, aggregate: false, rejected: { rule: 'events/reject-blame-no-actor', message: 'blame that names no one blamed is no accusation' } };
  }
  // a verb typed by the CAMEO dictionary is an event between two named actors, as PETRARCH codes it (a
  // source and a target: "Britain remains opposed to sending ..." states a stance toward nobody), and only
  // as a reported act (PETRARCH reads no modality, so its senses carry no cues for promises and forecasts)
  if (e.flags.has('cameo') && (modality !== 'asserted' || !actors.some((a) => a.role === 'agent') || !actors.some((a) => a.role === 'target'))) {
    return { cand: null, aggregate: false, rejected: { rule: 'events/reject-cameo-actors', message: `a dictionary verb (${e.pattern}) is an event only between named actors` } };
  }
  const trigger = { ...rangeOf(v, hit.a, hit.b), text: textOf(v, hit.a, hit.b) };
  const cand: Candidate = {
    type, mode, weaponMode: null, trigger, sentences: [v.index], date, time: null, location: null, actors, weapon: null, quantity: null,
    killed: null, injured: null, outcome: null, responsibility: [], modality,
    anaphoric: !hit.verbal && (v.low[hit.head] === v.lemma[hit.head] && (/^(the|this|that|its|their)$/.test(v.low[hit.a - 1] ?? '') || describedIncident(v, hit.a)) || namedIncident(v, hit.a)) || v.low[hit.a - 1] === "'s" && v.toks[hit.a - 2]?.pos === 'PROPN' && /day$/.test(v.low[hit.a - 2]!),
    casualtyOnly: e.flags.has('casualty'), quoted: !!v.quoted[hit.head], responds: lex.cues.respondCues.some((c) => findSeq(v, c, ca, cb) >= 0), confidence: 0.5, rule, variants: [],
  };
  // a date a conjunction stands between the noun and ("the responses to the attack and on 15 September, issued a
  // statement") belongs to the other conjunct: coordination separates what it joins (a verb does not: "the gunfire
  // broke out Thursday afternoon" dates the noun's own predicate)
  if (cand.anaphoric && date && date.basis === 'own') {
    const lo = Math.min(trigger.end, date.at.end), hi = Math.max(trigger.start, date.at.start);
    for (let k = 0; k < v.toks.length; k++) {
      const t = v.toks[k]!;
      if (t.start < lo || t.end > hi) continue;
      if (/^(and|or|but|;)$/.test(v.low[k]!)) { cand.dateApart = true; break; }
    }
  }
  if (type === 'ASSAULT' || (type === 'OTHER' && mode === 'explosion')) {
    const w = readWeapon(v, frame, ca, cb);
    cand.weapon = w.weapon; cand.weaponMode = w.mode; cand.quantity = w.quantity;
    // "shelled X with heavy machine guns" stays shelling: a gun does not undo a remote-fire verb (ACLED's coding)
    if (w.mode && !(w.mode === 'firearms' && e.mode && REMOTE_TRIGGER_MODES.has(e.mode))) cand.mode = w.mode;
    if (cand.mode === 'intercept') cand.mode = null;
    cand.outcome = e.outcome ? { value: e.outcome, at: trigger } : readOutcome(v, ca, cb);
    // strikes counted by what they hit: "hitting three known Iranian militia locations"
    if (!cand.quantity) {
      const obj = frame.slots.find((s) => s.via === 'obj' && (s.role === 'target' || s.role === 'victim'));
      if (obj && lex.cues.placeNouns.has(v.low[headOf(v, obj.a, obj.b)]!)) {
        const c = countAt(v, obj.a);
        if (c && !c.vague && c.count.max === c.count.min) cand.quantity = { value: c.count.min, at: rangeOf(v, obj.a, obj.b) };
      }
    }
  }
  cand.location = choosePlace(v, frame, places.filter((p) => !personName(v, p) && !(type === 'ASSAULT' && violentDestination(v, p))));
  // time of day stated with the event ("at approximately 1:46 a.m.")
  const tod = v.doc.times.find((t) => t.sentence === v.index && t.timeOfDay);
  if (tod && tod.timeOfDay) cand.time = { value: tod.timeOfDay, at: { start: tod.start, end: tod.end } };
  cand.confidence = confidenceOf(cand);
  if (incidentWide) {
    cand.nonEvent = rejection(mod.rule, mod.reason, mod.cue, trigger, trigger.text);
    cand.scope = { value: 'accident', reason: mod.rule, cue: mod.cue, at: { start: trigger.start, end: trigger.end } };
  }
  return { cand, aggregate: false };
}

/** Words that set an incident apart from one already told ("the latest attack", "a second attack", "the other attack"). */
const ANOTHER = /^(latest|last|previous|earlier|later|new|newest|other|recent|next|similar|further|separate|first|second|third|fourth|fifth|subsequent|prior|another|former|many|several|some|such|both|all|each|every|few)$/;

/**
 * A definite singular noun after describing adjectives ("the failed attack", "the terrorist attack", "the
 * deadly shooting") refers back to an incident as "the attack" does, unless a word sets it apart (ANOTHER).
 */
function describedIncident(v: SentView, a: number): boolean {
  let k = a - 1;
  while (k > 0 && (v.toks[k]!.pos === 'ADJ' || v.toks[k]!.pos === 'VERB' && /ed$/.test(v.low[k]!)) && !ANOTHER.test(v.low[k]!)) k--;
  return k < a - 1 && /^(the|this|that)$/.test(v.low[k]!);
}

/**
 * "the Rolando attack", "the Boston Marathon bombing", "the Bloody Friday attacks": an event noun named by "the"
 * and proper nouns is an incident the reader is taken to know (one, or one named set), a reference back when the
 * article has told it.
 */
function namedIncident(v: SentView, a: number): boolean {
  let k = a - 1;
  // (capitalised words of the name the tagger reads as adjectives: "Bloody Friday")
  while (k >= 0 && (v.toks[k]!.pos === 'PROPN' || /^[A-Z]/.test(v.toks[k]!.text) && k > 0 && v.low[k] !== 'the')) k--;
  return k < a - 1 && v.low[k] === 'the';
}

function addActorsTo(list: ActorRef[], more: readonly ActorRef[]): void {
  for (const a of more) if (!list.some((x) => x.role === a.role && (x.name === a.name || (!!x.entity && x.entity === a.entity)))) list.push(a);
}

export { confidenceOf };

/** Candidates, casualties and responsibility statements of sentence `index`; triggers read as no event are reported to `diagnose`. */
export function readSentence(v: SentView, diagnose: DiagnosticSink = ignoreDiagnostics): SentenceReading {
  const hits = findTriggers(v);
  const candidates: Candidate[] = [];
  let hadAggregate = false;
  let prevAggregate = false;
  const rejected: Diagnostic[] = [];
  for (const hit of hits) {
    const frame = buildFrame(v, hit);
    const { cand, aggregate, rejected: why, nonEvent } = readCandidate(v, frame, prevAggregate);
    prevAggregate = aggregate;
    if (why) {
      const t = v.toks[hit.head]!;
      diagnose({ severity: 'info', rule: why.rule, message: `trigger "${t.text}" is no event: ${why.message}`, start: t.start, end: t.end, text: v.doc.article.text.slice(v.range.start, v.range.end) });
    }
    if ((aggregate || nonEvent) && (hit.entry.type === 'ASSAULT')) hadAggregate = true;
    if (nonEvent) rejected.push(nonEvent);
    if (cand) {
      candidates.push(cand);
      // a firm commitment to act is an act of its own (PLOVER AGREE / THREATEN); the act itself stays planned.
      // The commitment is made to whom the promised act is aimed at ("Portugal will support Turkey": Portugal
      // promises Turkey), so it keeps the act's agents and targets, never its other parties
      const commit = commitmentType(v, hit, cand.type, readModality(v, hit));
      if (commit && cand.modality !== 'asserted') {
        candidates.push({ ...cand, type: commit, mode: commit === 'AGREE' ? 'promise' : null, weaponMode: null, weapon: null, quantity: null, killed: null, injured: null, outcome: null, responsibility: [], actors: cand.actors.filter((a) => a.role === 'agent' || a.role === 'target'), sentences: [...cand.sentences], variants: [], location: null, date: null, modality: 'asserted', rule: 'events/commitment', casualtyOnly: false });
      }
    }
  }
  const casualties = readCasualties(v);
  for (const p of casualties.periodTolls ?? []) diagnose({ severity: 'info', rule: 'events/toll-over-period', message: `${p.kind} count kept out: ${p.why}`, start: p.value.at.start, end: p.value.at.end, text: v.doc.article.text.slice(v.range.start, v.range.end) });
  return { index: v.index, candidates, hadAggregate, rejected, casualties, responsibility: readResponsibility(v) };
}

export { viewSentence, clauseSpan, addActors };
export type { DateReading };

/**
 * A place whose name the article also gives a person ("stolen property from Welch" where "Shawn Welch" is the
 * victim): one name keeps one referent through an article (one sense per discourse), so the place reading is
 * the tagger's slip and locates nothing.
 */
function personName(v: SentView, p: PlaceCand): boolean {
  const name = p.name.trim();
  if (!name || /\s/.test(name)) return false;
  return v.doc.mentions.some((m) => m.type === 'person' && (m.name === name || m.name.endsWith(` ${name}`)));
}

/**
 * A place inside the destination of a movement ("was later airlifted to Methodist Hospital in Indianapolis for
 * treatment of a wound", "drove the truck to Geary Lake in Kansas"): where someone was taken, not where the
 * violence happened. "to" opens the destination; the place follows it within its noun phrase.
 */
function violentDestination(v: SentView, p: PlaceCand): boolean {
  const ti = v.toks.findIndex((t) => t.start >= p.at.start);
  if (ti < 0) return false;
  for (let k = ti - 1; k >= Math.max(0, ti - 7); k--) {
    const w = v.low[k]!, pos = v.toks[k]!.pos;
    if (w === 'to') return pos === 'ADP' || pos === 'PART' && v.toks[k + 1]?.pos !== 'VERB';
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || pos === 'SCONJ' || pos === 'CCONJ') return false;
    if (pos === 'ADP' && !/^(in|of|at)$/.test(w)) return false;
  }
  return false;
}
