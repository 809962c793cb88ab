/**
 * Reports of one incident that share no place reading or date with the first report: a report that reads no
 * place but names the town, court news months later that names the victim, and a report that ties two stored
 * events of one incident together (issue 10).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockQueryOf, fuseArticleEvents, MemoryEventIndex } from '../../src/fuse/index.js';
import { identityEvidence, identitySet } from '../../src/fuse/identity.js';
import { makeArticle, makeEvent, at, type EventSpec } from './fixtures.js';
import type { Geo, Mention } from '../../src/core/model/entity.js';
import type { Article } from '../../src/core/model/article.js';
import type { Range } from '../../src/core/span.js';

const DAYTON: Geo = { lat: 39.7589, lon: -84.1916, country: 'US', admin1: 'Ohio', precision: 'town' };
const WICHITA: Geo = { lat: 37.6922, lon: -97.3375, country: 'US', admin1: 'Kansas', precision: 'town' };

const mention = (a: Article, text: string, type: Mention['type'], geo: Geo | null = null, nth = 0): Mention => ({ ...at(a, text, nth), text, type, sentence: 0, key: 'name:' + text.toLowerCase(), name: text, by: 'test', ...(geo ? { geo } : {}) });
/** One sentence per line, as the tests' articles are written. */
const lines = (a: Article): Range[] => { let i = 0; return a.text.split('\n').map((l) => { const r = { start: i, end: i + l.length }; i += l.length + 1; return r; }); };
const shot = (over: Partial<EventSpec>): EventSpec => ({ id: 'e1', type: 'ASSAULT', mode: 'firearms', trigger: 'shot', sentences: [], ...over });
const fuse = (a: Article, e: EventSpec, mentions: Mention[], index: MemoryEventIndex) => fuseArticleEvents(a, [makeEvent(a, e)], mentions, index, { sentences: lines(a) });

test('a report that reads no place of its own joins the only event that day in the town its article names', () => {
  const A = makeArticle('w1', 'A teenager was shot and killed on Saturday in Wichita, police said.', 'Outlet A', '2016-12-18');
  const B = makeArticle('w2', 'One person died after a shooting on Saturday night.\nOfficers were called to a home in north Wichita.', 'Outlet B', '2016-12-18');
  const index = new MemoryEventIndex();
  fuse(A, shot({ sentences: ['A teenager was shot'], date: { text: 'Saturday', start: '2016-12-17', precision: 'day' }, place: { text: 'Wichita', name: 'Wichita', geo: WICHITA } }), [mention(A, 'Wichita', 'location', WICHITA)], index);
  const r = fuse(B, shot({ trigger: 'shooting', sentences: ['One person died'], date: { text: 'Saturday night', start: '2016-12-17', precision: 'day' } }), [mention(B, 'Wichita', 'location', WICHITA)], index);
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  assert.match(r.decisions[0]!.reasons.join('; '), /place named in both reports: Wichita/);
  // without the town in its article, the same report says nothing of where: kept apart
  const C = makeArticle('w3', 'One person died after a shooting on Saturday night.\nOfficers were called to a home.', 'Outlet C', '2016-12-18');
  const r2 = fuse(C, shot({ trigger: 'shooting', sentences: ['One person died'], date: { text: 'Saturday night', start: '2016-12-17', precision: 'day' } }), [], index);
  assert.equal(r2.decisions[0]!.merged, false, JSON.stringify(r2.decisions[0]));
});

