import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseArticleEvents, MemoryEventIndex } from '../../src/fuse/index.js';
import { identityEvidence, personKey } from '../../src/fuse/identity.js';
import { makeArticle, makeEvent, at, type EventSpec } from './fixtures.js';
import type { Geo, Mention } from '../../src/core/model/entity.js';
import type { Article } from '../../src/core/model/article.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';

const DAYTON: Geo = { lat: 39.7589, lon: -84.1916, country: 'US', admin1: 'Ohio', precision: 'town' };

const person = (a: Article, name: string): Mention => ({ ...at(a, name), text: name, type: 'person', sentence: 0, key: 'name:' + name.toLowerCase(), name, by: 'test' });

const shooting = (a: Article, over: Partial<EventSpec>): EventSpec => ({ id: 'e1', type: 'ASSAULT', mode: 'firearms', trigger: 'shot', sentences: [], ...over, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } });

// two look-alike shootings in one city a day apart, each with its own victim
const A = makeArticle('a1', 'A man was shot and killed on Friday night in Dayton, police said.\nThe victim was identified as Marcus Hill, 34.', 'Outlet A', '2016-05-14');
const B = makeArticle('b1', 'A man was shot and killed on Saturday in Dayton.\nPolice named him as Tyrone Webb, 19.', 'Outlet B', '2016-05-15');
// the first shooting reported again days later, without a date of its own: its victim is named
const C = makeArticle('c1', 'Hundreds gathered on Wednesday for the funeral of Marcus Hill, who was shot in Dayton.\nNo arrest has been made, police said.', 'Outlet C', '2016-05-19');

const evA = () => makeEvent(A, shooting(A, { sentences: ['A man was shot'], date: { text: 'Friday night', start: '2016-05-13', precision: 'day' }, killed: { text: 'killed', value: { min: 1, max: 1 } } }));
const evB = () => makeEvent(B, shooting(B, { sentences: ['A man was shot'], date: { text: 'Saturday', start: '2016-05-14', precision: 'day' }, killed: { text: 'killed', value: { min: 1, max: 1 } } }));
const evC = () => makeEvent(C, shooting(C, { trigger: 'shot', sentences: ['Hundreds gathered'], date: { text: 'shot', start: '2016-05-13', end: '2016-05-19', precision: 'week' } }));

function stream(): MemoryEventIndex {
  const index = new MemoryEventIndex();
  fuseArticleEvents(A, [evA()], [person(A, 'Marcus Hill')], index, { sentences: [{ start: 0, end: A.text.indexOf('\n') }, { start: A.text.indexOf('\n') + 1, end: A.text.length }] });
  return index;
}

test('two look-alike shootings in one city a day apart with different victims stay apart, and say why', () => {
  const index = stream();
  const r = fuseArticleEvents(B, [evB()], [person(B, 'Tyrone Webb')], index, { sentences: [{ start: 0, end: B.text.indexOf('\n') }, { start: B.text.indexOf('\n') + 1, end: B.text.length }] });
  assert.equal(r.decisions[0]!.merged, false, JSON.stringify(r.decisions[0]));
  assert.equal(index.size(), 2);
  const apart = r.upserted[0]!.mergedBecause.join('\n');
  assert.match(apart, /kept apart from/);
  assert.match(apart, /different people named|different ages|no specific detail/);
});

test('a follow-up days later, dated only to its week, joins the original when it names the same victim', () => {
  const index = stream();
  const r = fuseArticleEvents(C, [evC()], [person(C, 'Marcus Hill')], index, { sentences: [{ start: 0, end: C.text.indexOf('\n') }, { start: C.text.indexOf('\n') + 1, end: C.text.length }] });
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  assert.equal(index.size(), 1);
  assert.match([...index.all()][0]!.mergedBecause.at(-1)!, /same person named: marcus hill/);
});

test('the same follow-up without the victim named does not join on genre alone (a shooting in Dayton that week)', () => {
  const index = stream();
  const r = fuseArticleEvents(C, [evC()], [], index, { sentences: [{ start: 0, end: C.text.indexOf('\n') }] });
  assert.equal(r.decisions[0]!.merged, false, JSON.stringify(r.decisions[0]));
  assert.equal(index.size(), 2);
});

test('identity details keep their spans: the victim and the age are evidence of the fused event', () => {
  const index = stream();
  const f = [...index.all()][0]!;
  const names = f.evidence['names'] ?? [];
  assert.equal(names.length, 1);
  assert.equal(A.text.slice(names[0]!.evidence.start, names[0]!.evidence.end), 'Marcus Hill');
  assert.deepEqual((f.evidence['ages'] ?? []).map((x) => x.value), [34]);
});

