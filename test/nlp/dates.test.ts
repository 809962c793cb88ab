/**
 * Date table: every relative (and absolute) date expression of the five seed articles, resolved against
 * the meta.jsonl publication dates, plus realistic sentences for each news rule and the negatives.
 */
import { bareContext } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/core/model/doc.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';
import { datesStage, resolveDateText, timeForRange } from '../../src/nlp/dates/index.js';
import { detectTimes } from '../../src/nlp/dates/detect.js';
import { needShared } from '../helpers/shared.js';
import { seedArticles } from '../helpers/seeds.js';

type Row = [file: string, text: string, start: string, end: string, precision: string, extra?: { time?: string; future?: boolean; nth?: number }];

// expected values: the gold events where they exist (G1-G17), else read by hand from the article
const SEED_TABLE: Row[] = [
  ['000', 'Tuesday', '2024-07-16', '2024-07-16', 'day'],
  ['000', 'earlier this year', '2024-01-01', '2024-07-17', 'range'],
  ['000', 'April', '2024-04-01', '2024-04-30', 'month'],
  ['000', 'Tuesday', '2024-07-16', '2024-07-16', 'day', { nth: 1 }],
  ['000', 'next week', '2024-07-22', '2024-07-28', 'week', { future: true }],
  ['000', 'Earlier this year', '2024-01-01', '2024-07-17', 'range'],
  ['000', '2017', '2017-01-01', '2017-12-31', 'year'],
  ['000', '2020', '2020-01-01', '2020-12-31', 'year'],
  ['000', 'early 2020', '2020-01-01', '2020-12-31', 'year'],
  ['001', 'Monday', '2024-07-22', '2024-07-22', 'day'],
  ['001', 'Today', '2024-07-23', '2024-07-23', 'day'],
  // published on a Tuesday: "on Tuesday" is that day
  ['001', 'Tuesday', '2024-07-23', '2024-07-23', 'day'],
  ['001', 'September', '2024-09-01', '2024-09-30', 'month', { future: true }],
  ['001', 'September 2025', '2025-09-01', '2025-09-30', 'month', { future: true }],
  ['001', 'Thursday', '2024-07-18', '2024-07-18', 'day'],
  ['001', 'February', '2024-02-01', '2024-02-29', 'month'],
  ['001', 'May', '2024-05-01', '2024-05-31', 'month'],
  ['001', 'January', '2024-01-01', '2024-01-31', 'month'],
  ['001', '2014', '2014-01-01', '2014-12-31', 'year'],
  ['002', 'last year', '2023-01-01', '2023-12-31', 'year'],
  ['002', '2003', '2003-01-01', '2003-12-31', 'year'],
  ['002', '2014', '2014-01-01', '2014-12-31', 'year'],
  ['002', 'January 2020', '2020-01-01', '2020-01-31', 'month'],
  ['003', 'Friday', '2022-04-08', '2022-04-08', 'day'],
  ['003', '2015', '2015-01-01', '2015-12-31', 'year'],
  ['003', '2018', '2018-01-01', '2018-12-31', 'year'],
  ['003', 'Thursday', '2022-04-07', '2022-04-07', 'day'],
  ['003', '1:46 a.m." Friday local time', '2022-04-08', '2022-04-08', 'day', { time: '01:46' }],
  ['003', 'Just 24 hours earlier', '2022-04-07', '2022-04-07', 'day', { time: '01:46' }],
  ['003', '1:09 a.m., April 7', '2022-04-07', '2022-04-07', 'day', { time: '01:09' }],
  ['003', 'January 3, 2020', '2020-01-03', '2020-01-03', 'day'],
  ['003', 'about a year later', '2021-01-01', '2021-12-31', 'year'],
  ['003', 'last year', '2021-01-01', '2021-12-31', 'year'],
  // "announced last year that the mission would end on December 31": future seen from last year
  ['003', 'December 31', '2021-12-31', '2021-12-31', 'day', { future: true }],
  ['003', 'Tuesday', '2022-04-05', '2022-04-05', 'day'],
  ['003', 'Thursday', '2022-04-07', '2022-04-07', 'day', { nth: 1 }],
  ['003', 'Friday', '2022-04-08', '2022-04-08', 'day', { nth: 1 }],
  ['004', 'Thursday', '2024-01-25', '2024-01-25', 'day'],
  ['004', 'Oct. 7', '2023-10-07', '2023-10-07', 'day'],
  ['004', 'Saturday', '2024-01-20', '2024-01-20', 'day'],
  ['004', 'this year', '2024-01-01', '2024-12-31', 'year'],
  ['004', 'Tuesday', '2024-01-23', '2024-01-23', 'day'],
  ['004', 'last summer', '2023-06-01', '2023-08-31', 'range'],
  ['004', 'January 2020', '2020-01-01', '2020-01-31', 'month'],
  ['004', 'Tuesday', '2024-01-23', '2024-01-23', 'day', { nth: 1 }],
  ['004', '2003', '2003-01-01', '2003-12-31', 'year'],
  ['004', '2011', '2011-01-01', '2011-12-31', 'year'],
  ['004', '2014', '2014-01-01', '2014-12-31', 'year'],
  ['004', 'this month', '2024-01-01', '2024-01-31', 'month'],
  ['004', 'November', '2023-11-01', '2023-11-30', 'month'],
];


