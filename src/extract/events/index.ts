/**
 * Event extraction stage: from each sentence the incidents it reports (PLOVER type and mode, actors,
 * place, date, weapon, quantity, casualties, outcome, responsibility, modality), merged so that an article
 * yields one event per incident, each field with the span it was read from. Aggregate and generic
 * statements yield no event; threatened, planned, negated and hypothetical events are kept with their
 * modality so the report can leave them out. See docs/ONTOLOGY.md.
 */
import type { Doc } from '../../core/model/doc.js';
import type { ExtractedEvent, PlaceRef } from '../../core/model/event.js';
import type { Mention } from '../../core/model/entity.js';
import type { Stage, StageContext } from '../../nlp/stage.js';
import { familyOf } from '../ontology/family.js';
import type { Candidate } from './candidate.js';
import { isBackgroundDate, referenceDate } from './dates.js';
import { addCasualties, addResponsibility, mergeInto, resolveResponse, shouldMerge, compatible, dateWithNoun } from './merge.js';
import { readSentence, viewSentence } from './read.js';
import { introducedByCause, tokenAt } from './sentence.js';
import { articlePlace, describePlace, finerInCountry, isDemonym, localityPlace } from './address.js';
import { headlineOf } from '../../core/model/article.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { accidentOfIncident, PRIVATE, rejection } from './assertion.js';
import { arrestAgent, namedPerpetrator, namedVictims } from './agents.js';
import { leadDate, paragraphDate } from './paragraph-date.js';
import { anaphorDate } from './anaphor-date.js';
import { confidenceOf } from './confidence.js';
import { injuredOfHurt } from './tolls.js';
import { dateOfLegalFollowUp } from './follow-up.js';

const isViolent = (c: Candidate) => familyOf(c.type, c.mode) === 'violence';
/** types of acts that happen somewhere (not statements): they may take their place from the article's other sentences */
const PLACED = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'OTHER', 'AID']);

/** Events of one document (does not touch doc). */
export function extractEvents(doc: Doc, ctx: StageContext): ExtractedEvent[] {
  return readEvents(doc, ctx).events;
}