// the same shooting reported twelve days later by its own news (the victim died in hospital), the victim named with a middle initial and "Jr."
const D = makeArticle('d1', 'Marcus T. Hill Jr. died on Wednesday of wounds from a shooting in Dayton, the coroner said.\nPhoto by Staff', 'Outlet D', '2016-05-26');
const evD = () => makeEvent(D, shooting(D, { trigger: 'shooting', sentences: ['Marcus T. Hill Jr. died'], date: { text: 'Wednesday', start: '2016-05-25', precision: 'day' } }));

test('a later report dated by its own news (a death days later) joins the incident it names, through a name variant', () => {
  const index = stream();
  const r = fuseArticleEvents(D, [evD()], [person(D, 'Marcus T. Hill Jr.')], index, { sentences: [{ start: 0, end: D.text.indexOf('\n') }] });
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  assert.match([...index.all()][0]!.mergedBecause.at(-1)!, /later report \(12 days apart\) sharing the person named \(marcus hill\)/);
});

test('without the shared name, a report twelve days later is another incident', () => {
  const index = stream();
  const r = fuseArticleEvents(D, [evD()], [], index, { sentences: [{ start: 0, end: D.text.indexOf('\n') }] });
  assert.equal(r.decisions[0]!.merged, false);
  assert.match(r.decisions[0]!.rejected.map((x) => x.veto ?? '').join(' '), /dates incompatible/);
});

test('names: first and last name are the key; bylines, photo credits and institutions are no one involved', () => {
  assert.equal(personKey('Marcus T. Hill Jr.'), 'marcus hill');
  assert.equal(personKey("Tony Pass's"), 'tony pass');
  const E = makeArticle('e1', 'A man was shot in Dayton on Friday. View Full Caption DNAinfo/Alex Nitkin\nHe was taken to John H. Stroger Jr. Hospital of Cook County.', 'Outlet E', '2016-05-14');
  const ev = identityEvidence(E, makeEvent(E, shooting(E, { sentences: ['A man was shot'] })), [person(E, 'Alex Nitkin'), person(E, 'John H. Stroger Jr. Hospital of Cook County')], [{ start: 0, end: E.text.length }], true);
  assert.deepEqual(ev['names'] ?? [], []);
});

const other = (a: Article, text: string): Mention => ({ ...at(a, text), text, type: 'other', sentence: 0, key: 'name:' + text.toLowerCase(), name: text, by: 'test' });

test('details the tagger left untyped: a name followed by an age is a person, a street or venue name is a spot, an age in months is an age', () => {
  const F = makeArticle('f1', 'Police in Dayton said Dana Roe, 17 months, was shot at the Harbor View Apartments, 100 N. Elm Ave. A 2-month-old was unhurt. The Weekly Newsletter had it first.', 'Outlet F', '2016-05-14');
  const ev = identityEvidence(F, makeEvent(F, shooting(F, { sentences: ['Police in Dayton said'] })), [other(F, 'Dana Roe'), other(F, 'Harbor View Apartments'), other(F, 'N. Elm Ave.'), other(F, 'Weekly Newsletter')], [{ start: 0, end: F.text.length }], true);
  assert.deepEqual((ev['names'] ?? []).map((x) => x.value), ['dana roe']);
  assert.deepEqual((ev['spots'] ?? []).map((x) => x.value).sort(), ['harbor view apartments', 'n elm avenue']);
  assert.deepEqual((ev['ages'] ?? []).map((x) => x.value).sort(), ['17 months', '2 months']);
});

const namesOf = (a: Article, mentions: Mention[]): unknown[] =>
  (identityEvidence(a, makeEvent(a, shooting(a, { sentences: [a.text.slice(0, 12)] })), mentions, [{ start: 0, end: a.text.length }], true)['names'] ?? []).map((x) => x.value);