test('seed date table: every date expression of the seeds resolves as expected', needShared('corpus', 'seeds', 'meta.jsonl'), async () => {
  const arts = await seedArticles();
  assert.ok(arts && arts.length === 5);
  const docs = new Map(arts.map((a) => {
    const doc = createDoc(a);
    tokensStage.run(doc, bareContext());
    datesStage.run(doc, bareContext());
    return [a.file!.slice(0, 3), doc];
  }));
  const failures: string[] = [];
  for (const [file, text, start, end, precision, extra] of SEED_TABLE) {
    const doc = docs.get(file)!;
    const hits = doc.times.filter((t) => t.text === text);
    const t = hits[extra?.nth ?? 0];
    if (!t) { failures.push(`${file} "${text}": not found (have ${doc.times.map((x) => x.text).join(' | ')})`); continue; }
    assert.equal(doc.article.text.slice(t.start, t.end), t.text);
    const got = `${t.value.start}..${t.value.end} ${t.value.precision}`;
    if (got !== `${start}..${end} ${precision}`) failures.push(`${file} "${text}": ${got}, expected ${start}..${end} ${precision}`);
    if (extra?.time && t.timeOfDay !== extra.time) failures.push(`${file} "${text}": time ${t.timeOfDay}, expected ${extra.time}`);
    if (extra?.future !== undefined && !!t.future !== extra.future) failures.push(`${file} "${text}": future ${t.future}`);
  }
  assert.deepEqual(failures, []);
  // no false positives: every expression found is in the table
  const expected = new Map<string, number>();
  for (const [file, text] of SEED_TABLE) expected.set(`${file}|${text}`, (expected.get(`${file}|${text}`) ?? 0) + 1);
  for (const [file, doc] of docs) for (const t of doc.times) assert.ok(expected.has(`${file}|${t.text}`), `unexpected date "${t.text}" in ${file}`);
});

