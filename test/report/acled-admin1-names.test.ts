/**
 * kb/acled/admin1.jsonl (scripts/build-acled-tables.mjs): the admin-1 names of the gazetteer's countries
 * come from the gazetteer's units in ACLED's romanisation, not from ACLED's scored rows (issue #17).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared.js';

interface Row { country: string; geonames_admin1: string; acled: string; from: string }
const rows: Row[] = readFileSync(join(repoRoot(), 'kb', 'acled', 'admin1.jsonl'), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => JSON.parse(l) as Row);
const name = (cc: string, code: string): string | undefined => rows.find((r) => r.country === cc && r.geonames_admin1 === code)?.acled;

test('the Middle East units are named from the gazetteer, every one of them', () => {
  const gazetteer = new Set(['IQ', 'SY', 'YE', 'IR', 'TR', 'LB', 'JO', 'IL', 'PS', 'SA', 'AE', 'BH', 'QA', 'KW', 'OM']);
  const me = rows.filter((r) => gazetteer.has(r.country));
  assert.ok(me.every((r) => r.from === 'gazetteer'), 'no Middle East name read from ACLED rows');
  assert.equal(me.filter((r) => r.country === 'SY').length, 14);
  assert.equal(me.filter((r) => r.country === 'TR').length, 81);
});

test('ASCII, ayn and hamza dropped, the article kept and assimilated (ACLED romanisation)', () => {
  const romanised = rows.filter((r) => r.from === 'gazetteer');
  assert.ok(romanised.every((r) => /^[A-Za-z0-9 .,()-]+$/.test(r.acled)), romanised.filter((r) => !/^[A-Za-z0-9 .,()-]+$/.test(r.acled)).map((r) => r.acled).join(', '));
  assert.equal(name('YE', '15'), 'Sadah'); // Sa`dah
  assert.equal(name('YE', '14'), 'Marib'); // Ma'rib
  assert.equal(name('YE', '18'), 'Ad Dali'); // Al Dali'
  assert.equal(name('IQ', '01'), 'Al Anbar'); // Al-Anbar
  assert.equal(name('TR', '21'), 'Diyarbakir'); // Diyarbakır
});

test('a unit without a romanised Arabic name takes its English name', () => {
  assert.equal(name('IQ', '08'), 'Duhok'); // gazetteer: Dihok
  assert.equal(name('IR', '28'), 'Isfahan'); // gazetteer: Esfahan
  assert.equal(name('PS', 'WE'), 'West Bank');
});
