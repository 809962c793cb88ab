import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needShared } from '../helpers/shared.js';
import { buildStories, fuseArticleEvents, MemoryEventIndex } from '../../src/fuse/index.js';
import { seedInputs } from './seed-events.js';

function seedStories() {
  const inputs = seedInputs()!;
  const index = new MemoryEventIndex();
  for (const x of inputs) fuseArticleEvents(x.article, x.events, x.mentions, index);
  const stories = buildStories(inputs.map((x) => ({ article: x.article })), [...index.all()]);
  const storyOf = (prefix: string) => stories.find((s) => s.articles.some((a) => a.startsWith(prefix)))!;
  return { stories, storyOf, index };
}

test('seed stories: 000+001 (Ain al-Asad, July 2024) and 002+004 (January 2024 talks); 003 (April 2022) alone', needShared('corpus', 'seeds'), () => {
  const { storyOf } = seedStories();
  assert.equal(storyOf('000').id, storyOf('001').id);
  assert.equal(storyOf('002').id, storyOf('004').id);
  for (const other of ['000', '001', '004']) assert.notEqual(storyOf('003').id, storyOf(other).id);
  assert.ok(storyOf('000').links.some((l) => l.why.startsWith('share event')));
});

test('shared background events (the 2020 Soleimani airstrike in four articles) do not glue stories together', needShared('corpus', 'seeds'), () => {
  const { storyOf, index } = seedStories();
  const soleimani = [...index.all()].find((e) => e.background && e.members.length === 4)!;
  assert.ok(soleimani, 'the background event is fused');
  assert.ok(storyOf('000').background.includes(soleimani.id));
  assert.ok(!storyOf('000').events.includes(soleimani.id));
  // even with an unlimited window, the background event is no link
  const inputs = seedInputs()!;
  const wide = buildStories(inputs.map((x) => ({ article: x.article })), [...index.all()], { windowDays: 100000 });
  assert.ok(wide.every((s) => s.links.every((l) => !l.why.includes(soleimani.id))));
  const of3 = wide.find((s) => s.articles.some((a) => a.startsWith('003')))!;
  assert.equal(of3.articles.length, 1, JSON.stringify(of3.links));
});

test('every story has a title and deterministic id', needShared('corpus', 'seeds'), () => {
  const a = seedStories().stories, b = seedStories().stories;
  assert.deepEqual(a.map((s) => s.id), b.map((s) => s.id));
  for (const s of a) assert.ok(s.title && s.title.length > 10);
});
