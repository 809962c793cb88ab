import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needShared, sharedPath } from '../helpers/shared.js';
import { loadGtd } from '../../src/eval/datasets/gtd.js';
import { loadAcled, maskNotes } from '../../src/eval/datasets/acled.js';
import { loadUcdp } from '../../src/eval/datasets/ucdp.js';
import { loadPlover } from '../../src/eval/datasets/plover.js';
import { headWord, loadWikiEvents } from '../../src/eval/datasets/wikievents.js';

const raw = (...p: string[]): string => sharedPath('eval', 'raw', ...p);

test('GTD: summary without its date prefix, that date as publication date', needShared('eval', 'raw', 'gtd-2021h1'), () => {
  const g = loadGtd(raw('gtd-2021h1', 'gtd_2021h1_iraq_syria.csv'));
  assert.ok(g.records.length > 300);
  for (const r of g.records) assert.doesNotMatch(r.text, /^\d{2}\/\d{2}\/\d{4}/);
  const first = g.records.find((r) => r.id === '202101020021')!;
  assert.match(first.text, /^An assailant threw a grenade/);
  assert.equal(g.inputs.find((i) => i.externalId === first.article)!.published, '2021-01-02');
  assert.deepEqual(first.date, { start: '2021-01-02', end: '2021-01-02' });
  assert.equal(first.weaponClass, 'Explosives');
  assert.equal(first.claimed, false);
  assert.deepEqual(first.killed, { best: 1, low: 1, high: 1 });
  assert.deepEqual(first.agents, ['Shabiha of the Coast']);
  assert.ok(first.geo?.exact);
  // "Unknown" perpetrators are not scored as names
  assert.ok(g.records.some((r) => r.agents!.length === 0));
  assert.equal(loadGtd(raw('gtd-2021h1', 'gtd_2021h1_iraq_syria.csv'), 5).inputs.length, 5);
});

test('ACLED: the coder label and date phrase are masked; published the day after', needShared('eval', 'raw', 'acled-acledR'), () => {
  assert.equal(maskNotes('On 23 May 2022, Turkish forces shelled the outskirts of Tal Madeeq town.'), 'Turkish forces shelled the outskirts of Tal Madeeq town.');
  assert.equal(maskNotes('Property destruction: On 14 April 2022, the Children of Fire carried out an arson attack.'), 'The Children of Fire carried out an arson attack.');
  assert.equal(maskNotes('Around 26 June 2022 (as reported), police forces found the body.'), 'Police forces found the body.');
  const g = loadAcled(raw('acled-acledR', 'acled_2022h1_sample_middle_east.csv'));
  assert.ok(g.records.length > 600);
  const withDate = g.records.filter((r) => /\b20\d\d\b/.test(r.text.slice(0, 40)));
  assert.ok(withDate.length < g.records.length * 0.05, `${withDate.length} texts still open with a year`);
  const shelling = g.records.find((r) => r.id === 'SYR101631')!;
  assert.deepEqual(shelling.types, ['ASSAULT']);
  assert.equal(shelling.subtype, 'Shelling/artillery/missile attack');
  const input = g.inputs.find((i) => i.externalId === shelling.article)!;
  assert.equal(input.published, '2022-05-24');
  assert.equal(input.source, 'SOHR');
});

test('UCDP: headlines with source dates; the HXL row and rows without headline are skipped', needShared('eval', 'raw', 'ucdp-ged-iraq'), () => {
  const g = loadUcdp(raw('ucdp-ged-iraq', 'ucdp_ged_iraq_1989_2018.csv'));
  assert.ok(g.records.length > 1000);
  assert.ok(g.inputs.length < g.records.length, 'events from one headline share an article');
  assert.ok(g.skipped.some((s) => s.reason === 'no source_headline'));
  const r = g.records.find((x) => x.id === '114064')!;
  assert.equal(r.text, 'Iraq violence kills 14 as January toll tops 800');
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
  assert.match(d.text, /^Roadside IED kills Russian major general in Syria\nThe desert south/);
  assert.ok(d.events.every((e) => /^(Conflict\.Attack|Life\.(Die|Injure)|ArtifactExistence)/.test(e.type)));
  const kill = d.events.find((e) => e.trigger === 'kills')!;
  const victim = kill.args.find((a) => a.role === 'target')!;
  assert.ok(victim.heads.includes('general'));
  assert.equal(headWord('The Taliban'), 'taliban');
  assert.equal(headWord('militias'), 'militia');
});
