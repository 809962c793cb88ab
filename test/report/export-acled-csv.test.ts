import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACLED_COLUMNS, toAcledCsv, type ExportReport } from '../../src/report/export/acled-csv.js';
import { acledTables } from '../../src/report/export/acled-tables.js';
import { testResources } from '../helpers/resources.js';
import { interCode, interactionCode, civilianTargeting } from '../../src/report/export/acled-inter.js';
import { acledPlace } from '../../src/report/export/acled-place.js';
import { fillSides } from '../../src/report/export/acled-sides.js';

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
  articles: [{ id: 'a1', source: 'Tasnim News Agency', published: '2024-07-17' }],
  events: [
    {
      id: 'ev1', type: 'ASSAULT', mode: 'drone', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
      date: { start: '2024-07-16', end: '2024-07-16', precision: 'day' },
      location: { name: 'Ain al-Asad Air Base', country: 'IQ', admin1: 'Anbar Governorate', lat: 33.7856, lon: 42.4412, precision: 'site' },
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

test('ACLED CSV: ACLED header, quoting survives commas, quotes and newlines; a CONSULT event is no row unless --all', () => {
  const csv = toAcledCsv(testResources(), report);
  assert.ok(csv.endsWith('\r\n'));
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
  assert.equal(rows.length, 2, 'talks are outside ACLED\'s typology');
  const all = parseCsv(toAcledCsv(testResources(), report, { all: true }));
  assert.equal(all.length, 3);
  for (const r of all) assert.equal(r.length, ACLED_COLUMNS.length);
  const row = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]![i]]));
  assert.equal(row.event_date, '2024-07-16');
  assert.equal(row.time_precision, '1');
  assert.equal(row.sub_event_type, 'Air/drone strike');
  assert.equal(row.country, 'Iraq');
  assert.equal(row.iso, '368', 'ISO 3166 numeric');
  assert.equal(row.region, 'Middle East');
  assert.equal(row.admin1, 'Al Anbar', 'ACLED\'s spelling of the governorate');
  assert.match(row.event_id_cnty!, /^IRQ\d+$/);
  assert.equal(row.geo_precision, '1');
  assert.equal(row.actor1, 'Unidentified Armed Group (Iraq)', 'an unknown attacker is ACLED\'s unidentified armed group');
  assert.equal(row.actor2, 'Military Forces of the United States (2021-2025)', 'a country attacked is its armed forces, named the ACLED way');
  assert.equal(row.inter1, '3');
  assert.equal(row.inter2, '8', 'a state\'s forces outside their country are external forces');
  assert.equal(row.interaction, '38');
  assert.equal(row.civilian_targeting, '');
  assert.equal(row.fatalities, '0');
  assert.ok(!row.tags!.includes('fatalities unknown'), 'a reported zero is no unknown toll');
  assert.equal(row.source, 'Tasnim News Agency');
  assert.equal(row.source_scale, 'Regional', 'an Iranian outlet on an event in Iraq: same ACLED region, another country');
  assert.equal(row.timestamp, String(Date.parse('2024-07-17T00:00:00Z') / 1000), 'the latest report');
  assert.match(row.notes!, /^On 16 July 2024, Unidentified Armed Group \(Iraq\) carried out an air or drone strike on Military Forces of the United States \(2021-2025\) in Ain al-Asad Air Base \(Al Anbar, Iraq\); no fatalities reported\.$/);
  assert.ok(row.tags!.includes('disputed=responsibility'));
  const row2 = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, all[2]![i]]));
  assert.equal(row2.time_precision, '2');
  assert.equal(row2.event_date, '2022-04-05', 'a week is dated at its middle');
  assert.equal(row2.actor1, '', 'people are no ACLED actors: left out rather than written as phrases');
  assert.equal(row2.event_type, '');
});

test('ACLED fatalities: the lowest figure any source gives; an unknown toll is ACLED\'s 0 flagged in tags, a reported zero is not flagged', () => {
  const base = report.events[0]!;
  const disputed = { ...base, casualties: { killed: { min: 5, max: 5 } }, conflicts: [{ field: 'casualties.killed', values: [{ value: { min: 5, max: 5 } }, { value: { min: 3, max: 3 } }] }] };
  const unknown = { ...base, casualties: null, conflicts: [] };
  const rows = parseCsv(toAcledCsv(testResources(), { ...report, events: [disputed, unknown] }));
  const col = (r: number, c: string): string => rows[r]![ACLED_COLUMNS.indexOf(c as never)]!;
  assert.equal(col(1, 'fatalities'), '3');
  assert.equal(col(2, 'fatalities'), '0', 'ACLED writes 0 for an unknown toll; the column is never empty');
  assert.match(col(2, 'tags'), /fatalities unknown/);
  assert.match(col(2, 'notes'), /fatalities unknown\.$/);
});

