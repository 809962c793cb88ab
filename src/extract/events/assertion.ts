/**
 * The one assertion layer: for each trigger, does the sentence tell an act that happened or is going on,
 * a speech act someone really made, or something that is no event of the ledger? Every answer carries a
 * reason and a rule id (`assertion/<reason>`), so that a rejection can be shown and counted.
 *
 * - statement (kept out of the ledger, reported under `statements`): the modality readings of
 *   modality.ts — forecast, plan, hypothetical or conditional, denial, negation.
 * - non-event (dropped, recorded as an info diagnostic on the article): what ACLED, GTD and PLOVER do not
 *   code as political violence or as a political act —
 *   accident ("accidentally shot", "an accidental shooting", "shot himself by accident": not dropped but kept
 *   as an event marked out of the ledger's scope, `scope: accident`, so that reports of it still fuse; index.ts),
 *   self-inflicted harm ("shot himself", "a self-inflicted wound": no attack on another; "blew himself up"
 *   is a suicide attack and stays),
 *   deaths by a cause that is no attacker ("killed in a car crash", "died of cancer", "struck by a car"),
 *   exoneration ("acquitted of the murder", "found not guilty of killing"),
 *   habitual or general statements ("militants often attack convoys": a frequency adverb with a present tense),
 *   a warning that threatens nothing ("warned residents to stay indoors", "warned that storms could ...":
 *   THREATEN is a threat of the speaker's own hostile act),
 *   and word senses that are no event: the second half of a hyphenated adjective ("life-threatening"),
 *   a release from hospital or care (a discharge, not a captive freed), a visit to a private person or home
 *   ("was visiting his grandmother", "visiting from Ohio") and a meeting of private persons or things ("met an ambulance"),
 *   agreeing to a clause ("agreed the deal is not dead": a belief), rejecting what is no proposal, demand or
 *   claim ("rejected Isis"), celebrating an occasion,
 *   the act a charge names ("charged with killing", "accused of sending money": the allegation is the ACCUSE
 *   event; the act is told apart when it is told), a warning of a danger ("warned of the risk that ..."),
 *   armed units that "meet" (an encounter), an "ordered" armed act (the act, not a request), the noun "suspect",
 *   an "attack on sovereignty", a stance in the present ("now opposes"), business dealings ("negotiated a lease"),
 *   a public regulation lifted ("the burn ban"), a state in the present passive ("are banned"), a refusal to
 *   accept responsibility (a denial), acts told "in some cases", and an event noun naming a person or case
 *   ("bombing suspect", "murder trial").
 *
 * Hand-written: the decisions rest on the shallow clause grammar of sentence.ts (no library tells
 * eventhood in news English). Cue words are word classes of English (reflexive pronouns, frequency
 * adverbs, causes of accidental death), not words of any one record.
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Range } from '../../core/span.js';
import { readModality, type ModalityReading } from './modality.js';
import { clauseSpan, viewSentence, type SentView } from './sentence.js';
import type { Doc } from '../../core/model/doc.js';
import type { Resources } from '../../resources/index.js';
import type { TriggerHit } from './triggers.js';
import { npRight } from './np.js';
import { headlineOf } from '../../core/model/article.js';
import { isActorNoun, isNounOf } from './noun-class.js';

export type AssertionStatus = 'act' | 'speech' | 'statement' | 'non-event';

export interface Assertion extends ModalityReading {
  readonly status: AssertionStatus;
  /** why: `asserted`, a modality (`forecast` ...) or a non-event class (`accident`, `self-inflicted` ...) */
  readonly reason: string;
  /** rule id, `assertion/<reason>` */
  readonly rule: string;
}

const SPEECH_TYPES = new Set(['AGREE', 'REQUEST', 'THREATEN', 'ACCUSE', 'REJECT', 'SUPPORT', 'SANCTION']);

/** Words that tell an act was not meant. */
// ("negligent discharge", "negligently shot": negligence is want of care, an act done without intent)
const ACCIDENT = /^(accidental|accidentally|unintentional|unintentionally|inadvertent|inadvertently|mishap|misfire|misfired|negligent|negligently)$/;
const REFLEXIVE = /^(himself|herself|themselves|myself|yourself|ourselves)$/;
/** Harm verbs whose reflexive object tells self-harm; "blew himself up", "detonated himself" are attacks. */
const SELF_HARM_VERBS = new Set(['shoot', 'shot', 'kill', 'killed', 'stab', 'stabbed', 'hang', 'hanged', 'wound', 'wounded', 'injure', 'injured', 'hurt']);
/** Causes of death that are no attacker: traffic, disaster, disease, mishap. */
const NO_ATTACKER_CAUSE = /^(crash|crashes|collision|collisions|accident|accidents|wreck|pile-up|flood|floods|flooding|flash|earthquake|quake|tsunami|storm|storms|hurricane|typhoon|cyclone|tornado|landslide|landslides|mudslide|avalanche|lightning|heatwave|drowning|overdose|illness|disease|cancer|cholera|covid|covid-19|coronavirus|virus|infection|stroke|complications|stampede|collapse|wildfire|wildfires|heat|cold|hunger|starvation|outbreak|causes|age)$/;
/** Vehicles as the agent of a passive harm verb ("struck by a car"): traffic, unless a bomb ("car bomb"). */
const VEHICLE = /^(car|cars|vehicle|vehicles|truck|trucks|lorry|bus|train|motorcycle|van|suv|taxi|tram|driver|motorist)$/;
const CASUALTY_VERB = /^(kill|die|dead|death|deaths|perish|drown|hurt|injure|wound|strike|hit)$/;
/** Verbs that report a contested assertion: what follows them is the speaker's version, not a finding */
const CLAIM = /^(claim|insist|maintain|allege|contend)$/;
/** Past forms that do not end in -ed */
const IRREGULAR_PAST = /^(shot|struck|hit|fought|threw|blew|beat|stole|took|held|met|sent|fled|led|overran|retook|set|slew|stabbed)$/;
/** Frequency adverbs: with a present tense they make a statement general, not an incident. */
const FREQUENCY = /^(often|usually|routinely|regularly|frequently|typically|sometimes|generally|commonly|habitually|normally|seldom|rarely)$/;
/** Medical or custodial care one is discharged from: a release from it frees no captive. */
const CARE = /^(hospital|hospitals|clinic|care|treatment|icu|infirmary|rehab|rehabilitation|intensive)$/;
/** Private persons and places a visit goes to: kin, friends and homes are no diplomatic visit. */
export const PRIVATE = /^(grandmother|grandfather|grandparents|grandparent|mother|father|parents|parent|aunt|uncle|cousin|cousins|brother|brothers|sister|sisters|son|daughter|family|relatives|relative|friend|friends|girlfriend|boyfriend|home|house|apartment|relatives|neighbor|neighbour|neighbors|neighbours|grandson|granddaughter|grandchildren|kids|children|mom|dad|wife|husband)$/;

