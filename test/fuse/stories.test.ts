import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { needShared, repoRoot } from '../helpers/shared.js';
import { buildStories, fuseArticleEvents, MemoryEventIndex, nearDuplicates } from '../../src/fuse/index.js';
import { prefixCandidates } from '../../src/fuse/story-candidates.js';
import { makeArticle } from './fixtures.js';
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

/**
 * The indexed candidate pairs give what the all-pairs loop gives, on real articles: the five seeds
 * (with their fused events) and the 27 example-corpus articles, dated and undated (undated pairs meet
 * across the whole set), with copy relations, and at a threshold at which wording alone could link.
 */
test('stories from indexed candidate pairs equal those of the all-pairs loop (seeds + example corpus)', needShared('corpus', 'seeds'), () => {
  const seeds = seedInputs()!;
  const index = new MemoryEventIndex();
  for (const x of seeds) fuseArticleEvents(x.article, x.events, x.mentions, index);
  const dir = join(repoRoot(), 'examples', 'corpus');
  const meta = new Map(readFileSync(join(dir, 'meta.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { file: string; published?: string }).map((m) => [m.file, m.published ?? null]));
  const corpus = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => makeArticle(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8'), null, meta.get(f) ?? null, f));
  assert.ok(corpus.length >= 20, `example corpus read: ${corpus.length}`);
  const dated = [...seeds.map((x) => x.article), ...corpus];
  const undated = dated.map((a) => ({ ...a, published: null }));
  const events = [...index.all()];
  let links = 0;
  // a day that is no date (NaN) breaks the order's sorting: the window is then searched one by one
  const badDay = dated.map((a, k) => (k % 7 === 3 ? { ...a, published: '2021-13-45' } : a));
  for (const articles of [dated, undated, [...undated.slice(0, 12), ...dated.slice(12)], badDay]) {
    const inputs = articles.map((article) => ({ article }));
    const relations = nearDuplicates(articles);
    for (const opts of [{}, { relations }, { windowDays: 100000, relations }, { threshold: 0.1 }, { threshold: 0.21 }, { threshold: 0.21, windowDays: 100000 }, { threshold: 0.35, windowDays: 3 }]) {
      const indexed = buildStories(inputs, events, opts), all = buildStories(inputs, events, { ...opts, allPairs: true });
      assert.deepEqual(indexed, all, JSON.stringify(opts));
      links += all.reduce((n, s) => n + s.links.length, 0);
    }
  }
  assert.ok(links > 30, `the comparison covers links: ${links}`);
});

/**
 * The prefix index against a brute force computed here: q is a candidate of p (p < q < stop) exactly when
 * p's prefix (with its extra keys) shares a key with all of q's keys, or q's prefix with all of p's. With
 * every key in the prefix that is "the two share any key" (the plain inverted index's condition).
 */
test('prefix candidates equal a brute-force scan of every pair, full prefixes and partial ones, with extra keys', () => {
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let round = 0; round < 40; round++) {
    const n = 2 + rand(14);
    const keys = Array.from({ length: n }, () => [...new Set(Array.from({ length: rand(5) }, () => 'k' + rand(9)))]);
    const extra = Array.from({ length: n }, () => (rand(4) === 0 ? ['x' + rand(2)] : []));
    for (const full of [true, false]) {
      const prefix = keys.map((k) => (full ? k.length : rand(k.length + 1)));
      const later = prefixCandidates(keys, prefix, extra);
      const pre = keys.map((k, p) => new Set([...k.slice(0, prefix[p]), ...extra[p]!]));
      const all = keys.map((k, p) => new Set([...k, ...extra[p]!]));
      const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));
      for (let p = 0; p < n; p++) for (const stop of [n, p + 1 + rand(n - p)]) {
        const brute: number[] = [];
        for (let q = p + 1; q < stop; q++) if (meets(pre[p]!, all[q]!) || meets(pre[q]!, all[p]!)) brute.push(q);
        assert.deepEqual(later(p, stop), brute, JSON.stringify({ round, full, p, stop, keys, prefix, extra }));
      }
    }
  }
  // the small case by hand: every key in the prefix gives the pairs sharing any key, before the stop
  const later = prefixCandidates([['a', 'b'], ['c'], ['b', 'c'], ['a'], ['b', 'a']], [2, 1, 2, 1, 2], [[], ['x'], [], ['x'], []]);
  assert.deepEqual(later(0, 5), [2, 3, 4]);
  assert.deepEqual(later(0, 3), [2]);
  assert.deepEqual(later(1, 5), [2, 3]);
  assert.deepEqual(later(4, 5), []);
});

test('prefix candidates: a pair meets when either side\'s prefix holds a key of the other, not only when both do', () => {
  // position 1's only key z lies in position 0's suffix: the pair still meets (the name overlap's bound
  // comes from the smaller side), while 0 and 1 share nothing in 0's prefix
  const later = prefixCandidates([['a', 'b', 'z'], ['z'], ['b', 'c'], ['c']], [1, 1, 2, 0], [[], [], [], ['x']]);
  assert.deepEqual(later(0, 4), [1, 2]);
  assert.deepEqual(later(1, 4), []);
  assert.deepEqual(later(2, 4), [3]);
  assert.deepEqual(later(0, 2), [1]);
});

/**
 * A story lists the links that joined it (issues 15, 18: every pair above the threshold is quadratic on
 * one-topic input), and they do join it: one fewer than its articles, connecting them all, each between
 * two of its articles. Given one publication day, the seeds and example corpus all meet, and at a lower
 * threshold stories of several articles with more linked pairs than links form.
 */
test('a story\'s links are a spanning tree of its articles (seeds + example corpus, one day)', needShared('corpus', 'seeds'), () => {
  const dir = join(repoRoot(), 'examples', 'corpus');
  const articles = [...seedInputs()!.map((x) => x.article), ...readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => makeArticle(f.replace(/\.txt$/, ''), readFileSync(join(dir, f), 'utf8'), null, null, f))]
    .map((a) => ({ ...a, published: '2024-01-10' }));
  const stories = buildStories(articles.map((article) => ({ article })), [], { relations: nearDuplicates(articles), threshold: 0.21 });
  const big = stories.filter((s) => s.articles.length >= 3);
  assert.ok(big.length >= 1, `stories of three or more articles: ${stories.map((s) => s.articles.length).join(' ')}`);
  for (const s of stories) {
    assert.equal(s.links.length, s.articles.length - 1, s.id);
    const parent = new Map(s.articles.map((a) => [a, a]));
    const find = (a: string): string => { const p = parent.get(a); assert.ok(p, `link to ${a} outside story ${s.id}`); return p === a ? a : find(p); };
    for (const l of s.links) { assert.notEqual(find(l.a), find(l.b), `a link inside one group: ${l.a} ${l.b}`); parent.set(find(l.a), find(l.b)); }
    assert.equal(new Set(s.articles.map(find)).size, 1, s.id);
  }
});
