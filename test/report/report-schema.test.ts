/**
 * schema/report.schema.json, the project's full report schema: it describes every field Sitrep prints and
 * accepts only what the shared contract accepts (checked structurally and on mutated reports).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Report } from '../../src/report/types.js';
import { repoRoot, needShared, sharedPath } from '../helpers/shared.js';

type Schema = { required?: string[]; properties?: Record<string, unknown>; $defs?: Record<string, Schema> };
const load = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Schema;
const OURS = join(repoRoot(), 'schema', 'report.schema.json');
const CONTRACT = sharedPath('contract', 'report.schema.json');
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const ours = ajv.compile(load(OURS));
const contract = existsSync(CONTRACT) ? ajv.compile(load(CONTRACT)) : null;
const skip = needShared('contract', 'report.schema.json');

const TEXT = 'Two drones struck the Harir air base north of Erbil on Sunday, officials said. The Kurdistan Region interior ministry said one drone was shot down. "The base was not damaged," a spokesman said.';
const A = 'a1b2c3d4e5f60718';
const span = (s: string, from = 0) => { const start = TEXT.indexOf(s, from); assert.ok(start >= 0, s); return { article: A, start, end: start + s.length, text: s }; };

/** A small report with every field filled, consistent with TEXT. */
function fullReport(): Report {
  const s1 = span('Two drones struck the Harir air base north of Erbil on Sunday, officials said.');
  const s2 = span('The Kurdistan Region interior ministry said one drone was shot down.');
  return {
    generator: { name: 'sitrep', version: '0.1.0', pipeline: '0.1.0' },
    articles: [{ id: A, file: 'harir.txt', url: 'https://example.org/harir', externalId: 'h-1', title: 'Drones hit Harir base', source: 'Example Wire', published: '2023-08-13', publishedInferred: null, dateline: { place: 'Erbil', agency: null }, outletFromText: null, diagnostics: [{ severity: 'warning', rule: 'clean/truncated-paragraph', message: 'cut', start: 0, end: 3, text: 'Two' }], text: TEXT }],
    entities: [{ id: 'kb:harir', name: 'Harir Air Base', type: 'facility', aliases: ['Harir air base'], country: 'IQ', lat: 36.5, lon: 44.3, admin1: 'Erbil', precision: 'facility', mentions: [span('Harir air base')] }],
    events: [{
      id: 'ev-1', type: 'ASSAULT', mode: 'drone', acled: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }, cameo: '195',
      date: { start: '2023-08-13', end: '2023-08-13', precision: 'day' },
      location: { name: 'Harir air base', entity: 'kb:harir', country: 'IQ', admin1: 'Erbil', lat: 36.5, lon: 44.3, precision: 'facility' },
      actors: [{ role: 'target', name: 'Harir air base', entity: 'kb:harir' }], weapon: 'drone', quantity: 2,
      casualties: { killed: { min: 0, max: 0 } }, responsibility: { status: 'unclaimed', by: [] }, outcome: null,
      modality: 'asserted', background: false, reports: [s1, s2],
      evidence: { quantity: [{ value: 2, evidence: span('Two drones'), published: '2023-08-13', source: 'Example Wire' }, { value: 1, evidence: span('one drone') }] },
      conflicts: [{ field: 'quantity', values: [{ value: 2, evidence: span('Two drones') }, { value: 1, evidence: span('one drone') }], latest: 1, note: 'one of two was shot down?' }],
      confidence: 0.8, rules: ['events/verb-active'], mergedBecause: [], sources: ['Example Wire'], independentSources: 1,
    }],
    statements: [],
    stories: [{ id: 'st-1', title: 'Drones hit Harir base', articles: [A], events: ['ev-1'] }],
    quotes: [{ speaker: 'a spokesman', entity: null, direct: true, evidence: span('The base was not damaged,') }],
    figures: [{ value: 2, max: 2, approximate: false, what: 'drones', evidence: span('Two drones') }],
    timeline: [{ event: 'ev-1', date: { start: '2023-08-13', end: '2023-08-13', precision: 'day' }, type: 'ASSAULT', mode: 'drone', title: 'unknown ASSAULT/drone on Harir air base', place: 'Harir air base', background: false, articles: 1 }],
    relations: [],
  };
}

