/**
 * The country the words around an unlinked actor give (src/extract/events/actor-country.ts), and people
 * and state actors named as written. Sentences written for these tests in the style of wire copy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';
import type { ActorRef, ExtractedEvent } from '../../src/core/model/event.js';

const events = (text: string, published = '2003-05-12'): ExtractedEvent[] => docOf(text, published).events;
const actor = (text: string, role: ActorRef['role'], name: string): ActorRef => {
  const all = events(text).flatMap((e) => e.actors);
  const a = all.find((x) => x.role === role && x.name === name);
  assert.ok(a, `${role} ${name} in ${JSON.stringify(all.map((x) => [x.role, x.name]))}`);
  return a;
};

test('a nationality before a name gives the actor its country, with the words and their offsets', () => {
  const text = 'The Lithuanian Electoral Commission accused the ruling party of fraud.';
  const a = actor(text, 'agent', 'Electoral Commission');
  assert.equal(a.country, 'LT');
  assert.equal(a.countryBy, 'qualifier: Lithuanian');
  assert.equal(text.slice(a.countryAt!.start, a.countryAt!.end), 'Lithuanian');
  // over lower-case title words, and a possessive owner
  assert.equal(actor('Kenyan deputy foreign minister Peter Otieno summoned the Ugandan envoy.', 'agent', 'Peter Otieno').country, 'KE');
});

test('a person with a title is coded by the PETRARCH2 dictionary as it writes them; the name alone is not a country', () => {
  const a = actor('President Bush threatened new sanctions against Syria.', 'agent', 'Bush');
  assert.equal(a.country, 'US');
  assert.match(a.countryBy!, /PETRARCH2/);
  // a person whose name is also a country's is no national of it
  const j = events('Jordan Miller demanded an apology from the mayor.').flatMap((e) => e.actors).find((x) => x.name === 'Jordan Miller');
  assert.ok(!j || !j.country, JSON.stringify(j));
});

test('an ethnonym in the name and a place after a group give the country', () => {
  assert.equal(actor('Serb paramilitaries attacked a village near Vukovar.', 'agent', 'Serb paramilitaries').country, 'RS');
  const g = actor('Opposition parties in Kenya demanded a recount of the presidential vote.', 'agent', 'Opposition parties');
  assert.equal(g.country, 'KE');
  assert.equal(g.countryBy, 'place: in Kenya');
});

test('plural demonyms are people with the nationality, adjective or count written before them', () => {
  assert.equal(actor('Macedonian Albanians demanded a separate television channel.', 'agent', 'Macedonian Albanians').country, 'MK');
  assert.equal(actor('Young Egyptians protested outside the parliament in Cairo.', 'agent', 'Egyptians').country, 'EG');
  assert.equal(actor('Thousands of Kenyans demonstrated in Nairobi against the new tax.', 'agent', 'Kenyans').country, 'KE');
});

test('a state noun after a nationality is named as written and stays linked to the country', () => {
  const a = actor('Tunisian police arrested three journalists in Tunis.', 'agent', 'Tunisian police');
  assert.equal(a.entity, 'kb:country-tn');
  const b = actor('Sudan\'s interim government rejected the proposal.', 'agent', "Sudan's interim government");
  assert.equal(b.entity, 'kb:country-sd');
});

test('a time between a reporting verb and its pronoun clause: the speaker is the subject', () => {
  const e = events('Norway said on Monday it had expelled two Iranian diplomats.').find((x) => x.type === 'SANCTION');
  assert.ok(e?.actors.some((x) => x.role === 'agent' && x.entity === 'kb:country-no'), JSON.stringify(e?.actors));
});
