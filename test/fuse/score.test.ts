import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseArticleEvents, MemoryEventIndex, modeRelation, familyOf } from '../../src/fuse/index.js';
import { makeArticle, makeEvent, typedKeys, GEO, type EventSpec } from './fixtures.js';
import type { Geo } from '../../src/core/model/entity.js';
import { weekApart } from '../../src/fuse/when.js';

const ERBIL: Geo = { lat: 36.19, lon: 44.01, country: 'IQ', admin1: 'Erbil', precision: 'town' };
const HADITHA: Geo = { lat: 34.1395, lon: 42.3781, country: 'IQ', admin1: 'Anbar', precision: 'town' };
const A = makeArticle('a-wire', 'Two drones struck the Ain al-Asad base on Tuesday at 01:30, officials said. The Islamic Resistance in Iraq claimed the attack.\nMilitias may attack the base again next week, a commander warned.', 'Outlet A', '2024-07-17');
const B = makeArticle('b-wire', 'A ballistic missile hit Ain al-Asad air base on Tuesday at 01:35. The Islamic Resistance in Iraq said it fired the missile.\nIn April 2022, a drone was shot down near Ain al-Asad.\nA drone also hit a base near Erbil on Tuesday.', 'Outlet B', '2024-07-18');
const KEYS = { 'kb:irq-resistance': 'organization' } as const;

