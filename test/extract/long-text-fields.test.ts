/**
 * Fields of events in full-length local news (src/extract/events/tolls.ts, agents.ts, paragraph-date.ts,
 * dates.ts): tolls only from casualty phrases, the dead not counted among the injured, a perpetrator
 * among the dead kept apart, posting stamps never event dates, a paragraph's date for an undated act,
 * agents of arrests and named shooters. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { docOf, asserted } from './helpers.js';
import { needShared, repoRoot, sharedDir } from '../helpers/shared.js';
import { loadArticleGold } from '../../src/eval/datasets/articles.js';

const PUB = '2014-08-05'; // a Tuesday
const first = (text: string, type = 'ASSAULT') => asserted(docOf(text, PUB)).find((e) => e.type === type);

test('an injury that caused a death counts no one injured', () => {
  const e = first('Darin Booker, 13, died from a gunshot wound Sunday night just blocks from his home.')!;
  assert.deepEqual(e.killed?.value, { min: 1, max: 1 });
  assert.equal(e.injured, null);
  const f = first('A juvenile injured in a shooting Monday morning has died of his injuries.')!;
  assert.deepEqual(f.killed?.value, { min: 1, max: 1 });
  assert.equal(f.injured, null);
  // the wounded who did not die stay
  const g = first('Gunmen killed two men and wounded five others in Paterson on Monday.')!;
  assert.deepEqual(g.injured?.value, { min: 5, max: 5 });
});

test('ages, years, calibres and house numbers are no tolls', () => {
  for (const text of [
    'The victims, aged 15 and 17, were killed in the shooting on Saturday.',
    'John Smith, 22, was shot dead on Friday.',
    'A man was shot with a .45-caliber handgun at 1200 Main Street early Sunday.',
  ]) {
    const e = first(text);
    assert.ok(e, `an attack in: ${text}`);
    const k = e!.killed?.value.min ?? 0;
    assert.ok(k <= 2, `no age, calibre or address read as a toll in: ${text} (killed ${JSON.stringify(e!.killed?.value)})`);
  }
});

test('a perpetrator among the dead is kept apart, the total as the source gives it', () => {
  const e = first('Three people, including the gunman, were killed in the shooting on Sunday night.')!;
  assert.deepEqual(e.killed?.value, { min: 3, max: 3 });
  const p = e.variants?.find((v) => v.field === 'perpetratorsKilled');
  assert.ok(p, 'perpetrators recorded');
  assert.deepEqual(p!.value, { min: 1, max: 1 });
});

test('relative days with night and morning resolve against the publication date', () => {
  const e = first('A man was shot and killed late Sunday night on Main Street.')!;
  assert.equal(e.date?.value.start, '2014-08-03');
  const m = first('Two men were shot Monday morning outside a bar.')!;
  assert.equal(m.date?.value.start, '2014-08-04');
});

test('a posting or update stamp is never the event date', () => {
  const e = first('Posted Aug 5, 2014 Updated Aug 6, 2014 A man was shot in Portland.')!;
  assert.notEqual(e.date?.value.precision, 'day');
  assert.notEqual(e.dateBasis, 'own');
});

test('an undated act takes the date of an earlier sentence in its paragraph', () => {
  const d = docOf('Two men were shot on Saturday night at a party in Portland. Police arrested a suspect at the scene.', PUB);
  const arrest = asserted(d).find((e) => e.type === 'COERCE')!;
  assert.equal(arrest.date?.value.start, '2014-08-02');
  assert.equal(arrest.dateBasis, 'paragraph');
  // not across paragraphs
  const d2 = docOf('Two men were shot on Saturday night at a party in Portland.\n\nPolice arrested a suspect in another case.', PUB);
  assert.notEqual(asserted(d2).find((e) => e.type === 'COERCE')?.dateBasis, 'paragraph');
});

test('an arrest told without its doer was made by the police the text names', () => {
  const d = docOf('Roy police said John Smith was arrested Monday after a man was found dead in the house.', PUB);
  const arrest = asserted(d).find((e) => e.type === 'COERCE')!;
  const agent = arrest.actors.find((a) => a.role === 'agent');
  assert.ok(agent && /police/i.test(agent.name), `police as agent (got ${JSON.stringify(arrest.actors)})`);
  assert.equal(d.article.text.slice(agent!.at.start, agent!.at.end), agent!.name);
  // "in prison after police" names no force
  const d2 = docOf('Her husband was arrested and extradited, and he is now in prison after police found him.', PUB);
  assert.ok(!asserted(d2).flatMap((e) => e.actors).some((a) => /prison/.test(a.name)));
});

test('the named shooter is the agent of the attack; the victims are not', () => {
  const d = docOf('Police said the victims are Erica Rodriguez, 21, and Alejandro Martinez, 20, who witnesses said is the alleged gunman. Two women were shot dead on Saturday.', PUB);
  const e = asserted(d).find((x) => x.type === 'ASSAULT')!;
  const agents = e.actors.filter((a) => a.role === 'agent').map((a) => a.name);
  assert.deepEqual(agents, ['Alejandro Martinez']);
  const d2 = docOf('Early Tuesday Curtis Hollinger, 15, was arrested and charged with manslaughter. Darin Booker, 13, died from a gunshot wound Sunday night.', PUB);
  const e2 = asserted(d2).find((x) => x.type === 'ASSAULT')!;
  assert.ok(e2.actors.some((a) => a.role === 'agent' && a.name === 'Curtis Hollinger'));
  assert.ok(!e2.actors.some((a) => a.role === 'agent' && a.name === 'Darin Booker'));
  // a name before a sentence about someone else's arrest is no perpetrator
  const d3 = docOf('Bargman was shot dead on Saturday. "She was a bright girl," said her aunt, Vostelle Williams.\n\nMassey was arrested and charged with murder.', PUB);
  assert.ok(!asserted(d3).flatMap((x) => x.actors).some((a) => a.name === 'Vostelle Williams'));
});

test('a later sentence of the same kind of act, with no time of its own, takes the lead\'s day (paragraph-date.ts leadDate)', () => {
  // web pages make each sentence a paragraph: the lead's day still dates the retold shooting
  const text = 'Two men were shot at an apartment complex in Portland on Sunday.\n\nAn argument broke out in the hallway.\n\nA man shot the two victims in the hallway, police said.';
  const d = docOf(text, PUB);
  const late = asserted(d).filter((e) => e.type === 'ASSAULT').find((e) => e.trigger.start > text.indexOf('A man shot'));
  if (late) {
    assert.equal(late.date?.value.start, '2014-08-03', `the lead's Sunday (got ${JSON.stringify(late.date)})`);
    assert.equal(late.dateBasis, 'paragraph');
  } else {
    // merged into the lead's incident: then the incident has the lead's day
    assert.equal(asserted(d).find((e) => e.type === 'ASSAULT')?.date?.value.start, '2014-08-03');
  }
  // a sentence that names a time of its own is no retelling of the lead's day
  const t2 = 'Two men were shot at an apartment complex in Portland on Sunday.\n\nA man was shot at the same complex a year ago, police said.';
  const old = asserted(docOf(t2, PUB)).filter((e) => e.type === 'ASSAULT').find((e) => e.trigger.start > t2.indexOf('a year ago') - 40);
  assert.notEqual(old?.date?.value.start, '2014-08-03');
});

test('real text: the retold shooting of a GVA local story takes the lead\'s Wednesday, not the publication week', needShared('eval', 'raw', 'incidents', 'gva_dev.jsonl'), () => {
  const { articles, inputs } = loadArticleGold(join(repoRoot(), 'eval', 'gold', 'articles.jsonl'), undefined, join(sharedDir()!, 'eval', 'raw'));
  const i = articles.findIndex((a) => a.key === 'gva:b04406643d01774600cd5061bbb394b9');
  assert.ok(i >= 0, 'the article is in the gold file');
  const text = articles[i]!.text;
  const d = docOf(text, inputs[i]!.published ?? articles[i]!.published ?? undefined);
  const at = text.indexOf('Preliminary investigation revealed');
  const retold = asserted(d).filter((e) => e.type === 'ASSAULT' && e.trigger.start >= at && e.trigger.start < at + 300);
  assert.ok(retold.length > 0, 'an attack told in the "Preliminary investigation" sentence');
  for (const e of retold) assert.equal(e.date?.value.start, '2017-02-22', `Wednesday (got ${JSON.stringify(e.date?.value)} by ${e.dateBasis})`);
});

test('an attack told after a lead that names the day in a sentence of its own takes that day', () => {
  const d = docOf('Police were called to an apartment on Fresno Avenue early Monday morning.\n\nA nine-year-old girl was shot in the leg while in her bed.', PUB);
  const e = asserted(d).find((x) => x.type === 'ASSAULT')!;
  assert.equal(e.date?.value.start, '2014-08-04');
  assert.equal(e.dateBasis, 'paragraph');
});
