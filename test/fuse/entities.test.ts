import { testContext } from '../helpers/resources.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/core/model/doc.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';
import { entitiesStage } from '../../src/nlp/entities/index.js';
import { docFromText } from '../../src/eval/geocoding.js';
import { canonicalEntities, namesAlike } from '../../src/fuse/entities.js';
import { seedDocs } from '../helpers/seeds.js';
import { needShared } from '../helpers/shared.js';

const kb = loadKnowledgeBase();
function run(text: string, id: string): Doc {
  const doc = docFromText(text, id);
  tokensStage.run(doc, testContext());
  entitiesStage.run(doc, testContext());
  return doc;
}

test('variants across articles become one entity with every surface form', () => {
  const a = run('Kataib Hezbollah fired rockets at al-Asad Air Base. Prime Minister Mohammad Shia al-Sudani condemned it.', 'a');
  const b = run('Kataeb Hezbollah denied it. Ain al-Asad airbase was hit, said Prime Minister al-Sudani.', 'b');
  const ents = canonicalEntities([a, b], [], kb);
  const kh = ents.find((e) => e.id === 'kb:kataib-hezbollah')!;
  assert.deepEqual(kh.aliases, ['Kataeb Hezbollah']);
  assert.equal(kh.name, 'Kataib Hezbollah');
  const base = ents.find((e) => e.id === 'kb:ain-al-asad-air-base')!;
  assert.ok(base.aliases.includes('al-Asad Air Base') && base.aliases.includes('Ain al-Asad airbase'));
  assert.equal(base.geo?.precision, 'site');
  const pm = ents.find((e) => e.id === 'kb:mohammed-shia-al-sudani')!;
  assert.ok(pm.aliases.includes('al-Sudani') && pm.aliases.includes('Mohammad Shia al-Sudani'));
  for (const d of [a, b]) for (const m of d.mentions) assert.ok(ents.some((e) => e.id === m.key && e.name === m.name));
});

test('unknown names: spelling variants merge, a lone surname joins the one full name of the run', () => {
  const a = run('Basim al-Awadi, a government spokesman, said the talks went well.', 'a');
  const b = run('Basem al-Awadi said on Monday the delegation had left. Awadi said more talks were planned.', 'b');
  const ents = canonicalEntities([a, b], [], kb);
  const awadi = ents.filter((e) => e.type === 'person' && /Awadi/.test(e.name));
  assert.equal(awadi.length, 1, JSON.stringify(awadi));
  assert.ok(awadi[0]!.aliases.length >= 1);
});

test('two people sharing a surname are not merged through the surname', () => {
  const a = run('Fouad Hussein met the envoy.', 'a');
  const b = run('Qusay Hussein was mentioned. Hussein said nothing more.', 'b');
  const ents = canonicalEntities([a, b], [], kb);
  const fouad = ents.find((e) => e.id === 'kb:fouad-hussein')!;
  assert.equal(fouad.aliases.includes('Hussein'), false);
});

test('namesAlike separates look-alikes', () => {
  assert.ok(namesAlike('Basim al-Awadi', 'Basem al-Awadi'));
  assert.ok(!namesAlike('Iraq', 'Iran'));
  assert.ok(!namesAlike('Hamas', 'Hama'));
  assert.ok(!namesAlike('Austin', 'Justin'));
});

test('known entities from the store are extended, not duplicated', () => {
  const a = run('Karwan Zebari, a spokesman for the party, said it was calm.', 'a');
  const known = [{ id: 'ent:zebari', name: 'Karwan Zebari', type: 'person' as const, aliases: ['K. Zebari'], country: 'IQ', geo: null, kb: null }];
  const ents = canonicalEntities([a], known, kb);
  const z = ents.find((e) => e.id === 'ent:zebari')!;
  assert.ok(z);
  assert.ok(z.aliases.includes('K. Zebari'));
});

test('seed articles: the gold merges hold', needShared('corpus', 'seeds'), async () => {
  const docs = await seedDocs('nlp/entities');
  assert.ok(docs);
  const ents = canonicalEntities(docs, [], kb);
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const forms = ents.map((e) => new Set([e.name, ...e.aliases].map(norm)));
  const groups = [
    ['Ain al-Asad air base', 'Ain al-Asad', 'Ain al-Asad airbase', 'al-Asad Air Base', 'Ain al-Asad Air Base'],
    ['Kataib Hezbollah', 'Kataeb Hezbollah'],
    ['Mohammad Shia al-Sudani', 'Mohammed Shia al-Sudani', 'al-Sudani'],
    ['Daesh', 'ISIS', 'Islamic State'],
    ['Popular Mobilization Units', 'Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Hashed al-Shaabi'],
    ['Anbar province', 'al-Anbar Governorate', 'Al-Anbar province'],
    ['Deir Ezzor province'],
    ['Joe Biden', 'Biden'],
    ['Washington', 'D.C.'],
    ['Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'IRGC'],
    ['Abu Mahdi al-Muhandis', 'Abu Mahdi Al-Muhandis'],
  ];
  for (const g of groups) assert.ok(forms.some((f) => g.every((x) => f.has(norm(x)))), `${g.join(" | ")}: ${JSON.stringify(ents.filter((e) => g.some((x) => [e.name, ...e.aliases].map(norm).includes(norm(x)))).map((e) => [e.name, ...e.aliases]))}`);
});
