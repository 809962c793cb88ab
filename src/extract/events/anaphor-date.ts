/**
 * The date an undated act takes from a sentence that follows it and names it again by a definite incident
 * noun as its subject: "Two men are in the hospital after a shooting ... The incident happened at 12:06 PM
 * Wednesday afternoon." English tells the time of an incident told just before in this way; the search
 * runs from the act's first sentence to three past its last, and takes only a day's date, never a future one.
 */
import type { Doc } from '../../core/model/doc.js';
import type { Candidate } from './candidate.js';
import type { DateReading } from './dates.js';

/** "The incident happened", "The shooting occurred", "This attack took place": a definite incident subject */
const INCIDENT_SUBJECT = /^(?:the|this|that)\s+(?:incident|shooting|attack|stabbing|explosion|blast|bombing|killing|assault|robbery|fight|altercation)\s+(?:happened|occurred|took place|was reported|unfolded|began|started)\b/i;

export function anaphorDate(doc: Doc, c: Candidate): DateReading | null {
  // from the sentence after the act's first one (a merged act spans several) to three past its last
  const first = Math.min(...c.sentences), last = Math.max(...c.sentences);
  for (let i = first + 1; i <= last + 3 && i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    // the sentence text from its first word ("That's located at ... The incident happened ...")
    if (!INCIDENT_SUBJECT.test(s.text.trimStart())) continue;
    const t = doc.times.find((x) => x.sentence === i && x.value.precision === 'day' && !x.future);
    if (t) return { value: t.value, at: { start: t.start, end: t.end }, basis: 'sentence', future: false };
  }
  return null;
}
