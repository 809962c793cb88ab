/**
 * Agents that English news names away from the trigger's own clause:
 * - an arrest with no doer in its clause ("Hollinger was arrested Tuesday") was made by the law-enforcement
 *   body the text names — in its sentence first, else the nearest one before it ("Roy police said ...");
 *   an arrest is a police act, and ACLED and GTD code the arresting force as its actor;
 * - an attack with no named doer takes the person the article names as its perpetrator: in apposition
 *   with a perpetrator noun ("the gunman, John Smith,", "Alejandro Martinez, the alleged gunman"), or
 *   identified as one ("identified the shooter as X"), or charged with the killing ("X was charged with
 *   murder", "X ... was arrested and charged with manslaughter").
 * And the victims the article names away from the act's clause: an attack whose targets are only
 * descriptions ("two people", "the victims") takes the persons the article identifies as its victims or
 * dead ("Police have identified Darren Johnson, 47, as the victim", "The deceased have been identified as
 * A, 26, and B, 32", "identified five of the victims: A, B and C"), told after the attack and before any
 * other attack; the descriptions are the same people and give way to the names.
 * Each actor keeps the span it was read from. Hand-written over the mentions and tokens; no library
 * links a perpetrator or victim noun to a name.
 */
import type { ActorRef } from '../../core/model/event.js';
import type { Doc } from '../../core/model/doc.js';
import type { Candidate } from './candidate.js';

