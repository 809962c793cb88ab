/**
 * A date that says only when the report was published (issue 10): the week before publication for an act no
 * text dates, or the publication day the dates layer takes for a bare time of day. Fusion reads such a date as
 * an upper bound of the incident's (sentences written for these tests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';

const shooting = (text: string) => asserted(docOf(text, '2017-02-22')).find((e) => e.type === 'ASSAULT');

test('an act dated by a bare time of day or by nothing is dated only by the publication; a stated day is not', () => {
  const clock = shooting('Police said a man was shot at 1:40 a.m. outside a bar.');
  assert.equal(clock?.date?.value.start, '2017-02-22');
  assert.equal(clock?.dateFromPublication, true);
  const none = shooting('Police said a man was shot outside a bar.');
  assert.equal(none?.dateBasis, 'reference');
  assert.equal(none?.dateFromPublication, true);
  const stated = shooting('Police said a man was shot at 1:40 a.m. Sunday outside a bar.');
  assert.equal(stated?.date?.value.start, '2017-02-19');
  assert.equal(stated?.dateFromPublication, undefined);
});
