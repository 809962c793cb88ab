/** ACLED actor naming (src/extract/ontology/acled-actors.ts, dict/acled-actors.json) on events shaped like the engine's. */
import { testResources } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledActorsFor, stateForceName, type NamingInput } from '../../src/extract/ontology/acled-actors.js';

const res = testResources();
const day = (d: string) => ({ start: d, end: d });
const ev = (x: Partial<NamingInput> & Pick<NamingInput, 'actors'>): NamingInput => ({ type: 'ASSAULT', acledType: 'Battles', date: day('2022-03-10'), country: null, ...x });

test('state forces carry the years of the government in power on the event date', () => {
  assert.equal(stateForceName(res, 'Military', 'TR', '2022-03-10'), 'Military Forces of Turkey (2016-)');
  assert.equal(stateForceName(res, 'Military', 'IL', '2022-03-10'), 'Military Forces of Israel (2021-2022)');
  assert.equal(stateForceName(res, 'Military', 'IL', '2023-05-01'), 'Military Forces of Israel (2022-)');
  assert.equal(stateForceName(res, 'Police', 'IQ', '2022-03-10'), 'Police Forces of Iraq (2020-2022)');
  assert.equal(stateForceName(res, 'Police', 'IQ', '2019-03-10'), 'Police Forces of Iraq (2018-2020)');
  assert.equal(stateForceName(res, 'Military', 'US', '2024-07-16'), 'Military Forces of the United States (2021-2025)');
  assert.equal(stateForceName(res, 'Government', 'SY', '2022-03-10'), 'Government of Syria (2000-2024)');
});

test('protests: actor1 is Protesters (Country), the described group its associated actor', () => {
  const a = acledActorsFor(res, ev({ type: 'PROTEST', acledType: 'Protests', country: 'IR', actors: [{ role: 'agent', name: 'Retired teachers', entity: null }] }));
  assert.equal(a.actor1, 'Protesters (Iran)');
  assert.equal(a.assoc_actor_1, 'Teachers (Iran)');
  const b = acledActorsFor(res, ev({ type: 'PROTEST', acledType: 'Protests', country: 'IL', actors: [{ role: 'agent', name: 'Palestinian protesters', entity: null }] }));
  assert.equal(b.actor1, 'Protesters (Palestine)', 'the nationality in the name beats the place');
  const c = acledActorsFor(res, ev({ type: 'PROTEST', acledType: 'Protests', country: 'TR', intervention: true, text: 'Workers staged a demonstration in Besiktas. Police intervened and detained 5 workers.', actors: [{ role: 'agent', name: 'Workers', entity: null }] }));
  assert.equal(c.actor2, 'Police Forces of Turkey (2016-)', 'the force that intervened is actor2');
});

test('riots: the rioters are actor1 even when they were fired at; the force facing them actor2', () => {
  const a = acledActorsFor(res, ev({ acledType: 'Riots', country: 'PS', actors: [{ role: 'agent', name: 'Israel Defense Forces', entity: 'kb:idf' }, { role: 'target', name: 'Palestinian rioters', entity: null }] }));
  assert.equal(a.actor1, 'Rioters (Palestine)');
  assert.equal(a.actor2, 'Military Forces of Israel (2021-2022)');
});

test('civilians: victims are Civilians (Country) with their identity group; property owners too', () => {
  const a = acledActorsFor(res, ev({ acledType: 'Violence against civilians', country: 'SY', actors: [{ role: 'target', name: 'men', entity: null }] }));
  assert.equal(a.actor2, 'Civilians (Syria)');
  const b = acledActorsFor(res, ev({ acledType: 'Violence against civilians', country: 'PS', actors: [{ role: 'agent', name: 'Israeli settlers', entity: null }, { role: 'target', name: 'a shepherd', entity: null }] }));
  assert.equal(b.actor2, 'Civilians (Palestine)');
  assert.equal(b.assoc_actor_2, 'Farmers (Palestine)');
  const c = acledActorsFor(res, ev({ type: 'COERCE', acledType: 'Strategic developments', country: 'PS', targetCivilian: true, text: 'Israeli military forces razed Palestinian-owned lands near Bayta.', actors: [{ role: 'agent', name: 'Israel Defense Forces', entity: 'kb:idf' }] }));
  assert.equal(c.actor1, 'Military Forces of Israel (2021-2022)');
  assert.equal(c.actor2, 'Civilians (Palestine)');
});