// realistic sentences, one per rule: [text, reference, expression, start, end, precision]
const RULES: [string, string, string, string, string, string][] = [
  ['Militants attacked the base on Sunday, officials said.', '2024-03-13', 'Sunday', '2024-03-10', '2024-03-10', 'day'],
  ['The minister will travel to Ankara on Sunday.', '2024-03-13', 'Sunday', '2024-03-17', '2024-03-17', 'day'],
  ['The talks are scheduled for Friday in Geneva.', '2024-03-13', 'Friday', '2024-03-15', '2024-03-15', 'day'],
  ['Protesters gathered on Wednesday outside the embassy.', '2024-03-13', 'Wednesday', '2024-03-13', '2024-03-13', 'day'],
  ['The convoy was ambushed last Wednesday near Kirkuk.', '2024-03-13', 'last Wednesday', '2024-03-06', '2024-03-06', 'day'],
  ['In June, rockets hit the airport.', '2024-03-13', 'June', '2023-06-01', '2023-06-30', 'month'],
  ['Elections are expected to begin in June.', '2024-03-13', 'June', '2024-06-01', '2024-06-30', 'month'],
  ['In March, the council met twice.', '2024-03-13', 'March', '2024-03-01', '2024-03-31', 'month'],
  ['The truce collapsed on Dec. 28 after weeks of shelling.', '2024-01-05', 'Dec. 28', '2023-12-28', '2023-12-28', 'day'],
  ['The group seized the town in the summer of 2014.', '2024-03-13', 'summer of 2014', '2014-06-01', '2014-08-31', 'range'],
  // in March, last winter is the one just ended
  ['Fighting resumed last winter along the border.', '2024-03-13', 'last winter', '2023-12-01', '2024-02-29', 'range'],
  ['Attacks have fallen since the 1990s.', '2024-03-13', '1990s', '1990-01-01', '1999-12-31', 'range'],
  ['The agreement signed in late 2019 has held.', '2024-03-13', 'late 2019', '2019-01-01', '2019-12-31', 'year'],
  ['The party lost ground in the 2018 election.', '2024-03-13', '2018', '2018-01-01', '2018-12-31', 'year'],
  ['The mission ended late last year.', '2024-03-13', 'late last year', '2023-01-01', '2023-12-31', 'year'],
  ['Parliament will vote later this month.', '2024-03-13', 'later this month', '2024-03-13', '2024-03-31', 'range'],
  ['Two soldiers were wounded last week.', '2024-03-13', 'last week', '2024-03-04', '2024-03-10', 'week'],
  ['Clashes broke out over the weekend in Tal Afar.', '2024-03-13', 'over the weekend', '2024-03-09', '2024-03-10', 'range'],
  ['The bridge was rebuilt four years ago.', '2024-03-13', 'four years ago', '2020-01-01', '2020-12-31', 'year'],
  ['The first strike came on May 3, 2021. Two days later, a second drone hit the camp.', '2024-03-13', 'Two days later', '2021-05-05', '2021-05-05', 'day'],
  ['The curfew began at 9 p.m. on Monday local time.', '2024-03-13', '9 p.m. on Monday local time', '2024-03-11', '2024-03-11', 'day'],
];

test('news rules on realistic sentences', () => {
  for (const [text, ref, expr, start, end, precision] of RULES) {
    const found = detectTimes(text, { reference: ref });
    const t = found.find((d) => text.slice(d.start, d.end) === expr);
    assert.ok(t, `"${expr}" not found in "${text}" (found ${found.map((d) => text.slice(d.start, d.end)).join(' | ')})`);
    assert.equal(`${t.value.start}..${t.value.end} ${t.value.precision}`, `${start}..${end} ${precision}`, text);
  }
});

test('future-in-the-past: a reported "would" dates the report unless the reported predicate is scheduled', () => {
  // [text, expression, start, future]; 2024-03-13 is a Wednesday
  const rows: [string, string, string, boolean][] = [
    ['President Donald Trump announced the US would withdraw from the Iran nuclear deal on Tuesday, state media said.', 'Tuesday', '2024-03-12', false],
    ['The Iraqi government said the coalition would hand over the Ain al-Asad base to Iraqi forces on Monday.', 'Monday', '2024-03-11', false],
    ['A UN envoy said a ceasefire would begin on Tuesday in the Damascus suburbs.', 'Tuesday', '2024-03-19', true],
    ['The foreign minister said he would visit Tripoli on Friday to meet the new government.', 'Friday', '2024-03-15', true],
    // the report has its own date: the later one belongs to the reported clause
    ['Officials said on Monday that the troops would withdraw from the base on Friday.', 'Monday', '2024-03-11', false],
    ['Officials said on Monday that the troops would withdraw from the base on Friday.', 'Friday', '2024-03-15', true],
    // no reporting verb: "would" still looks forward
    ['Under the plan the last convoy would leave the base on Friday.', 'Friday', '2024-03-15', true],
  ];
  for (const [text, expr, start, future] of rows) {
    const t = detectTimes(text, { reference: '2024-03-13' }).find((d) => text.slice(d.start, d.end) === expr);
    assert.ok(t, `"${expr}" not found in "${text}"`);
    assert.equal(t.value.start, start, text);
    assert.equal(t.future, future, `${text}: future`);
  }
});