test('ACLED inter codes and interaction follow the codebook', () => {
  const t = acledTables(testResources());
  assert.equal(interCode('Military Forces of Turkey (2016-)', 'TR', t), 1);
  assert.equal(interCode('Military Forces of Turkey (2016-)', 'SY', t), 8);
  assert.equal(interCode('Military Forces of the United States', 'US', t), 1, 'a state force named without its years is still the state\'s');
  assert.equal(interCode('Military Forces of Turkey (2016-) Gendarmerie', 'TR', t), 1);
  assert.equal(interCode('Protesters (Iran)', 'IR', t), 6);
  assert.equal(interCode('Rioters (Palestine)', 'PS', t), 5);
  assert.equal(interCode('Civilians (Syria)', 'SY', t), 7);
  assert.equal(interCode('Unidentified Armed Group (Iraq)', 'IQ', t), 3);
  assert.equal(interCode('top diplomats', 'IQ', t), null, 'a phrase is no ACLED actor');
  assert.equal(interCode('Militia (Pro-Government)', 'SY', t), 3, 'an aligned militia is a political militia');
  assert.equal(interCode('Private Security Forces (Israel)', 'PS', t), 8);
  // ACLED's naming conventions for identity militias and for rebels named by their category
  assert.equal(interCode('Al Jabr Tribal Militia (Iraq)', 'IQ', t), 4, 'an identity militia is named by its community');
  assert.equal(interCode('Opposition Rebels (Syria)', 'SY', t), 2);
  // the project's actor dictionaries, not ACLED's rows: PETRARCH2 codes the PKK a rebel group (TURREB);
  // the ACLED naming data names the Saudi-led coalition "Operation Restoring Hope", a Saudi force abroad in Yemen
  assert.equal(interCode('PKK: Kurdistan Workers Party', 'IQ', t), 2);
  assert.equal(interCode('Operation Restoring Hope', 'YE', t), 8);
  // a dictionary group of another country with the same name is not this one (PETRARCH2's Ugandan NRA is a rebel group)
  assert.deepEqual(t.dictionaryActor('National Resistance Forces')?.sectors, []);
  // a named armed group on its own account is a rebel group; one under a state's forces a political militia
  assert.equal(interCode('QSD: Syrian Democratic Forces', 'SY', t), 2);
  assert.equal(interCode("People's Protection Units", 'SY', t), 2);
  assert.equal(interCode('Badr Organization', 'IQ', t), 3, 'a PMF brigade: under the Iraqi armed forces in the KB');
  assert.equal(interactionCode(8, 2), 28);
  assert.equal(interactionCode(6, 0), 60);
  assert.equal(civilianTargeting('Violence against civilians', 3, 7), 'Civilian targeting');
  assert.equal(civilianTargeting('Explosions/Remote violence', 8, 7), 'Civilian targeting');
  assert.equal(civilianTargeting('Battles', 1, 2), '');
});

test('ACLED actors: a head of state stands for the state\'s forces in violence (KB roles on the event\'s date)', () => {
  const strike = {
    ...report.events[0]!, id: 'ev3', date: { start: '2020-01-03', end: '2020-01-03', precision: 'day' },
    acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Donald Trump', assoc_actor_1: null, actor2: null, assoc_actor_2: null },
    actors: [{ role: 'agent', name: 'Donald Trump', entity: 'kb:donald-trump' }], conflicts: [],
  };
  const rows = parseCsv(toAcledCsv(testResources(), { ...report, events: [strike] }));
  assert.equal(rows[1]![ACLED_COLUMNS.indexOf('actor1')], 'Military Forces of the United States (2017-2021)');
  assert.equal(rows[1]![ACLED_COLUMNS.indexOf('inter1')], '8');
});

test('ACLED admin1 of a place with no admin-1 of its own: an airport (ISO region code) and an unknown site placed at its town take the unit of the nearest gazetteer place', () => {
  const t = acledTables(testResources());
  const airport = acledPlace({ name: 'Abu Dhabi International Airport', entity: 'ourairports:OMAA', country: 'AE', admin1: null, lat: 24.4438, lon: 54.6517, precision: 'site' }, t);
  assert.equal(airport?.admin1, 'Abu Dhabi');
  const square = acledPlace({ name: 'Karim Younes Square', entity: null, country: 'PS', admin1: null, lat: 32.4618, lon: 35.3006, precision: 'town' }, t);
  assert.equal(square?.admin1, 'West Bank', 'a square of Jenin');
  // far from every gazetteer place of the country there is no unit to give
  assert.equal(acledPlace({ name: 'Nowhere', entity: null, country: 'PS', admin1: null, lat: 20, lon: 10, precision: 'town' }, t), null);
});