test('KB actors take ACLED names; descriptive state forces take the country of the event', () => {
  const a = acledActorsFor(res, ev({ country: 'YE', actors: [{ role: 'agent', name: 'Yemeni government forces', entity: 'kb:yemen-military' }, { role: 'target', name: 'Houthis', entity: 'kb:houthis' }] }));
  assert.equal(a.actor1, 'Military Forces of Yemen (2012-)');
  assert.equal(a.actor2, 'Military Forces of Yemen (2016-) Supreme Political Council');
  const b = acledActorsFor(res, ev({ acledType: 'Explosions/Remote violence', country: 'SY', actors: [{ role: 'agent', name: 'Regime forces', entity: 'name:organization:regime' }, { role: 'target', name: 'Islamic State', entity: 'kb:islamic-state' }] }));
  assert.equal(b.actor1, 'Military Forces of Syria (2000-2024)');
  assert.equal(b.actor2, 'Islamic State (Syria)');
  const c = acledActorsFor(res, ev({ country: 'YE', actors: [{ role: 'agent', name: 'pro-Hadi forces', entity: null }] }));
  assert.equal(c.actor1, 'Military Forces of Yemen (2012-)', 'a KB alias written without a mention still names the force');
  const d = acledActorsFor(res, ev({ type: 'COERCE', acledType: 'Strategic developments', country: 'TR', actors: [{ role: 'agent', name: 'Gendarmerie General Command', entity: 'kb:turkey-gendarmerie' }] }));
  assert.equal(d.actor1, 'Military Forces of Turkey (2016-) Gendarmerie');
});

test('a government acting by force is named by its forces; local police commands and authorities are the state police', () => {
  const a = acledActorsFor(res, ev({ acledType: 'Explosions/Remote violence', country: 'SY', actors: [{ role: 'agent', name: 'Government of Syria', entity: 'kb:syria-government' }] }));
  assert.equal(a.actor1, 'Military Forces of Syria (2000-2024)');
  const b = acledActorsFor(res, ev({ type: 'MOBILIZE', acledType: 'Strategic developments', country: 'IQ', actors: [{ role: 'agent', name: 'Wasit Police', entity: 'name:organization:wasitpolice' }] }));
  assert.equal(b.actor1, 'Police Forces of Iraq (2020-2022)');
  const c = acledActorsFor(res, ev({ type: 'COERCE', acledType: 'Strategic developments', country: 'IL', actors: [{ role: 'agent', name: 'Israeli authorities', entity: null }] }));
  assert.equal(c.actor1, 'Police Forces of Israel (2021-2022)');
  const d = acledActorsFor(res, ev({ type: 'CONSULT', acledType: null, country: 'SY', actors: [{ role: 'agent', name: 'Government of Syria', entity: 'kb:syria-government' }] }));
  assert.equal(d.actor1, 'Government of Syria (2000-2024)', 'talks stay the government');
});

