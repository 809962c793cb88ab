/**
 * Agents that English news names away from the trigger's own clause:
 * - an arrest with no doer in its clause ("Hollinger was arrested Tuesday") was made by the law-enforcement
 *   body the text names — in its sentence first, else the nearest one before it ("Roy police said ...");
 *   an arrest is a police act, and ACLED and GTD code the arresting force as its actor;
 * - an attack with no named doer takes the person the article names as its perpetrator: in apposition
 *   with a perpetrator noun ("the gunman, John Smith,", "Alejandro Martinez, the alleged gunman"), or
 *   identified as one ("identified the shooter as X"), or charged with the killing ("X was charged with
 *   murder", "X ... was arrested and charged with manslaughter").
 * Each agent keeps the span it was read from. Hand-written over the mentions and tokens; no library
 * links a perpetrator noun to a name.
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