/** Events of one document, and the record of each trigger or incident the assertion layer found to be no event. */
export function readEvents(doc: Doc, ctx: StageContext): { events: ExtractedEvent[]; rejected: Diagnostic[] } {
  const rejected: Diagnostic[] = [];
  const clusters: Candidate[] = [];
  let lastViolent: Candidate | null = null;
  const headline = headlineOf(doc.article);
  const told: Candidate[] = [];
  // the families of the acts read in each sentence: a day named in a sentence that tells an act of another kind is
  // that act's day ("charged ... on Monday"), not a new day of the incident's narrative (movedOnIn)
  const familiesAt = new Map<number, Set<string>>();
  const movedOn = movedOnIn(doc, familiesAt);
  for (let i = 0; i < doc.sentences.length; i++) {
    const v = viewSentence(doc, i, ctx.resources);
    const r = readSentence(v, ctx.diagnose);
    for (const d of r.rejected) ctx.diagnose(d);
    // 1. one group per family inside the sentence; casualty-only verbs join the attack they belong to
    // A trigger introduced as what another answers or follows ("struck 85 targets in retaliation for last
    // Sunday's drone attack") is a different incident from the main clause's.
    const groups: Candidate[] = [];
    const caused = new Map<Candidate, boolean>();
    let casualtyGroup: Candidate | null = null;
    for (const c of r.candidates) {
      const isCause = introducedByCause(v, tokenAt(v, c.trigger.start)) || anchoredBefore(v, tokenAt(v, c.trigger.start), r.candidates.map((x) => tokenAt(v, x.trigger.start)));
      // casualty verbs join the incident they belong to; one introduced as a cause ("in retaliation for
      // the U.S. killing of ...") belongs only to another answered incident
      const fits = (x: Candidate) => familyOf(x.type, x.mode) === familyOf(c.type, c.mode)
        && (compatible(x, c) || c.casualtyOnly)
        && (c.casualtyOnly ? !isCause || caused.get(x) === true : caused.get(x) === isCause);
      // a casualty verb belongs to the nearest incident before it ("... drone attack that killed three soldiers")
      let g: Candidate | undefined;
      if (c.casualtyOnly) { for (let k = groups.length - 1; k >= 0 && !g; k--) if (fits(groups[k]!)) g = groups[k]; }
      else g = groups.find(fits);
      if (g) mergeInto(g, c); else { groups.push(c); caused.set(c, isCause); if (isCause) c.caused = true; }
      if (c.casualtyOnly) casualtyGroup ??= g ?? c;
    }
    familiesAt.set(i, new Set(groups.map((g) => familyOf(g.type, g.mode))));
    const violent = groups.filter((g) => isViolent(g) && g.modality === 'asserted');
    // the sentence's tolls go with its casualty verb's incident, else with the main clause's
    const tollsTo = casualtyGroup && violent.includes(casualtyGroup) ? casualtyGroup : violent.find((g) => !caused.get(g)) ?? violent[0];
    if (tollsTo) addCasualties(tollsTo, r.casualties);
    if (violent[0]) addResponsibility(violent[0], r.responsibility);
    // the headline is read after the body: it tells the body's main incident
    if (headline && doc.sentences[i]!.start < headline.end) { told.push(...groups); continue; }
    // 2. merge with incidents already told, else a new incident
    for (const g of groups) {
      let target: Candidate | null = null;
      for (let k = clusters.length - 1; k >= 0; k--) if (shouldMerge(clusters[k]!, g, movedOn)) { target = clusters[k]!; break; }
      // (a reference back joins without the date its sentence gives another happening: merge.ts dateWithNoun)
      if (target && g.anaphoric && !dateWithNoun(g)) g.date = null;
      if (target) mergeInto(target, g);
      else { resolveResponse(g, clusters); clusters.push(g); }
      const landed = target ?? g;
      if (isViolent(landed) && landed.modality === 'asserted') lastViolent = landed;
    }
    // 3. follow-up sentences with casualties or responsibility but no incident of their own
    // (the sentence right after an incident's that tells none of its own goes on telling it — "Officials identified
    // his friend as the unintentional shooter" — and is read with it for an accident cue)
    if (!groups.some(isViolent) && lastViolent && i - lastViolent.sentences[lastViolent.sentences.length - 1]! === 1) (lastViolent.followUp ??= []).push(i);
    if (!violent.length && !r.hadAggregate && lastViolent && i - lastViolent.sentences[lastViolent.sentences.length - 1]! <= 3) {
      const hasCas = !!(r.casualties.killed || r.casualties.injured || r.casualties.hurt);
      if (hasCas || r.responsibility.length) {
        addCasualties(lastViolent, r.casualties);
        addResponsibility(lastViolent, r.responsibility);
        if (!lastViolent.sentences.includes(i)) lastViolent.sentences.push(i);
      }
    }
  }
  clusters.unshift(...mergeHeadline(clusters, told, doc.reference));
  const fallback = documentCountry(doc);
  const locality = localityPlace(doc, ctx.resources.kb);
  const kept = clusters.filter((c) => {
    // an incident one of its sentences calls an accident is no attack (assertion.ts): it is kept, marked out
    // of the ledger's scope, so that the reports of one accident still join one another (they are no false
    // events and no split incidents); the report and the exports leave it out of the ledger
    if (c.nonEvent) ctx.diagnose(c.nonEvent);
    const acc = !c.scope && isViolent(c) ? accidentOfIncident(doc, [...c.sentences, ...(c.followUp ?? [])], ctx.resources) : null;
    if (acc) {
      ctx.diagnose(rejection('assertion/accident', 'accident', acc.cue, c.trigger, c.trigger.text));
      const s = doc.sentences[acc.sentence]!;
      c.scope = { value: 'accident', reason: 'assertion/accident', cue: acc.cue, at: { start: s.start, end: s.end } };
    }
    if (!isThin(c)) return true;
    ctx.diagnose({ severity: 'info', rule: 'events/drop-thin', message: `"${c.trigger.text}" dropped: an event noun in one sentence with no weapon, toll, quantity, own date or claim`, start: c.trigger.start, end: c.trigger.end, text: c.trigger.text });
    return false;
  });
  for (const c of kept) {
    // an act told without a place of its own happens where the sentences before it place it; statements,
    // background events ("a U.S. airstrike in January 2020") and responses (which strike elsewhere) are not
    const past = c.date?.basis === 'own' && isBackgroundDate(c.date.value, doc.reference);
    if (PLACED.has(c.type) && !c.location?.geo && !past && !c.responds) {
      // a named place without a point of its own gives way only to a located place of the same sentences
      const p = articlePlace(doc, c.sentences, !!c.location);
      if (p) c.location = { ...p, score: 0, by: 'article' };
    }
    // an act placed only at a country takes the finer place its sentences name inside it (address.ts)
    if (c.location && PLACED.has(c.type) && !past && !c.responds) { const f = finerInCountry(doc, c.location, c.sentences); if (f) c.location = { ...f, score: 0, by: 'article' }; }
    // a local story's act told without a place happens in its locality (address.ts)
    if (!c.location && locality && PLACED.has(c.type) && !past && !c.responds) c.location = { ...locality, score: 0 };
    if (!c.location && fallback && isViolent(c)) {
      // the article's country is the act's place only when its sentences and their neighbours name no finer place
      // of that country (address.ts finerInCountry): "last year's deadly blast" + "found guilty ... in Boston"
      // (a background act, "last year's deadly blast", is told on by the sentence after it, not the one before)
      const f = !c.responds ? finerInCountry(doc, { ...fallback, score: 0 }, c.sentences, !past) : null;
      c.location = f ? { ...f, score: 0, by: 'article' } : { ...fallback, score: 0, by: 'document' };
    }
    // an act whose sentence states no date takes its paragraph's (paragraph-date.ts)
    if (!c.date && PLACED.has(c.type)) { const d = paragraphDate(doc, c, kept); if (d) { c.date = d; c.confidence = confidenceOf(c); } }
    // else the date of a following "The incident happened ..." sentence (anaphor-date.ts)
    if (!c.date && isViolent(c)) { const d = anaphorDate(doc, c); if (d) { c.date = d; c.confidence = confidenceOf(c); } }
    // else the day of the article's lead act, inside the publication week (paragraph-date.ts)
    if (!c.date && PLACED.has(c.type)) { const d = leadDate(doc, c, kept); if (d) { c.date = d; c.confidence = confidenceOf(c); } }
    // the arresting force, the named shooter (agents.ts)
    const agent = arrestAgent(doc, c) ?? namedPerpetrator(doc, c);
    if (agent) c.actors.push(agent);
    // the victims the article identifies by name replace their descriptions (agents.ts)
    const victims = namedVictims(doc, c, kept);
    if (victims.length) c.actors = [...c.actors.filter((a) => a.role !== 'target' || a.entity), ...victims];
  }
  // a person the article tells was harmed in an accident was harmed in that accident wherever else it tells of the
  // harm ("Ty-Ryne Hoskins was killed in ... preventable shootings with unsecured firearms" ... "Ty-Ryne died after a
  // bullet went through a wall"): the named person joins the two tellings into one incident, out of the ledger's scope
  const accidents = kept.filter((c) => c.scope?.value === 'accident');
  for (const c of kept) {
    if (c.scope || !isViolent(c)) continue;
    const a = accidents.find((x) => sharesNamedPerson(x, c));
    if (!a) continue;
    c.scope = { ...a.scope! };
    ctx.diagnose(rejection('assertion/accident', 'accident (a person named in an accident the article tells)', a.scope!.cue ?? null, c.trigger, c.trigger.text));
  }
  return { events: kept.map((c, k) => toEvent(doc, c, k)), rejected };
}

