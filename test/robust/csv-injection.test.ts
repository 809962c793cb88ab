/** CSV formula injection (OWASP): article text starting with = + - @ tab or CR is written as text in the ACLED CSV. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toAcledCsv, csvField, type ExportReport } from '../../src/report/export/acled-csv.js';
import { neutraliseCell } from '../../src/report/export/csv-cell.js';
import { testResources } from '../helpers/resources.js';

test('cells from article text that a spreadsheet would run as formulas get a leading quote', () => {
  for (const bad of ['=HYPERLINK("http://evil","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) assert.equal(neutraliseCell(bad), `'${bad}`);
  for (const ok of ['Gunmen attacked', '-33.5', '42', 12, -3.25, null]) assert.equal(neutraliseCell(ok), ok);
});

test('the ACLED export neutralises the cells that carry article text (location, source)', () => {
  const report: ExportReport = {
    articles: [{ id: 'a1', source: '@evil source' }],
    events: [{
      id: 'ev1', type: 'ASSAULT', mode: null, date: { start: '2024-07-16', end: '2024-07-16', precision: 'day' },
      location: { name: '=cmd|\' /C calc\'!A0', country: 'IQ', admin1: 'Anbar', lat: 33.7856, lon: -42.4412, precision: 'site' },
      actors: [], reports: [{ article: 'a1', start: 0, end: 30, text: 'the attack on the base was claimed' }],
    }],
  } as unknown as ExportReport;
  const csv = toAcledCsv(testResources(), report);
  assert.ok(!/(^|,)"?[=+@]/m.test(csv.replace(/'[=+\-@]/g, '')), csv);
  assert.match(csv, /'=cmd/);
  assert.match(csv, /'@evil source/);
  assert.match(csv, /,-42\.4412,/, 'a negative longitude stays a number');
});

test('every CSV field goes through the neutraliser: the streamed export (sitrep export) and the API\'s CSV write csvField', () => {
  // src/report/stream-export.ts and src/serve/routes/export.ts (through toAcledCsv) write each cell with csvField
  assert.equal(csvField('=1+2'), "'=1+2");
  assert.equal(csvField('@a, b'), `"'@a, b"`);
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField(-2.5), '-2.5');
  assert.equal(csvField('Gunmen said "no"'), '"Gunmen said ""no"""');
});
