import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acledFor, cameoFor, familyOf, ontologyFor } from '../../src/extract/ontology/index.js';

test('ACLED types follow the mode, the outcome and the target', () => {
  assert.deepEqual(acledFor('ASSAULT', 'drone'), { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
  assert.deepEqual(acledFor('ASSAULT', 'shelling'), { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' });
  assert.deepEqual(acledFor('ASSAULT', 'explosion'), { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' });
  assert.deepEqual(acledFor('ASSAULT', 'drone', { outcome: 'intercepted' }), { event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use' });
  assert.equal(acledFor('ASSAULT', 'firearms', { targetCivilian: true })?.event_type, 'Violence against civilians');
  assert.equal(acledFor('ASSAULT', 'firearms')?.sub_event_type, 'Armed clash');
  assert.equal(acledFor('PROTEST', 'demonstrate')?.sub_event_type, 'Peaceful protest');
  assert.equal(acledFor('COERCE', 'arrest')?.sub_event_type, 'Arrests');
  assert.equal(acledFor('CONSULT', 'phone'), null);
});

test('CAMEO codes: specific by mode, root otherwise', () => {
  assert.equal(cameoFor('CONSULT', 'phone'), '041');
  assert.equal(cameoFor('AGREE', 'announce talks'), '036');
  assert.equal(cameoFor('ASSAULT', 'airstrike'), '195');
  assert.equal(cameoFor('REQUEST', null), '10');
  assert.equal(cameoFor('OTHER', null), null);
  assert.deepEqual(ontologyFor('CONSULT', 'negotiate'), { acled: { event_type: null, sub_event_type: null }, cameo: '046' });
});

test('families block fusion: every attack is one family, talks another', () => {
  assert.equal(familyOf('ASSAULT', 'drone'), familyOf('ASSAULT', 'explosion'));
  assert.equal(familyOf('OTHER', 'explosion'), 'violence');
  assert.notEqual(familyOf('CONSULT', 'negotiate'), familyOf('AGREE', 'announce talks'));
});