test('a name shared three months later is no follow-up by itself (activists and spokesmen recur in local news); another victim in the same town is kept apart too', () => {
  const A = makeArticle('d1', 'Marcus Hill was shot and killed on Friday in Dayton, police said.', 'Outlet A', '2016-05-14');
  const C = makeArticle('d2', 'A man accused of killing Marcus Hill appeared in court on Tuesday in Dayton.\nHill was shot outside his home.', 'Outlet C', '2016-08-17');
  const index = new MemoryEventIndex();
  fuse(A, shot({ sentences: ['Marcus Hill was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } }), [mention(A, 'Marcus Hill', 'person'), mention(A, 'Dayton', 'location', DAYTON)], index);
  const court = shot({ trigger: 'shot', sentences: ['Hill was shot'], date: { text: 'Tuesday', start: '2016-08-16', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } });
  const r = fuse(C, court, [mention(C, 'Marcus Hill', 'person'), mention(C, 'Dayton', 'location', DAYTON)], index);
  // (court news whose date extraction did not mark as the legal news's is dated by the hearing: kept apart; marked, it joins: below)
  assert.equal(r.decisions[0]!.merged, false, JSON.stringify(r.decisions[0]));
  const D = makeArticle('d3', 'A man accused of killing Tyrone Webb appeared in court on Tuesday in Dayton.\nWebb was shot outside his home.', 'Outlet D', '2016-08-17');
  const alone = new MemoryEventIndex();
  fuse(A, shot({ sentences: ['Marcus Hill was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } }), [mention(A, 'Marcus Hill', 'person'), mention(A, 'Dayton', 'location', DAYTON)], alone);
  const r2 = fuse(D, { ...court, sentences: ['Webb was shot'] }, [mention(D, 'Tyrone Webb', 'person'), mention(D, 'Dayton', 'location', DAYTON)], alone);
  assert.equal(r2.decisions[0]!.merged, false, JSON.stringify(r2.decisions[0]));
});

test('a report that names the victim of one stored event and the street of another joins the two, and says so', () => {
  const A = makeArticle('j1', 'Marcus Hill was shot and killed on Friday in Dayton, police said.', 'Outlet A', '2016-05-14');
  const B = makeArticle('j2', 'A man was shot and killed this week on Elm Street in Dayton.', 'Outlet B', '2016-05-15');
  const C = makeArticle('j3', 'Marcus Hill was shot on Elm Street in Dayton on Friday, his family said.', 'Outlet C', '2016-05-16');
  const index = new MemoryEventIndex();
  const place = { text: 'Dayton', name: 'Dayton', geo: DAYTON };
  const a = fuse(A, shot({ sentences: ['Marcus Hill was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' }, place }), [mention(A, 'Marcus Hill', 'person')], index);
  const b = fuse(B, shot({ sentences: ['A man was shot'], date: { text: 'this week', start: '2016-05-09', end: '2016-05-15', precision: 'week' }, place }), [mention(B, 'Elm Street', 'other')], index);
  assert.equal(b.decisions[0]!.merged, false, 'a week and a town alone do not merge');
  assert.equal(index.size(), 2);
  const c = fuse(C, shot({ sentences: ['Marcus Hill was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' }, place }), [mention(C, 'Marcus Hill', 'person'), mention(C, 'Elm Street', 'other')], index);
  assert.equal(c.decisions[0]!.merged, true);
  assert.equal(index.size(), 1);
  const [kept] = [...index.all()];
  const gone = [a.upserted[0]!.id, b.upserted[0]!.id].find((id) => id !== kept!.id)!;
  assert.deepEqual(c.removed, [gone]);
  assert.equal(kept!.members.length, 3);
  assert.ok(kept!.mergedBecause.some((l) => l.startsWith(`${gone} joined:`) && /same place named: elm street/.test(l)), kept!.mergedBecause.join('\n'));
});

test('the block of a report of news reaches a stored event dated weeks after it (a later report dated by its own news)', () => {
  const A = makeArticle('b1', 'Marcus Hill was shot and killed on Friday in Dayton, police said.', 'Outlet A', '2016-05-14');
  const q = blockQueryOf(A, makeEvent(A, shot({ sentences: ['Marcus Hill was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' } })));
  assert.ok(q.dateEnd! > '2016-06-01', q.dateEnd!);
});

test('blocking is symmetric: a stored event is a candidate of a report exactly when, the other way round, the report\'s event would be a candidate of it', () => {
  // reports of one kind of act in one town, dated every way a report is: days before and after, a bare weekday read as
  // the day of publication's week, a week, a month, a background mention, an undated report of news
  const specs: { id: string; text: string; published: string; date?: EventSpec['date']; background?: boolean }[] = [
    { id: 's1', text: 'A man was shot on Tuesday in Dayton.', published: '2024-07-17', date: { text: 'Tuesday', start: '2024-07-16', precision: 'day' } },
    { id: 's2', text: 'A man was shot on Tuesday in Dayton.', published: '2024-07-23', date: { text: 'Tuesday', start: '2024-07-23', precision: 'day' } },
    { id: 's3', text: 'A man was shot on 20 August in Dayton.', published: '2024-08-21', date: { text: '20 August', start: '2024-08-20', precision: 'day' } },
    { id: 's4', text: 'A man was shot this week in Dayton.', published: '2024-06-20', date: { text: 'this week', start: '2024-06-14', end: '2024-06-20', precision: 'week' } },
    { id: 's5', text: 'A man was shot in July in Dayton.', published: '2024-09-01', date: { text: 'in July', start: '2024-07-01', end: '2024-07-31', precision: 'month' } },
    { id: 's6', text: 'A man was shot in 2024 in Dayton.', published: '2024-12-01', date: { text: 'in 2024', start: '2024-01-01', end: '2024-12-31', precision: 'year' } },
    { id: 's7', text: 'A man was shot on 18 June in Dayton, last month.', published: '2024-07-30', date: { text: '18 June', start: '2024-06-18', precision: 'day' }, background: true },
    { id: 's8', text: 'A man was shot in Dayton.', published: '2024-08-10' },
    { id: 's9', text: 'A man was shot on Friday in Dayton.', published: '2024-09-07', date: { text: 'Friday', start: '2024-09-06', precision: 'day' }, background: true },
  ];
  const reports = specs.map((x) => {
    const a = makeArticle(x.id, x.text, 'Outlet ' + x.id, x.published);
    return { a, e: makeEvent(a, shot({ sentences: ['A man was shot'], ...(x.date ? { date: x.date } : {}), ...(x.background ? { background: true } : {}), place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } })) };
  });
  const finds = (x: (typeof reports)[number], y: (typeof reports)[number]): boolean => {
    const index = new MemoryEventIndex();
    fuseArticleEvents(y.a, [y.e], [], index, { sentences: lines(y.a) });
    const names = [...identitySet(identityEvidence(x.a, x.e, [], lines(x.a)), 'names')];
    return index.candidates({ ...blockQueryOf(x.a, x.e), names }).length > 0;
  };
  let met = 0;
  for (const x of reports) for (const y of reports) {
    if (x === y) continue;
    assert.equal(finds(x, y), finds(y, x), `${x.a.id} → ${y.a.id}`);
    if (finds(x, y)) met++;
  }
  assert.ok(met > 10 && met < 72, `${met} ordered pairs meet`);
  // the case: an attack of the 16th, and a later report's "on Tuesday" read as the 23rd, a week apart
  assert.ok(finds(reports[0]!, reports[1]!) && finds(reports[1]!, reports[0]!));
  // a month and more apart, nothing reaches: the day of 20 August and a week in June
  assert.ok(!finds(reports[2]!, reports[3]!));
});

test('a report that states no date is bounded by its publication: an earlier stated week joins it when the same victim is named; another victim does not', () => {
  const A = makeArticle('p1', 'Marcus Hill was shot and killed in Dayton last week, police said.', 'Outlet A', '2016-05-14');
  const B = makeArticle('p2', 'Police arrested a man in the shooting death of Marcus Hill in Dayton.', 'Outlet B', '2016-05-28');
  const C = makeArticle('p3', 'Police arrested a man in the shooting death of Tyrone Webb in Dayton.', 'Outlet C', '2016-05-28');
  const place = { text: 'Dayton', name: 'Dayton', geo: DAYTON };
  // the week ending at publication, as extraction dates an act no text dates (dateBasis reference)
  const undated = (a: Article) => ({ ...makeEvent(a, shot({ trigger: 'shooting', sentences: ['Police arrested'], place, date: { text: 'shooting', start: '2016-05-22', end: '2016-05-28', precision: 'week' } })), dateBasis: 'reference' as const, dateFromPublication: true });
  for (const [other, victim, merged] of [[B, 'Marcus Hill', true], [C, 'Tyrone Webb', false]] as const) {
    const index = new MemoryEventIndex();
    fuse(A, shot({ sentences: ['Marcus Hill was shot'], place, date: { text: 'last week', start: '2016-05-02', end: '2016-05-08', precision: 'week' } }), [mention(A, 'Marcus Hill', 'person')], index);
    const r = fuseArticleEvents(other, [undated(other)], [mention(other, victim, 'person')], index, { sentences: lines(other) });
    assert.equal(r.decisions[0]!.merged, merged, JSON.stringify(r.decisions[0]));
    if (merged) assert.match(r.decisions[0]!.reasons.join('; '), /dated only by its publication, 20 days after the other date, sharing the person named \(marcus hill\)/);
  }
});

test('court news whose date is the hearing\'s joins the shooting months earlier through the person its lead names; a name quoted further down does not', async () => {
  const { dateOfLegalFollowUp } = await import('../../src/extract/events/follow-up.js');
  const A = makeArticle('l1', 'Marcus Hill was shot and killed on Friday in Dayton, police said.', 'Outlet A', '2016-05-14');
  const C = makeArticle('l2', 'A man accused of killing Marcus Hill was sentenced on Tuesday in Dayton.\nHill was shot outside his home.', 'Outlet C', '2016-08-17');
  const first = shot({ sentences: ['Marcus Hill was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } });
  // the act's date is the sentence's ("sentenced on Tuesday"): extraction marks it as the legal news's date
  const court = { ...makeEvent(C, shot({ sentences: ['Hill was shot'], date: { text: 'Tuesday', start: '2016-08-16', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } })), dateBasis: 'sentence' as const };
  assert.equal(dateOfLegalFollowUp(C.text, lines(C), court, C.published), true);
  const index = new MemoryEventIndex();
  fuse(A, first, [mention(A, 'Marcus Hill', 'person'), mention(A, 'Dayton', 'location', DAYTON)], index);
  const r = fuseArticleEvents(C, [{ ...court, dateOfFollowUp: true }], [mention(C, 'Marcus Hill', 'person'), mention(C, 'Dayton', 'location', DAYTON)], index, { sentences: lines(C) });
  assert.equal(r.decisions[0]!.merged, true, JSON.stringify(r.decisions[0]));
  assert.match(r.decisions[0]!.reasons.join('; '), /legal news about the act \(95 days after the other date\), sharing the person named as a party \(marcus hill\)/);
  // the same name in both, but in neither lead nor as an actor (a neighbour quoted in each): no party, kept apart
  const B = makeArticle('l3', 'A man was shot and killed on Friday in Dayton, police said.\nHe died at the scene.\nHis neighbour Marcus Hill called 911.', 'Outlet B', '2016-05-14');
  const D = makeArticle('l4', 'A man was sentenced on Tuesday in Dayton for a shooting.\nThe victim was shot outside his home.\nHis neighbour Marcus Hill said the street is quiet now.', 'Outlet D', '2016-08-17');
  const other = { ...makeEvent(D, shot({ sentences: ['The victim was shot'], date: { text: 'Tuesday', start: '2016-08-16', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } })), dateBasis: 'sentence' as const, dateOfFollowUp: true };
  const alone = new MemoryEventIndex();
  fuse(B, shot({ sentences: ['A man was shot'], date: { text: 'Friday', start: '2016-05-13', precision: 'day' }, place: { text: 'Dayton', name: 'Dayton', geo: DAYTON } }), [mention(B, 'Marcus Hill', 'person'), mention(B, 'Dayton', 'location', DAYTON)], alone);
  const r2 = fuseArticleEvents(D, [other], [mention(D, 'Marcus Hill', 'person'), mention(D, 'Dayton', 'location', DAYTON)], alone, { sentences: lines(D) });
  assert.equal(r2.decisions[0]!.merged, false, JSON.stringify(r2.decisions[0]));
  // a shooting dated by its own clause is no legal news, whatever the lead says
  assert.equal(dateOfLegalFollowUp(C.text, lines(C), { ...court, dateBasis: 'own', date: { ...court.date!, value: { ...court.date!.value, end: '2016-05-13' } } }, C.published), false);
});
