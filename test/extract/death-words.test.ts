/**
 * "dead"/"die" as casualty predicates when a count or people noun is their subject, and reduced passives
 * ("Three soldiers killed, five wounded") as headlines write them (sentences written for these tests).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';

const assaults = (text: string) => asserted(docOf(text, '2014-03-02')).filter((e) => e.type === 'ASSAULT');
const killed = (text: string) => assaults(text)[0]?.killed?.value ?? null;

test('a count or a plural of people before "dead"/"die" tells an incident with its toll', () => {
  assert.deepEqual(killed('13 dead in north Iraq violence'), { min: 13, max: 13 });
  assert.deepEqual(killed('Iraq violence leaves 14 dead'), { min: 14, max: 14 });
  assert.deepEqual(killed('More than 60 die in attacks on villages near Baquba'), { min: 61, max: null });
  assert.deepEqual(killed('Five people die in Mosul shelling'), { min: 5, max: 5 });
  assert.deepEqual(killed('At least 12 dead in two Baghdad car bomb attacks'), { min: 12, max: null });
  const e = assaults('Three policemen dead after gunmen open fire in Kirkuk');
  assert.equal(e.length, 1);
  assert.ok(e[0]!.actors.some((a) => a.role === 'target' && /policemen/.test(a.name)), JSON.stringify(e[0]!.actors));
});

test('"dead" and "die" tell no attack without a counted subject, before a noun, or from accidents and disease', () => {
  assert.equal(assaults('The dead were buried on Sunday in their home village.').length, 0);
  assert.equal(assaults('Hopes for a ceasefire died on Monday.').length, 0);
  assert.equal(assaults('Former president dies at 90').length, 0);
  assert.equal(assaults('13 dead in bus crash near Basra').length, 0);
  assert.equal(assaults('Five die of cholera in camps near Mosul').length, 0);
  assert.equal(assaults('Rescuers recovered dead bodies from the river.').length, 0);
});

test('a reduced passive in a headline gives its toll, not zero deaths', () => {
  assert.deepEqual(killed('Three soldiers killed, five wounded in Kirkuk'), { min: 3, max: 3 });
  assert.deepEqual(killed('Echoes of sectarian war as 49 Iraqis killed'), { min: 49, max: 49 });
  // an active verb with its object is still read as such
  assert.deepEqual(killed('Gunmen killed two policemen in Mosul'), { min: 2, max: 2 });
});
