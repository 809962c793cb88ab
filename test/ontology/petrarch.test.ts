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
