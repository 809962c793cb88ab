import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needShared, repoRoot, sharedPath } from '../helpers/shared.js';
import { checkGoldFile, scoreArticles, toRaw, type EngineArticle, type LoadedArticle } from '../../src/eval/datasets/articles.js';
import { sourceLibrary, type SourceArticle } from '../../src/eval/datasets/article-sources.js';
import type { ReportEvent } from '../../src/eval/report.js';
import type { MetricRow } from '../../src/eval/tally.js';

const GOLD = join(repoRoot(), 'eval', 'gold', 'articles.jsonl');

test('the real-article gold set: every span reads its text in ../shared, at least 80 articles', needShared('eval', 'raw', 'incidents', 'gva_dev.jsonl'), () => {
  const r = checkGoldFile(GOLD, sourceLibrary(sharedPath('eval', 'raw')));
  assert.deepEqual(r.errors, []);
  assert.ok(r.articles >= 80, `${r.articles} articles`);
  assert.ok(r.events >= 100, `${r.events} events`);
});

// An article written for these tests (published Tuesday 2014-03-11).
const S1 = 'SPRINGFIELD - A man was shot and killed late Sunday outside a bar, and a woman was wounded, police said.';
const S2 = ' Officers arrested John Roe, 22, on Monday.';
const S3 = ' The mayor warned that violence could rise.';
const S4 = ' Related: Two hurt in Elm Street crash.';
const TEXT = S1 + S2 + S3 + S4;
const at = (s: string, from = 0): { start: number; end: number; text: string } => { const i = TEXT.indexOf(s, from); assert.ok(i >= 0, s); return { start: i, end: i + s.length, text: s }; };
const sentence = (s: string): { start: number; end: number } => { const i = TEXT.indexOf(s.trim()); return { start: i, end: i + s.trim().length }; };

const article: LoadedArticle = {
  source: 'gva', id: 'x1', key: 'gva:x1', published: '2014-03-11', text: TEXT,
  ignore: [sentence(S4)],
  events: [
    { type: 'ASSAULT', evidence: [sentence(S1)], date: { start: '2014-03-09', end: '2014-03-09', precision: 'day', at: at('late Sunday') },
      place: { name: 'Springfield', country: 'US', at: at('SPRINGFIELD') }, agent: [], target: [{ name: 'A man', at: at('A man') }, { name: 'a woman', at: at('a woman') }],
      killed: { value: 1, at: at('A man') }, injured: { value: 1, at: at('a woman') } },
    { type: 'COERCE', evidence: [sentence(S2)], date: { start: '2014-03-10', end: '2014-03-10', precision: 'day', at: at('Monday') },
      agent: [{ name: 'Officers', at: at('Officers') }], target: [{ name: 'John Roe', at: at('John Roe') }] },
  ],
};

const span = (s: string): { article: string; start: number; end: number; text: string } => ({ article: 'a', ...sentence(s), text: s.trim() });
const ev = (o: Record<string, unknown>): ReportEvent => ({ date: null, location: null, actors: [], ...o }) as unknown as ReportEvent;
const engine = (events: ReportEvent[]): ((k: string) => EngineArticle) => () => ({ events, offsetMap: null, reportArticleId: 'a' });
const noEntities = { entity: () => null };
const row = (m: readonly MetricRow[], n: string): MetricRow => m.find((x) => x.name === n)!;

