import { test } from 'node:test';
import { testResources } from '../helpers/resources.js';
import assert from 'node:assert/strict';
import { docOf, asserted } from './helpers.js';
import { acledContext, ontologyFor } from '../../src/extract/ontology/index.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';

const events = (text: string) => asserted(docOf(text, '2022-03-10'));
const acledOf = (text: string, e: ExtractedEvent) => {
  const doc = text;
  const reports = e.sentences.map((s) => ({ text: doc.slice(s.start, s.end) }));
  return ontologyFor(e.type, e.mode, acledContext(testResources(), { type: e.type, mode: e.mode, outcome: e.outcome?.value ?? null, actors: e.actors, reports })).acled;
};
const first = (text: string, type?: string) => {
  const e = events(text).find((x) => !type || x.type === type);
  assert.ok(e, `no ${type ?? ''} event in: ${text}`);
  return { e, acled: acledOf(text, e) };
};

test('phrasal light verbs and happening verbs make nominal attacks events', () => {
  const a = first('A militant cell carried out an arson attack on a furniture shop in Gebze town.');
  assert.equal(a.e.mode, 'arson');
  assert.equal(a.acled.sub_event_type, 'Looting/property destruction');
  assert.equal(first('Clashes erupted between two rival tribes in the Hawija district.').e.mode, 'armed clash');
});

test('deploying reinforcements is a mobilisation; troops deployed somewhere is a state', () => {
  assert.equal(first('Army forces deployed reinforcements to the front north of Tikrit.', 'MOBILIZE').acled.event_type, 'Strategic developments');
  assert.equal(events('US soldiers deployed to both sides of the border face new risks.').filter((e) => e.type === 'MOBILIZE').length, 0);
});

test('weapons: machine guns do not undo shelling, an attacked aircraft is the target', () => {
  assert.equal(first('Rebel forces shelled a village near Kafr Nabl with heavy machine guns.').e.mode, 'shelling');
  const h = first('Militants attacked army helicopters near the mountain base.');
  assert.notEqual(h.e.mode, 'airstrike');
  assert.equal(h.acled.event_type, 'Battles');
});

test('ACLED: peaceful protesters are no rioters; burning tires and stones make a riot', () => {
  assert.equal(first('Hundreds of protesters held a demonstration outside the parliament in Kuwait City.').acled.event_type, 'Protests');
  assert.equal(first('Protesters blocked the highway with burning tires in Tripoli city.').acled.event_type, 'Riots');
  const mob = first('A group of settlers hurled stones at passing cars near the village of Burin.');
  assert.equal(mob.e.mode, 'stoning');
  assert.deepEqual(mob.acled, { event_type: 'Riots', sub_event_type: 'Mob violence' });
});

test('ACLED: detentions by a non-state armed group are abductions, by police arrests', () => {
  assert.equal(first('The SDF detained three young men in Raqqa city for unknown reasons.').acled.sub_event_type, 'Abduction/forced disappearance');
  assert.equal(first('Police forces detained three young men in Konya city.').acled.sub_event_type, 'Arrests');
});

test('ACLED: firing at a civilian car or boat is violence against civilians', () => {
  assert.equal(first('Navy gunboats opened fire at fishing boats off the coast of Khan Yunis.').acled.event_type, 'Violence against civilians');
  assert.equal(first('Gunmen opened fire on an army patrol near Baiji.').acled.event_type, 'Battles');
});

test('protests named by a sit-in, a passive light verb, a purpose or a road blockade', () => {
  const protests = (t: string) => events(t).filter((e) => e.type === 'PROTEST').length;
  assert.equal(protests('Taxi owners organized a sit-in protest in Zubair district.'), 1);
  assert.equal(protests('A demonstration was staged in the town square of Amedi.'), 1);
  assert.equal(protests('Nurses gathered at the hospital in Shiraz to protest over unpaid wages.'), 1);
  assert.equal(protests('Drivers stood on the main road at Chtaura junction to block it.'), 1);
  assert.equal(protests('Residents cut the road to the port to denounce power cuts.'), 1);
  assert.equal(protests('Soldiers stood on the road near the checkpoint.'), 0);
  // a passive "dismissed" earlier in the sentence denies nothing
  assert.equal(protests('Teachers who were dismissed by decree held a protest in Izmir.'), 1);
});

test('political acts: aid, concessions, sanctions, resignations, bans, indictments', () => {
  const types = (t: string) => events(t).map((e) => e.type);
  assert.ok(types('Norway granted political asylum to four Eritrean journalists.').includes('AID'));
  assert.ok(types('The governor lifted the curfew in the northern province on Friday.').includes('CONCEDE'));
  assert.ok(types('The foreign minister cancelled a planned visit to Caracas.').includes('SANCTION'));
  assert.ok(types('The prime minister resigned on Monday.').includes('RETREAT'));
  assert.ok(types('The government outlawed the largest opposition party.').includes('COERCE'));
  assert.ok(types('A court indicted the former defence minister for corruption.').includes('ACCUSE'));
  assert.ok(!types('Iran-backed militias operate along the border.').includes('SUPPORT'));
});

test('commitments are AGREE or THREATEN; the act itself stays planned', () => {
  const all = (t: string) => docOf(t, '2022-03-10').events;
  const a = all('Spain will support Morocco\'s bid to host the summit, the foreign minister said on Tuesday.');
  assert.ok(a.some((e) => e.type === 'AGREE' && e.modality === 'asserted' && e.mode === 'promise'));
  assert.ok(a.some((e) => e.type === 'SUPPORT' && e.modality !== 'asserted'));
  const t = all('Hungary plans to impose restrictions on grain imports from next month.');
  assert.ok(t.some((e) => e.type === 'THREATEN' && e.modality === 'asserted'));
  assert.ok(!t.some((e) => e.type === 'COERCE' && e.modality === 'asserted'));
  // a possibility is no commitment
  assert.equal(asserted(docOf('Any response could escalate attacks against the embassy.')).length, 0);
  // a promise is no ACLED agreement
  assert.equal(ontologyFor('AGREE', 'promise').acled.event_type, null);
});

test('a descriptive actor is the noun phrase around its head, not the rest of the clause', () => {
  const d = docOf('Rockets struck the base on Wednesday morning, and an American civilian contractor died of a heart attack.', '2021-03-03');
  const names = d.events.flatMap((e) => e.actors.map((a) => a.name));
  assert.ok(!names.some((n) => /,|\band\b/.test(n)), `actor names: ${names.join(' | ')}`);
});
