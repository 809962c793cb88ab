/** Tokens: words with Latin letters beyond Latin-1 stay whole, with their own text and offsets, for every stage. */
import { bareContext } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/core/model/doc.js';
import { plainArticle } from '../../src/core/model/article.js';
import type { KnowledgeBase } from '../../src/kb/index.js';
import { tokensStage, foldForTokenizer } from '../../src/nlp/tokens/index.js';
import { docOf } from '../extract/helpers.js';

test('names with ğ, ş, ı, ā, ī, Ḩ are one token each, text and offsets from the original', () => {
  const text = 'President Recep Tayyip Erdoğan said the shells fell on Şanlıurfa.\nClashes in Ḩasakah and Qāmishlī killed 3 people.';
  const doc = createDoc(plainArticle(text, { id: 't', published: '2024-01-25' }));
  tokensStage.run(doc, bareContext());
  const words = doc.tokens.map((t) => t.text);
  for (const w of ['Erdoğan', 'Şanlıurfa', 'Ḩasakah', 'Qāmishlī']) assert.ok(words.includes(w), `${w} in ${words.join(' ')}`);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(doc.tokens.find((t) => t.text === 'Erdoğan')!.pos, 'PROPN');
  assert.equal(doc.tokens.find((t) => t.text === 'Erdoğan')!.lemma, 'erdoğan');
  assert.equal(doc.sentences.length, 2);
  assert.equal(foldForTokenizer(text).length, text.length, 'the folded copy keeps every offset');
});

test('a speaker with a non-Latin-1 letter in the name is found; an event place with one is read', () => {
  const q = docOf('"We will not allow a terror corridor on our southern border," President Recep Tayyip Erdoğan said on Tuesday.', '2024-01-25');
  assert.deepEqual(q.quotes.map((x) => x.speaker), ['Recep Tayyip Erdoğan']);
  const e = docOf('Clashes broke out in Qāmishlī on Sunday between Kurdish fighters and government troops.', '2024-01-25');
  assert.match(e.events[0]?.location?.name ?? '', /Qāmishlī/);
});

test('headline verbs that wink tags as nouns become verbs; nouns of headlines and of full sentences stay nouns', () => {
  const pos = (text: string, word: string): string => {
    const doc = createDoc(plainArticle(text, { id: 't', published: '2024-01-25' }));
    tokensStage.run(doc, bareContext());
    return doc.tokens.find((t) => t.text === word)!.pos;
  };
  assert.equal(pos('Suicide bomber hits Iraq intelligence HQ', 'hits'), 'VERB');
  assert.equal(pos('Islamic State storms town in western Iraq, kills 19 police', 'storms'), 'VERB');
  assert.equal(pos('31 dead as car bombs rock Iraq', 'rock'), 'VERB');
  assert.equal(pos('31 dead as car bombs rock Iraq', 'bombs'), 'NOUN');
  assert.equal(pos('Iraqi forces retake Mosul museum', 'forces'), 'NOUN');
  assert.equal(pos('Twenty-five militants killed in air strikes in Kirkuk', 'strikes'), 'NOUN');
});

test('a headline with its verb read gives the event', () => {
  const d = docOf('Two dead as suicide bomber hits Iraq intelligence HQ', '2024-01-25');
  assert.ok(d.events.some((e) => e.type === 'ASSAULT'), 'an attack event from the headline');
});

test('headline subjects: a capitalised plural opening the headline, groups of people are never the verb', () => {
  const pos = (text: string, word: string): string => {
    const doc = createDoc(plainArticle(text, { id: 't', published: '2024-01-25' }));
    tokensStage.run(doc, bareContext());
    return doc.tokens.find((t) => t.text === word)!.pos;
  };
  assert.equal(pos("Jihadists attack Iraq's largest oil refinery", 'attack'), 'VERB');
  assert.equal(pos('Iraq forces battle militants in north and east', 'battle'), 'VERB');
  assert.equal(pos('Iraq forces battle militants in north and east', 'forces'), 'NOUN');
  assert.equal(pos('40 jihadists, 17 police and army killed in Iraq clashes', 'police'), 'NOUN');
});

test('a text\'s tokens do not depend on the texts read before it (wink learns the words it has not seen)', () => {
  // wink keeps a word it read whole ("Trump’s" before a full stop) and then keeps it whole everywhere
  const read = (text: string, ctx = bareContext()) => {
    const doc = createDoc(plainArticle(text, { id: 't', published: '2019-10-10' }));
    tokensStage.run(doc, ctx);
    return doc.tokens.map((t) => `${t.text}/${t.pos}`);
  };
  const later = 'Critics of Trump’s decision said the withdrawal abandoned the Kurds.';
  const alone = read(later);
  assert.ok(alone.includes('Trump/PROPN'), alone.join(' '));
  read('One can only hope his tweet gets more “likes” than Trump’s. The right to life is common to all.');
  assert.deepEqual(read(later), alone);
});
