import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

const killed = (text: string) => docOf(text, '2024-01-25').events.map((e) => e.killed?.value ?? null).find(Boolean) ?? null;

test('"one of the fighters killed" is a member of a larger toll: at least one', () => {
  assert.deepEqual(killed('Mourners gathered at the funeral for one of the fighters killed in a U.S. strike near Qaim.'), { min: 1, max: null });
});

test('"two of the soldiers were killed" is an exact toll', () => {
  assert.deepEqual(killed('Two of the soldiers were killed when a roadside bomb struck their vehicle near Tarmiyah.'), { min: 2, max: 2 });
});

test('a clause joined by "and" does not add the object of the first clause to the toll', () => {
  // the patrol (object of "hit") and "Tuesday" (object of "on") are not among the dead
  assert.deepEqual(killed('Militants hit a patrol near Tarmiyah on Tuesday and two of the soldiers were killed.'), { min: 2, max: 2 });
  assert.deepEqual(killed('Gunmen ambushed a patrol and two of the soldiers were killed, police said.'), { min: 2, max: 2 });
  const injured = docOf('Rockets hit the base in the morning and three contractors were wounded.', '2024-01-25').events.map((e) => e.injured?.value ?? null).find(Boolean);
  assert.deepEqual(injured, { min: 3, max: 3 });
});

test('coordinated victims after a reporting verb are still added', () => {
  assert.deepEqual(killed('Officials said a soldier and two civilians were killed when the mortar hit the market.'), { min: 3, max: 3 });
  assert.deepEqual(killed('A roadside bomb struck an army convoy near Baiji, and one soldier and two civilians were killed.'), { min: 3, max: 3 });
});

test('a bound before the count of an active casualty verb is read: headlines "X kill at least N"', () => {
  assert.deepEqual(killed('Blasts in north Iraq town kill at least 13: officials'), { min: 13, max: null });
  assert.deepEqual(killed('Gunmen stormed the village, killing more than 20 people and wounding five.'), { min: 21, max: null });
  assert.deepEqual(killed('Bombings, shootings kill at least 17 people in Iraq'), { min: 17, max: null });
});

test('a bare plural after a counted part shares its count; counted or determined parts still add', () => {
  assert.deepEqual(killed('Nine soldiers and militia members were killed in the attack while 12 others were reported missing.'), { min: 9, max: 9 });
  assert.deepEqual(killed('Militants kill 15 Iraqi police and soldiers'), { min: 15, max: 15 });
  assert.deepEqual(killed('Five soldiers and three assailants were killed in the clash.'), { min: 8, max: 8 });
  assert.deepEqual(killed('Gunmen killed two soldiers and a policeman at the checkpoint.'), { min: 3, max: 3 });
});

test('"killing N and wounding M others" keeps the wounded out of the dead; an appositive before the verb is skipped', () => {
  assert.deepEqual(killed('IS attacked a bus near the Third Station, killing 15 regime members and wounding 18 others.'), { min: 15, max: 15 });
  assert.deepEqual(killed('An unidentified armed group detonated an IED in Eastern Maliha, killing 1 civilian and wounding 3 others.'), { min: 1, max: 1 });
  assert.deepEqual(killed('Assailants attacked the residence of the mukhtar in Abbasiya. Al-Abbasi, a farmer and former fighter, was killed in the attack.')?.min, 1);
  assert.deepEqual(killed('A suicide bomber struck a shop in Al-Rai. At least one person, an Internally Displaced Person (IDP), was killed and eight people were injured.'), { min: 1, max: null });
});

test('a killing that is avenged, condemned or mourned is no toll of the incident', () => {
  const d = docOf('An explosive device was discovered and defused near Idlib. There were no reported casualties. The group said it carried out the attack to avenge the death of its commander.', '2024-01-25');
  assert.ok(!d.events.some((e) => (e.killed?.value.min ?? 0) > 0), 'the commander died earlier');
  assert.equal(killed('Protesters rallied in Basra to condemn the killing of two activists.'), null);
  assert.deepEqual(killed('The killing of two activists in Basra sparked protests.'), { min: 2, max: 2 });
});