/**
 * Firearm nouns (WordNet: first sense under gun.n.01, or "weapon"; noun-class.ts): a firearm that "went off" was
 * not fired at anyone (an accidental discharge); a bomb that went off was set off.
 */
const isFirearm = (v: SentView, w: string | undefined): boolean => !!w && isNounOf(v.res, w, 'firearm');
/** Verbs of handling or maintaining a thing (not of aiming or firing it): done to a firearm, the classic unintended discharge. */
const HANDLING = /^(handling|cleaning|loading|unloading|mishandling|mishandle|mishandled)$/;
const EXPLOSIVE = /^(bomb|bombs|device|devices|explosive|explosives|grenade|grenades|mine|mines|ied|ieds|charge|charges|vest|belt|rocket|rockets|shell|shells)$/;
/**
 * Nouns of the criminal-justice routine (an inquiry, a court step, legal counsel): a request, a refusal, a
 * consultation or cooperation about one of them is a step of a case, not a political act (ANNOTATION.md §1:
 * court steps and routine police work are no events).
 */
const PROCEDURE = /^(investigation|investigations|inquiry|inquiries|probe|hearing|hearings|attorney|attorneys|lawyer|lawyers|counsel|trial|trials|bond|bail|plea|pleas|case|cases|questions|questioning|interview|jury|testimony|subpoena|warrant|appeal|verdict|sentence|sentencing|detectives|investigators|prosecutors|prosecutor)$/;
/** Law-enforcement nouns: the subject of a routine investigation ("police are investigating"). */
const POLICE = /^(police|detectives|detective|investigators|investigator|officers|officer|deputies|deputy|sheriff|troopers|trooper|authorities|department|marshals|agents|coroner|examiner)$/;
/**
 * What one agrees to when one accepts or offers it: a proposal, terms, help or a settlement. Accepting a medal
 * or a company, offering a reward or cars for hire are no PLOVER agreement (ANNOTATION.md §1: "the reward offer
 * is no PLOVER act"; business dealings are out of scope).
 */
const PROPOSAL = /^(offer|offers|proposal|proposals|plan|plans|deal|deals|agreement|agreements|terms|conditions|condition|ceasefire|cease-fire|truce|resolution|resolutions|demand|demands|invitation|invitations|compromise|settlement|peace|talks|mediation|help|aid|assistance|support|guarantee|guarantees|concession|concessions|amnesty|asylum|surrender|resignation|apology|apologies|roadmap|framework|formula|initiative|protection|dialogue|negotiations|cooperation)$/;
/**
 * Words that lay a charge or blame on someone: the act named after them ("charged with killing", "accused of
 * sending money", "prosecuted for fighting") is the allegation, told as the charge (ACCUSE), not as an act of
 * its own. A finding ("guilty of violating the ceasefire", "convicted of murder") asserts the act and is no such word.
 * Blame is none either: "X was blamed for killing two soldiers" presupposes the killing and disputes only who did
 * it; and "tried" is mostly the attempt ("tried to kill"), whose act is read by modality.ts, not a court's trial.
 */
const CHARGE = /^(charge|charged|accuse|accused|indict|indicted|prosecute|prosecuted|prosecution|suspect|suspected)$/;
/**
 * What one rejects when the refusal is a political act: a proposal, a demand, a claim or a charge. Rejecting a
 * group, an idea or a leak is an attitude, no PLOVER REJECT.
 */
const REJECTABLE = /^(request|requests|call|calls|appeal|appeals|demand|demands|claim|claims|accusation|accusations|allegation|allegations|charge|charges|report|reports|rumour|rumours|rumor|rumors|bid|bids|application|applications|nomination|nominations|overture|overtures|ultimatum|ultimatums|idea|ideas|suggestion|suggestions|statement|statements|version|findings|conclusion|conclusions|criticism|verdict|results|result|election|elections|vote|votes|referendum|law|laws|bill|bills|measure|measures|policy|policies|decision|decisions|order|orders|ruling|rulings|draft|text|budget)$/;
/** Nouns of a danger: a warning "of the risk" or "about the danger" tells a danger, not a threat of the speaker's act. */
const DANGER = /^(risk|risks|danger|dangers|possibility|likelihood|chance|chances|perils|peril|threat|threats|consequences|dangerous|spread|impact|effects|hazards|hazard)$/;
/** Occasions one celebrates: celebrating one is no support of an actor. */
const OCCASION = /^(day|days|anniversary|anniversaries|birthday|birthdays|holiday|holidays|festival|festivals|christmas|eid|easter|new|year|wedding|weddings|graduation|victory|win|season|weekend|night|independence|diwali|hanukkah|ramadan|thanksgiving|halloween)$/;

/** Armed units: when they "meet" one another it is an encounter on the ground (a link-up or a clash), not talks. */
const ARMED = /^(troops|troop|forces|soldiers|fighters|militants|militiamen|militias|rebels|insurgents|units|battalions|brigades|convoy|convoys|patrol|patrols|columns|tanks|army|armies)$/;
/** Nouns of armed acts: a commander who "ordered" one of them did the act through his forces (the order is no REQUEST). */
const ARMED_ACT = /^(strike|strikes|airstrike|airstrikes|air-strike|attack|attacks|raid|raids|bombing|bombings|assault|offensive|invasion|shelling|bombardment|incursion|operation|operations|execution|executions|killing|killings|arrest|arrests|withdrawal|retreat|evacuation|deployment)$/;
/** Nouns of crimes that make "suspect" after them a person's title ("bombing suspect", "murder suspect"), no act of suspecting. */
const CRIME_NOUN = /^(murder|homicide|terror|terrorism|robbery|rape|assault|attack|crime|arson|theft|burglary|kidnapping|shooting|bombing|stabbing|killing)$/;
/** Abstract things an "attack on" may aim at: an attack on one of them is verbal or political, not an armed act. */
const ABSTRACT = /^(sovereignty|democracy|freedom|freedoms|liberty|liberties|rights|values|dignity|constitution|independence|integrity|law|justice|truth|press|speech|faith|religion|principles|unity|identity|culture|reputation|credibility|legitimacy|autonomy|authority|institutions|judiciary|science|reason|decency|civilisation|civilization|humanity|tolerance|pluralism|secularism|rule)$/;