test('articles scorer: one match per incident, the duplicate and the non-event are false, page furniture is ignored', () => {
  const events = [
    ev({ id: 'e1', type: 'ASSAULT', reports: [span(S1)], date: { start: '2014-03-09', end: '2014-03-09', precision: 'day' }, location: { name: 'Springfield', country: 'US' },
      actors: [{ role: 'target', name: 'a man' }], casualties: { killed: { min: 1, max: 1 }, injured: { min: 1, max: 1 } }, confidence: 0.85 }),
    ev({ id: 'e2', type: 'ASSAULT', reports: [span(S1)], confidence: 0.55 }), // the same shooting again
    ev({ id: 'e3', type: 'THREATEN', reports: [span(S3)], confidence: 0.65 }), // a forecast, not a threat
    ev({ id: 'e4', type: 'ASSAULT', reports: [span(S4)], confidence: 0.75 }), // a link to another story: ignored
  ];
  const s = scoreArticles([article], engine(events), noEntities);
  assert.deepEqual([row(s.metrics, 'event.precision').n, row(s.metrics, 'event.precision').correct], [3, 1]);
  assert.deepEqual([row(s.metrics, 'event.recall').n, row(s.metrics, 'event.recall').correct], [2, 1]);
  assert.equal(s.errors['false event: second event for one gold incident'], 1);
  assert.equal(s.errors['false event: no gold event in its sentences'], 1);
  assert.equal(s.errors['missed: no engine event on its sentences'], 1);
  for (const f of ['date', 'place', 'killed', 'injured']) assert.equal(row(s.metrics, f).correct, 1, f);
  // calibration: the 0.8 bucket holds the right event, the 0.5 and 0.6 buckets the false ones; ignored events are not counted
  const b = (lo: number) => s.calibration.find((c) => c.lo === lo)!;
  assert.deepEqual([b(0.8).events, b(0.8).matched, b(0.5).events, b(0.6).events, b(0.7).events], [1, 1, 1, 1, 0]);
});

test('articles scorer: a wrong type does not match; fields: a week for a day, a foreign namesake, an age as toll, an invented agent are wrong', () => {
  const events = [
    ev({ id: 'e1', type: 'ASSAULT', reports: [span(S1)], date: { start: '2014-03-05', end: '2014-03-11', precision: 'week' }, location: { name: 'Springfield', country: 'GB' },
      actors: [{ role: 'agent', name: 'police' }, { role: 'target', name: 'a woman' }], casualties: { killed: { min: 22, max: 22 } } }),
    ev({ id: 'e2', type: 'ACCUSE', reports: [span(S2)] }),
  ];
  const s = scoreArticles([article], engine(events), noEntities);
  assert.equal(row(s.metrics, 'event.recall').correct, 1);
  assert.equal(s.errors['false event: wrong type for the gold incident'], 1);
  for (const f of ['date', 'place', 'agent', 'killed']) assert.equal(row(s.metrics, f).correct, 0, f);
  assert.equal(row(s.metrics, 'target').correct, 1);
  // no injury figure given by the engine where the gold has one
  assert.deepEqual([row(s.metrics, 'injured').n, row(s.metrics, 'injured').filled, row(s.metrics, 'injured').correct], [1, 0, 0]);
});

test('articles scorer: the same incident told in a sentence the gold does not list matches by a named actor', () => {
  const S2b = ' Roe was held at the county jail.';
  const text = TEXT + S2b;
  const a2: LoadedArticle = { ...article, text };
  const i = text.indexOf(S2b.trim());
  const s = scoreArticles([a2], () => ({ events: [ev({ id: 'e1', type: 'COERCE', reports: [{ article: 'a', start: i, end: i + S2b.trim().length, text: S2b.trim() }], actors: [{ role: 'target', name: 'Roe' }] })], offsetMap: null, reportArticleId: 'a' }), noEntities);
  assert.equal(row(s.metrics, 'event.recall').correct, 1);
});

test('articles scorer: engine spans are carried back to the shared text through the cleaner offset map', () => {
  const map = [{ start: 0, end: 10, rawStart: 5 }, { start: 10, end: 30, rawStart: 20 }];
  assert.deepEqual(toRaw({ start: 2, end: 8 }, map), { start: 7, end: 13 });
  assert.deepEqual(toRaw({ start: 12, end: 30 }, map), { start: 22, end: 40 });
  assert.equal(toRaw({ start: 40, end: 45 }, map), null);
});

