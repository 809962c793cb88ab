/**
 * Date stage: every time expression of the article, resolved against `doc.reference` (the publication
 * date, or the end of the window inferred from the text), with its precision, which parts were stated,
 * time of day, tense and the rule that produced it. See detect.ts for the method.
 */
import type { Doc } from '../../core/model/doc.js';
import type { TimeExpression } from '../../core/model/time.js';
import type { Stage } from '../stage.js';
import { sentenceAt } from '../tokens/index.js';
import { detectTimes } from './detect.js';

export const datesStage: Stage = {
  name: 'nlp/dates.v1',
  requires: ['sentences'],
  assigns: ['times'],
  run(doc: Doc): void {
    const { article } = doc;
    const label = article.published ? 'published' : article.publishedInferred ? 'inferred' : 'none';
    const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
    const found = detectTimes(article.text, { reference: doc.reference, referenceLabel: label, ranges: paragraphs, sentences: doc.sentences });
    const times: TimeExpression[] = [];
    for (const d of found) {
      times.push({
        start: d.start, end: d.end, text: article.text.slice(d.start, d.end), sentence: sentenceAt(doc, d.start),
        value: d.value, stated: d.stated, timeOfDay: d.timeOfDay, reference: d.reference, by: d.by, future: d.future, cue: d.cue,
      });
    }
    if (!doc.reference && found.length === 0 && /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+year)\b/.test(article.text)) {
      article.diagnostics.push({ severity: 'info', rule: 'dates/no-reference', message: 'relative dates left unresolved: the article has no publication date and none could be inferred' });
    }
    doc.times = times;
  },
};

export { timeForRange, resolveDateText, type ClauseTimeOptions, type ResolvedDateText } from './clause.js';
export { inferPublishedWindow } from './published.js';