const drone = (over: Partial<EventSpec> = {}): EventSpec => ({ id: 'e1', type: 'ASSAULT', mode: 'drone', trigger: 'struck', sentences: ['Two drones struck'],
  date: { text: 'Tuesday', start: '2024-07-16', precision: 'day' }, place: { text: 'Ain al-Asad base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad }, ...over });

function fuseTwo(a: EventSpec, b: EventSpec) {
  const index = new MemoryEventIndex();
  fuseArticleEvents(A, [makeEvent(A, a)], typedKeys(A, KEYS), index);
  const r = fuseArticleEvents(B, [makeEvent(B, b)], typedKeys(B, KEYS), index);
  return { index, decision: r.decisions[0]! };
}

test('mode classes: drone strike is compatible with airstrike, missile conflicts with drone', () => {
  assert.equal(modeRelation('drone strike', 'airstrike'), 'same');
  assert.equal(modeRelation('drone', 'airstrike'), 'compatible');
  assert.equal(modeRelation('ballistic missiles', 'drone'), 'conflict');
  assert.equal(modeRelation('killing', 'airstrike'), 'unknown');
  assert.equal(familyOf('OTHER', 'blast'), familyOf('ASSAULT', null));
  assert.equal(familyOf('AGREE', 'announce talks') === familyOf('CONSULT', 'negotiate'), false);
});

test('same base, same day, same mode: merged', () => {
  const { index, decision } = fuseTwo(drone(), drone({ trigger: 'hit', sentences: ['A ballistic missile hit'], place: { text: 'Ain al-Asad air base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } }));
  assert.equal(decision.merged, true, JSON.stringify(decision));
  assert.equal(index.size(), 1);
});

test('missile vs drone at the same base and day is kept apart without strong evidence', () => {
  const { index, decision } = fuseTwo(drone(), drone({ mode: 'missile', trigger: 'hit', sentences: ['A ballistic missile hit'], place: { text: 'Ain al-Asad air base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } }));
  assert.equal(decision.merged, false);
  assert.equal(index.size(), 2);
});

test('missile vs drone merges with strong evidence (time of day, same claimant), and the mode conflict is kept', () => {
  const claimA = [{ role: 'agent' as const, text: 'The Islamic Resistance in Iraq', entity: 'kb:irq-resistance' }];
  const claimB = [{ role: 'agent' as const, text: 'The Islamic Resistance in Iraq', entity: 'kb:irq-resistance' }];
  const { index, decision } = fuseTwo(
    drone({ time: { text: '01:30', value: '01:30' }, actors: claimA }),
    drone({ mode: 'missile', trigger: 'hit', sentences: ['A ballistic missile hit'], time: { text: '01:35', value: '01:35' }, actors: claimB, place: { text: 'Ain al-Asad air base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } }),
  );
  assert.equal(decision.merged, true, JSON.stringify(decision));
  const f = [...index.all()][0]!;
  assert.ok(f.conflicts.some((c) => c.field === 'mode' && c.values.length === 2));
  assert.ok(f.mergedBecause[0]!.includes('same time of day'));
});

test('April 2022 never merges with a day in July 2024, nor a month-precision April 2024 with it', () => {
  const y2022 = fuseTwo(drone(), drone({ trigger: 'shot down', sentences: ['In April 2022'], date: { text: 'In April 2022', start: '2022-04-01', end: '2022-04-30', precision: 'month' }, place: { text: 'Ain al-Asad', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad, nth: 1 } }));
  assert.equal(y2022.decision.merged, false);
  const april = fuseTwo(drone({ date: { text: 'Tuesday', start: '2024-04-01', end: '2024-04-30', precision: 'month' } }), drone({ trigger: 'hit', sentences: ['A ballistic missile hit'], place: { text: 'Ain al-Asad air base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } }));
  assert.equal(april.decision.merged, false);
});

test('distant places never merge: Ain al-Asad vs Haditha (about 40 km) is vetoed, vs Erbil not even a candidate', () => {
  const haditha = fuseTwo(drone(), drone({ trigger: 'hit a base', sentences: ['A drone also hit'], place: { text: 'Erbil', name: 'Haditha', geo: HADITHA } }));
  assert.equal(haditha.decision.merged, false);
  assert.match(haditha.decision.rejected[0]?.veto ?? '', /places distant \(Haditha vs Ain al-Asad Air Base, 4\d km\)/);
  const erbil = fuseTwo(drone(), drone({ trigger: 'hit a base', sentences: ['A drone also hit'], place: { text: 'Erbil', name: 'Erbil', geo: ERBIL } }));
  assert.equal(erbil.decision.merged, false);
  assert.deepEqual(erbil.decision.rejected, []);
  assert.equal(erbil.index.size(), 2);
});

test('a threat of a future attack never merges with the attack', () => {
  const index = new MemoryEventIndex();
  fuseArticleEvents(A, [makeEvent(A, drone())], null, index);
  const r = fuseArticleEvents(A, [makeEvent(A, drone({ id: 'e2', trigger: 'may attack', sentences: ['Militias may attack'], modality: 'hypothetical', date: undefined }))], null, index);
  assert.equal(r.decisions[0]!.merged, false);
});

test('a bare weekday resolved to the publication day matches a report dated a week earlier (cited report), and the earlier date is kept', () => {
  const later = makeArticle('b-later', 'Two armed drones targeted Ain al-Asad airbase, military sources told reporters on Tuesday.', 'Outlet B', '2024-07-23');
  const index = new MemoryEventIndex();
  fuseArticleEvents(A, [makeEvent(A, drone())], null, index);
  const r = fuseArticleEvents(later, [makeEvent(later, drone({ trigger: 'targeted', sentences: ['Two armed drones targeted'], date: { text: 'Tuesday', start: '2024-07-23', precision: 'day' }, place: { text: 'Ain al-Asad airbase', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } }))], null, index);
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  const f = [...index.all()][0]!;
  assert.equal(f.date?.start, '2024-07-16');
  assert.ok(!f.conflicts.some((c) => c.field === 'date'));
  // a stated calendar date a week apart stays a different event
  const dated = makeArticle('b-dated', 'Two armed drones targeted Ain al-Asad airbase on July 23, military sources said.', 'Outlet C', '2024-07-23');
  const r2 = fuseArticleEvents(dated, [makeEvent(dated, drone({ trigger: 'targeted', sentences: ['Two armed drones targeted'], date: { text: 'July 23', start: '2024-07-23', precision: 'day' }, place: { text: 'Ain al-Asad airbase', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } }))], null, index);
  assert.equal(r2.decisions[0]!.merged, false);
});

test('two different states as the attacker keep look-alike reports apart', () => {
  const C = makeArticle('c-wire', 'Iran fired missiles at the base on Tuesday. The United States struck the base on Tuesday.', 'Outlet C', '2024-07-17');
  const D = makeArticle('d-wire', 'The United States struck the base on Tuesday.', 'Outlet D', '2024-07-18');
  const place = { text: 'the base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad };
  const date = { text: 'Tuesday', start: '2024-07-16', precision: 'day' as const };
  const index = new MemoryEventIndex();
  fuseArticleEvents(C, [makeEvent(C, { id: 'e1', type: 'ASSAULT', mode: 'missile', trigger: 'fired', sentences: ['Iran fired missiles at the base on Tuesday.'], date, place, actors: [{ role: 'agent', text: 'Iran', name: 'Iran', entity: 'kb:country-ir' }] })], null, index);
  const r = fuseArticleEvents(D, [makeEvent(D, { id: 'e1', type: 'ASSAULT', mode: 'missile', trigger: 'struck', sentences: ['The United States struck the base on Tuesday.'], date, place, actors: [{ role: 'agent', text: 'United States', name: 'United States', entity: 'kb:country-us' }] })], null, index);
  assert.equal(r.decisions[0]!.merged, false, JSON.stringify(r.decisions[0]));
});

test('aerial platforms: a helicopter or air strike can be told as a missile strike, a helicopter is not a drone', () => {
  assert.equal(modeRelation('helicopters', 'airstrike'), 'compatible');
  assert.equal(modeRelation('missiles', 'air strike'), 'compatible');
  assert.equal(modeRelation('helicopter', 'drone'), 'conflict');
});

test('a bare weekday is a week late only against a stated day, not against a vague window', () => {
  const day = { start: '2024-01-28', end: '2024-01-28', precision: 'day' as const };
  assert.equal(weekApart(day, { start: '2024-01-21', end: '2024-01-21', precision: 'day' }), true);
  // the week before publication (an undated sentence's fallback) must not discard the stated Sunday
  assert.equal(weekApart(day, { start: '2024-01-22', end: '2024-01-28', precision: 'week' }), false);
});

test('one person under names outlets spell one letter apart or with a middle name; not two people who share a surname', async () => {
  const { samePerson } = await import('../../src/fuse/score.js');
  assert.equal(samePerson('taliek bristel', 'taleik bristel'), true);
  assert.equal(samePerson('patrick mcfarlane', 'partick mcfarlane'), true);
  assert.equal(samePerson('jamick dakota corley', 'jamick corley'), true);
  assert.equal(samePerson('marcus hill', 'maria hill'), false);
  assert.equal(samePerson('ali hussein ali', 'ali hassan ali'), false);
  assert.equal(samePerson('tom lee', 'tim lee'), false);
});

test('a day borrowed from another sentence (the lead\'s day) is a weak same date, a stated day a strong one', () => {
  const hit = drone({ trigger: 'hit', sentences: ['A ballistic missile hit'], place: { text: 'Ain al-Asad air base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad } });
  const score = (borrowed: boolean) => {
    const index = new MemoryEventIndex();
    fuseArticleEvents(A, [makeEvent(A, drone())], typedKeys(A, KEYS), index);
    const e = makeEvent(B, hit);
    const r = fuseArticleEvents(B, [borrowed ? { ...e, dateBasis: 'paragraph' as const } : e], typedKeys(B, KEYS), index);
    return r.decisions[0]!;
  };
  const stated = score(false), borrowed = score(true);
  assert.ok(stated.reasons.some((l) => /same date 2024-07-16(?! \()/.test(l)), stated.reasons.join('\n'));
  assert.ok(borrowed.reasons.some((l) => /same date 2024-07-16 \(borrowed: weak\)/.test(l)), borrowed.reasons.join('\n'));
  assert.ok((borrowed.score ?? 0) < (stated.score ?? 0), `${borrowed.score} < ${stated.score}`);
});