test('gold check: a span that does not read its text, an unknown type and a missing article are reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-articles-'));
  const file = join(dir, 'g.jsonl');
  const lines = [
    { source: 'gva', id: 'x1', published: null, events: [{ type: 'ASSAULT', evidence: [{ start: 0, end: 10 }], place: { name: 'Springfield', country: 'US', at: { start: 0, end: 11, text: 'SPRINGFIELX' } } }] },
    { source: 'gva', id: 'x1b', published: null, events: [] },
    { source: 'gva', id: 'x1', published: null, events: [{ type: 'ATTACK', evidence: [{ start: 0, end: 10 }] }] },
  ];
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const doc: SourceArticle = { source: 'gva', id: 'x1', text: TEXT, title: null, published: null, url: null };
  const lib = { get: (_s: string, id: string) => (id === 'x1' ? doc : null), all: () => [doc] };
  const r = checkGoldFile(file, lib);
  assert.equal(r.errors.length, 4, r.errors.join('\n'));
  assert.ok(r.errors.some((e) => /reads "SPRINGFIELD", not "SPRINGFIELX"/.test(e)));
  assert.ok(r.errors.some((e) => /no such article/.test(e)));
  assert.ok(r.errors.some((e) => /unknown type ATTACK/.test(e)));
  assert.ok(r.errors.some((e) => /listed twice/.test(e)));
});

test('articles scorer: a descriptive gold actor made of generic words matches by its head word only', async () => {
  const { actorNamesGold } = await import('../../src/eval/datasets/articles.js');
  assert.equal(actorNamesGold(['people'], { name: 'four people', at: null }), true);
  assert.equal(actorNamesGold(['Shelby Avenue'], { name: 'Darren Johnson', at: null }), false);
  assert.equal(actorNamesGold(['Turkish forces'], { name: 'US forces', at: null }), false);
  assert.equal(actorNamesGold(['the government'], { name: 'four people', at: null }), false);
});

test('sitrep eval --format articles: engine spans on the cleaned text are matched at their place in the shared text', needShared('eval', 'raw', 'incidents', 'gva_dev.jsonl'), async () => {
  const { runEval } = await import('../../src/eval/index.js');
  const { cleanRecord } = await import('../../src/clean/index.js');
  const { sharedDir } = await import('../helpers/shared.js');
  const lib = sourceLibrary(sharedPath('eval', 'raw'));
  const id = 'b04406643d01774600cd5061bbb394b9';
  const src = lib.get('gva', id)!;
  const lead = 'Two men are in the hospital after a shooting';
  const rawAt = src.text.indexOf(lead);
  assert.ok(rawAt > 0, 'the article opens with a copyright line the cleaner drops');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-articles-run-'));
  const gold = join(dir, 'g.jsonl');
  writeFileSync(gold, JSON.stringify({ source: 'gva', id, published: src.published, events: [{ type: 'ASSAULT', evidence: [{ start: rawAt, end: rawAt + lead.length }] }] }) + '\n');
  const analyze = async (records: import('../../src/core/model/article.js').RawRecord[]) => {
    const clean = cleanRecord(records[0]!);
    const at = clean.text.indexOf(lead);
    assert.ok(at >= 0 && at !== rawAt, 'cleaned offsets differ from the raw ones');
    const report = { articles: [{ id: 'A', externalId: records[0]!.externalId, text: clean.text }], entities: [], events: [
      { id: 'e1', type: 'ASSAULT', date: null, location: null, actors: [], confidence: 0.9, reports: [{ article: 'A', start: at, end: at + lead.length, text: lead }] },
    ] };
    return { report: report as unknown as import('../../src/eval/report.js').Report, failures: 0 };
  };
  const res = await runEval({ format: 'articles', gold, analyze, shared: sharedDir()! });
  const metrics = (res.json as { metrics: MetricRow[] }).metrics;
  assert.equal(res.exitCode, 0);
  assert.equal(row(metrics, 'event.recall').correct, 1, res.text);
  assert.equal(row(metrics, 'event.precision').correct, 1);
  assert.match(res.text, /calibration/);
});
