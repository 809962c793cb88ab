import { test } from 'node:test';
import { testResources } from '../helpers/resources.js';
import assert from 'node:assert/strict';
import { ACLED_COLUMNS, toAcledCsv, type ExportReport } from '../../src/report/export/acled-csv.js';

/** Minimal RFC 4180 reader, to check that the CSV reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (q) { if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') q = false; else cell += ch; continue; }
    if (ch === '"') q = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

const report: ExportReport = {
  articles: [{ id: 'a1', source: 'Tasnim News Agency' }],
  events: [
    {
      id: 'ev1', type: 'ASSAULT', mode: 'drone', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
      date: { start: '2024-07-16', end: '2024-07-16', precision: 'day' },
      location: { name: 'Ain al-Asad Air Base', country: 'IQ', admin1: 'Anbar', lat: 33.7856, lon: 42.4412, precision: 'site' },
      actors: [{ role: 'target', name: 'United States' }], weapon: 'drone', quantity: 2, casualties: { killed: { min: 0, max: 0 } },
      responsibility: { status: 'conflicting', by: [] }, reports: [{ article: 'a1', start: 0, end: 40, text: 'A drone attack struck Iraq\'s "Ain al-Asad" air base, housing US troops' }],
      conflicts: [{ field: 'responsibility' }],
    },
    {
      id: 'ev2', type: 'CONSULT', mode: 'phone', date: { start: '2022-04-02', end: '2022-04-08', precision: 'week' }, location: null,
      actors: [{ role: 'agent', name: 'Hossein Amir-Abdollahian' }, { role: 'agent', name: 'Fouad Hussein' }], reports: [{ article: 'a1', start: 0, end: 5, text: 'spoke\nvia telephone' }],
    },
  ],
};

test('ACLED CSV: ACLED header, one row per event, quoting survives commas, quotes and newlines', () => {
  const csv = toAcledCsv(testResources(), report);
  assert.ok(csv.endsWith('\r\n'));
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  assert.equal(rows.length, 3);
  for (const r of rows) assert.equal(r.length, ACLED_COLUMNS.length);
  const row = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]![i]]));
  assert.equal(row.event_date, '2024-07-16');
  assert.equal(row.time_precision, '1');
  assert.equal(row.sub_event_type, 'Air/drone strike');
  assert.equal(row.country, 'Iraq');
  assert.equal(row.geo_precision, '1');
  assert.equal(row.actor2, 'Military Forces of the United States (2021-2025)', 'a country attacked is its armed forces, named the ACLED way');
  assert.equal(row.fatalities, '0');
  assert.equal(row.source, 'Tasnim News Agency');
  assert.ok(row.notes!.includes('"Ain al-Asad"') && row.notes!.includes('Sources disagree on: responsibility'));
  const row2 = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[2]![i]]));
  assert.equal(row2.time_precision, '2');
  assert.equal(row2.event_date, '2022-04-05', 'a week is dated at its middle');
  assert.equal(row2.actor1, 'Hossein Amir-Abdollahian');
  assert.equal(row2.assoc_actor_1, 'Fouad Hussein');
  assert.equal(row2.notes, 'spoke\nvia telephone');
});