test('a name that goes on into a holiday, a park or a school names that thing, not a person of the incident', () => {
  const G = makeArticle('g1', 'Three people were shot at a Martin Luther King Jr. Day parade near Martin Luther King Memorial Park in Dayton.\nThe wounded included Dana Cole, 19, a student at Grant Lee High School.', 'Outlet G', '2017-01-16');
  const mentions = [person(G, 'Martin Luther King Jr.'), { ...person(G, 'Martin Luther King'), ...at(G, 'Martin Luther King', 1) }, person(G, 'Dana Cole'), person(G, 'Grant Lee')];
  assert.deepEqual(namesOf(G, mentions), ['dana cole']);
  // what the tagger took for one name, a holiday written out
  const H = makeArticle('h1', 'Two men were shot on Martin Luther King Day in Dayton. Police named one as Ray Olsen.', 'Outlet H', '2017-01-16');
  assert.deepEqual(namesOf(H, [person(H, 'Martin Luther King Day'), person(H, 'Ray Olsen')]), ['ray olsen']);
  const P = makeArticle('p1', 'A man was shot at a Martin Luther King, Jr. Day rally in Dayton. He was named as Ray Olsen.', 'Outlet P', '2017-01-16');
  assert.deepEqual(namesOf(P, [person(P, 'Martin Luther King'), person(P, 'Ray Olsen')]), ['ray olsen']);
  // a street named after the person at an intersection, without the street word
  const Q = makeArticle('q1', 'Police said a man was shot in Dayton near N.E. 23rd and Martin Luther King. The victim, Ray Olsen, was hurt.', 'Outlet Q', '2017-01-16');
  assert.deepEqual(namesOf(Q, [person(Q, 'Martin Luther King'), person(Q, 'Ray Olsen')]), ['ray olsen']);
});

test('officials named with their office, before the name or in an apposition, are not people of the incident; a name after a lower-case "the chief said" is', () => {
  const J = makeArticle('j1', 'Police Superintendent Eddie Marsh said Dana Cole was shot on Friday in Dayton.\n"We will find who did this," said Ron Tate, a police spokesman. Mayor Lisa Grant visited the scene. The chief said Tyrone Webb, 22, was arrested.', 'Outlet J', '2016-05-14');
  assert.deepEqual(namesOf(J, [person(J, 'Eddie Marsh'), person(J, 'Dana Cole'), person(J, 'Ron Tate'), person(J, 'Lisa Grant'), person(J, 'Tyrone Webb')]).sort(), ['dana cole', 'tyrone webb']);
});

// two shootings on one Saturday, each reported without a place the other shares, each of a 17-year-old
const K = makeArticle('k1', 'A 17-year-old was shot and wounded on Saturday night, police said.', 'Outlet K', '2016-05-15');
const L = makeArticle('l1', 'Officers found a 17-year-old boy shot in the leg on Saturday; he is expected to recover.', 'Outlet L', '2016-05-15');
const saturday = { text: 'Saturday', start: '2016-05-14', precision: 'day' as const };
const teen = (a: Article, over: Partial<EventSpec> = {}): ExtractedEvent => makeEvent(a, { id: 'e1', type: 'ASSAULT', mode: 'firearms', trigger: 'shot', sentences: [a.text.slice(0, 12)], date: saturday, ...over });
const whole = (a: Article) => ({ sentences: [{ start: 0, end: a.text.length }] });

test('one age in common (a 17-year-old shot that Saturday) is no detail of one incident without a place or a name in common', () => {
  const index = new MemoryEventIndex();
  fuseArticleEvents(K, [teen(K)], [], index, whole(K));
  const r = fuseArticleEvents(L, [teen(L)], [], index, whole(L));
  assert.equal(r.decisions[0]!.merged, false, JSON.stringify(r.decisions[0]));
  assert.match(r.decisions[0]!.rejected.map((x) => x.veto ?? '').join(' '), /no specific detail shared .*same age given: 17 \(no place below the city or name in common: weak\)/);
});

test('the same age with the same street named singles the incident out, and the merge says so', () => {
  const K2 = makeArticle('k2', 'A 17-year-old was shot and wounded on Saturday night on Elm Street, police said.', 'Outlet K', '2016-05-15');
  const L2 = makeArticle('l2', 'Police said a 17-year-old boy was shot on Saturday in the 300 block of Elm Street.', 'Outlet L', '2016-05-15');
  const index = new MemoryEventIndex();
  fuseArticleEvents(K2, [teen(K2)], [other(K2, 'Elm Street')], index, whole(K2));
  const r = fuseArticleEvents(L2, [teen(L2)], [other(L2, 'Elm Street')], index, whole(L2));
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  const why = [...index.all()][0]!.mergedBecause.at(-1)!;
  assert.match(why, /same place named: elm street/);
  assert.match(why, /same age given: 17(?! \()/);
});

test("a child's age is rare among the people shot: one age of a young child in common singles the incident out", () => {
  const M = makeArticle('m1', 'A 4-year-old was shot and wounded on Saturday night, police said.', 'Outlet M', '2016-05-15');
  const N = makeArticle('n1', 'Officers found a 4-year-old boy shot in the leg on Saturday; he is expected to recover.', 'Outlet N', '2016-05-15');
  const index = new MemoryEventIndex();
  fuseArticleEvents(M, [teen(M)], [], index, whole(M));
  const r = fuseArticleEvents(N, [teen(N)], [], index, whole(N));
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  assert.match([...index.all()][0]!.mergedBecause.at(-1)!, /same age given: 4(?! \()/);
});