const LAW = /\b(police|sheriff'?s?|deputies|deputy|troopers?|marshals?|fbi|constabulary|gendarmerie|gendarmes|security forces|law enforcement|patrol|department of public safety|investigators)\b/i;
const PERP = '(?:alleged |suspected |accused |the |a )*(?:gunman|shooter|killer|attacker|assailant|suspect|bomber|perpetrator)';
const CHARGED = /^\s*(?:was|were|has been|have been|is|are|been)\s+(?:arrested and\s+)?(?:charged|indicted)\s+(?:with|in)\s+(?:[a-z-]+\s+){0,3}?(?:murder|manslaughter|homicide|killing|shooting|death|assault|attempted murder)/i;

const hasAgent = (c: Candidate) => c.actors.some((a) => a.role === 'agent');

/** A law-enforcement body named in sentence i, as an actor: a mention, else the words ("police", "deputies"). */
function lawIn(doc: Doc, i: number): ActorRef | null {
  const s = doc.sentences[i]!;
  const m = doc.mentions.find((x) => x.sentence === i && (x.type === 'organization' || x.type === 'other') && LAW.test(x.text));
  if (m) return { role: 'agent', name: m.name, entity: m.key, at: { start: m.start, end: m.end } };
  // capitalised words before the noun name the force ("Roy police", "Kentucky State Police"); no /i, so "in prison after police" is no name
  const w = /\b(?:[A-Z][\w.'’-]*\s+){0,3}(?:[Pp]olice|[Ss]heriff's [Oo]ffice|[Dd]eputies|[Tt]roopers)\b/.exec(s.text);
  if (!w) return null;
  const name = w[0].replace(/^(the|a|an|and|but|when|after)\s+/i, '').trim();
  const start = s.start + w.index + (w[0].length - w[0].trimStart().length) + (w[0].trim().length - name.length);
  return { role: 'agent', name, entity: null, at: { start, end: start + name.length } };
}

/** The arresting force of an arrest told without its doer: from its sentence, else the nearest earlier one. */
export function arrestAgent(doc: Doc, c: Candidate): ActorRef | null {
  if (c.type !== 'COERCE' || c.mode !== 'arrest' || hasAgent(c)) return null;
  const first = c.sentences[0]!;
  // its own sentence only: a force named in an earlier sentence may belong to another act (measured on the
  // real-article gold: three earlier sentences gave more wrong agents than right ones)
  const a = lawIn(doc, first);
  if (a && !c.actors.some((x) => x.name === a.name)) return a;
  return null;
}

/** The named perpetrator of an attack told without its doer, from anywhere in the article, or null. */
export function namedPerpetrator(doc: Doc, c: Candidate): ActorRef | null {
  if (c.type !== 'ASSAULT' || hasAgent(c)) return null;
  const text = doc.article.text;
  const victims = new Set(c.actors.filter((a) => a.role === 'target').map((a) => a.entity ?? a.name));
  // people's names: typed persons, or untyped names of two or more capitalised words ("Curtis Hollinger")
  const persons = doc.mentions.filter((m) => (m.type === 'person' || (m.type === 'other' && /^[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+)+$/.test(m.text))) && !victims.has(m.key) && !victims.has(m.name));
  for (const m of persons) {
    const after = text.slice(m.end, m.end + 80);
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    // "Alejandro Martinez, 20, the alleged gunman", "the gunman, John Smith,", "identified the shooter as X"
    const appAfter = new RegExp(`^,\\s*(?:\\d+,\\s*)?(?:who [a-z ]{0,30}(?:is|was) )?${PERP}\\b`, 'i').test(after);
    const appBefore = new RegExp(`${PERP},\\s*$`, 'i').test(before) || new RegExp(`identified (?:the )?${PERP.replace('(?:alleged |suspected |accused |the |a )*', '')} as\\s*$`, 'i').test(before);
    // right after the name (an age between): "Curtis Hollinger, 15, was arrested and charged with manslaughter"
    const charged = CHARGED.test(after.replace(/^,\s*\d+,/, ''));
    if (appAfter || appBefore || charged) return { role: 'agent', name: m.name, entity: m.key, at: { start: m.start, end: m.end } };
  }
  return null;
}

/** words for the people an attack harmed, as a text refers back to them when it names them */
const VICTIM_NP = '(?:the |all |both |(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+|some|several|all|each|both) of the )?(?:\\d+ |two |three |four |five |six |other |second |third |first )?(?:victims?|dead|deceased|slain|(?:dead |slain |injured |wounded )?(?:man|woman|men|women|boy|girl|boys|girls|teen|teens|teenager|teenagers|child|children|person|people))';
/** an age written before the name: "as 14-year-old Lajada Benson" */
const AGE_BEFORE = '(?:\\d+[- ]years?[- ]old\\s+)?';
const IDENTIFIED_AS = new RegExp(`\\bidentified ${VICTIM_NP}\\s*(?:as|:)\\s*${AGE_BEFORE}$|\\b${VICTIM_NP} (?:has|have|had|was|were|is|are)(?: been| since been| now been)? (?:identified|named) as\\s*${AGE_BEFORE}$`, 'i');
const AS_VICTIM = new RegExp(`^(?:,\\s*\\d+,)?\\s*as ${VICTIM_NP}\\b`, 'i');
const isPerson = (m: Doc['mentions'][number]) => m.type === 'person' || (m.type === 'other' && /^[A-Z][A-Za-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][A-Za-z'’-]+)+$/.test(m.text));

/**
 * The persons the article identifies as the victims of attack c (see the header), told after its first
 * sentence and before the next attack in `all`, less its agents; empty when c already names a person as
 * target or none is identified.
 */
export function namedVictims(doc: Doc, c: Candidate, all: readonly Candidate[]): ActorRef[] {
  if (c.type !== 'ASSAULT' || c.actors.some((a) => a.role === 'target' && a.entity?.startsWith('name:person'))) return [];
  const first = Math.min(...c.sentences);
  const next = Math.min(...all.filter((x) => x !== c && x.type === 'ASSAULT' && Math.min(...x.sentences) > first).map((x) => Math.min(...x.sentences)), doc.sentences.length);
  const agents = new Set(c.actors.filter((a) => a.role === 'agent').map((a) => a.entity ?? a.name));
  const text = doc.article.text;
  const found: ActorRef[] = [];
  for (let i = first; i < next; i++) {
    const s = doc.sentences[i]!;
    const persons = doc.mentions.filter((m) => m.sentence === i && isPerson(m)).sort((a, b) => a.start - b.start);
    for (const m of persons) {
      // "identified the dead as A, 30, B, 31, and C": every person of the list after the cue
      const cue = IDENTIFIED_AS.test(text.slice(s.start, m.start)) || persons.some((p) => p.start < m.start && IDENTIFIED_AS.test(text.slice(s.start, p.start)));
      // "identified Darren Johnson, 47, as the victim"
      const asVictim = AS_VICTIM.test(text.slice(m.end, Math.min(s.end, m.end + 40)));
      if (!(cue || asVictim) || agents.has(m.key) || agents.has(m.name) || found.some((f) => f.entity === m.key)) continue;
      found.push({ role: 'target', name: m.name, entity: m.key, at: { start: m.start, end: m.end } });
    }
    if (found.length) break;
  }
  return found;
}
