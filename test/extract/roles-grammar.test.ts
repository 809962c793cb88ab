/**
 * Agents, targets and tolls read from the grammar of local crime news (sentences written for these tests
 * in the style of US local news): coordinated passives, perfect infinitives, passive gerunds, relative
 * clauses between subject and verb, object complements, pronouns referring back, and victims identified
 * by name away from the act's clause.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';

const names = (e: ExtractedEvent | undefined, role: 'agent' | 'target') => (e?.actors ?? []).filter((a) => a.role === role).map((a) => a.name);
const attack = (text: string) => asserted(docOf(text, '2016-03-10')).find((e) => e.type === 'ASSAULT');

test('a participle coordinated with a passive one is passive: the victim is no agent, the by-phrase is', () => {
  const e = attack('Jamal Carter was shot and wounded by Mark Lewis outside a store on Monday.');
  assert.deepEqual(names(e, 'target'), ['Jamal Carter']);
  assert.deepEqual(names(e, 'agent'), ['Mark Lewis']);
  assert.deepEqual(e?.injured?.value, { min: 1, max: 1 }, 'shot and wounded: one injured');
});

test('the subject of a perfect infinitive and of a passive gerund', () => {
  const e = attack('Charles Dishon is alleged to have attacked Steve Hall at the apartment door on Wednesday.');
  assert.deepEqual(names(e, 'agent'), ['Charles Dishon']);
  assert.deepEqual(names(e, 'target'), ['Steve Hall']);
  const g = attack('Four people were standing in front of a building on Monday before being shot.');
  assert.deepEqual(names(g, 'target'), ['people']);
  assert.deepEqual(names(g, 'agent'), []);
});

test('a complete relative clause between subject and verb; the object of "left" is the victim of its complement', () => {
  const e = attack('Police said a man who had been in a business dispute with his two brothers shot them on Thursday.');
  assert.ok(!names(e, 'agent').some((n) => /brothers/.test(n)), JSON.stringify(e?.actors));
  const l = attack('Police are investigating a shooting that left six people injured on Wednesday night.');
  assert.ok(!names(l, 'agent').includes('people'), JSON.stringify(l?.actors));
});

test('a singular pronoun refers back to the person named before it, never to the other party of its clause', () => {
  const e = attack('Mark Lee was at home on Monday. John Smith shot him in the chest.');
  assert.deepEqual(names(e, 'agent'), ['John Smith']);
  assert.deepEqual(names(e, 'target'), ['Mark Lee']);
  const s = attack('John Smith argued with his neighbor Mark Lee on Monday. He shot him in the chest.');
  assert.deepEqual(names(s, 'agent'), ['John Smith'], 'a subject pronoun continues the previous subject');
  assert.deepEqual(names(s, 'target'), ['Mark Lee']);
});

test('the victims an article identifies by name replace their description', () => {
  const e = attack('Seven people were shot at Shawnee Park on Thursday. The deceased have been identified as Michael Carter, 26, and William McKee, 32.');
  assert.deepEqual(names(e, 'target'), ['Michael Carter', 'William McKee']);
  const one = attack('One person is dead after a shooting in Radcliff on Saturday. Police have identified Darren Johnson, 47, as the victim.');
  assert.deepEqual(names(one, 'target'), ['Darren Johnson']);
  // no identification: the description stays
  assert.deepEqual(names(attack('Seven people were shot at Shawnee Park on Thursday. Michael Carter, a witness, called police.'), 'target'), ['people']);
});

test('whoever defuses a device is no party to its attack', () => {
  const d = attack('Security forces discovered and defused an explosive device in Khalis on Monday.');
  assert.deepEqual(names(d, 'agent'), []);
});
