import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testContext } from '../helpers/resources.js';
import type { Doc } from '../../src/core/model/doc.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';
import { entitiesStage } from '../../src/nlp/entities/index.js';
import { docFromText } from '../../src/eval/geocoding.js';

function run(text: string): Doc {
  const doc = docFromText(text);
  tokensStage.run(doc, testContext());
  entitiesStage.run(doc, testContext());
  return doc;
}
/** the mentions written exactly as `text`, in order */
const all = (doc: Doc, text: string) => doc.mentions.filter((m) => m.text === text);

test('a surname alone is the one person named in full earlier (an age beside the full name makes it a person)', () => {
  const doc = run('John Brannigan, 34, was charged on Monday.\n\nBrannigan was arrested at his home.');
  const full = all(doc, 'John Brannigan')[0];
  assert.equal(full?.type, 'person', JSON.stringify(doc.mentions));
  const short = all(doc, 'Brannigan')[0];
  assert.equal(short?.key, full!.key, JSON.stringify(doc.mentions));
  assert.equal(short?.by, 'doc-link:surname');
});

test('an age written before the name, or a possessed people noun before it, makes the full name a person', () => {
  const aged = run('Police said 41-year-old Lamark Horrigan died on Friday. Horrigan was shot twice.');
  assert.equal(all(aged, 'Horrigan')[0]?.name, 'Lamark Horrigan', JSON.stringify(aged.mentions));
  const friend = run('The victim and his friend, Rahsaan Telleron, were in the bedroom.\n\nTelleron was arrested Sunday.');
  assert.equal(all(friend, 'Rahsaan Telleron')[0]?.type, 'person', JSON.stringify(friend.mentions));
  assert.equal(all(friend, 'Telleron')[0]?.name, 'Rahsaan Telleron', JSON.stringify(friend.mentions));
});

test('two earlier persons with the surname: the surname alone is neither', () => {
  const doc = run('John Brannigan, 34, and Mary Brannigan, 31, were charged on Monday. Brannigan was arrested later.');
  const short = all(doc, 'Brannigan');
  assert.ok(!short.some((m) => m.name === 'John Brannigan' || m.name === 'Mary Brannigan'), JSON.stringify(doc.mentions));
});

test('only an earlier full name is linked: a surname before any full name stays unlinked', () => {
  const doc = run('Brannigan was arrested on Friday. Police named him as John Brannigan, 34.');
  assert.ok(!all(doc, 'Brannigan').some((m) => m.name === 'John Brannigan'), JSON.stringify(doc.mentions));
});

test('a word the article uses as a place is not made a surname', () => {
  const doc = run('Daniel Hope, 40, was shot in Hope on Friday night. Hope police are investigating.');
  assert.ok(all(doc, 'Hope').some((m) => m.type === 'location'), JSON.stringify(doc.mentions));
  assert.ok(!all(doc, 'Hope').some((m) => m.name === 'Daniel Hope'), JSON.stringify(doc.mentions));
});

test('a known given name alone is the one person earlier who bears it, when no one has it as surname', () => {
  const doc = run('Emma Pedersen, 10, was shot by her uncle on Saturday. Emma died at the scene.');
  const short = all(doc, 'Emma')[0];
  assert.equal(short?.name, 'Emma Pedersen', JSON.stringify(doc.mentions));
  assert.equal(short?.by, 'doc-link:given-name');
  const two = run('Emma Pedersen, 10, and Emma Holm, 9, were shot on Saturday. Emma died at the scene.');
  assert.ok(!all(two, 'Emma').some((m) => m.by === 'doc-link:given-name'), JSON.stringify(two.mentions));
});
