/**
 * Places that tell incidents apart: a name the gazetteer does not know is placed at the point of the unit
 * its address names (`+address`), so its point says nothing about which part of the unit it is in. Two
 * such names are two places of that unit; one of them is in or by another place, not at its point. Two
 * differently named villages a few km apart are two places. On real text: GTD summaries of attacks in
 * three villages of one district, analysed as one stream, stay three events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePlaces, type FusedPlace } from '../../src/fuse/where.js';
import { loadGtd } from '../../src/eval/datasets/gtd.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { testEngine } from '../helpers/resources.js';
import { needShared, sharedPath } from '../helpers/shared.js';

const unit = { country: 'IQ', admin1: 'Kirkuk', lat: 35.1392, lon: 44.4491, precision: 'town' };
const place = (name: string, over: Partial<FusedPlace> = {}): FusedPlace => ({ name, entity: 'name:' + name, ...unit, ...over });

test('two unknown names placed by one unit are two places of it, not one point', () => {
  assert.equal(comparePlaces(place('Tal Alpha', { by: 'unknown+address' }), place('Beta Farms', { by: 'unknown+address' })).relation, 'near');
  // the same unknown name is the same place
  assert.equal(comparePlaces(place('Tal Alpha', { by: 'unknown+address' }), place('Tal Alpha', { by: 'unknown+address' })).relation, 'same');
  // an unknown name by its unit: inside it, not at its point
  assert.equal(comparePlaces(place('Tal Alpha', { by: 'unknown+address' }), place('Daquq', { by: 'gazetteer' })).relation, 'contains');
  // two gazetteer places at one point are one place
  assert.equal(comparePlaces(place('Daquq', { by: 'gazetteer' }), place('Daqouq', { entity: 'x', by: 'gazetteer' })).relation, 'same');
});

test('two differently named villages 5 km apart are two places; 1 km apart, one place listed twice', () => {
  const v = (name: string, dLat: number): FusedPlace => place(name, { lat: unit.lat + dLat, level: 'village' });
  assert.equal(comparePlaces(v('Qaryat One', 0), v('Qaryat Two', 0.045)).relation, 'near');
  assert.equal(comparePlaces(v('Qaryat One', 0), v('Qaryat Uno', 0.009)).relation, 'same');
  // a town is named by its neighbourhoods: close names there may be one place
  assert.equal(comparePlaces(place('Town One', { level: 'town' }), place('Quarter Two', { lat: unit.lat + 0.045, level: 'town' })).relation, 'same');
});

test('GTD: attacks on police in three places of Daquq district stay three events in one stream', needShared('eval', 'raw', 'gtd-2021h1'), async () => {
  const g = loadGtd(sharedPath('eval', 'raw', 'gtd-2021h1', 'gtd_2021h1_iraq_syria.csv'));
  // the summaries naming each place (read from the file, not quoted here)
  const names = ['Tal al-Tabaa', 'Arab Koy', 'Daquq city'];
  const inputs = names.map((n) => g.inputs.find((x) => x.body.includes(n) && /police/i.test(x.body)));
  assert.ok(inputs.every(Boolean), 'the three summaries are in the file');
  const out = await analyzeRecords(inputs.map((x) => x!), { ...testEngine(), db: ':memory:' });
  const arts = out.report.articles.map((a) => a.id);
  const events = out.report.events.filter((e) => e.type === 'ASSAULT');
  for (const a of arts) assert.equal(events.filter((e) => e.reports.some((r) => r.article === a)).length, 1, 'each summary has one attack');
  const shared = events.filter((e) => new Set(e.reports.map((r) => r.article)).size > 1);
  assert.deepEqual(shared.map((e) => e.mergedBecause), [], 'no event holds two of the attacks');
});
