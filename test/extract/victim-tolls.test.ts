/**
 * Tolls told without a number: a person "fatally shot", "found shot to death", "shot and killed" counts one
 * dead; "also" adds the victims of a second casualty verb to the first ("a boy was wounded in a shooting
 * that also injured a woman"); law-enforcement nouns ("Detectives", "Investigators") are the doers of an
 * arrest (sentences written for these tests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';

const first = (text: string, type = 'ASSAULT') => asserted(docOf(text, '2017-02-22')).find((e) => e.type === type);

test('a named or described victim "fatally shot" or "found shot to death" is one dead', () => {
  assert.deepEqual(first('Samantha Burnette was fatally shot on Sunday.')?.killed?.value, { min: 1, max: 1 });
  assert.deepEqual(first('Jimmy Richardson, 27, of Vallejo was found shot to death on Evelyn Circle.')?.killed?.value, { min: 1, max: 1 });
  assert.deepEqual(first('The teen suspect shot and killed in an attempted robbery on Friday night has been identified.')?.killed?.value, { min: 1, max: 1 });
  // the active verb still counts its object
  assert.deepEqual(first('A gunman shot and killed two men on Friday.')?.killed?.value, { min: 2, max: 2 });
});

test('"also" adds the victims of a second casualty verb of the same kind', () => {
  assert.deepEqual(first('A 4-year-old boy was seriously wounded in a shooting that also injured a woman Tuesday night.')?.injured?.value, { min: 2, max: 2 });
  assert.deepEqual(first('Three soldiers were killed in the attack, which also killed two civilians.')?.killed?.value, { min: 5, max: 5 });
  // without "also" the first count stands
  assert.deepEqual(first('Three soldiers were wounded on Monday.')?.injured?.value, { min: 3, max: 3 });
});

test('detectives and investigators are the doers of an arrest', () => {
  const text = 'Homicide detectives with the St. Louis County Police Department are investigating the death of a toddler.\n\nDetectives have arrested one person.';
  const arrest = first(text, 'COERCE');
  assert.ok(arrest?.actors.some((a) => a.role === 'agent' && /detectives/i.test(a.name)), JSON.stringify(arrest?.actors));
  const b = first('Investigators have detained two people for questioning.', 'COERCE');
  assert.ok(b?.actors.some((a) => a.role === 'agent' && /investigators/i.test(a.name)), JSON.stringify(b?.actors));
});

test('a surname alone names the person given in full earlier; the accused of a charge may be a people noun', () => {
  const text = 'The victim and his friend, Rahsaan Smith, were in the bedroom.\n\nSmith was arrested Sunday on a manslaughter charge.';
  const arrest = first(text, 'COERCE');
  assert.ok(arrest?.actors.some((a) => a.role === 'target' && a.name === 'Rahsaan Smith'), JSON.stringify(arrest?.actors));
  // no earlier full name: the surname alone is not made a person
  const c = first('Prosecutors charged the man with murder on Monday.', 'ACCUSE');
  assert.ok(c?.actors.some((a) => a.role === 'agent' && /prosecutors/i.test(a.name)), JSON.stringify(c?.actors));
  assert.ok(c?.actors.some((a) => a.role === 'target' && /man/.test(a.name)), JSON.stringify(c?.actors));
});

test('"the morning of 1 March 2019" keeps its date; a date on "identified" dates the identification, not the shooting', () => {
  assert.deepEqual(first('On the morning of 1 March 2019, gunmen attacked the camp.')?.date?.value, { start: '2019-03-01', end: '2019-03-01', precision: 'day' });
  assert.deepEqual(first('Gunmen attacked the camp on the night of March 1, 2016.')?.date?.value, { start: '2016-03-01', end: '2016-03-01', precision: 'day' });
  // published Wednesday 2017-02-22: "on Tuesday" is when the victim was named, not when he was shot
  const e = first('Police identified on Tuesday a Vallejo man gunned down in a shooting that wounded four others.');
  assert.equal(e?.dateBasis, 'report', 'the date of the naming is a report date, which a stated date of the shooting overrides');
});

test('an irregular participle in a reduced relative has its noun as the victim; a past tense before "at" keeps its subject as doer', () => {
  const e = first('Police identified the man shot in the attack on Monday.');
  assert.ok(e?.actors.some((a) => a.role === 'target' && /man/.test(a.name)), JSON.stringify(e?.actors));
  const f = first('IS militants shot at a military position in Al Sikhah town on Monday.');
  assert.ok(f?.actors.some((a) => a.role === 'agent' && /militants|Islamic State|IS/.test(a.name)), JSON.stringify(f?.actors));
});

test('an undated shooting takes the date of a following "The incident happened ..." sentence', () => {
  const text = 'Two men were shot and wounded outside a bar in Terre Haute by a gunman.\n\nThe incident happened at approximately 12:06 PM Wednesday afternoon.';
  assert.deepEqual(first(text)?.date?.value, { start: '2017-02-22', end: '2017-02-22', precision: 'day' });
  // a sentence about something else gives no date
  const other = 'Two men were shot and wounded outside a bar in Terre Haute by a gunman.\n\nThe mayor spoke to reporters on Monday.';
  assert.notDeepEqual(first(other)?.date?.value, { start: '2017-02-20', end: '2017-02-20', precision: 'day' });
});
