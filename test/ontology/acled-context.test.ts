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

test('stun grenades are crowd-control munitions: soldiers firing them at rioters are the riot, not an explosion', async () => {
  const { analyzeRecords } = await import('../../src/engine/analyze.js');
  const body = 'Soldiers fired stun grenades and tear gas canisters at rioters in the village of Beita on Friday.';
  const out = await analyzeRecords([{ origin: 'stun', file: 'stun.txt', format: 'text', body, bodyIsHtml: false, externalId: 'stun', url: null, title: null, source: 'Test', published: '2022-04-15', language: 'en' }], { db: ':memory:', resources: testResources() });
  const events = (out.report as { events: { mode: string | null; weapon?: string | null; acled: { event_type: string | null; sub_event_type: string | null } }[] }).events;
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => e.acled.sub_event_type !== 'Grenade'), JSON.stringify(events.map((e) => [e.mode, e.acled])));
  assert.ok(events.some((e) => e.acled.event_type === 'Riots' && e.mode === 'crowd control'), JSON.stringify(events.map((e) => [e.mode, e.acled])));
});
