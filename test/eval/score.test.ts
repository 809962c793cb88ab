import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GoldRecord } from '../../src/eval/gold.js';
import { indexReport, type Report, type ReportEvent } from '../../src/eval/report.js';
import { pickEvent, scoreRecords } from '../../src/eval/score-records.js';
import { gtdClassifiers } from '../../src/eval/datasets/gtd.js';
import { runEval, type Analyzer } from '../../src/eval/index.js';
import { km } from '../../src/core/distance.js';
import { withinDate, countExact, countWithin } from '../../src/eval/measures.js';

// A record written for this test in the style of a GTD summary (not taken from any dataset).
const TEXT = 'Assailants fired three rockets at a military base near Kirkuk, Kirkuk, Iraq. Two soldiers were wounded. The Saraya Example Brigade claimed responsibility.';
const gold: GoldRecord = {
  id: 'X1', article: 'X1', text: TEXT, typeLabel: 'Bombing/Explosion', types: ['ASSAULT'], subtype: 'Bombing/Explosion',
  date: { start: '2021-03-04', end: '2021-03-04' }, geo: { lat: 35.4681, lon: 44.3922, exact: true, name: 'Kirkuk' },
  agents: ['Saraya Example Brigade'], targets: ['Military Base'], targetClass: 'Military', claimed: true, weaponClass: 'Explosives',
  killed: { best: 0, low: 0, high: 0 }, injured: { best: 2, low: 2, high: 2 },
};
const span = (start: number, end: number) => ({ article: 'a1', start, end, text: TEXT.slice(start, end) });
const good: ReportEvent = {
  id: 'ev1', type: 'ASSAULT', mode: 'rocket', weapon: 'rockets',
  date: { start: '2021-03-04', end: '2021-03-04', precision: 'day' },
  location: { name: 'Kirkuk', lat: 35.47, lon: 44.39 },
  actors: [{ role: 'agent', name: 'Saraya Example Brigade' }, { role: 'target', name: 'a military base' }],
  casualties: { injured: { min: 2, max: 2 } },
  responsibility: { status: 'claimed', by: ['Saraya Example Brigade'] },
  reports: [span(0, 76), span(77, 106)],
};
const report = (events: ReportEvent[]): Report => ({ articles: [{ id: 'a1', externalId: 'X1' }], entities: [], events });
const rate = (rows: { name: string; rate: number | null }[], name: string) => rows.find((r) => r.name === name)?.rate;

test('a correct event scores on every field', () => {
  const { metrics, results } = scoreRecords([gold], indexReport(report([good]), ['X1']), gtdClassifiers);
  for (const m of ['event.found', 'event.subtype', 'date.day', 'date.within', 'location.25km', 'agent', 'target', 'claimed', 'weapon', 'killed.exact', 'injured.exact', 'injured.range']) {
    assert.equal(rate(metrics, m), 1, `${m}: ${JSON.stringify(results[0]!.outcomes.find((o) => o.metric === m))}`);
  }
  assert.equal(metrics.find((m) => m.name === 'location.25km')!.extra!.medianKm! < 1, true);
});

test('wrong fields are scored wrong and listed with gold and prediction', () => {
  const bad: ReportEvent = { ...good, date: { start: '2021-03-01', end: '2021-03-01', precision: 'day' }, location: { name: 'Baghdad', lat: 33.34, lon: 44.4 },
    casualties: { killed: { min: 2, max: 2 } }, responsibility: { status: 'attributed', by: ['Islamic State'] }, actors: [{ role: 'agent', name: 'Islamic State' }] };
  const { metrics, results } = scoreRecords([gold], indexReport(report([bad]), ['X1']), gtdClassifiers);
  for (const m of ['date.day', 'date.within', 'location.25km', 'agent', 'claimed', 'killed.exact', 'injured.exact']) assert.equal(rate(metrics, m), 0, m);
  const loc = results[0]!.outcomes.find((o) => o.metric === 'location.25km')!;
  assert.match(loc.pred, /Baghdad \(2\d\d km\)/);
});

