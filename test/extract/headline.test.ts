/**
 * The headline of a plain-text article is read for events through the same grammar as the body: its
 * event joins the body's matching incident, and a headline never dates an event (articles written here).
 */
import { testContext } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanRecord } from '../../src/clean/index.js';
import { createDoc, type Doc } from '../../src/core/model/doc.js';
import type { RawRecord } from '../../src/core/model/article.js';
import { buildPipeline } from '../../src/pipeline/index.js';
import { prepareArticle } from '../../src/engine/prepare.js';

const record = (body: string): RawRecord => ({ origin: 'mem.txt', file: 'mem.txt', format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source: null, published: '2023-05-10', language: 'en' });
function docOf(body: string): Doc {
  return buildPipeline().run(createDoc(prepareArticle(cleanRecord(record(body)))), testContext());
}
const assaults = (d: Doc) => d.events.filter((e) => e.type === 'ASSAULT' && e.modality === 'asserted');
const spans = (d: Doc, e: Doc['events'][number]) => e.sentences.map((s) => d.article.text.slice(s.start, s.end));

test('a headline telling the lead incident joins it: one event, both sentences, the body\'s date', () => {
  const d = docOf('Roadside bomb kills three soldiers in Kirkuk\n\nA roadside bomb struck an army patrol near Kirkuk on Monday, killing three soldiers, police said. The patrol was returning to its base.');
  const a = assaults(d);
  assert.equal(a.length, 1, JSON.stringify(a.map((e) => e.trigger.text)));
  const s = spans(d, a[0]!);
  assert.equal(s[0], 'Roadside bomb kills three soldiers in Kirkuk');
  assert.ok(s.some((x) => x.startsWith('A roadside bomb struck')));
  assert.equal(a[0]!.date?.value.start, '2023-05-08');
  assert.deepEqual(a[0]!.killed?.value, { min: 3, max: 3 });
});

test('a headline event with no body incident to join keeps no date of its own', () => {
  const d = docOf('Gunmen kill 12 at a wedding in Baghdad on Friday\n\nThe interior minister promised on Tuesday to tighten security at checkpoints around the capital.');
  const a = assaults(d);
  assert.equal(a.length, 1);
  assert.equal(d.article.text.slice(a[0]!.sentences[0]!.start, a[0]!.sentences[0]!.end), 'Gunmen kill 12 at a wedding in Baghdad on Friday');
  assert.notEqual(a[0]!.dateBasis, 'own');
  assert.deepEqual(a[0]!.killed?.value, { min: 12, max: 12 });
});

test('a headline about another place does not join the body\'s incident', () => {
  const d = docOf('Drones attack a base in Erbil\n\nRockets struck near the airport in Basra on Sunday, damaging a hangar, officials said.');
  const a = assaults(d);
  assert.equal(a.length, 2, JSON.stringify(a.map((e) => [e.trigger.text, e.location?.name])));
  for (const e of a) for (const s of e.sentences) assert.ok(d.article.text.slice(s.start, s.end).length > 0);
});