test('civilians never commit political violence: another actor of that side leads it, else the perpetrator is unknown', () => {
  const base = report.events[0]!;
  const shelled = (actor1: string, assoc1: string | null) => ({ ...base, mode: 'shelling', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', actor1, assoc_actor_1: assoc1, actor2: 'Civilians (Iraq)', assoc_actor_2: null } });
  const rows = parseCsv(toAcledCsv(testResources(), { ...report, events: [shelled('Civilians (United Kingdom)', 'Military Forces of Turkey (2016-)'), shelled('Civilians (United Kingdom)', null)] }));
  const col = (r: number, c: string): string => rows[r]![ACLED_COLUMNS.indexOf(c as never)]!;
  assert.equal(col(1, 'actor1'), 'Military Forces of Turkey (2016-)');
  assert.equal(col(1, 'assoc_actor_1'), '', 'the civilians are no associate of the perpetrators');
  assert.equal(col(1, 'interaction'), '78');
  assert.equal(col(2, 'actor1'), 'Unidentified Armed Group (Iraq)');
  assert.equal(col(2, 'interaction'), '37');
});

test('an unknown perpetrator the sources name by a claim or attribution is coded as that actor; a denial leaves it unknown', () => {
  const base = report.events[0]!;
  const attack = (status: string, by: string[]) => ({ ...base, acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Unidentified Armed Group (Iraq)', assoc_actor_1: null, actor2: 'Military Forces of the United States (2021-2025)', assoc_actor_2: null }, responsibility: { status, by } });
  const rows = parseCsv(toAcledCsv(testResources(), { ...report, events: [attack('claimed', ['Islamic State']), attack('unclaimed', ['Islamic State']), attack('attributed', ['the road'])] }));
  const col = (r: number, c: string): string => rows[r]![ACLED_COLUMNS.indexOf(c as never)]!;
  assert.equal(col(1, 'actor1'), 'Islamic State (Iraq)');
  assert.equal(col(1, 'interaction'), '28');
  assert.equal(col(2, 'actor1'), 'Unidentified Armed Group (Iraq)');
  assert.equal(col(3, 'actor1'), 'Unidentified Armed Group (Iraq)', 'a name that is no ACLED actor changes nothing');
});

test('a KB force under a parent organisation keeps its own name unless ACLED\'s names (outside the evaluation) write it under that parent', () => {
  const base = report.events[0]!;
  const clash = { ...base, mode: 'armed clash', location: { name: 'Zinjibar', country: 'YE', admin1: 'Abyan', lat: 13.13, lon: 45.38, precision: 'town' }, actors: [{ role: 'target', name: 'Security Belt Forces', entity: 'kb:security-belt' }], acled: { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Yemen)', assoc_actor_1: null, actor2: 'Security Belt Forces', assoc_actor_2: null } };
  const rows = parseCsv(toAcledCsv(testResources(), { ...report, events: [clash] }));
  const col = (c: string): string => rows[1]![ACLED_COLUMNS.indexOf(c as never)]!;
  // the name under the parent was ACLED's in the evaluation's own rows only; from the KB the force is an
  // armed group under the STC, no state's force: a rebel group (2), as ACLED codes the STC's forces
  assert.equal(col('actor2'), 'Security Belt Forces');
  assert.equal(col('interaction'), '23');
});

test('an air strike no one is named for is by unidentified military forces (8); a drone strike may be an armed group\'s', () => {
  const res = testResources();
  const t = acledTables(res);
  const side = (drone: boolean) => fillSides(res, { actor1: null, actor2: null, assoc2: [] }, 'Air/drone strike', 'Explosions/Remote violence', 'Yemen', 'YE', '2022-03-01', drone).actor1;
  assert.equal(side(false), 'Unidentified Military Forces');
  assert.equal(interCode(side(false), 'YE', t), 8);
  assert.equal(interactionCode(interCode(side(false), 'YE', t), 0), 80);
  assert.equal(side(true), 'Unidentified Armed Group (Yemen)');
  // a named force stays as named
  assert.equal(fillSides(res, { actor1: 'Operation Restoring Hope', actor2: null, assoc2: [] }, 'Air/drone strike', 'Explosions/Remote violence', 'Yemen', 'YE', '2022-03-01').actor1, 'Operation Restoring Hope');
});
