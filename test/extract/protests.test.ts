import { test } from 'node:test';
import { testResources } from '../helpers/resources.js';
import assert from 'node:assert/strict';
import { docOf, asserted } from './helpers.js';
import { acledContext, ontologyFor } from '../../src/extract/ontology/index.js';

const protests = (text: string) => asserted(docOf(text, '2022-03-10')).filter((e) => e.type === 'PROTEST');

test('a crowd counted before the verb does not make a protest an aggregate', () => {
  assert.equal(protests('Hundreds of protesters held a demonstration in Tel Aviv.').length, 1);
  assert.equal(asserted(docOf('Militias have carried out dozens of attacks on US forces.')).length, 0);
});

test('marches, street protests, sit-ins and road blockades are protests', () => {
  assert.equal(protests('Dozens of protesters marched from Tahrir Square to the parliament in Baghdad.').length, 1);
  assert.equal(protests('Residents took to the streets in Nasiriyah to condemn power cuts.').length, 1);
  assert.equal(protests('Teachers staged a sit-in outside the education directorate in Basra.').length, 1);
  assert.equal(protests('Taxi drivers blocked streets in Sulaymaniyah city.').length, 1);
});

test('soldiers or police blocking a road is no protest', () => {
  assert.equal(protests('Iraqi police forces blocked the main road to the airport.').length, 0);
  assert.equal(protests('Soldiers blocked the road to the base.').length, 0);
});

test('ACLED context: civilians as targets, rioters as agents, force against protesters', () => {
  const ev = (type: string, mode: string | null, actors: { role: string; name: string }[], text: string) =>
    ontologyFor(type, mode, acledContext(testResources(), { type, mode, outcome: null, actors: actors.map((a) => ({ ...a, entity: null })), reports: [{ text }] })).acled;
  assert.equal(ev('ASSAULT', 'firearms', [{ role: 'target', name: 'a civilian' }], 'Unknown gunmen shot and killed a civilian in Amara.').event_type, 'Violence against civilians');
  assert.equal(ev('ASSAULT', 'firearms', [{ role: 'target', name: 'two soldiers' }], 'Gunmen shot and killed two soldiers in Amara.').event_type, 'Battles');
  assert.equal(ev('ASSAULT', null, [{ role: 'agent', name: 'Palestinian rioters' }], 'Palestinian rioters clashed with Israeli forces.').event_type, 'Riots');
  assert.equal(ev('ASSAULT', 'drone', [], 'Rioters fled when a drone struck the square.').event_type, 'Explosions/Remote violence');
  assert.equal(ev('PROTEST', 'demonstrate', [], 'Police fired tear gas to disperse the protesters.').sub_event_type, 'Protest with intervention');
  assert.equal(ev('PROTEST', 'demonstrate', [], 'Hundreds marched peacefully through the city.').sub_event_type, 'Peaceful protest');
});
