import { test } from 'node:test';
import assert from 'node:assert/strict';
import { petrarchActor, petrarchAgent } from '../../src/extract/ontology/petrarch.js';
import { testResources } from '../helpers/resources.js';

test('a named actor takes the code valid on the article date', () => {
  const res = testResources();
  // Nouri al-Maliki: Iraqi government during his term as prime minister (2006-05-20..2014-09-08), elite otherwise
  const during = petrarchActor(res, 'Nouri al-Maliki', '2010-03-01');
  assert.equal(during?.country, 'IQ');
  assert.equal(during?.code, 'IRQGOV');
  assert.equal(during?.class, 'government');
  const after = petrarchActor(res, 'Nouri al-Maliki', '2016-01-01');
  assert.equal(after?.code, 'IRQELI');
  assert.equal(after?.class, 'political');
});

test('aliases, transliterations and non-state groups resolve through the name index', () => {
  const res = testResources();
  assert.equal(petrarchActor(res, 'Daesh', '2015-06-01')?.class, 'armed_group');
  // a country name is the state itself
  const sy = petrarchActor(res, 'Syria', '2015-06-01');
  assert.equal(sy?.country, 'SY');
  assert.equal(sy?.class, 'state');
  assert.equal(petrarchActor(res, 'United Nations', null)?.class, 'igo');
  assert.equal(petrarchActor(res, 'a man with no entry', '2015-06-01'), null);
});

test('generic agents get their sector class from the longest dictionary suffix', () => {
  const res = testResources();
  assert.equal(petrarchAgent(res, 'police')?.class, 'military');
  assert.equal(petrarchAgent(res, 'federal riot police')?.phrase, 'riot police');
  assert.equal(petrarchAgent(res, 'two masked gunmen')?.class, 'armed_group');
  assert.equal(petrarchAgent(res, 'militants')?.class, 'armed_group');
  assert.equal(petrarchAgent(res, 'protesters')?.class, 'political');
  assert.equal(petrarchAgent(res, 'the weather'), null);
});

test('an unlinked event actor is coded by its name, a word run of it, or its generic agent', async () => {
  const { codeActor } = await import('../../src/extract/ontology/petrarch.js');
  const res = testResources();
  // the whole name is a dictionary actor
  assert.equal(codeActor(res, { name: 'Nouri al-Maliki', entity: null }, '2012-01-01')?.cameo, 'IRQGOV');
  // a country word plus a generic agent: the country from the one, the sector from the other
  const police = codeActor(res, { name: 'Iraqi police', entity: null }, '2012-01-01');
  assert.equal(police?.country, 'IQ');
  assert.equal(police?.sector, 'military');
  // a generic agent alone has a sector and no country
  const gunmen = codeActor(res, { name: 'unidentified gunmen', entity: null }, '2012-01-01');
  assert.equal(gunmen?.country, null);
  assert.equal(gunmen?.sector, 'armed_group');
  // a possessive is its owner's: the country from the owner, the sector from the head
  const parliament = codeActor(res, { name: "Poland's parliament", entity: null }, '2000-01-01');
  assert.equal(parliament?.country, 'PL');
  assert.equal(parliament?.sector, 'government');
  // a person the dictionary writes with a title ("AYATOLLAH RUHOLLAH KHOMEINI") is found by the name alone
  assert.equal(codeActor(res, { name: 'Ruhollah Khomeini', entity: null }, '2000-01-01')?.country, 'IR');
  // a person with no role on the date is still of the one country all their dated roles name, with no sector
  const before = codeActor(res, { name: 'Janet Museveni', entity: null }, '2000-01-01');
  assert.equal(before?.country, 'UG');
  assert.equal(before?.cameo, 'UGA');
  assert.equal(codeActor(res, { name: 'Janet Museveni', entity: null }, '2010-01-01')?.cameo, 'UGAGOV');
  // a bare surname is no person's name
  assert.equal(codeActor(res, { name: 'Khomeini', entity: null }, '2000-01-01'), null);
  // a KB-linked actor is left to the KB
  assert.equal(codeActor(res, { name: 'Nouri al-Maliki', entity: 'kb:nouri-al-maliki' }, '2012-01-01'), null);
  // a name the article alone introduced (no KB record) is coded like an unlinked name
  assert.equal(codeActor(res, { name: 'Askar Akayev', entity: 'name:person:askarakayev' }, '2000-01-01')?.country, 'KG');
});
