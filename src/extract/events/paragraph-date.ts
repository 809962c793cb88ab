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

/**
 * The date an act takes from the article's lead when neither its sentence nor its paragraph dates it: the day of
 * the first act the article tells with a day of its own sentence, when the act is of the same kind ("Two men are in
 * the hospital after a shooting ... at 12:06 PM Wednesday" ... "an altercation occurred ... as Dishon is believed to
 * have shot ..."). News tells the incident's day once, in the lead, and the sentences after it that tell the same
 * kind of act and name no time of their own retell that incident; only a day inside the week the article
 * would otherwise give (the six days up to the reference) is taken, so the lead's day narrows that fallback and
 * never moves an act out of it. Web pages often make every sentence a paragraph, which paragraphDate cannot bridge.
 * With no act told before it, an attack takes the first day the article names before it: a lead may tell the day
 * in a sentence with no act ("Police were called to an apartment early Monday morning.").
 */
export function leadDate(doc: Doc, c: Candidate, told: readonly Candidate[]): DateReading | null {
  const ref = doc.reference;
  if (!ref || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) return null;
  const first = Math.min(...c.sentences);
  // a sentence that names a time of its own ("a drone attack a week ago in which three soldiers were killed") has
  // moved away from the lead's day, even where its act did not take that time
  if (doc.times.some((t) => c.sentences.includes(t.sentence))) return null;
  let lead: Candidate | null = null;
  for (const o of told) {
    if (o === c || !SCENE_ACTS.has(o.type) || !o.date || !/^(own|sentence|merged)$/.test(o.date.basis) || o.date.future || o.modality !== 'asserted' || o.scope) continue;
    if (Math.min(...o.sentences) >= first) continue;
    if (!lead || Math.min(...o.sentences) < Math.min(...lead.sentences)) lead = o;
  }
  let d = lead?.date;
  // (only an act of the lead's own kind retells the lead's incident; an arrest told after a shooting may be another case's)
  if (lead && lead.type !== c.type) return null;
  // with no act told before it, an attack takes the first day the article names before it (a lead that tells the day
  // in a sentence of its own: "Earlier Monday morning, ..."), not a future one
  if (!lead && c.type === 'ASSAULT') {
    const t = doc.times.find((x) => x.sentence < first && !x.future && x.value.precision === 'day');
    if (t) d = { value: t.value, at: { start: t.start, end: t.end }, basis: 'sentence', future: false };
  }
  if (!d || d.value.precision !== 'day') return null;
  const start = new Date(Date.parse(ref + 'T00:00:00Z') - 6 * 86400000).toISOString().slice(0, 10);
  return d.value.start >= start && d.value.end <= ref ? { ...d, basis: 'paragraph' } : null;
}