test('false positives are not dates', () => {
  for (const text of [
    'In the years since the presence of U.S. forces has been a lightning rod.',
    'There are an estimated 2,500 U.S. troops deployed to Iraq now.',
    'They met on January 3, the second anniversary of their killing.',
    'Some US forces may stay in an advisory role.',
    'For 30 years the family farmed the valley.',
    'The Sunday Times reported the claim.',
    'He served 21 years after the war in the army.',
    'The march on the capital began at dawn.',
    'The fall of Baghuz ended the caliphate.',
  ]) {
    const found = detectTimes(text, { reference: '2024-03-13' }).map((d) => text.slice(d.start, d.end));
    const allowed = text.includes('January 3') ? ['January 3'] : text.includes('dawn') ? [] : [];
    assert.deepEqual(found.filter((f) => !allowed.includes(f)), [], text);
  }
});

test('a date without a reference resolves only when its year is stated', () => {
  assert.equal(resolveDateText('on Tuesday', null), null);
  assert.equal(resolveDateText('on January 3, 2020', null)?.value.start, '2020-01-03');
  const r = resolveDateText('a week after the funeral on Saturday', '2024-01-25');
  assert.equal(r?.value.start, '2024-01-20');
  assert.equal(r?.stated.day, false);
});

test('timeForRange picks the clause date near the trigger, not an open bound or a plan', () => {
  const text = 'Since the outbreak of the war on Oct. 7, militias have struck bases 60 times. On Saturday, rockets hit the base and the U.S. will respond next week.';
  const article = { id: 'x', text, paragraphs: [{ start: 0, end: text.length }], published: '2024-01-25', publishedInferred: null, diagnostics: [] } as unknown as Parameters<typeof createDoc>[0];
  const doc = createDoc(article);
  tokensStage.run(doc, bareContext());
  datesStage.run(doc, bareContext());
  const first = doc.sentences[0]!, second = doc.sentences[1]!;
  assert.equal(timeForRange(doc, first), null, 'the "since" bound does not date the clause');
  assert.equal(timeForRange(doc, first, { bounds: true })?.value.start, '2023-10-07');
  const hit = text.indexOf('hit');
  assert.equal(timeForRange(doc, second, { near: hit })?.value.start, '2024-01-20');
  assert.equal(timeForRange(doc, second, { near: text.indexOf('respond'), future: true })?.text, 'next week');
});

test('a time of day with no day beside it keeps the day the story last named, within the reference week', () => {
  const text = 'Two shootings left six people injured Wednesday night. The first shooting occurred around 10:15 p.m. on Alabama Street.';
  const at = text.indexOf(' The first') + 1;
  const t = detectTimes(text, { reference: '2014-11-06', sentences: [{ start: 0, end: at }, { start: at, end: text.length }] }).find((d) => text.slice(d.start, d.end).includes('10:15'));
  assert.equal(t?.value.start, '2014-11-05', `Wednesday's 10:15 p.m. (got ${JSON.stringify(t?.value)})`);
  // with no day named before, the reference day
  const t2 = detectTimes('The shooting occurred around 10:15 p.m. on Alabama Street.', { reference: '2014-11-06' })[0];
  assert.equal(t2?.value.start, '2014-11-06');
  // a day named long before the reference week is no story day for a bare time
  const text3 = 'The feud began on March 3, 2014. The shooting occurred around 10:15 p.m. on Alabama Street.';
  const cut = text3.indexOf(' The shooting') + 1;
  const t3 = detectTimes(text3, { reference: '2014-11-06', sentences: [{ start: 0, end: cut }, { start: cut, end: text3.length }] }).find((d) => text3.slice(d.start, d.end).includes('10:15'));
  assert.equal(t3?.value.start, '2014-11-06');
});