const errors = (v: typeof ours) => ajv.errorsText(v.errors, { separator: '\n' });

test('the full report validates against schema/report.schema.json', () => {
  assert.ok(ours(fullReport()), errors(ours));
});

test('the full report validates against the shared contract', skip, () => {
  assert.ok(contract!(fullReport()), errors(contract!));
});

/** Mutations of the full report; each is invalid under the contract, so it must be invalid under ours too. */
const CONTRACT_INVALID: [string, (r: any) => void][] = [
  ['generator without name', (r) => { delete r.generator.name; }],
  ['no stories', (r) => { delete r.stories; }],
  ['article without title key', (r) => { delete r.articles[0].title; }],
  ['published not a day', (r) => { r.articles[0].published = '13 August 2023'; }],
  ['entity of unknown type', (r) => { r.entities[0].type = 'country'; }],
  ['negative span start', (r) => { r.entities[0].mentions[0].start = -1; }],
  ['span without text', (r) => { delete r.figures[0].evidence.text; }],
  ['event without reports', (r) => { r.events[0].reports = []; }],
  ['event date without precision', (r) => { delete r.events[0].date.precision; }],
  ['date precision "hour"', (r) => { r.events[0].date.precision = 'hour'; }],
  ['actor role "victim"', (r) => { r.events[0].actors[0].role = 'victim'; }],
  ['fractional count', (r) => { r.events[0].casualties.killed.min = 1.5; }],
  ['responsibility status "denied" (not in the contract)', (r) => { r.events[0].responsibility.status = 'denied'; }],
  ['conflict with one value', (r) => { r.events[0].conflicts[0].values.pop(); }],
  ['confidence above 1', (r) => { r.events[0].confidence = 1.2; }],
  ['quote without speaker', (r) => { delete r.quotes[0].speaker; }],
  ['figure value as text', (r) => { r.figures[0].value = 'two'; }],
  ['story without articles', (r) => { delete r.stories[0].articles; }],
  ['location without name', (r) => { delete r.events[0].location.name; }],
];

test('every report the contract rejects is rejected by our schema too', skip, () => {
  for (const [what, mutate] of CONTRACT_INVALID) {
    const r = structuredClone(fullReport());
    mutate(r);
    assert.equal(contract!(r), false, `the contract rejects: ${what}`);
    assert.equal(ours(r), false, `our schema rejects: ${what}`);
  }
});

test('our schema also checks Sitrep\'s own fields', () => {
  const bad: [string, (r: any) => void][] = [
    ['no statements', (r) => { delete r.statements; }],
    ['no timeline', (r) => { delete r.timeline; }],
    ['article without externalId', (r) => { delete r.articles[0].externalId; }],
    ['diagnostic rule without area', (r) => { r.articles[0].diagnostics[0].rule = 'truncated'; }],
    ['event without sources', (r) => { delete r.events[0].sources; }],
    ['event modality "maybe"', (r) => { r.events[0].modality = 'maybe'; }],
    ['event type not PLOVER', (r) => { r.events[0].type = 'ATTACK'; }],
    ['evidence value without span', (r) => { delete r.events[0].evidence.quantity[0].evidence; }],
    ['acled without sub_event_type', (r) => { delete r.events[0].acled.sub_event_type; }],
    ['country not alpha-2', (r) => { r.entities[0].country = 'Iraq'; }],
    ['timeline entry without event id', (r) => { delete r.timeline[0].event; }],
  ];
  for (const [what, mutate] of bad) {
    const r = structuredClone(fullReport());
    mutate(r);
    assert.equal(ours(r), false, `our schema rejects: ${what}`);
  }
});

test('every property the contract requires or names is required or described by our schema', skip, () => {
  const c = load(CONTRACT);
  const o = load(OURS);
  const check = (where: string, cs: Schema, os: Schema | undefined) => {
    assert.ok(os, `${where} is described by our schema`);
    for (const k of cs.required ?? []) assert.ok(os.required?.includes(k), `${where}.${k} is required by ours`);
    for (const k of Object.keys(cs.properties ?? {})) assert.ok(os.properties && k in os.properties, `${where}.${k} is described by ours`);
  };
  check('report', c, o);
  for (const [name, def] of Object.entries(c.$defs ?? {})) check(`$defs.${name}`, def, o.$defs?.[name]);
});
