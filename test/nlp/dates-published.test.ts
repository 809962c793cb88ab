/** Publication-window inference from the text alone. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferPublishedWindow } from '../../src/nlp/dates/index.js';
import { needShared } from '../helpers/shared.js';
import { seedArticles } from '../helpers/seeds.js';

test('an anchor event bounds the window from below ("since the outbreak of the Israel-Hamas war")', () => {
  const w = inferPublishedWindow({ text: 'Since the outbreak of the Israel-Hamas war on Oct. 7, militias have struck bases in Iraq more than 60 times.' });
  assert.ok(w);
  assert.equal(w.start, '2023-10-07');
  assert.match(w.basis, /Israel-Hamas war/);
});

test('the latest full date stated in the past is the floor; a term of office is the ceiling', () => {
  const w = inferPublishedWindow({ text: 'The strike on January 3, 2020 killed Soleimani. On March 9, 2021, President Joe Biden said the talks would go on. Elections are planned for December 2, 2030.' });
  assert.ok(w);
  assert.equal(w.start, '2021-03-09');
  assert.equal(w.end, '2025-01-20', 'the window runs to the end of the term of office');
  assert.ok(w.guess && w.guess >= w.start && w.guess <= '2021-03-16', w.guess);
  assert.match(w.basis, /March 9, 2021/);
});

test('a weekday written with its date picks the year it fits', () => {
  const w = inferPublishedWindow({ text: 'The Islamic State group was driven from Baghuz. On Saturday, March 23, the SDF declared victory.' });
  assert.ok(w);
  assert.equal(w.start, '2019-03-23');
});

test('no clue, no window', () => {
  assert.equal(inferPublishedWindow({ text: 'Officials said on Tuesday that talks would resume.' }), null);
});

test('seed articles without their meta: the window never starts after the real date', needShared('corpus', 'seeds'), async () => {
  const arts = await seedArticles();
  assert.ok(arts);
  for (const a of arts) {
    const w = inferPublishedWindow(a);
    assert.ok(w, a.file ?? '');
    assert.ok(w.start <= a.published!, `${a.file}: ${w.start} > ${a.published} (${w.basis})`);
  }
  // 004 names the Israel-Hamas war: it cannot be older than 2023-10-07
  assert.ok(inferPublishedWindow(arts[4]!)!.start >= '2023-10-07');
});

test('a text with no publication date and only relative days ("today", "last year") gives no window, not one in the year 2000', () => {
  assert.equal(inferPublishedWindow({ text: 'They have tried to assassinate me today, the president said. Last year the same group attacked a parade.' }), null);
  assert.equal(inferPublishedWindow({ text: 'The storm hit at midnight last night, officials said.' }), null);
});
