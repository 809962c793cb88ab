import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testResources } from '../helpers/resources.js';
import { acledContext, ontologyFor } from '../../src/extract/ontology/index.js';

/** ACLED coding of an event from its type, mode, actors and report sentences (sentences written for the test). */
const acledOf = (type: string, mode: string | null, agent: string, target: string, text: string) =>
  ontologyFor(type as never, mode, acledContext(testResources(), {
    type, mode, outcome: null, reports: [{ text }],
    actors: [{ role: 'agent', name: agent, entity: null }, { role: 'target', name: target, entity: null }],
  })).acled;

test('ACLED riots: rioters with no demonstration around them are mob violence, demonstrators turning violent a violent demonstration', () => {
  // the codebook: "Violent demonstration" is demonstrators engaging in violence; rioters acting outside a demonstration are "Mob violence"
  const mob = acledOf('ASSAULT', 'stoning', 'rioters', 'soldiers', 'Rioters hurled stones at soldiers at the entrance of the town.');
  assert.equal(mob?.event_type, 'Riots');
  assert.equal(mob?.sub_event_type, 'Mob violence');
  const demo = acledOf('ASSAULT', 'stoning', 'rioters', 'soldiers', 'Rioters hurled stones at soldiers during a demonstration against the closure of the road.');
  assert.equal(demo?.event_type, 'Riots');
  assert.equal(demo?.sub_event_type, 'Violent demonstration');
});
