/** Event extraction on the five seed articles (../shared): the incidents of the gold, kept apart and merged as they should be. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/core/model/doc.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { seedDocs } from '../helpers/seeds.js';

const skip = needShared('corpus', 'seeds');
let docs: Doc[] | null = null;
const load = async (): Promise<Doc[]> => (docs ??= (await seedDocs())!);
const docFor = async (prefix: string) => (await load()).find((d) => (d.article.file ?? '').startsWith(prefix))!;
const textOf = (d: Doc, e: ExtractedEvent) => e.sentences.map((s) => d.article.text.slice(s.start, s.end)).join(' ');
const reporting = (d: Doc, words: string) => d.events.filter((e) => e.modality === 'asserted' && textOf(d, e).includes(words));

test('000: one drone attack told in four sentences, apart from the April interception', skip, async () => {
  const d = await docFor('000');
  const [g1] = reporting(d, 'A drone attack struck');
  assert.ok(g1);
  assert.equal(g1.type, 'ASSAULT');
  assert.equal(g1.mode, 'drone');
  assert.equal(g1.quantity?.value, 2);
  assert.equal(g1.date?.value.start, '2024-07-16');
  assert.deepEqual(g1.killed?.value, { min: 0, max: 0 });
  assert.equal(g1.responsibility[0]?.status, 'unclaimed');
  assert.ok(textOf(d, g1).includes('No group has yet claimed'));
  const [g2] = reporting(d, 'two drones were intercepted');
  assert.ok(g2 && g2 !== g1, 'the April interception is its own event');
  assert.equal(g2.outcome?.value, 'intercepted');
  assert.ok(g2.date?.value.start.startsWith('2024-04'));
});

test('003: two reports of the interception merged with the quantity disagreement kept; Green Village apart', skip, async () => {
  const d = await docFor('003');
  const [g3] = reporting(d, 'downed two drones');
  assert.ok(g3);
  assert.ok(textOf(d, g3).includes('shot down an armed unmanned aerial system'));
  assert.equal(g3.quantity?.value, 2);
  assert.ok(g3.variants?.some((x) => x.field === 'quantity' && x.value === 1));
  const [g4] = reporting(d, 'rounds of indirect fire');
  assert.ok(g4 && g4 !== g3);
  assert.equal(g4.quantity?.value, 2);
  assert.deepEqual(g4.injured?.value, { min: 4, max: 4 });
  assert.equal(g4.date?.value.start, '2022-04-07');
});

test('004: the response is aimed at the attacker; background airstrike dated 2020', skip, async () => {
  const d = await docFor('004');
  const [g6] = reporting(d, 'The U.S. responded Tuesday');
  assert.ok(g6);
  assert.ok(g6.actors.some((a) => a.role === 'target' && /Kata/i.test(a.name)));
  assert.equal(g6.quantity?.value, 3);
  assert.ok(g6.killed && g6.killed.value.min >= 1 && g6.killed.value.max === null);
  const [g12] = reporting(d, 'a U.S. airstrike in January 2020');
  assert.ok(g12?.background);
  assert.ok(g12.date?.value.start.startsWith('2020-01'));
  assert.ok(reporting(d, 'expect to begin talks').some((e) => e.type === 'AGREE'));
});

test('no asserted event comes from a false-event trap or an aggregate statement', skip, async () => {
  const gold = JSON.parse(readFileSync(sharedPath('gold', 'seeds.gold.json'), 'utf8')) as { false_event_traps: { article: string; text: string }[] };
  for (const t of gold.false_event_traps) {
    const d = await docFor(t.article.slice(0, 3));
    const bad = reporting(d, t.text).filter((e) => e.type === 'ASSAULT' || e.type === 'CONSULT');
    assert.equal(bad.length, 0, `${t.article}: ${t.text}`);
  }
  for (const [f, s] of [['004', 'more than 60 times'], ['001', 'dozens of attacks'], ['001', 'numerous attacks']] as const) {
    assert.equal(reporting(await docFor(f), s).length, 0, s);
  }
});