/** Words of institutions' names, which two unrelated incidents of one place share ("Toledo Police"). */
const INSTITUTION_WORD = /^(police|county|department|city|state|sheriff|office|forces|force|government|army|court|district|school|university|hospital|church)$/;

/** The two incidents name one person (a proper name: every word capitalised; a shared entity, or a shared name word). */
function sharesNamedPerson(a: Candidate, b: Candidate): boolean {
  const proper = (n: string): string[] => {
    const w = n.split(/\s+/).filter((x) => x.length > 0);
    return w.length > 0 && w.every((x) => /^[A-Z]/.test(x)) ? w.filter((x) => x.replace(/\W/g, '').length >= 3).map((x) => x.toLowerCase().replace(/['’]s$/, '')).filter((x) => !INSTITUTION_WORD.test(x)) : [];
  };
  for (const x of a.actors) for (const y of b.actors) {
    // ("killed his friend" ... "shooting his friend": a kin or friend noun names one person throughout one article)
    if (x.role === 'target' && y.role === 'target' && PRIVATE.test(x.name.toLowerCase()) && x.name.toLowerCase() === y.name.toLowerCase()) return true;
    const px = proper(x.name), py = new Set(proper(y.name));
    if (px.some((w) => py.has(w))) return true;
  }
  return false;
}

/**
 * Headline candidates join the first body incident they are compatible with (same family and modality,
 * no conflicting place or attacker, not a past incident); the rest are returned as incidents of their own. A headline
 * states no date of its own: its event takes the body's, or the publication date.
 */
function mergeHeadline(clusters: readonly Candidate[], told: readonly Candidate[], reference: string | null): Candidate[] {
  const alone: Candidate[] = [];
  for (const g of told) {
    g.date = null;
    // a headline names the weapons loosely ("Bomb and gunfire attack kills ..."), and never an incident
    // the body dates in the past ("Last month, four soldiers were killed ...")
    const fits = (c: Candidate) => compatible(c, { ...g, weaponMode: null }) && !(c.date?.basis === 'own' && isBackgroundDate(c.date.value, reference));
    // a reported incident before a bare mention of one
    const target = clusters.find((c) => !isThin(c) && fits(c)) ?? clusters.find(fits);
    if (target) mergeInto(target, g);
    else if (!alone.some((a) => { if (!compatible(a, g)) return false; mergeInto(a, g); return true; })) alone.push(g);
  }
  return alone;
}

/**
 * Whether a day other than incident a's is named with "on" (not as a forecast) after a's last sentence and up to b's
 * first: a narrative that names a new day has moved on to another episode.
 */
function movedOnIn(doc: Doc, familiesAt: ReadonlyMap<number, ReadonlySet<string>>): (a: Candidate, b: Candidate) => boolean {
  return (a, b) => {
    const from = a.sentences[a.sentences.length - 1]!, to = b.sentences[0]!, d = a.date?.value;
    if (!d || d.precision !== 'day') return false;
    const fam = familyOf(a.type, a.mode);
    // (a day in a sentence that tells only acts of another kind dates those acts: "prosecutors charged him on Monday")
    const other = (s: number): boolean => { const f = familiesAt.get(s); return !!f && f.size > 0 && !f.has(fam); };
    // a day named with "on" ("Then on Wednesday", "on 27 October") anchors the narrative; "overnight", "later"
    // and "today" only go on telling the same night
    return doc.times.some((t) => t.sentence > from && t.sentence <= to && !other(t.sentence) && !t.future && t.cue === 'on' && t.value.precision === 'day' && (t.value.start > d.end || t.value.end < d.start));
  };
}

/**
 * The trigger is placed in time against another happening of its sentence ("The shooting comes a month after
 * three children were killed"): a word of temporal order before it with another trigger before that word,
 * past the sentence's first word (a sentence-initial "After the shooting, ..." refers back instead).
 */
function anchoredBefore(v: ReturnType<typeof viewSentence>, t: number, triggers: readonly number[]): boolean {
  // ("recovering after being shot": with no other happening before the word, it orders no two incidents)
  for (let k = 1; k < t; k++) if (/^(after|before|since|following)$/.test(v.low[k]!) && v.toks[k]!.pos !== 'NOUN' && triggers.some((x) => x < k)) return true;
  return false;
}

/** A bare noun with nothing of its own ("Israel's bombardment" with no verb, date, weapon or toll) is no report of an incident. */
function isThin(c: Candidate): boolean {
  return c.rule === 'events/nominal' && c.sentences.length === 1 && !c.weapon && !c.killed && !c.injured && !c.quantity && c.date?.basis !== 'own' && !c.responsibility.length;
}

/**
 * The country most of the article's places lie in (towns, sites and admin units vote; countries named
 * after "in" count when nothing finer is named): the place of last resort for an incident the text
 * does not locate ("hitting three known Iranian militia locations").
 */
function documentCountry(doc: Doc): PlaceRef | null {
  const votes = new Map<string, number>();
  const countryMention = new Map<string, Mention>();
  for (const m of doc.mentions) {
    if (!m.geo?.country || (m.type !== 'location' && m.type !== 'facility')) continue;
    const coarse = m.geo.precision === 'country' || m.geo.precision === 'region';
    const prev = doc.article.text.slice(Math.max(0, m.start - 4), m.start).toLowerCase();
    // the country's name rather than a nationality word ("Iraqi forces") when the article has both
    if (coarse && m.geo.precision === 'country' && (!countryMention.has(m.geo.country) || !isDemonym(doc, m) && isDemonym(doc, countryMention.get(m.geo.country)!))) countryMention.set(m.geo.country, m);
    const w = coarse ? (/\bin $/.test(prev) ? 0.5 : 0) : 1;
    if (w) votes.set(m.geo.country, (votes.get(m.geo.country) ?? 0) + w);
  }
  const top = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  const m = top ? countryMention.get(top[0]) : undefined;
  return m ? { name: m.name, entity: m.key, geo: m.geo ?? null, at: { start: m.start, end: m.end } } : null;
}

/**
 * Is the date only the publication's? The reference week when nothing dates the act, or the reference day the
 * dates layer gives a bare time of day with no date beside it (`dates/time` resolved against the publication).
 */
function fromPublication(doc: Doc, date: { basis: string; at: { start: number; end: number } }): boolean {
  if (date.basis === 'reference') return true;
  const t = doc.times.find((x) => x.start === date.at.start && x.end === date.at.end);
  return !!t && t.by === 'dates/time' && !t.reference.startsWith('expression:');
}

function toEvent(doc: Doc, c: Candidate, k: number): ExtractedEvent {
  const date = c.date ?? referenceDate(doc.reference, c.trigger);
  // an injury count with no word on deaths is read as no deaths (the convention of GTD and ACLED)
  // the hit who did not die are the injured ("seven people were shot ... two of the victims were killed": 5)
  const fromHurt = injuredOfHurt(c.hurt, c.killed, c.injured);
  if (fromHurt) { c.injured = fromHurt.injured; c.variants.push(fromHurt.why); }
  const killed = c.killed ?? (c.injured && c.injured.value.min > 0 && c.injured.value.max !== null ? { value: { min: 0, max: 0 }, at: c.injured.at } : null);
  const sentences = [...c.sentences].sort((a, b) => a - b).map((i) => ({ start: doc.sentences[i]!.start, end: doc.sentences[i]!.end }));
  const background = !!date && date.basis !== 'reference' && isBackgroundDate(date.value, doc.reference);
  return {
    id: `e${k + 1}`,
    type: c.type,
    mode: c.mode,
    trigger: c.trigger,
    sentences,
    date: date ? { value: date.value, at: date.at } : null,
    dateBasis: date?.basis,
    ...(date && fromPublication(doc, date) ? { dateFromPublication: true } : {}),
    ...(date && dateOfLegalFollowUp(doc.article.text, doc.sentences, { type: c.type, modality: c.modality, background, dateBasis: date.basis, date, sentences }, doc.reference) ? { dateOfFollowUp: true } : {}),
    time: c.time,
    location: c.location ? { name: c.location.name, entity: c.location.entity, geo: c.location.geo, at: c.location.at, ...(c.location.raw ? { raw: c.location.raw } : {}), ...describePlace(doc, c.location) } : null,
    actors: c.actors,
    weapon: c.weapon,
    quantity: c.quantity,
    killed,
    injured: c.injured,
    outcome: c.outcome,
    responsibility: c.responsibility,
    modality: c.modality,
    background,
    confidence: c.confidence,
    rule: c.rule,
    variants: c.variants.length ? c.variants : undefined,
    ...(c.scope ? { scope: c.scope } : {}),
    ...(c.caused ? { earlier: true } : {}),
  };
}

export const eventsStage: Stage = {
  name: 'extract/events.v1',
  requires: ['sentences', 'tokens', 'mentions', 'times', 'figures'],
  assigns: ['events'],
  run(doc: Doc, ctx: StageContext): void {
    doc.events = readEvents(doc, ctx).events;
  },
};
