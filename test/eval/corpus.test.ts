/**
 * The corpus scorer (src/eval/corpus.ts): on a small report written for this test it must see fused
 * reports, split reports, merged look-alikes and events typed from non-event sentences; and the
 * project's expected answers for examples/corpus must point at text that is really there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, fileHasKey, loadCorpusGold, scoreCorpus, type CorpusEvent, type CorpusGold, type CorpusReport } from '../../src/eval/corpus.js';
import { runEval } from '../../src/eval/index.js';

const gold: CorpusGold = {
  corpus: '.',
  incidents: [
    { id: 'A', what: 'rocket attack on the base', types: ['ASSAULT'], date: ['2021-02-15'], places: [{ name: 'Erbil', lat: 36.19, lon: 44.01 }], killed: [1],
      reports: { '01': ['Rockets hit the base on Monday'], '02': ['the base came under rocket fire'] } },
    { id: 'B', what: 'drone attack a year later', types: ['ASSAULT'], reports: { '03': ['A drone hit the base'] } },
  ],
  distinct: [['A', 'B']],
  contradictions: [{ incident: 'A', field: 'casualties.killed' }],
  non_events: { '01': ['further attacks are likely'] },
  stories: [['01', '02']],
};
const span = (article: string, text: string) => ({ article, text });
const ev = (id: string, reports: { article: string; text: string }[], extra: Partial<CorpusEvent> = {}): CorpusEvent =>
  ({ id, type: 'ASSAULT', date: null, location: null, reports, ...extra });
const articles = [{ id: 'a1', file: '01_wire.txt' }, { id: 'a2', file: '02_regional.txt' }, { id: 'a3', file: '03_blog.txt' }];
const s1 = span('a1', 'Rockets hit the base on Monday, killing one contractor.');
const s2 = span('a2', 'Late on Monday the base came under rocket fire.');
const s3 = span('a3', 'A drone hit the base on Friday.');
const metric = (r: ReturnType<typeof scoreCorpus>, name: string) => r.metrics.find((m) => m.name === name)!;

test('one event telling an incident in every reporting file is fused; its date, place and toll are scored', () => {
  const report: CorpusReport = { articles, events: [
    ev('e1', [s1, s2], { date: { start: '2021-02-15', end: '2021-02-15' }, location: { name: 'Erbil', lat: 36.2, lon: 44.0 }, casualties: { killed: { min: 1, max: 1 } }, conflicts: [{ field: 'casualties.killed' }] }),
    ev('e2', [s3]),
  ], stories: [{ id: 's1', articles: ['a1', 'a2'] }, { id: 's2', articles: ['a3'] }] };
  const r = scoreCorpus(report, gold);
  assert.equal(metric(r, 'fusion').correct, 1);
  assert.equal(metric(r, 'distinct_kept').correct, 1);
  assert.equal(metric(r, 'date.day').correct, 1);
  assert.equal(metric(r, 'place.km').correct, 1);
  assert.equal(metric(r, 'killed').correct, 1);
  assert.equal(metric(r, 'contradictions').correct, 1);
  assert.equal(metric(r, 'stories').correct, 1);
  assert.equal(metric(r, 'non_events.kept_out').correct, 1);
});

test('split reports, a merged look-alike and an event from a forecast are each counted against the engine', () => {
  const forecast = span('a1', 'Analysts said further attacks are likely.');
  const report: CorpusReport = { articles, events: [
    ev('e1', [s1, s3]), // A's first report and B in one event
    ev('e2', [s2]),
    ev('e3', [forecast], { type: 'AGREE', evidence: { type: [{ sentence: forecast }] } }),
  ] };
  const r = scoreCorpus(report, gold);
  assert.equal(metric(r, 'fusion').correct, 0);
  assert.deepEqual(r.overMerged, ['A+B']);
  assert.equal(r.falseEvents.length, 1);
  assert.equal(r.falseEvents[0]!.type, 'AGREE');
  assert.equal(metric(r, 'contradictions').correct, 0);
  // a threat recorded as a threat is not a false event
  const threat = scoreCorpus({ articles, events: [ev('e4', [forecast], { type: 'THREATEN', evidence: { type: [{ sentence: forecast }] } })] }, gold);
  assert.equal(threat.falseEvents.length, 0);
});

const GOLD = join(process.cwd(), 'examples', 'corpus.expected.json');
const goldSkip = existsSync(GOLD) ? {} : { skip: `${GOLD} is missing: skipped` };

test('examples/corpus.expected.json: every evidence string occurs verbatim in exactly the file its key names', goldSkip, () => {
  const g = loadCorpusGold(GOLD);
  const dir = corpusDir(GOLD, g);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const text = (key: string): string => {
    const hits = files.filter((f) => fileHasKey(f, key));
    assert.equal(hits.length, 1, `key ${key} names ${hits.length} files`);
    return readFileSync(join(dir, hits[0]!), 'utf8');
  };
  const ids = new Set(g.incidents.map((i) => i.id));
  for (const i of g.incidents) {
    assert.ok(i.background ? i.mentions : i.reports, `${i.id} has strings to find it by`);
    for (const part of [i.reports ?? {}, i.mentions ?? {}]) for (const [k, ss] of Object.entries(part)) for (const s of ss) assert.ok(text(k).includes(s), `${i.id} ${k}: ${s}`);
  }
  for (const [k, ss] of Object.entries(g.non_events)) for (const s of ss) assert.ok(text(k).includes(s), `non-event ${k}: ${s}`);
  for (const [a, b] of g.distinct) assert.ok(ids.has(a) && ids.has(b), `${a}/${b}`);
  for (const c of g.contradictions) assert.ok(ids.has(c.incident), c.incident);
});

test('examples/corpus through the engine: look-alikes stay apart, reports fuse, forecasts stay out', goldSkip, async () => {
  const res = await runEval({ format: 'corpus', gold: GOLD });
  assert.equal(res.exitCode, 0, res.text);
  const rows = (res.json as { metrics: { name: string; rate: number | null }[] }).metrics;
  const rate = (n: string) => rows.find((m) => m.name === n)?.rate ?? 0;
  // floors well under today's figures (docs/EVAL.md): a regression in fusion or modality shows here
  assert.ok(rate('incident.found') >= 0.85, res.text);
  assert.ok(rate('distinct_kept') >= 0.8, res.text);
  assert.ok(rate('fusion') >= 0.5, res.text);
  assert.ok(rate('non_events.kept_out') >= 0.75, res.text);
});
