import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvRecords, parseCsv } from '../../src/eval/csv.js';

test('parseCsv reads quoted fields with commas, doubled quotes and line breaks', () => {
  const text = 'id,summary,n\r\n1,"Assailants fired rockets, then fled. ""No group"" claimed it.\nSecond line",3\n2,plain,\n';
  assert.deepEqual(parseCsv(text), [
    ['id', 'summary', 'n'],
    ['1', 'Assailants fired rockets, then fled. "No group" claimed it.\nSecond line', '3'],
    ['2', 'plain', ''],
  ]);
});

test('parseCsv keeps an empty last field and a last row without a line break', () => {
  assert.deepEqual(parseCsv('a,b\nx,'), [['a', 'b'], ['x', '']]);
  assert.deepEqual(parseCsv('\uFEFFa\n"q"'), [['a'], ['q']]);
});

test('csvRecords keys rows by the header and skips the HXL row when asked', () => {
  const text = 'id,side_a\n,#group+name+first\n114064,Government of Iraq\n';
  assert.deepEqual(csvRecords(text, 1), [{ id: '114064', side_a: 'Government of Iraq' }]);
  assert.equal(csvRecords(text).length, 2);
});
