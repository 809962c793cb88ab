/** Figures: numbers with what they count, on seed sentences and realistic sentences. */
import { bareContext } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../src/core/model/doc.js';
import type { Article } from '../../src/core/model/article.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';
import { datesStage } from '../../src/nlp/dates/index.js';
import { figuresStage } from '../../src/nlp/figures/index.js';
import { needShared } from '../helpers/shared.js';
import { seedArticles } from '../helpers/seeds.js';

function run(a: Article): Doc {
  const doc = createDoc(a);
  for (const s of [tokensStage, datesStage, figuresStage]) s.run(doc, bareContext());
  return doc;
}
const docOf = (text: string): Doc => run({ id: 't', text, paragraphs: [{ start: 0, end: text.length }], published: '2024-01-25', publishedInferred: null, diagnostics: [] } as unknown as Article);

test('seed figures: value, bounds, approximation, unit and description', needShared('corpus', 'seeds'), async () => {
  const docs = (await seedArticles())!.map(run);
  const find = (file: number, text: string) => docs[file]!.figures.find((f) => f.text.startsWith(text));
  const expect: [number, string, number, number | null, boolean, string, string][] = [
    [0, 'approximately 2,500 American troops', 2500, 2500, true, 'troops', 'US troops in Iraq'],
    [0, '900 in Syria', 900, 900, false, 'troops', 'US troops in Syria'],
    [0, 'two drones', 2, 2, false, 'drones', 'drones'],
    [1, 'approximately 2,500 troops', 2500, 2500, true, 'troops', 'US troops in Iraq'],
    [1, 'three US personnel', 3, 3, false, 'personnel', 'US personnel in Jordan'],
    [2, 'more than 150 missile and drone assaults', 150, null, false, 'assaults', 'missile drone assaults'],
    [3, '2 rounds', 2, 2, false, 'rounds', 'rounds'],
    [3, 'four U.S. servicemembers', 4, 4, false, 'servicemembers', 'US servicemembers'],
    [3, 'about 900 U.S. personnel', 900, 900, true, 'personnel', 'US personnel in Syria'],
    [4, 'more than 60 times', 60, null, false, 'times', 'times'],
    [4, 'multiple ballistic missiles', 2, null, true, 'missiles', 'ballistic missiles'],
    [4, 'three known Iranian militia locations', 3, 3, false, 'locations', 'Iranian militia locations'],
    [4, 'some of those fighters', 1, null, true, 'fighters', 'fighters'],
    [4, 'two- to five-year', 2, 5, false, 'year', 'year timeline'],
    [4, 'Scores of U.S. personnel', 40, null, true, 'personnel', 'US personnel'],
  ];
  for (const [file, text, value, max, approx, unit, what] of expect) {
    const f = find(file, text);
    assert.ok(f, `${file}: "${text}" not found (${docs[file]!.figures.map((x) => x.text).join(' | ')})`);
    assert.deepEqual([f.value, f.max, f.approximate, f.unit, f.what], [value, max, approx, unit, what], text);
    assert.equal(docs[file]!.article.text.slice(f.start, f.end), f.text);
  }
  // years, dates and ordinals are not figures
  for (const d of docs) for (const f of d.figures) assert.doesNotMatch(f.numberText, /^(?:19|20)\d\d$|^\d+(?:st|nd|rd|th)$/, f.text);
  assert.ok(!docs[3]!.figures.some((f) => /163|24 hours|1:46/.test(f.text)));
});

test('written-out numbers, ranges, modifiers and money', () => {
  const d = docOf('Gunmen killed twenty-five people and wounded between 10 and 15 others. Up to 300 families fled. The fund pays $1.5 million. At least 12 soldiers died in Kirkuk on Monday in 2019.');
  const by = (s: string) => d.figures.find((f) => f.text.startsWith(s));
  assert.deepEqual([by('twenty-five')?.value, by('twenty-five')?.unit], [25, 'people']);
  assert.deepEqual([by('between 10 and 15')?.value, by('between 10 and 15')?.max], [10, 15]);
  assert.deepEqual([by('Up to 300')?.value, by('Up to 300')?.max, by('Up to 300')?.approximate], [0, 300, true]);
  assert.deepEqual([by('$1.5 million')?.value, by('$1.5 million')?.unit], [1_500_000, 'USD']);
  assert.deepEqual([by('At least 12')?.value, by('At least 12')?.max, by('At least 12')?.what], [12, null, 'soldiers in Kirkuk']);
  assert.ok(!d.figures.some((f) => f.numberText === '2019'));
});
