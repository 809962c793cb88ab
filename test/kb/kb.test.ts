import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase, kbDir } from '../../src/kb/index.js';
import { testResources } from '../helpers/resources.js';
import { readKbFile } from '../../src/kb/records.js';

const kb = testResources().kb;

test('every built-in KB file parses and every record names its source', () => {
  for (const f of ['countries', 'admin1', 'admin1-region', 'admin1-world', 'places', 'sites', 'actors', 'people']) {
    const recs = readKbFile(join(kbDir(), `${f}.jsonl`));
    assert.ok(recs.length > 0, f);
    for (const r of recs) assert.ok(r.source.length > 5, `${r.id} has a source`);
  }
});

test('spelling variants reach the same record', () => {
  const id = (n: string) => kb.lookup(n).map((e) => e.record.id);
  assert.ok(id('Kataeb Hezbollah').includes('kb:kataib-hezbollah'));
  assert.ok(id("Kata'ib Hizballah").includes('kb:kataib-hezbollah'));
  assert.ok(id('Hashd al-Shaabi').includes('kb:pmf'));
  assert.ok(id('Daesh').includes('kb:islamic-state'));
  assert.ok(id('Deir Ezzor province').includes('kb:admin1-sy-deir-ez-zor'));
  assert.ok(id('al-Asad Air Base').includes('kb:ain-al-asad-air-base'));
});

test('actor lookups give class, country and parent for the events stage', () => {
  const pmf = kb.actor('kb:pmf')!;
  assert.equal(pmf.isArmedGroup, true);
  assert.equal(pmf.country, 'IQ');
  const us = kb.actor('kb:country-us')!;
  assert.equal(us.isState, true);
  const forces = kb.actor('kb:us-military')!;
  assert.equal(forces.isMilitary, true);
  assert.equal(forces.parent, 'kb:country-us');
  assert.equal(kb.actor('geonames:98182'), undefined);
});

test('dated roles: al-Sudani is prime minister in 2024, not in 2021', () => {
  assert.deepEqual(kb.rolesAt('kb:mohammed-shia-al-sudani', '2024-07-17').map((r) => r.role), ['Prime Minister']);
  assert.deepEqual(kb.rolesAt('kb:mohammed-shia-al-sudani', '2021-01-01'), []);
  assert.equal(kb.rolesAt('kb:mustafa-al-kadhimi', '2021-01-01')[0]?.role, 'Prime Minister');
});

test('places carry coordinates, country, admin-1 name and precision', () => {
  const baghdad = kb.place('geonames:98182')!;
  assert.equal(baghdad.country, 'IQ');
  assert.equal(baghdad.admin1, 'Baghdad Governorate');
  assert.equal(baghdad.precision, 'town');
  const base = kb.place('kb:ain-al-asad-air-base')!;
  assert.equal(base.precision, 'site');
  assert.ok(Math.abs(base.lat - 33.7856) < 0.01);
  assert.equal(kb.place('kb:admin1-iq-anbar')!.precision, 'admin1');
  assert.equal(kb.countryByName('Iraqi')?.iso2, 'IQ');
});

test('curated admin-1 GeoNames codes agree with the admin-1 seats in cities500', () => {
  for (const r of kb.records()) {
    if (r.kind !== 'admin1' || !r.capital || !r.geonames_admin1) continue;
    const towns = kb.lookup(r.capital).map((e) => e.record).filter((x) => x.kind === 'place' && x.country === r.country && x.id.startsWith('geonames:'));
    // several US states have a seat whose name other towns share (Columbus, Springfield): the seat is the PPLA row
    const seats = towns.filter((x) => /^PPL(A|C)$/.test((x as { fcode?: string }).fcode ?? ''));
    const seat = seats.find((x) => x.admin1 === r.geonames_admin1) ?? seats[0] ?? towns[0];
    if (!seat) continue;
    assert.equal(seat.admin1, r.geonames_admin1, `${r.name}: seat ${r.capital}`);
  }
});

test('extra files add and replace records; bad lines name file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
  const f = join(dir, 'mine.jsonl');
  writeFileSync(f, [
    '# my records',
    JSON.stringify({ id: 'kb:my-militia', kind: 'actor', type: 'organization', class: 'armed_group', name: 'Liwa al-Testiyin', aliases: ['LAT'], country: 'IQ', source: 'test' }),
  ].join('\n'));
  const mine = loadKnowledgeBase({ extraFiles: [f], gazetteer: false });
  assert.equal(mine.lookup('Liwa al-Testiyin')[0]?.record.id, 'kb:my-militia');
  assert.equal(mine.actor('kb:my-militia')?.isArmedGroup, true);
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"id":"x","kind":"place","name":"Nowhere","source":"t"}\n');
  assert.throws(() => loadKnowledgeBase({ extraFiles: [bad], gazetteer: false }), /bad\.jsonl:1/);
});

test('admin-1 units of the region: every unit of a covered country, each town inside one, points inside their country', () => {
  const units = [...kb.records()].filter((r) => r.kind === 'admin1');
  const count = (cc: string): number => new Set(units.filter((r) => r.country === cc).map((r) => r.geonames_admin1)).size;
  // Iran 31 provinces, Turkey 81, Saudi Arabia 13, Jordan 12, Kuwait 6 (public reference works)
  assert.deepEqual(['IR', 'TR', 'SA', 'JO', 'KW'].map(count), [31, 81, 13, 12, 6]);
  // a town of those countries now says which unit holds it
  const town = (name: string, cc: string) => kb.lookup(name).map((e) => kb.place(e.record.id)).find((p) => p?.kind === 'place' && p.country === cc);
  assert.equal(town('Shiraz', 'IR')?.admin1, 'Fars Province');
  assert.equal(town('Siverek', 'TR')?.admin1, 'Şanlıurfa Province');
  assert.equal(town('Zinjibar', 'YE')?.admin1, 'Abyan Governorate');
  // a bare "Van" or "Batman" stays the town: a unit named like its seat is matched only with its cue word
  assert.equal(kb.lookup('Van').some((e) => e.record.kind === 'admin1'), false);
  assert.ok(kb.lookup('Van province').some((e) => e.record.id === 'kb:admin1-tr-van'));
  const box: Record<string, [number, number, number, number]> = { IR: [25, 40, 44, 64], TR: [35.8, 42.2, 25.6, 44.9], SA: [16, 32.2, 34.5, 55.7], YE: [12, 19, 42.5, 54.6] };
  for (const r of units) {
    const b = r.country ? box[r.country] : undefined;
    if (!b) continue;
    assert.ok(r.lat! >= b[0] && r.lat! <= b[1] && r.lon! >= b[2] && r.lon! <= b[3], `${r.name} ${r.lat},${r.lon}`);
  }
});
