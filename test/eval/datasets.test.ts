import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needShared, sharedPath } from '../helpers/shared.js';
import { csvRecords } from '../../src/eval/csv.js';
import { loadGtd } from '../../src/eval/datasets/gtd.js';
import { loadAcled, maskNotes } from '../../src/eval/datasets/acled.js';
import { loadUcdp } from '../../src/eval/datasets/ucdp.js';
import { loadPlover } from '../../src/eval/datasets/plover.js';
import { headWord, loadWikiEvents } from '../../src/eval/datasets/wikievents.js';

const raw = (...p: string[]): string => sharedPath('eval', 'raw', ...p);
/** A row of a shared CSV by its id column: the tests compare the loaders with the source, never quote it. */
const rawRow = (file: string, idCol: string, id: string): Record<string, string> => csvRecords(readFileSync(file, 'utf8')).find((r) => r[idCol] === id)!;

test('GTD: summary without its date prefix, that date as publication date', needShared('eval', 'raw', 'gtd-2021h1'), () => {
  const g = loadGtd(raw('gtd-2021h1', 'gtd_2021h1_iraq_syria.csv'));
  assert.ok(g.records.length > 300);
  for (const r of g.records) assert.doesNotMatch(r.text, /^\d{2}\/\d{2}\/\d{4}/);
  const first = g.records.find((r) => r.id === '202101020021')!;
  const row = rawRow(raw('gtd-2021h1', 'gtd_2021h1_iraq_syria.csv'), 'eventid', first.id);
  assert.match(row.summary!, /^\d{2}\/\d{2}\/\d{4}: /);
  assert.ok(row.summary!.endsWith(first.text), 'the text is the summary after its date prefix');
  assert.equal(g.inputs.find((i) => i.externalId === first.article)!.published, '2021-01-02');
  assert.deepEqual(first.date, { start: '2021-01-02', end: '2021-01-02' });
  assert.equal(first.weaponClass, 'Explosives');
  assert.equal(first.claimed, false);
  assert.deepEqual(first.killed, { best: 1, low: 1, high: 1 });
  assert.deepEqual(first.agents, [row.gname]);
  assert.ok(first.geo?.exact);
  // "Unknown" perpetrators are not scored as names
  assert.ok(g.records.some((r) => r.agents!.length === 0));
  assert.equal(loadGtd(raw('gtd-2021h1', 'gtd_2021h1_iraq_syria.csv'), 5).inputs.length, 5);
});

test('ACLED: the coder label and date phrase are masked; published the day after', needShared('eval', 'raw', 'acled-acledR'), () => {
  // the three shapes ACLED notes open with (sentences written for this test)
  assert.equal(maskNotes('On 3 March 2022, unknown gunmen fired at a checkpoint near the town.'), 'Unknown gunmen fired at a checkpoint near the town.');
  assert.equal(maskNotes('Looting: On 9 January 2022, a group of men set fire to a shop.'), 'A group of men set fire to a shop.');
  assert.equal(maskNotes('Around 12 February 2022 (as reported), residents found two bodies.'), 'Residents found two bodies.');
  const g = loadAcled(raw('acled-acledR', 'acled_2022h1_sample_middle_east.csv'));
  assert.ok(g.records.length > 600);
  const withDate = g.records.filter((r) => /\b20\d\d\b/.test(r.text.slice(0, 40)));
  assert.ok(withDate.length < g.records.length * 0.05, `${withDate.length} texts still open with a year`);
  const shelling = g.records.find((r) => r.id === 'SYR101631')!;
  assert.deepEqual(shelling.types, ['ASSAULT']);
  assert.equal(shelling.subtype, 'Shelling/artillery/missile attack');
  const input = g.inputs.find((i) => i.externalId === shelling.article)!;
  assert.equal(input.published, '2022-05-24');
  assert.equal(input.source, rawRow(raw('acled-acledR', 'acled_2022h1_sample_middle_east.csv'), 'event_id_cnty', shelling.id).source);
});

test('UCDP: headlines with source dates; the HXL row and rows without headline are skipped', needShared('eval', 'raw', 'ucdp-ged-iraq'), () => {
  const g = loadUcdp(raw('ucdp-ged-iraq', 'ucdp_ged_iraq_1989_2018.csv'));
  assert.ok(g.records.length > 1000);
  assert.ok(g.inputs.length < g.records.length, 'events from one headline share an article');
  assert.ok(g.skipped.some((s) => s.reason === 'no source_headline'));
  const r = g.records.find((x) => x.id === '114064')!;
  assert.equal(r.text, rawRow(raw('ucdp-ged-iraq', 'ucdp_ged_iraq_1989_2018.csv'), 'id', '114064').source_headline!.trim());
  assert.deepEqual(r.date, { start: '2014-01-24', end: '2014-01-25' });
  assert.deepEqual(r.killed, { best: 8, low: 8, high: 8 });
  assert.equal(g.inputs.find((i) => i.externalId === r.article)!.published, '2014-01-25');
});

test('PLOVER: categories mapped to the 2021 set, actor countries to ISO2', needShared('eval', 'raw', 'plover'), () => {
  const g = loadPlover(raw('plover', 'PLOVER_GSR_CAMEO.json'));
  assert.ok(g.records.length > 150);
  assert.ok(g.records.every((r) => r.types.length === 1 && r.types[0] !== 'OTHER'));
  const demand = g.records.find((r) => r.typeLabel === 'DEMAND')!;
  assert.deepEqual(demand.types, ['REQUEST']);
  const apec = g.records.find((r) => r.id === 'PLOVER-GSR01-AGREE-0002')!;
  assert.deepEqual(apec.targetCountries, ['JP']);
  assert.deepEqual(apec.sourceCountries, []);
});

test('WikiEvents: documents rebuilt from sentences, attack-family arguments with coreferent heads', needShared('eval', 'raw', 'wikievents'), () => {
  const w = loadWikiEvents(raw('wikievents', 'dev.jsonl'));
  assert.equal(w.docs.length, 20);
  const d = w.docs.find((x) => x.id === 'road_ied_8')!;
  // the source's sentences at their own offsets: a headline without a stop ends its line
  const src = (readFileSync(raw('wikievents', 'dev.jsonl'), 'utf8').split('\n').map((l) => l && JSON.parse(l)).find((x) => x && x.doc_id === d.id)) as { sentences: [unknown, string][] };
  const [headline, second] = [src.sentences[0]![1], src.sentences[1]![1]];
  assert.ok(d.text.startsWith(`${headline}\n`) && d.text.slice(headline.length).trimStart().startsWith(second));
  assert.ok(d.events.every((e) => /^(Conflict\.Attack|Life\.(Die|Injure)|ArtifactExistence)/.test(e.type)));
  const kill = d.events.find((e) => e.trigger === 'kills')!;
  const victim = kill.args.find((a) => a.role === 'target')!;
  assert.ok(victim.heads.includes('general'));
  assert.equal(headWord('The Taliban'), 'taliban');
  assert.equal(headWord('militias'), 'militia');
});
