/** Quotes: spans and speakers, on the seed gold and on hand-built documents (with and without entity mentions). */
import { bareContext } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../src/core/model/doc.js';
import type { Article } from '../../src/core/model/article.js';
import type { Mention } from '../../src/core/model/entity.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';
import { datesStage } from '../../src/nlp/dates/index.js';
import { quotesStage } from '../../src/nlp/quotes/index.js';
import { findQuotes } from '../../src/nlp/quotes/spans.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { seedDocs } from '../helpers/seeds.js';

function docOf(text: string, persons: string[] = []): Doc {
  let pos = 0;
  const paragraphs = text.split('\n').map((l) => { const r = { start: pos, end: pos + l.length }; pos += l.length + 1; return r; });
  const doc = createDoc({ id: 't', text, paragraphs, published: '2024-01-25', publishedInferred: null, diagnostics: [] } as unknown as Article);
  tokensStage.run(doc, bareContext());
  datesStage.run(doc, bareContext());
  doc.mentions = persons.flatMap((name) => [...text.matchAll(new RegExp(name, 'g'))].map((m): Mention => ({
    start: m.index, end: m.index + name.length, text: name, type: 'person', sentence: 0, key: `name:${name}`, name, by: 'test',
  })));
  quotesStage.run(doc, bareContext());
  return doc;
}

test('seed gold quotes are found with their speakers', needShared('gold', 'seeds.gold.json'), async () => {
  const gold = JSON.parse(readFileSync(sharedPath('gold', 'seeds.gold.json'), 'utf8')) as { quotes: { speaker: string; evidence: { article: string; text: string } }[] };
  const docs = (await seedDocs('nlp/quotes'))!;
  let hits = 0;
  for (const g of gold.quotes) {
    const doc = docs.find((d) => d.article.file === g.evidence.article)!;
    const q = doc.quotes.find((x) => x.text.includes(g.evidence.text));
    if (q && (q.speaker === g.speaker || g.speaker.endsWith(q.speaker))) hits++;
    else assert.fail(`${g.evidence.article}: "${g.evidence.text}" → ${q ? q.speaker : 'no quote'}, expected ${g.speaker}`);
    assert.equal(doc.article.text.slice(q!.start, q!.end), q!.text);
  }
  assert.ok(hits / gold.quotes.length >= 0.8);
});

test('attribution after the quote, inverted, anonymous and institutional', () => {
  const d = docOf('"We will not leave the base," Colonel Sami Nouri said. "The drones came from the east," said a police officer in Ramadi.\nThe Interior Ministry said that "the attackers used two rockets and fled."', ['Sami Nouri']);
  assert.deepEqual(d.quotes.map((q) => [q.speaker, q.by]), [
    ['Sami Nouri', 'quotes/said-after'], ['a police officer in Ramadi', 'quotes/said-after'], ['The Interior Ministry', 'quotes/said-before'],
  ]);
});

test('pronouns go to the last speaking person, not to someone cited', () => {
  const d = docOf('Deputy minister Laila Ahmed said the army would stay, calling the militias "a threat to the whole region."\nCiting Defense Minister Thabet al-Abbasi, she said that "the borders remain closed to all traffic."', ['Laila Ahmed', 'Thabet al-Abbasi']);
  assert.deepEqual(d.quotes.map((q) => q.speaker), ['Laila Ahmed', 'Laila Ahmed']);
});

test('without entity mentions the capitalised name in the attribution is the speaker', () => {
  const d = docOf('"The road to Mosul is open again," Governor Najm al-Jubouri told reporters on Monday.');
  assert.equal(d.quotes[0]?.speaker, 'Najm al-Jubouri');
});

test('quote spans: unbalanced marks, paragraph-spanning quotes, scare quotes', () => {
  const text = 'He said they had been “discussing this for months and the “timing is not related to recent attacks.”\nShe said that "this is not over yet for the families of the dead.\n"And we will keep asking for answers," she added. Officials called it an "air strike."';
  let pos = 0;
  const paragraphs = text.split('\n').map((l) => { const r = { start: pos, end: pos + l.length }; pos += l.length + 1; return r; });
  const spans = findQuotes(text, paragraphs).map((q) => [text.slice(q.start, q.end), q.continues, q.unclosed]);
  assert.deepEqual(spans, [
    ['discussing this for months and the “timing is not related to recent attacks.', false, false],
    ['this is not over yet for the families of the dead.', false, true],
    ['And we will keep asking for answers', true, false],
    ['air strike.', false, false],
  ]);
  const d = docOf(text);
  assert.ok(!d.quotes.some((q) => q.text === 'air strike.'), 'a scare quote is not speech');
});

test('reported speech without quote marks is an indirect quote with its speaker and the reported clause', async () => {
  const { docOf: analysed } = await import('../extract/helpers.js');
  const d = analysed([
    'A police officer said on Tuesday the militia had withdrawn from the village.',
    'The army said in a statement that two soldiers were wounded when a bomb exploded near the checkpoint.',
    'According to the Syrian Observatory for Human Rights, at least 12 fighters were killed in the clashes.',
    'The convoy was hit near Baiji, a security source told Reuters.',
    'Kurdish commander Mazloum Abdi told reporters the offensive would continue until the town fell.',
  ].join('\n'), '2024-01-25');
  const got = d.quotes.map((q) => [q.direct, q.speaker, q.text]);
  assert.deepEqual(got, [
    [false, 'A police officer', 'the militia had withdrawn from the village'],
    [false, 'The army', 'two soldiers were wounded when a bomb exploded near the checkpoint'],
    [false, 'the Syrian Observatory for Human Rights', 'at least 12 fighters were killed in the clashes'],
    [false, 'a security source', 'The convoy was hit near Baiji'],
    [false, 'Mazloum Abdi', 'the offensive would continue until the town fell'],
  ]);
  for (const q of d.quotes) assert.equal(d.article.text.slice(q.start, q.end), q.text);
});

test('no indirect quote from a "said" of a non-speaker, a relative clause or a sentence with quote marks', async () => {
  const { docOf: analysed } = await import('../extract/helpers.js');
  const d = analysed([
    'The attack, which officials said killed five people, took place near the market.',
    'Gunmen said nothing and fled the scene after the attack.',
    'It is said that the town fell to the militants within hours.',
    'The ministry said "the attackers used two rockets and fled."',
  ].join('\n'), '2024-01-25');
  assert.deepEqual(d.quotes.map((q) => [q.direct, q.text]), [[true, 'the attackers used two rockets and fled.']]);
});

test('a name that modifies the speaker phrase is not the speaker ("the Trump White House", "the Biden administration")', async () => {
  const { docOf: analysed } = await import('../extract/helpers.js');
  const d = analysed('The Trump White House has declared that the Islamic State no longer holds any territory inside Syria.\nThe Biden administration said it had approved the sale of fighter jets to Turkey.', '2024-01-25');
  assert.deepEqual(d.quotes.map((q) => q.speaker), ['The Trump White House', 'The Biden administration']);
});
