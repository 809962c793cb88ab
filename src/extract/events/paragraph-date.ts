/**
 * The date an act takes from its paragraph when its own sentence states none: the date of the act told
 * last before it in the same paragraph with a date of its own clause ("Two men were shot on Saturday night
 * at a party. Police arrested a suspect at the scene." — the arrest is Saturday's). A paragraph tells one
 * scene; the next paragraph may move in time, so the search stops at its start. Only an act's own date
 * counts, not any date of an earlier sentence: "an encampment erected during the march on February 14"
 * dates the march, not what followed. Statements (speech acts) keep the report's date instead.
 */
import type { Doc } from '../../core/model/doc.js';
import type { Candidate } from './candidate.js';
import type { DateReading } from './dates.js';

const SCENE_ACTS = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'OTHER', 'AID']);

export function paragraphDate(doc: Doc, c: Candidate, told: readonly Candidate[]): DateReading | null {
  const first = Math.min(...c.sentences);
  const para = doc.sentences[first]?.paragraph;
  let best: Candidate | null = null;
  let bestAt = -1;
  for (const o of told) {
    // only an act that happens somewhere dates a scene; a demand or a statement is dated by its saying
    if (o === c || !SCENE_ACTS.has(o.type) || o.date?.basis !== 'own' || o.date.future || o.modality !== 'asserted') continue;
    const at = o.sentences[0]!;
    if (at >= first || doc.sentences[at]?.paragraph !== para) continue;
    if (at > bestAt) { best = o; bestAt = at; }
  }
  return best?.date ? { ...best.date, basis: 'paragraph' } : null;
}
