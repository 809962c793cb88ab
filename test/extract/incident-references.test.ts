/**
 * References to an incident inside one article: a definite noun with describing adjectives ("the deadly
 * attack") refers back as "the attack" does, and a reference told before the article tells its incident
 * (a lead's "the failed attack") joins the telling that follows. Each with a control that stays apart.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, asserted } from './helpers.js';

const assaults = (text: string) => asserted(docOf(text, '2023-05-04')).filter((e) => e.type === 'ASSAULT');

test('"the deadly attack" in a later sentence dated by another act is the incident already told', () => {
  const one = assaults('Gunmen attacked a police checkpoint in Kirkuk on Monday, killing four officers. On Wednesday, police arrested two men in connection with the deadly attack.');
  assert.equal(one.length, 1, `one attack expected, got ${one.map((e) => e.trigger.text).join(', ')}`);
  // control: a word that sets the incident apart keeps a second attack
  const two = assaults('Gunmen attacked a police checkpoint in Kirkuk on Monday, killing four officers. On Wednesday, the second attack killed two soldiers in Tikrit.');
  assert.equal(two.length, 2, `two attacks expected, got ${two.map((e) => e.trigger.text).join(', ')}`);
});

test('a reference told before its incident joins the telling that follows, with the telling\'s date', () => {
  const text = 'Prosecutors said on Tuesday that twelve people had been arrested over the failed attack on the governor. '
    + 'The prosecutor gave no names. The governor\'s office declined to comment. Most of the suspects are students. '
    + 'Governor Ali Hassan survived an attack on his convoy in Mosul on 4 April.';
  const one = assaults(text);
  assert.equal(one.length, 1, `one attack expected, got ${one.map((e) => e.trigger.text).join(', ')}`);
  assert.equal(one[0]!.sentences.length, 2, 'the reference and the telling, four sentences apart, are one incident');
  assert.equal(one[0]!.date?.value.start, '2023-04-04');
  // control: a telling of an attack on someone else is another incident
  const two = assaults('Prosecutors said on Tuesday that twelve people had been arrested over the failed attack on Governor Ali Hassan, which wounded two guards. '
    + 'On 9 April gunmen attacked the judge Omar Khalil in Basra.');
  assert.equal(two.length, 2, `two attacks expected, got ${two.map((e) => e.trigger.text).join(', ')}`);
});

test('a reference back that names its own target is not the incident told before it', () => {
  // "the killing of X" dropped its sentence's date as a reference back and joined an attack on a base
  const text = 'In March 2021, rockets hit the coalition base at the airport, killing a contractor. '
    + 'And in June 2019, missiles aimed at US forces landed near the airport in the wave of strikes that followed the killing of Commander Hadi Khalil.';
  const second = text.indexOf('And in June');
  const kinds = assaults(text);
  const told = (e: (typeof kinds)[number]) => e.sentences.map((r) => (r.start < second ? 1 : 2)).join(',');
  const base = kinds.find((e) => e.sentences.some((r) => r.start < second));
  assert.ok(base, 'the base attack is an event');
  assert.ok(base.sentences.every((r) => r.start < second),
    `the base attack and the killing of Khalil stay apart, got ${kinds.map((e) => `${e.trigger.text}[${told(e)}]`).join(', ')}`);
  // control: a reference back with no target of its own still joins the incident
  const one = assaults('In March 2021, rockets hit the coalition base at the airport, killing a contractor. Police in 2023 said the attack was planned for weeks.');
  assert.equal(one.length, 1, `one attack expected, got ${one.map((e) => e.trigger.text).join(', ')}`);
});