/** Time units after "every": a repeated, not a single, act ("getting bombed every five minutes"). */
const TIME_UNIT = /^(second|seconds|minute|minutes|hour|hours|day|days|night|nights|week|weeks|month|months|year|years|morning|mornings|evening|evenings|time|weekend|weekends|summer|winter)$/;

const make = (status: AssertionStatus, reason: string, mod: ModalityReading, cue: string | null = mod.cue): Assertion =>
  ({ ...mod, cue, status, reason, rule: `assertion/${reason}` });

/** The assertion of one trigger: its modality reading, or the reason it tells no event. */
export function assess(v: SentView, hit: TriggerHit): Assertion {
  const mod = readModality(v, hit);
  const non = nonEvent(v, hit);
  if (non) return make('non-event', non.reason, mod, non.cue);
  if (mod.modality !== 'asserted') return make('statement', mod.modality, mod);
  const speech = hit.entry.flags.has('speech') || SPEECH_TYPES.has(hit.entry.type);
  return make(speech ? 'speech' : 'act', 'asserted', mod);
}

function nonEvent(v: SentView, hit: TriggerHit): { reason: string; cue: string } | null {
  const [ca, cb] = clauseSpan(v, hit.head);
  const type = hit.entry.type;
  const low = v.low;
  // "life-threatening", "record-breaking": the second half of a hyphenated adjective
  if (hit.a >= 2 && low[hit.a - 1] === '-' && v.toks[hit.a - 1]!.start === v.toks[hit.a - 2]!.end && v.toks[hit.a - 1]!.end === v.toks[hit.a]!.start && /ing$/.test(low[hit.a]!)) {
    return { reason: 'sense-adjective', cue: `${low[hit.a - 2]}-${low[hit.a]}` };
  }
  // "a life threatening wound", "non-life threatening injuries": an adjective of severity, written apart
  if (/^threaten/.test(low[hit.head]!) && /life$/.test(low[hit.a - 1] ?? '')) return { reason: 'sense-adjective', cue: `${low[hit.a - 1]} ${low[hit.a]}` };
  const violent = type === 'ASSAULT' || (type === 'OTHER' && hit.entry.mode === 'explosion');
  // "a heart attack", "a panic attack": an illness, not an assault
  if (violent && !hit.verbal && /^(heart|panic|asthma|anxiety|seizure)$/.test(low[hit.a - 1] ?? '')) return { reason: 'sense-medical', cue: `${low[hit.a - 1]} ${low[hit.a]}` };
  if (violent) {
    // accident: a cue in the trigger's clause ("accidentally shot", "an accidental shooting", "by accident"),
    // unless only claimed ("he claimed the shooting was an accident")
    const claimed = v.lemma.slice(0, hit.a).some((l, k) => CLAIM.test(l) && v.toks[k]!.pos === 'VERB');
    for (let k = ca; k < cb && !claimed; k++) {
      // ("was not accidental", "no accident": a denied accident is no accident)
      if (/^(not|no|never|n't)$/.test(low[k - 1] ?? '') || /^(not|no|never|n't)$/.test(low[k - 2] ?? '')) continue;
      if (ACCIDENT.test(low[k]!) || (low[k] === 'by' && low[k + 1] === 'accident') || (low[k] === 'accident' && /^(an|apparent|the)$/.test(low[k - 1] ?? '') && k > hit.b)) return { reason: 'accident', cue: low[k]! };
    }
    // self-inflicted: a reflexive object of a harm verb, or "self-inflicted"
    if (hit.verbal && (SELF_HARM_VERBS.has(v.lemma[hit.head]!) || SELF_HARM_VERBS.has(low[hit.head]!))) {
      if (REFLEXIVE.test(low[hit.b] ?? '') && low[hit.b + 1] !== 'up') return { reason: 'self-inflicted', cue: low[hit.b]! };
    }
    for (let k = Math.max(ca, hit.a - 4); k < Math.min(cb, hit.b + 4); k++) {
      if (low[k] === 'self' && low[k + 1] === '-' && /^inflicted$/.test(low[k + 2] ?? '')) return { reason: 'self-inflicted', cue: 'self-inflicted' };
      if (low[k] === 'self-inflicted' || low[k] === 'suicide' && low[k - 1] !== 'murder' && low[k - 2] !== 'murder' && !/^(bomber|bombers|bombing|bombings|attack|attacks|vest|vests|belt|car|truck)$/.test(low[k + 1] ?? '')) return { reason: 'self-inflicted', cue: low[k]! };
    }
    // a death or harm caused by no attacker: "killed in a car crash", "died of cancer", "struck by a car"
    if (CASUALTY_VERB.test(v.lemma[hit.head]!) || CASUALTY_VERB.test(low[hit.head]!)) {
      // the cause follows the verb ("killed in a crash"), or a passive harm verb before it names it ("struck by a car and killed")
      for (let k = Math.max(ca, hit.a - 8); k < Math.min(cb, hit.b + 8); k++) {
        if (!/^(in|of|from|after|during|by|when)$/.test(low[k]!)) continue;
        if (k < hit.b && low[k] !== 'by') continue;
        // ("died of the yet unidentified disease": a cause noun within the next few words of the preposition)
        const np0 = npRight(v, k + 1, { limit: cb }), np1 = npAfterModifiers(v, k + 1, cb);
        const np: [number, number] | null = np0 && np1 ? [np0[0], Math.max(np0[1], np1[1])] : np0 ?? np1;
        if (!np) continue;
        const words = low.slice(np[0], np[1]);
        const head = words[words.length - 1]!;
        // ("a heart attack", "food poisoning", "natural causes", "old age": the noun alone names no such cause)
        const kind = words.length > 1 ? words[words.length - 2]! : '';
        const special = (head === 'attack' && kind === 'heart') || (head === 'poisoning' && kind === 'food') || (head === 'causes' && kind === 'natural') || (head === 'age' && kind === 'old');
        // ("heat" and "cold" only as the head: "killed in cold blood" is murder)
        const plain = words.some((w) => NO_ATTACKER_CAUSE.test(w) && !/^(causes|age|cold|heat|flash)$/.test(w)) || /^(cold|heat)$/.test(head);
        if (special || plain || words.some((w, j) => j < words.length - 1 && /^(traffic|car|road|plane|helicopter|bus|train|boating|hunting)$/.test(w) && /^(crash|accident|collision|wreck|incident)$/.test(head))) return { reason: 'no-attacker-cause', cue: head };
        if (low[k] === 'by' && VEHICLE.test(head) && v.toks[np[1]]?.pos !== 'NOUN') return { reason: 'no-attacker-cause', cue: head };
        if (k >= hit.b) break;
      }
    }
  }
  if (violent || type === 'COERCE') {
    // exoneration: "acquitted of the murder", "cleared of killing", "found not guilty of the shooting"
    for (let k = Math.max(ca, hit.a - 6); k < hit.a; k++) {
      const l = v.lemma[k]!;
      if ((/^(acquit|exonerate|clear|absolve)$/.test(l) || /^(acquitted|exonerated|cleared|absolved)$/.test(low[k]!)) && low.slice(k + 1, hit.a).includes('of')) return { reason: 'exoneration', cue: low[k]! };
      if (low[k] === 'not' && low[k + 1] === 'guilty') return { reason: 'exoneration', cue: 'not guilty' };
    }
  }
  // the allegation of a charge: "charged with killing Welch", "accused of sending money to their son", "facing
  // prosecution for fighting against Islamic State" — a gerund
  // after a charge word with nothing but its complements between (the act, if it happened, is told apart)
  if (/ing$/.test(low[hit.head]!) && v.toks[hit.head]!.pos === 'VERB') {
    for (let k = hit.a - 1; k >= Math.max(0, hit.a - 14); k--) {
      const t = v.toks[k]!;
      // blame presupposes a harm and contests who did it ("blamed for killing two soldiers": the killing is told);
      // an act that is nothing but the blamed party's conduct ("blamed the PCE of cooperating in the attack") is
      // wholly the allegation
      if (CHARGE.test(low[k]!) || CHARGE.test(v.lemma[k]!) || (!violent && type !== 'COERCE' && v.lemma[k] === 'blame')) {
        if (low.slice(k + 1, hit.a).some((w) => /^(with|of|for)$/.test(w))) return { reason: 'charge-content', cue: `${low[k]} ... ${low[hit.head]}` };
        break;
      }
      // a finite verb of its own ends the charge's complement ("was charged after he shot ...")
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(low[k]!)) break;
      if (/^(after|before|when|while|because|since|as|but|and|;|\.)$/.test(low[k]!) && t.pos !== 'ADP') break;
    }
  }
  // the crime a charge names: "charged with assault", "convicted of murder" (the noun right after the charge's preposition)
  if (!hit.verbal && violent) {
    let k = hit.a - 1;
    while (k > 0 && (v.toks[k]!.pos === 'ADJ' || low[k] === '-' || /degree$/.test(low[k]!) || v.toks[k]!.pos === 'VERB' && /ed$/.test(low[k]!))) k--;
    if (/^(with|of)$/.test(low[k] ?? '') && (CHARGE.test(low[k - 1] ?? '') || CHARGE.test(v.lemma[k - 1] ?? ''))) return { reason: 'charge-content', cue: `${low[k - 1]} ${low[k]} ${low[hit.head]}` };
  }
  // a non-restrictive relative clause inside the subject says who the subject is: "McDonnell, who resigned as
  // attorney general to run for governor, opened his campaign" — background given in passing before the sentence's
  // own predicate, not its report (a relative clause after the predicate, "Isis, who reportedly tortured him", may be news)
  if (hit.verbal && /^(who|which)$/.test(low[ca] ?? '') && low[ca - 1] === ',') {
    let k = ca + 1;
    while (k < low.length && low[k] !== ',' && low[k] !== '.') k++;
    let j = k + 1;
    while (j < low.length && v.toks[j]!.pos === 'ADV') j++;
    // (the trigger inside the relative clause, not the predicate after it: "JWS, which operates under OPS, shelled ...")
    if (hit.head < k && low[k] === ',' && (v.toks[j]?.pos === 'VERB' || v.toks[j]?.pos === 'AUX') && !/ing$/.test(low[j]!)) return { reason: 'background-relative', cue: `, ${low[ca]} ${low[hit.head]}` };
  }
  // a standing relation told as a modifier: "militias sponsored by the Americans", "a group helped by the UK
  // government", "Deir ez-Zor, which is controlled by the SDF" — a passive participle of backing or control
  // right after its noun (or after "which is") describes the noun, it reports no act of backing; a one-off
  // transfer ("aid delivered by the UN") is an act and stays
  if (/^(SUPPORT|COOPERATE|AID)$/.test(type) && hit.verbal && low[hit.b] === 'by' && /(ed|en)$/.test(low[hit.head]!) && hit.head === hit.a
    && !/^(deliver|send|give|provide|donate|ship|airlift|airdrop|drop|distribute|hand|transfer|supply)$/.test(v.lemma[hit.head]!)) {
    const prev = v.toks[hit.a - 1];
    const reduced = !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && v.lemma[hit.a - 1] !== 'be';
    const stative = v.lemma[hit.a - 1] === 'be' && /^(which|that|who)$/.test(low[hit.a - 2] ?? '') && /^(is|are)$/.test(low[hit.a - 1]!);
    if (reduced || stative) return { reason: 'background-modifier', cue: `${low[hit.a - 1]} ${low[hit.head]} by` };
  }
  // habitual or general: "militants often attack convoys" (a frequency adverb before a present-tense verb)
  // ("Typically, the media treats ...": a sentence adverb counts too; "tend to attack" is habitual by itself)
  if (hit.verbal && !/(ed|en)$/.test(low[hit.head]!) && !IRREGULAR_PAST.test(low[hit.head]!) && v.lemma[hit.head - 1] !== 'be' && v.lemma[hit.head - 1] !== 'have') {
    for (let k = 0; k < hit.a; k++) if (FREQUENCY.test(low[k]!) && v.toks[k]!.pos === 'ADV' && (k >= ca || k === 0)) return { reason: 'habitual', cue: low[k]! };
    if (low[hit.a - 1] === 'to' && v.lemma[hit.a - 2] === 'tend') return { reason: 'habitual', cue: 'tend to' };
  }
  // a schedule: the happening in the simple present at a clock time ("Both meetings start at 6:30 p.m.", "The
  // council meets at 7 p.m.") is a timetable, not a report of something that happened
  const happening = hit.verbal ? hit.head : hit.light >= 0 && hit.lightAfter ? hit.light : -1;
  if (happening >= 0 && simplePresent(v, happening) && !v.quoted[happening]) {
    for (let k = happening + 1; k < cb - 1; k++) {
      if (low[k] === 'at' && v.toks[k + 1]!.pos === 'NUM' && (/:/.test(low[k + 1]!) || /^(a\.?m\.?|p\.?m\.?|o'clock)$/.test(low[k + 2] ?? ''))) return { reason: 'scheduled', cue: `${low[happening]} at ${low[k + 1]}` };
    }
  }
  // a warning that threatens no hostile act of the speaker: advice or a forecast
  if (type === 'THREATEN' && hit.verbal && v.lemma[hit.head] === 'warn') {
    // "warned of the risk that ...", "warned about the dangers of a clash": a danger, not the speaker's act
    if (/^(of|about)$/.test(low[hit.b] ?? '')) {
      const np = npRight(v, hit.b + 1, { limit: cb });
      if (np && low.slice(np[0], np[1]).some((w) => DANGER.test(w))) return { reason: 'warning', cue: `${low[hit.head]} ${low[hit.b]} ${low.slice(np[0], np[1]).find((w) => DANGER.test(w))}` };
    }
    const { hostileThemes } = v.lex.cues;
    const hostile = v.lemma.slice(hit.b, cb).some((w, j) => hostileThemes.has(w) || hostileThemes.has(low[hit.b + j]!));
    if (!hostile) return { reason: 'warning', cue: low[hit.head]! };
  }
  // "in some cases ... when rebel groups surrendered": a quantifier over cases makes the act a kind, not one incident
  for (let k = 0; k + 2 < hit.a; k++) {
    if (low[k] === ';') break;
    if (low[k] === 'in' && /^(some|many|most|several|other|such|all)$/.test(low[k + 1]!) && /^(cases|instances|places)$/.test(low[k + 2]!) && !low.slice(k + 3, hit.a).includes(';')) return { reason: 'habitual', cue: `in ${low[k + 1]} ${low[k + 2]}` };
  }
  // "Boston Marathon bombing suspect", "shooting victims", "the murder trial": an event noun that modifies a noun of
  // a person or a court case names that person or case, it reports no incident
  // (the tagger may read "suspect" after a noun as a verb: it is one only with an object of its own, "suspect the")
  if (!hit.verbal && hit.light < 0 && (v.toks[hit.b]?.pos === 'NOUN' || !/^(DET|PRON)$/.test(v.toks[hit.b + 1]?.pos ?? '')) && /^(suspect|suspects|victim|victims|survivor|survivors|witness|witnesses|trial|trials|case|cases|convict|convicts|defendant|defendants)$/.test(low[hit.b]!)) return { reason: 'sense-modifier', cue: `${low[hit.head]} ${low[hit.b]}` };
  // repeated acts: "getting bombed every five minutes", "attacked each night" (no one incident)
  for (let k = Math.max(ca, hit.b); k < Math.min(cb, hit.b + 8); k++) {
    if (!/^(every|each)$/.test(low[k]!)) continue;
    const unit = TIME_UNIT.test(low[k + 1] ?? '') ? low[k + 1] : v.toks[k + 1]?.pos === 'NUM' || /^(few|couple)$/.test(low[k + 1] ?? '') ? low[k + 2] : undefined;
    if (unit && TIME_UNIT.test(unit)) return { reason: 'habitual', cue: `${low[k]} ${low[k + 1]}${unit === low[k + 1] ? '' : ' ' + unit}` };
  }
  // routine police work on a crime: "police are investigating the shooting", "responded to investigate a
  // shooting", "Authorities are still investigating a possible motive" (ANNOTATION.md §1; a formal inquiry into
  // an actor's conduct stays ACCUSE)
  if (type === 'ACCUSE' && hit.entry.mode === 'investigate') {
    const start = hit.b + (/^(into|of)$/.test(low[hit.b] ?? '') ? 1 : 0);
    const np = npRight(v, start, { limit: cb });
    // (the police or the authorities investigate; a state's or the UN's inquiry into killings stays ACCUSE)
    const byPolice = low.slice(0, hit.a).some((w) => POLICE.test(w));
    // what the police look into is an occurrence ("the shooting", "the incident", "a possible motive") unless the
    // object names an actor — a proper noun or a person or group noun by WordNet ("the officer", "the department");
    // (the head of a noun compound is its last noun: "investigate child shooting", which the tagger may split)
    let h = np ? np[1] - 1 : -1;
    while (h >= 0 && h + 1 < cb && (v.toks[h + 1]!.pos === 'NOUN' || /ing$/.test(low[h + 1]!) && v.toks[h + 1]!.pos === 'VERB' && v.toks[h]!.pos === 'NOUN')) h++;
    if (np && byPolice && (v.toks[h]!.pos === 'NOUN' || /ing$/.test(low[h]!)) && !isActorNoun(v.res, low[h]!)) return { reason: 'police-inquiry', cue: `${low[hit.head]} ${low[h]}` };
    if (!np && low.slice(ca, hit.a).some((w) => POLICE.test(w))) return { reason: 'police-inquiry', cue: low[hit.head]! };
  }
  // a step of a case: "requested a bond hearing", "asked for an attorney", "cooperating with the
  // investigation", "consulting with the District Attorney", "dismissed the cases"
  if (/^(REQUEST|COOPERATE|CONSULT|REJECT|AGREE|CONCEDE)$/.test(type) && hit.verbal) {
    const start = hit.b + (/^(with|for|to|in|into)$/.test(low[hit.b] ?? '') ? 1 : 0);
    const np = npRight(v, start, { limit: cb });
    const head = np ? low[np[1] - 1]! : '';
    if (np && PROCEDURE.test(head)) return { reason: 'procedure', cue: `${low[hit.head]} ${head}` };
    // "requested ISP Putnamville conduct the investigation": the requested step of a case, told in a complement clause
    if (np && type === 'REQUEST' && v.toks[np[1]]?.pos === 'VERB') {
      const obj = npRight(v, np[1] + 1, { limit: cb });
      if (obj && PROCEDURE.test(low[obj[1] - 1]!)) return { reason: 'procedure', cue: `${low[hit.head]} ... ${low[obj[1] - 1]}` };
    }
  }
  // a question asserts nothing: "Can the UN accept people who ...?"
  const last = [...low].reverse().find((w) => !/^["'“”’)]$/.test(w));
  if (last === '?') return { reason: 'question', cue: '?' };
  // accepting or offering a thing that is no proposal: "accepted a medal", "offered cars for hire",
  // "a $10,000 reward was offered", "what the state had to offer"
  // ("is offered to Oxford residents": the passive's "to" names the recipient, not an infinitive of the offer)
  const passiveOffer = v.lemma.slice(Math.max(0, hit.a - 3), hit.a).includes('be');
  if (type === 'AGREE' && hit.verbal && /^(accept|offer)$/.test(v.lemma[hit.head]!) && (low[hit.b] !== 'to' || passiveOffer && !v.toks[hit.b + 1]?.pos.startsWith('VERB')) && low[hit.b] !== 'that') {
    const passive = passiveOffer;
    let np = low[hit.b] === 'to' ? null : npRight(v, hit.b, { limit: cb });
    // ("residents are being offered the opportunity": the passive of a two-object verb keeps its thing after it)
    if (!np && passive) { let k = hit.a - 1; while (k > 0 && (v.lemma[k] === 'be' || v.toks[k]!.pos === 'AUX' || v.toks[k]!.pos === 'ADV')) k--; if (v.toks[k]?.pos === 'NOUN') np = [k, k + 1]; }
    const head = np ? low[np[1] - 1]! : '';
    if (!PROPOSAL.test(head)) return { reason: 'sense-object', cue: `${low[hit.head]}${head ? ' ' + head : ''}` };
  }
  // "agreed the deal is not dead", "agrees that ...": agree with a clause is a belief, not an agreement reached
  if (type === 'AGREE' && hit.verbal && v.lemma[hit.head] === 'agree') {
    if (low[hit.b] === 'that') return { reason: 'sense-belief', cue: 'agree that' };
    const np = npRight(v, hit.b, { limit: cb });
    const after = np ? v.toks[np[1]] : undefined;
    if (np && after && (after.pos === 'AUX' || after.pos === 'VERB') && !/ing$/.test(low[np[1]]!) && low[np[1]] !== 'to') return { reason: 'sense-belief', cue: `agree ${low[np[1] - 1]} ${low[np[1]]}` };
  }
  // "said he rejected Isis", "rejected and condemned the leak": refusing what is no proposal, demand or claim
  if (type === 'REJECT' && hit.verbal && /^(reject|dismiss)$/.test(v.lemma[hit.head]!)) {
    let k = hit.b;
    // ("rejected and condemned the leak": the object shared by coordinated verbs)
    if (low[k] === 'and' && v.toks[k + 1]?.pos === 'VERB') k += 2;
    const np = npRight(v, k, { limit: cb });
    const head = np ? low[np[1] - 1]! : '';
    if (np && np[0] === k && (v.toks[np[1] - 1]!.pos === 'NOUN' || v.toks[np[1] - 1]!.pos === 'PROPN') && !REJECTABLE.test(head) && !PROPOSAL.test(head)) return { reason: 'sense-object', cue: `${low[hit.head]} ${head}` };
  }
  // "refused to accept responsibility": a denial of responsibility (responsibility.ts reads it), no refusal of a demand
  if (type === 'REJECT' && hit.verbal && low[hit.b] === 'to' && /^(accept|take|admit|claim|acknowledge)$/.test(v.lemma[hit.b + 1] ?? '') && /^(responsibility|blame|guilt|liability)$/.test(low[hit.b + 2] ?? '')) return { reason: 'sense-denial', cue: `${low[hit.head]} to ${low[hit.b + 1]} ${low[hit.b + 2]}` };
  // "shot while celebrating Martin Luther King Jr. Day": celebrating an occasion backs no actor
  if (type === 'SUPPORT' && hit.verbal && v.lemma[hit.head] === 'celebrate') {
    const np = npRight(v, hit.b, { limit: cb });
    if (np && OCCASION.test(low[np[1] - 1]!)) return { reason: 'sense-occasion', cue: `${low[hit.head]} ${low[np[1] - 1]}` };
  }
  // "the US accepts that ...": accept with a clause is a belief, not an agreement to a proposal
  if (type === 'AGREE' && hit.verbal && v.lemma[hit.head] === 'accept' && low[hit.b] === 'that') return { reason: 'sense-belief', cue: 'accept that' };
  // "pulled out a gun": pull out with a direct object takes something out; the retreat is intransitive ("pulled out of the town")
  if (type === 'RETREAT' && hit.verbal && v.lemma[hit.head] === 'pull') {
    const np = npRight(v, hit.b, { limit: cb });
    if (np && np[0] === hit.b && /^(a|an|the|his|her|their|its|my|your|our)$/.test(low[hit.b]!)) return { reason: 'sense-extract', cue: `pulled out ${low[np[1] - 1]}` };
  }
  // "Trump ordered a Tomahawk missile strike": an order of an armed act is that act, done by the one who ordered it
  // (told by its noun), no request of the ordered forces
  if (type === 'REQUEST' && hit.verbal && v.lemma[hit.head] === 'order') {
    const np = npRight(v, hit.b, { limit: cb });
    if (np && ARMED_ACT.test(low[np[1] - 1]!)) return { reason: 'sense-command', cue: `${low[hit.head]} ${low[np[1] - 1]}` };
  }
  // "Boston Marathon bombing suspect Dzokhar Tsarnaev", "the suspect": the noun names a person, no one suspects anyone
  if (type === 'ACCUSE' && /^suspects?$/.test(low[hit.head]!)) {
    const prev = v.toks[hit.head - 1];
    if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || CRIME_NOUN.test(low[hit.head - 1]!) || /^(the|a|an|'s)$/.test(low[hit.head - 1]!))) return { reason: 'sense-noun', cue: `${low[hit.head - 1]} ${low[hit.head]}` };
  }
  // "The US plan was a blatant attack on Syrian sovereignty": an attack on an abstraction is a figure of speech
  if (violent && !hit.verbal && v.lemma[hit.head] === 'attack' && low[hit.b] === 'on') {
    const np = npRight(v, hit.b + 1, { limit: cb });
    if (np && ABSTRACT.test(low[np[1] - 1]!)) return { reason: 'sense-figurative', cue: `attack on ${low[np[1] - 1]}` };
  }
  // "now opposes the Kremlin": opposing in the simple present is a standing stance, no act of speech
  if (type === 'ACCUSE' && hit.verbal && /^(oppose|disapprove)$/.test(v.lemma[hit.head]!) && simplePresent(v, hit.head) && !v.quoted[hit.head]) return { reason: 'stance', cue: low[hit.head]! };
  // business dealings (ANNOTATION.md §1): "negotiated a lease", "agreed a contract", "traded heroin for a computer tablet" (a barter)
  if (/^(CONSULT|AGREE|COOPERATE)$/.test(type) && hit.verbal) {
    const np = npRight(v, hit.b, { limit: cb });
    // (a possession by its first WordNet sense — a lease, a loan, rent, money, property: noun-class.ts — is what
    // is bought, rented or lent; an agreement's own nouns, "aid", "peace", stay political)
    if (np && v.toks[np[1] - 1]!.pos === 'NOUN' && isNounOf(v.res, low[np[1] - 1]!, 'possession') && !PROPOSAL.test(low[np[1] - 1]!)) return { reason: 'sense-business', cue: `${low[hit.head]} ${low[np[1] - 1]}` };
    if (v.lemma[hit.head] === 'trade' && np && low[np[1]] === 'for') return { reason: 'sense-business', cue: `${low[hit.head]} ... for` };
  }
  // "lifted the burn ban", "the fishing ban": a compound "X ban" whose X names an activity or a thing is a public
  // regulation (routine administration); only a ban whose X names an actor or a place (a proper noun, a person
  // or group noun by WordNet: "the Hamas ban") restricts someone, and lifting it may be a concession
  if (type === 'CONCEDE' && hit.verbal && v.lemma[hit.head] === 'lift') {
    const np = npRight(v, hit.b, { limit: cb });
    let ban = np ? np[1] - 1 : -1;
    // ("the burn ban has been lifted": in the passive the ban stands before the verb)
    if (!np) { let k = hit.a - 1; while (k > 0 && (v.toks[k]!.pos === 'AUX' || /^(be|have)$/.test(v.lemma[k]!))) k--; ban = k; }
    const m = ban - 1, mod = low[m] ?? '';
    if (ban > 0 && /^bans?$/.test(low[ban]!) && /^[a-z][a-z-]*$/.test(mod) && /^(NOUN|VERB|ADJ)$/.test(v.toks[m]!.pos)
      && !isActorNoun(v.res, mod) && !isNounOf(v.res, mod, 'location')) return { reason: 'sense-regulation', cue: `${mod} ban` };
  }
  // a present state, no act (ANNOTATION.md §1: "is being held", "400 hostages are with them"): an act verb in the
  // present passive ("Thirty of them are banned from travelling") outside a quote, with no day of its own
  if (!SPEECH_TYPES.has(type) && !hit.entry.flags.has('speech') && hit.verbal && hit.a === hit.head && /^(is|are|am)$/.test(low[hit.a - 1] ?? '') && /(ed|en|wn)$/.test(low[hit.head]!) && !v.quoted[hit.head] && !isHeadline(v)
    && !v.doc.times.some((t) => t.sentence === v.index)) return { reason: 'state', cue: `${low[hit.a - 1]} ${low[hit.head]}` };
  // word senses
  if (type === 'CONCEDE' && hit.entry.mode === 'release') {
    // "was released from the hospital": a discharge from care
    for (let k = hit.b; k < Math.min(cb, hit.b + 4); k++) if (low[k] === 'from' && low.slice(k + 1, k + 4).some((w) => CARE.test(w))) return { reason: 'sense-discharge', cue: 'from ' + low.slice(k + 1, k + 4).find((w) => CARE.test(w)) };
    // "were treated on the scene and released": released from the care just told
    for (let k = Math.max(0, hit.a - 8); k < hit.a; k++) if (/^(treated|hospitalized|hospitalised|examined|evaluated)$/.test(low[k]!)) return { reason: 'sense-discharge', cue: `${low[k]} and released` };
  }
  if (type === 'CONSULT' && hit.verbal) {
    // ("met up with a friend": the particle before the preposition)
    const at = hit.b + (low[hit.b] === 'up' ? 1 : 0);
    const np = npRight(v, at + (low[at] === 'with' ? 1 : 0), { limit: cb });
    // "some of the victims were visiting from out of the country": a visitor's origin, no visit to anyone (the social sense)
    if (hit.entry.mode === 'visit' && low[hit.b] === 'from') return { reason: 'sense-private', cue: `${low[hit.head]} from` };
    // "police arrived on the scene": a response to a crime, no visit of officials
    if (v.lemma[hit.head] === 'arrive' && low.slice(Math.max(ca, hit.a - 4), hit.a).some((w) => POLICE.test(w))) return { reason: 'police-inquiry', cue: `police ${low[hit.head]}` };
    const words = np ? low.slice(np[0], np[1]) : [];
    // a visit to kin or a home, a meeting with an ambulance: no consultation of political actors
    if (words.length && PRIVATE.test(words[words.length - 1]!)) return { reason: 'sense-private', cue: words[words.length - 1]! };
    if (hit.entry.mode === 'meeting' && (VEHICLE.test(words[words.length - 1] ?? '') || /^(ambulance|ambulances|paramedics|medics)$/.test(words[words.length - 1] ?? ''))) return { reason: 'sense-private', cue: words[words.length - 1]! };
    // "US-backed troops met Russian-backed forces": armed units that meet encounter each other on the ground
    if (v.lemma[hit.head] === 'meet' && (ARMED.test(words[words.length - 1] ?? '') || subjectHead(v, hit.a, ca).some((w) => ARMED.test(w)))) return { reason: 'sense-encounter', cue: `${ARMED.test(words[words.length - 1] ?? '') ? words[words.length - 1] : 'troops'} ${low[hit.head]}` };
    // "a home he was visiting": the visited noun stands before the relative clause
    if (hit.entry.mode === 'visit' && !np) {
      let k = hit.a - 1;
      while (k > ca && (v.toks[k]!.pos === 'AUX' || v.lemma[k] === 'be' || v.toks[k]!.pos === 'ADV')) k--;
      if (v.toks[k]?.pos === 'PRON' && PRIVATE.test(low[k - 1] ?? '')) return { reason: 'sense-private', cue: low[k - 1]! };
    }
    // "was visiting ... when": the setting of another event
    if (hit.entry.mode === 'visit' && /ing$/.test(low[hit.head]!) && (v.lemma[hit.head - 1] === 'be') && low.slice(hit.b, cb + 1).includes('when')) return { reason: 'sense-setting', cue: 'was visiting' };
  }
  return null;
}

/**
 * An accident cue anywhere in the given sentences about a shooting or a death ("investigators believe it
 * was accidental", "in an apparent accident"): the incident they tell is no attack. Used for a merged
 * incident whose sentences other than the trigger's say so.
 */
/**
 * The verb at k is in the simple present: a third-person "-s" form ("meets", "starts"), or the bare form after
 * its subject (a noun or pronoun right before it: "meetings start"), not after "to", a modal or "do".
 */
function simplePresent(v: SentView, k: number): boolean {
  const w = v.low[k]!, l = v.lemma[k]!;
  if (v.toks[k]!.pos !== 'VERB') return false;
  if (w !== l) return w === `${l}s` || w === `${l}es`;
  const prev = v.toks[k - 1];
  return !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && !/^(to|i|you)$/.test(v.low[k - 1]!);
}

export function accidentIn(v: SentView): string | null {
  for (let k = 0; k < v.toks.length; k++) {
    const w = v.low[k]!;
    // "Murphy claimed the shooting was an accident": a claim keeps the writer's distance; a finding does not
    if (CLAIM.test(v.lemma[k]!) && v.toks[k]!.pos === 'VERB') return null;
    if (ACCIDENT.test(w) && !/^(no|not|never)$/.test(v.low[k - 1] ?? '') && v.low[k - 2] !== 'not') return w;
    if (w === 'accident' && /^(an|apparent)$/.test(v.low[k - 1] ?? '') && !/^(no|not)$/.test(v.low[k - 2] ?? '')) return w;
    if (w === 'by' && v.low[k + 1] === 'accident') return 'by accident';
  }
  // a firearm that "went off" or "discharged" was not fired at anyone ("was playing with a handgun and it went
  // off"); "a bomb went off" is an attack. A firearm left "unsecured" that shot someone is a child-access accident.
  const firearm = v.low.some((w) => isFirearm(v, w)), explosive = v.low.some((w) => EXPLOSIVE.test(w));
  if (firearm && !explosive) {
    for (let k = 0; k < v.toks.length; k++) {
      if ((v.lemma[k] === 'go' && v.low[k + 1] === 'off') || (/^(discharged)$/.test(v.low[k]!) && v.low[k + 1] !== 'from')) {
        if (v.lemma.slice(0, k).some((l, j) => CLAIM.test(l) && v.toks[j]!.pos === 'VERB')) return null;
        return v.lemma[k] === 'go' ? 'went off' : v.low[k]!;
      }
      if (/^(unsecured|unattended)$/.test(v.low[k]!) && (isFirearm(v, v.low[k + 1]) || isFirearm(v, v.low[k - 1]))) return v.low[k]!;
      // "killed his friend while handling a revolver", "was cleaning his rifle": a firearm handled, not aimed — the
      // classic unintended discharge
      if (HANDLING.test(v.low[k]!) && v.low.slice(k + 1, k + 4).some((w) => isFirearm(v, w))) return v.low[k]!;
    }
  }
  return null;
}

/** The sentence is the article's headline (told in the present by convention: "Gunman kills three"). */
function isHeadline(v: SentView): boolean {
  const h = headlineOf(v.doc.article);
  return !!h && v.doc.sentences[v.index]!.start < h.end;
}

/** The words right before the verb at a (its subject's last words, past auxiliaries and adverbs), up to the clause start. */
function subjectHead(v: SentView, a: number, ca: number): string[] {
  let k = a - 1;
  while (k > ca && (v.toks[k]!.pos === 'AUX' || v.toks[k]!.pos === 'ADV')) k--;
  return v.toks[k]?.pos === 'NOUN' || v.toks[k]?.pos === 'PROPN' ? [v.low[k]!] : [];
}

/** A noun phrase a few modifiers after position i ("the yet unidentified disease"): up to the first noun. */
function npAfterModifiers(v: SentView, i: number, limit: number): [number, number] | null {
  for (let k = i; k < Math.min(limit, i + 5); k++) {
    if (v.toks[k]!.pos === 'NOUN') return [i, k + 1];
    if (!/^(DET|ADJ|ADV|NUM|VERB)$/.test(v.toks[k]!.pos)) return null;
  }
  return null;
}

/** The record of a trigger or incident left out of the ledger: an info diagnostic on the article, with the trigger's span. */
export function rejection(rule: string, reason: string, cue: string | null, at: Range, text: string): Diagnostic {
  return { severity: 'info', rule, message: `not an event of the ledger: ${reason}${cue ? ` ("${cue}")` : ''}`, start: at.start, end: at.end, text };
}

/**
 * An incident told in sentences `sentences` is an accident when one of them says so ("investigators
 * believe the shooting was accidental", a headline "... accidentally shooting self"): the cue and the
 * sentence it is in, or null.
 */
export function accidentOfIncident(doc: Doc, sentences: readonly number[], res: Resources): { cue: string; sentence: number } | null {
  for (const i of sentences) {
    const cue = accidentIn(viewSentence(doc, i, res));
    if (cue) return { cue, sentence: i };
  }
  return null;
}
