/**
 * A toll summed over a period or a war is no incident's toll (tolls.ts periodOfToll): "More than 500,000
 * people have died since 2011" after a car bomb's report had become that bomb's 500,001 killed in the
 * ACLED/JSON export. The count is kept out with its reason; a "since" that dates a record ("the worst
 * single attack ... since civil war broke out") is no period, and the incident keeps its toll. Wording from
 * the Guardian sample (ngec-guardian-sdf).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';

const attack = (text: string) => asserted(docOf(text, '2018-02-20')).find((e) => e.type === 'ASSAULT');

test('a toll since a date, so far, or of a war is not the incident\'s toll', () => {
  assert.equal(attack('A car bomb exploded in Raqqa on Monday. More than 500,000 people have died since 2011.')?.killed ?? null, null);
  assert.equal(attack('Gunmen attacked a checkpoint in Diyala on Monday. At least 30 policemen have been killed in the province so far this year.')?.killed ?? null, null);
  assert.equal(attack('A roadside bomb hit a convoy in Helmand on Friday. The war has killed more than 3,500 coalition troops.')?.killed ?? null, null);
  // the incident's own toll stays beside a period's
  assert.deepEqual(attack('Airstrikes hit a market in Daraa on Sunday, killing 12 people. The Syrian Observatory for Human Rights says more than 100 civilians have been killed in airstrikes and shelling since the campaign around Daraa started.')?.killed?.value, { min: 12, max: 12 });
});

test('"since" after a record word dates the record: the incident keeps its toll', () => {
  assert.deepEqual(attack('Six aid workers and a driver were killed in the worst single attack on humanitarian staff since civil war broke out in December 2013.')?.killed?.value, { min: 7, max: 7 });
  assert.deepEqual(attack('At least 12 people were killed in an attack on a police station in Kirkuk on Monday.')?.killed?.value, { min: 12, max: null });
});