test('no event of the gold type: every field counts as missed', () => {
  const consult: ReportEvent = { ...good, type: 'CONSULT' };
  const { metrics } = scoreRecords([gold], indexReport(report([consult]), ['X1']), gtdClassifiers);
  assert.equal(rate(metrics, 'event.any'), 1);
  assert.equal(rate(metrics, 'event.found'), 0);
  assert.equal(rate(metrics, 'killed.exact'), 0);
  assert.equal(metrics.find((m) => m.name === 'date.day')!.filled, 0);
});

test('the compared event is chosen without the gold: non-background, most fields filled', () => {
  const thin: ReportEvent = { id: 'ev0', type: 'ASSAULT', date: null, location: null, actors: [], reports: [span(0, 10)] };
  const old: ReportEvent = { ...good, id: 'ev2', background: true };
  assert.equal(pickEvent([thin, good, old], ['ASSAULT'])!.id, 'ev1');
  assert.equal(pickEvent([thin, old], ['ASSAULT'])!.id, 'ev0');
  assert.equal(pickEvent([thin], ['PROTEST']), null);
});

test('measures: distances, date intervals, counts', () => {
  assert.ok(Math.abs(km({ lat: 33.3152, lon: 44.3661 }, { lat: 36.19, lon: 44.01 }) - 321) < 5); // Baghdad–Erbil
  assert.ok(withinDate({ start: '2021-03-05', end: '2021-03-05', precision: 'day' }, { start: '2021-03-04', end: '2021-03-04' }));
  assert.ok(!withinDate({ start: '2021-03-01', end: '2021-03-31', precision: 'month' }, { start: '2021-03-04', end: '2021-03-04' }));
  assert.ok(countExact(undefined, { best: 0, low: 0, high: 0 }));
  assert.ok(!countExact({ min: 3, max: null }, { best: 5, low: 5, high: 5 }));
  assert.ok(countWithin({ min: 3, max: null }, { best: 5, low: 5, high: 5 }));
  assert.ok(countWithin({ min: 10, max: 12 }, { best: 8, low: 8, high: 11 }));
});

test('runEval reads a GTD-format file, runs the analyzer on the masked text and prints the table', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const file = join(dir, 'gtd.csv');
  const header = 'eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,specificity,summary,attacktype1,attacktype1_txt,targtype1_txt,target1,corp1,gname,claimed,weaptype1,nkill,nwound';
  writeFileSync(file, `${header}\nX1,2021,3,4,Iraq,Kirkuk,Kirkuk,35.4681,44.3922,1,"03/04/2021: ${TEXT}",3,Bombing/Explosion,Military,Military Base,Iraqi Army,Saraya Example Brigade,1,6,0,2\n`);
  let seen: { body: string; published: string | null } | null = null;
  const analyze: Analyzer = async (records) => {
    seen = { body: records[0]!.body, published: records[0]!.published };
    return { report: report([good]), failures: 0 };
  };
  const res = await runEval({ format: 'gtd', gold: file, analyze });
  assert.equal(res.exitCode, 0);
  assert.deepEqual(seen, { body: TEXT, published: '2021-03-04' });
  assert.match(res.text, /event\.found\s+1\s+1\s+1\s+100\.0%/);
  assert.equal((res.json as { counts: { records: number } }).counts.records, 1);
});

test('runEval says what is missing when the gold file is absent', async () => {
  const res = await runEval({ format: 'acled', gold: '/nonexistent/acled.csv', analyze: async () => ({ report: report([]), failures: 0 }) });
  assert.equal(res.exitCode, 2);
  assert.match(res.text, /not found: \/nonexistent\/acled\.csv/);
  assert.match(res.text, /acled_2022h1_sample_middle_east\.csv/);
  assert.equal((await runEval({ format: 'xml', gold: 'x' })).exitCode, 2);
});
