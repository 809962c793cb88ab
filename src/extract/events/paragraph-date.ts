/**
 * The date an act takes from its paragraph when its own sentence states none: the nearest time
 * expression in an earlier sentence of the same paragraph that dates an act, not a report or a web page
 * ("Two men were shot Saturday night at a party. One of them died at the hospital." — the death is
 * Saturday's). A paragraph tells one scene; the next paragraph may move in time, so the search stops at
 * its start. Statements (speech acts) keep the report's date instead.
 */
import type { Doc } from '../../core/model/doc.js';
import type { Candidate } from './candidate.js';
import { isReportDate, timesOf, type DateReading } from './dates.js';
import { tokenAt, viewSentence } from './sentence.js';

export function paragraphDate(doc: Doc, c: Candidate): DateReading | null {
  const first = Math.min(...c.sentences);
  const para = doc.sentences[first]?.paragraph;
  for (let j = first - 1; j >= 0 && doc.sentences[j]!.paragraph === para; j--) {
    const v = viewSentence(doc, j);
    const ts = timesOf(v).filter((t) => !t.future && !isReportDate(v, tokenAt(v, t.start), tokenAt(v, t.end - 1) + 1));
    const t = ts[ts.length - 1];
    if (t) return { value: t.value, at: { start: t.start, end: t.end }, basis: 'paragraph', future: false };
  }
  return null;
}