test('a formation the text calls the state\'s is that state\'s forces; a capitalised name before it is another group\'s', () => {
  const unit = (text: string, name: string, country = 'SY') => acledActorsFor(res, ev({ country, text, actors: [{ role: 'agent', name: 'Islamic State', entity: 'kb:islamic-state' }, { role: 'target', name, entity: `name:organization:${name.replace(/\W/g, '').toLowerCase()}` }] })).actor2;
  assert.equal(unit('Militants ambushed the regime\'s 5th Armored Division near Palmyra.', 'Armored Division'), 'Military Forces of Syria (2000-2024)');
  assert.equal(unit('A bomb hit an Iraqi Republican Guard truck.', 'Republican Guard', 'SY'), 'Military Forces of Iraq (2020-2022)', 'the nation named beats the place');
  assert.equal(unit('Militants attacked the 20th Brigade of the Popular Mobilization Forces in Anbar.', '20th Brigade', 'IQ'), 'Military Forces of Iraq (2020-2022) Popular Mobilization Forces', 'the state force it belongs to');
  assert.doesNotMatch(unit('Militants attacked the Syrian National Army\'s 2nd Corps in Afrin.', '2nd Corps') ?? '', /^Military Forces/, 'a rebel formation is no state unit');
  assert.doesNotMatch(unit('Militants attacked the 2nd Corps in Afrin.', '2nd Corps') ?? '', /^Military Forces/, 'an unqualified formation says nothing');
});

test('quantities are no part of a force\'s name; security guards are private security; a militia aligned with a state is named after its patron', () => {
  const t = (name: string, country = 'SY') => acledActorsFor(res, ev({ acledType: 'Explosions/Remote violence', country, actors: [{ role: 'agent', name: 'Islamic State', entity: 'kb:islamic-state' }, { role: 'target', name, entity: null }] })).actor2;
  assert.equal(t('a number of regime soldiers'), 'Military Forces of Syria (2000-2024)');
  assert.equal(t('Iraqi federal intelligence', 'IQ'), 'Military Forces of Iraq (2020-2022)', 'federal is the state\'s');
  assert.equal(t('an Israeli security guard', 'PS'), 'Private Security Forces (Israel)');
  assert.equal(t('pro-Iran militias'), 'Militia (Pro-Iran)');
  assert.equal(t('pro-government militiamen'), 'Militia (Pro-Government)');
});

test('a plural demonym names people even where the mention was linked to the country', () => {
  const a = acledActorsFor(res, ev({ acledType: 'Violence against civilians', country: 'PS', actors: [{ role: 'agent', name: 'Israel Defense Forces', entity: 'kb:idf' }, { role: 'target', name: 'Palestinians', entity: 'kb:country-ps' }] }));
  assert.equal(a.actor2, 'Civilians (Palestine)');
});

test('a military post hit with no target read: its holder is the target; the attacker\'s own name or a place is not', () => {
  const post = (text: string, agent = { role: 'agent', name: 'Opposition rebels', entity: null as string | null }) => acledActorsFor(res, ev({ acledType: 'Explosions/Remote violence', country: 'SY', text, actors: [agent] })).actor2;
  assert.equal(post('Opposition fighters shelled regime positions near the village with rockets.'), 'Military Forces of Syria (2000-2024)');
  assert.equal(post('Rebels shelled the village from their positions in the hills.'), null);
  assert.equal(post('Rebels shelled the area near Kafr Nabl, far from any positions.'), null);
});

test('what a crowd demonstrates against is no side; civilians named as the dead of shelling are its target', () => {
  const riot = acledActorsFor(res, ev({ type: 'PROTEST', acledType: 'Riots', country: 'SY', text: 'Dozens of people burned tires on the highway in a demonstration against the regime.', actors: [{ role: 'agent', name: 'people', entity: null }, { role: 'target', name: 'regime', entity: null }] }));
  assert.equal(riot.actor2, null);
  const clash = acledActorsFor(res, ev({ type: 'PROTEST', acledType: 'Riots', country: 'SY', text: 'Demonstrators against the regime clashed with the regime forces at the checkpoint.', actors: [{ role: 'agent', name: 'Demonstrators', entity: null }, { role: 'target', name: 'regime forces', entity: null }] }));
  assert.equal(clash.actor2, 'Military Forces of Syria (2000-2024)', 'a force the crowd clashed with is a side');
  const shelled = acledActorsFor(res, ev({ acledType: 'Explosions/Remote violence', country: 'SY', text: 'The shelling of the villages caused the death of an unknown number of civilians.', actors: [{ role: 'agent', name: 'Turkish Armed Forces', entity: 'kb:turkey-military' }] }));
  assert.equal(shelled.actor2, 'Civilians (Syria)');
});
