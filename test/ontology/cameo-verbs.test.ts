import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameoVerbAt } from '../../src/extract/ontology/cameo-verbs.js';
import { testResources } from '../helpers/resources.js';
import { docOf } from '../extract/helpers.js';

/** A word view of hand-lemmatised words: "word" or "word/lemma". */
const view = (s: string) => {
  const parts = s.split(' ').map((w) => w.split('/'));
  return { low: parts.map((p) => p[0]!), lemma: parts.map((p) => p[1] ?? p[0]!) };
};
const typeOf = (s: string, i: number) => { const v = view(s); return cameoVerbAt(testResources(), v, i, 0, v.low.length); };

test('a CAMEO verb is typed by its best pattern, else its block code, through the CAMEO→PLOVER table', () => {
  // "recall * ambassador": 161, reduce or break diplomatic relations → SANCTION
  assert.equal(typeOf('brazil recalled/recall its ambassador from israel', 1)?.type, 'SANCTION');
  // "send" has no code of its own: what is sent decides (troops → mobilise or aid, a message → none)
  const troops = typeOf('germany sent/send 300 troops to mali', 1);
  assert.ok(troops && troops.type !== 'OTHER', JSON.stringify(troops));
  assert.equal(typeOf('germany sent/send a birthday card', 1), null);
  // "thank": 051 praise → SUPPORT
  assert.equal(typeOf('kenya thanked/thank japan', 1)?.type, 'SUPPORT');
  // statements (CAMEO 01) have no PLOVER category
  assert.equal(typeOf('the minister said/say nothing', 2), null);
  // a verb outside the dictionary
  assert.equal(typeOf('the river flooded/flood the valley', 2), null);
});

test("a verb listed with a code of its own takes it, not its block's; regular forms find a verb the lemmatiser missed", () => {
  // REFUSE block [---]: "SPURN [110]" alone is a disapproval, "REFUSE" alone no event
  assert.equal(typeOf('iraq spurned/spurn turkey', 1)?.cameo, '110');
  assert.equal(typeOf('iraq spurned/spurn turkey', 1)?.type, 'ACCUSE');
  assert.equal(typeOf('iraq refused/refuse turkey', 1), null);
  // "staged" lemmatised as the noun "stag": the written form is one of "stage"'s regular forms
  assert.equal(typeOf('activists staged/stag rallies', 1)?.type, 'PROTEST');
});

test("a verb the dictionary does not list is read with its WordNet synonym's patterns, never its bare code", () => {
  // "bushwhack" shares its first WordNet sense with the dictionary verb "ambush": "ambush * convoy" → 190
  const c = typeOf('rebels bushwhacked/bushwhack the convoy', 1);
  assert.equal(c?.type, 'ASSAULT');
  assert.match(c?.via ?? '', /WordNet/);
  // the synonym's block code alone ("convoke" ~ "convene", CONSULT 040) types nothing
  assert.equal(typeOf('the king convoked/convoke his council', 2), null);
});

test('pattern words far from the verb belong to other phrases', () => {
  // "recall * ambassador" does not reach an ambassador eight words on
  const far = typeOf('brazil recalled/recall the long and bitter history of its ambassador', 1);
  assert.notEqual(far?.cameo, '161');
});

test('dictionary-typed verbs make events between named actors, as reported acts only', () => {
  const ev = (t: string) => docOf(t, '2019-05-02').events.filter((e) => e.modality === 'asserted');
  const recall = ev('Brazil recalled its ambassador from Israel on Tuesday.');
  assert.ok(recall.some((e) => e.type === 'SANCTION' && e.actors.some((a) => a.role === 'agent' && a.name === 'Brazil')), JSON.stringify(recall));
  const thank = ev('Kenya thanked Japan for the medical supplies.');
  assert.ok(thank.some((e) => e.type === 'SUPPORT'), JSON.stringify(thank));
  // no named target: a stance, no event
  assert.equal(ev('Britain remains opposed to sending its citizens home.').length, 0);
  // a reporting verb does not take the type of what it reports, and a forecast makes no promise
  assert.equal(docOf('Pentagon officials said more strikes were planned but would not say when.').events.filter((e) => e.type === 'AGREE').length, 0);
  assert.equal(docOf('The council said that America would face a harsh response at the right time and place.').events.filter((e) => e.type === 'AGREE').length, 0);
});
