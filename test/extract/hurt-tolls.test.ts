/**
 * People told hit by the act ("seven people were shot") are the hurt total: the injured are the hurt less the
 * killed of the same incident, with both spans and the reason kept (docs/ANNOTATION.md: "three people were
 * shot, one fatally" → killed 1, injured 2). A noun the tagger lemmatised as another verb ("a single gunshot
 * wound", lemma "wind") is no act. Wording from GVA and local news reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';

const first = (text: string) => asserted(docOf(text, '2017-02-22')).find((e) => e.type === 'ASSAULT');

test('the shot less the killed of the same incident are the injured, with both spans and the reason', () => {
  const text = 'LOUISVILLE, KY (WAVE) - Police now say a total of seven people were shot at Shawnee Park Thursday afternoon. Two of the victims were killed.';
  const e = first(text);
  assert.deepEqual(e?.killed?.value, { min: 2, max: 2 });
  assert.deepEqual(e?.injured?.value, { min: 5, max: 5 });
  assert.equal(text.slice(e!.injured!.at.start, e!.injured!.at.end).includes('seven people'), true);
  const why = e?.variants?.find((x) => x.field === 'injuredFromHurt');
  const val = why?.value as { killedAt: { start: number; end: number }; reason: string } | undefined;
  assert.ok(val && /less the killed/.test(val.reason), JSON.stringify(e?.variants));
  assert.match(text.slice(val!.killedAt.start, val!.killedAt.end), /Two/);
});

test('shot with none told dead are all injured; "one fatally" is a death among them', () => {
  assert.deepEqual(first('Miami-Dade police said in total eight people were shot.')?.injured?.value, { min: 8, max: 8 });
  const e = first('Three people were shot, one fatally, on Monday night.');
  assert.deepEqual(e?.killed?.value, { min: 1, max: 1 });
  assert.deepEqual(e?.injured?.value, { min: 2, max: 2 });
});

test('"shot dead" and "shot and killed" are deaths, not injuries; a stated wounded count is not counted twice', () => {
  const dead = first('A man was shot dead outside a store on Friday.');
  assert.deepEqual(dead?.killed?.value, { min: 1, max: 1 });
  assert.ok(!dead?.injured || dead.injured.value.min === 0, JSON.stringify(dead?.injured));
  const sk = first('Two men were shot and killed on Elm Street Sunday.');
  assert.deepEqual(sk?.killed?.value, { min: 2, max: 2 });
  assert.ok(!sk?.injured || sk.injured.value.min === 0, JSON.stringify(sk?.injured));
  const both = first('Four people were shot Saturday night. Police said three were wounded and one man died at the scene.');
  assert.deepEqual(both?.injured?.value, { min: 3, max: 3 });
});

test('an age is never a toll: "a 15-year-old boy was shot" is one injured', () => {
  const e = first('A 15-year-old boy was shot in the leg on Friday.');
  assert.deepEqual(e?.injured?.value, { min: 1, max: 1 });
  assert.deepEqual(first('A 67-year-old woman was killed in the shooting.')?.killed?.value, { min: 1, max: 1 });
});

test('a wound (noun) after a determiner is no act, whatever the tagger lemmatised it as', () => {
  const d = docOf('McKee died of a single gunshot wound.', '2017-02-22');
  assert.ok(!asserted(d).some((e) => e.actors.some((a) => a.role === 'agent' && /McKee/.test(a.name))), JSON.stringify(asserted(d)));
  // the verb still triggers
  assert.deepEqual(first('The attackers killed one soldier and wounded two.')?.injured?.value, { min: 2, max: 2 });
});

test('"another wounded" after a toll is one person more', () => {
  const e = first('Police responded to reports of a shooting Saturday. When they arrived on the scene they found one man dead and another wounded.');
  assert.deepEqual(e?.killed?.value, { min: 1, max: 1 });
  assert.deepEqual(e?.injured?.value, { min: 1, max: 1 });
});
