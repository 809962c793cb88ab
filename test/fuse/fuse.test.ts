import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needShared } from '../helpers/shared.js';
import { fuseArticleEvents, MemoryEventIndex } from '../../src/fuse/index.js';
import type { FusedEvent } from '../../src/core/model/event.js';
import { seedInputs, type SeedInput } from './seed-events.js';

// gold id → (seed file prefix, local event id) of the hand-built events
const GOLD: Record<string, [string, string][]> = {
  G1: [['000', 'e1'], ['001', 'e1']], G2: [['000', 'e2']], G3: [['003', 'e1']], G4: [['003', 'e2']],
  G5: [['004', 'e2']], G6: [['004', 'e3']], G7: [['004', 'e1']], G8: [['002', 'e1']], G9: [['001', 'e2']],
  G11: [['001', 'e3']], G12: [['000', 'e3'], ['002', 'e2'], ['003', 'e3'], ['004', 'e4']], G13: [['003', 'e4']],
};
const DISTINCT = [['G1', 'G2'], ['G2', 'G3'], ['G1', 'G3'], ['G1', 'G5'], ['G3', 'G5'], ['G7', 'G8'], ['G8', 'G9'], ['G6', 'G12']];

function runAll(inputs: SeedInput[]): { index: MemoryEventIndex; of: (gold: string) => FusedEvent[] } {
  const index = new MemoryEventIndex();
  for (const x of inputs) fuseArticleEvents(x.article, x.events, x.mentions, index);
  const all = [...index.all()];
  const of = (g: string) => {
    const ids = new Set<string>();
    for (const [pre, ev] of GOLD[g]!) for (const f of all) if (f.members.some((m) => m.article.startsWith(pre) && m.event === ev)) ids.add(f.id);
    return all.filter((f) => ids.has(f.id));
  };
  return { index, of };
}

test('the Ain al-Asad attack of July 2024 and the Soleimani airstrike each come out once across outlets', needShared('corpus', 'seeds'), () => {
  const { of } = runAll(seedInputs()!);
  const g1 = of('G1');
  assert.equal(g1.length, 1, 'G1 is one canonical event');
  assert.deepEqual(new Set(g1[0]!.members.map((m) => m.article.slice(0, 3))), new Set(['000', '001']));
  assert.ok(g1[0]!.mergedBecause.some((l) => /same place/.test(l) && /same date 2024-07-16/.test(l)), g1[0]!.mergedBecause.join('\n'));
  const g12 = of('G12');
  assert.equal(g12.length, 1, 'four framings of the January 2020 airstrike fuse');
  assert.equal(new Set(g12[0]!.members.map((m) => m.article)).size, 4);
  assert.equal(g12[0]!.date?.start, '2020-01-03', 'the most precise date wins');
  assert.equal(g12[0]!.background, true);
  assert.equal(g12[0]!.conflicts.length, 0, JSON.stringify(g12[0]!.conflicts));
});

test('look-alike events stay apart (same base, same weapon, same talks, other dates)', needShared('corpus', 'seeds'), () => {
  const { of } = runAll(seedInputs()!);
  for (const [a, b] of DISTINCT) {
    const ea = of(a!), eb = of(b!);
    assert.ok(ea.length && eb.length, `${a} and ${b} exist`);
    assert.ok(!ea.some((x) => eb.includes(x)), `${a} and ${b} must not merge`);
  }
});

test('responsibility: no claim yet (Tasnim) vs a claim (The New Arab) is a conflict showing both, the later marked', needShared('corpus', 'seeds'), () => {
  const { of } = runAll(seedInputs()!);
  const g1 = of('G1')[0]!;
  assert.equal(g1.responsibility?.status, 'conflicting');
  const c = g1.conflicts.find((x) => /respons|claim/.test(x.field));
  assert.ok(c, 'responsibility conflict');
  assert.equal(c.values.length, 2);
  assert.ok(c.values.some((v) => v.evidence.text.includes('No group has yet claimed responsibility for the attack') && v.published === '2024-07-17'));
  assert.ok(c.values.some((v) => v.evidence.text.includes('An Iraqi militia has claimed responsibility for the attack.') && v.published === '2024-07-23'));
  assert.deepEqual(c.latest, { status: 'claimed', by: ['An Iraqi militia'] });
  assert.match(c.note ?? '', /later report \(The New Arab, 2024-07-23\)/);
  for (const v of c.values) assert.equal(v.evidence.text, seedInputs()!.find((x) => x.article.id === v.evidence.article)!.article.text.slice(v.evidence.start, v.evidence.end));
});

test('quantity inside one article: "downed two drones" vs "an armed unmanned aerial system" is a quantity conflict', needShared('corpus', 'seeds'), () => {
  const { of } = runAll(seedInputs()!);
  const g3 = of('G3')[0]!;
  const c = g3.conflicts.find((x) => /quant|count|number/.test(x.field));
  assert.ok(c, JSON.stringify(g3.conflicts));
  assert.deepEqual(c.values.map((v) => v.value).sort(), [1, 2]);
  assert.ok(c.values.some((v) => v.evidence.text.includes('U.S. forces had downed two drones near the Ain al-Asad Air Base')));
  assert.ok(c.values.some((v) => v.evidence.text.includes('shot down an armed unmanned aerial system')));
  assert.equal(g3.quantity, 2, 'the main reading keeps the value');
});

test('agreeing figures are not conflicts: at least 2 killed vs a named pair; fields agree on G1', needShared('corpus', 'seeds'), () => {
  const { index } = runAll(seedInputs()!);
  for (const f of index.all()) {
    for (const c of f.conflicts) assert.ok(/respons|quant/.test(c.field), `unexpected conflict ${c.field} on ${f.id}: ${JSON.stringify(c.values.map((v) => v.value))}`);
  }
});

test('fusion does not depend on article order, and re-running an article changes nothing', needShared('corpus', 'seeds'), () => {
  const inputs = seedInputs()!;
  const clusters = (idx: MemoryEventIndex) => [...idx.all()].map((f) => f.members.map((m) => `${m.article}:${m.event}`).sort().join(' ')).sort();
  const fwd = runAll(inputs).index, rev = runAll([...inputs].reverse()).index;
  assert.deepEqual(clusters(rev), clusters(fwd));
  const before = JSON.stringify([...fwd.all()]);
  for (const x of inputs) {
    const r = fuseArticleEvents(x.article, x.events, x.mentions, fwd);
    assert.ok(r.decisions.every((d) => d.reasons[0] === 'already a member'));
  }
  assert.equal(JSON.stringify([...fwd.all()]), before);
});

test('every report and evidence span points at its article text', needShared('corpus', 'seeds'), () => {
  const inputs = seedInputs()!;
  const { index } = runAll(inputs);
  const text = new Map(inputs.map((x) => [x.article.id, x.article.text]));
  for (const f of index.all()) {
    for (const s of f.reports) assert.equal(text.get(s.article)!.slice(s.start, s.end), s.text);
    for (const list of Object.values(f.evidence)) for (const v of list) assert.equal(text.get(v.evidence.article)!.slice(v.evidence.start, v.evidence.end), v.evidence.text);
  }
});
