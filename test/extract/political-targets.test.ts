/**
 * Targets of political acts and of attacks on property, read from grammar (sentences written for these
 * tests in the style of wire news): a request's that-clause subject, a threatened infinitive's object, the
 * partner after "with", the party after "from", a verb's first of two objects, a commitment's target, and
 * property attacked with no owner named (a made thing by WordNet, not an abstraction).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';

const names = (e: ExtractedEvent | undefined, role: 'agent' | 'target') => (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name);
const of = (text: string, type: string) => asserted(docOf(text, '2001-03-10')).find((e) => e.type === type);

test("a request's that-clause subject is whom it asks, past a bare day", () => {
  const e = of('Lebanese officials demanded Friday that Israel withdraw its troops from the border.', 'REQUEST');
  assert.ok(names(e, 'target').includes('Israel'), JSON.stringify(e?.actors));
});

test('a partner after "with" and a party after "from" are targets of political acts', () => {
  assert.ok(names(of('Jordan lodged an official protest with Egypt today over the border closure.', 'ACCUSE'), 'target').includes('Egypt'));
  assert.ok(names(of('The Kurdish parties are demanding autonomy from Turkey.', 'REQUEST'), 'target').includes('Turkey'));
});

test("a verb's first of two objects is its recipient; a commitment keeps the act's target", () => {
  const e = of('Sweden will give Kenya a grant of 10 million dollars, the ministry said.', 'AGREE');
  assert.ok(names(e, 'target').includes('Kenya'), JSON.stringify(e?.actors));
});

test('property attacked is the target; an abstraction is not', () => {
  const e = of('Gunmen attacked an electricity tower in Baquba on Monday.', 'ASSAULT');
  assert.deepEqual(names(e, 'target'), ['electricity tower']);
});
