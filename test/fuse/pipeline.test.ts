/** Fusion over the real pipeline's events for the seed corpus (needs ../shared and the extractor). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needShared } from '../helpers/shared.js';
import { seedDocs } from '../helpers/seeds.js';
import { buildStories, fuseArticleEvents, MemoryEventIndex } from '../../src/fuse/index.js';
import type { FusedEvent } from '../../src/core/model/event.js';

const words = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
const covers = (span: string, evidence: string) => { const a = new Set(words(span)), b = words(evidence); return b.filter((t) => a.has(t)).length / b.length >= 0.7; };

test('real pipeline: G1 fused across Tasnim and The New Arab with the claim conflict; G12 across four articles; stories', needShared('corpus', 'seeds'), async () => {
  const docs = (await seedDocs())!;
  const index = new MemoryEventIndex();
  for (const d of docs) fuseArticleEvents(d.article, d.events, d.mentions, index, { sentences: d.sentences });
  const events = [...index.all()];
  const fileOf = new Map(docs.map((d) => [d.article.id, d.article.file!.slice(0, 3)]));
  const find = (file: string, text: string): FusedEvent | undefined => events.find((e) => e.reports.some((r) => fileOf.get(r.article) === file && covers(r.text, text)) && e.type === 'ASSAULT');
  const g1 = find('000', "A drone attack struck Iraq's Ain al-Asad air base");
  assert.ok(g1, 'G1 found');
  assert.equal(g1, find('001', 'two armed drones targeted Ain al-Asad airbase'), 'G1 fused across outlets');
  assert.ok(g1.conflicts.some((c) => /respons|claim/.test(c.field) && c.values.length >= 2), JSON.stringify(g1.conflicts));
  const g2 = find('000', 'In April, two drones were intercepted near Ain al-Asad');
  assert.notEqual(g2, g1, 'April 2024 stays apart');
  const g12 = find('004', 'a U.S. airstrike in January 2020 that killed Iranian Gen. Qassem Soleimani');
  assert.ok(g12, 'G12 found');
  assert.ok(new Set(g12.members.map((m) => m.article)).size >= 3, `G12 in ${g12.members.length} reports`);
  const stories = buildStories(docs.map((d) => ({ article: d.article, mentions: d.mentions })), events);
  const storyOf = (f: string) => stories.find((s) => s.articles.some((a) => fileOf.get(a) === f))!.id;
  assert.equal(storyOf('000'), storyOf('001'));
  assert.equal(storyOf('002'), storyOf('004'));
  for (const o of ['000', '001', '004']) assert.notEqual(storyOf('003'), storyOf(o));
});
