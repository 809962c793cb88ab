import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGeoJson } from '../../src/report/export/geojson.js';

test('GeoJSON: a Point [lon, lat] per located event, null geometry otherwise', () => {
  const fc = toGeoJson({
    events: [
      { id: 'ev1', type: 'ASSAULT', mode: 'drone', date: { start: '2024-07-16', end: '2024-07-16', precision: 'day' }, location: { name: 'Ain al-Asad Air Base', country: 'IQ', lat: 33.7856, lon: 42.4412 }, actors: [{ role: 'target', name: 'United States' }], casualties: { killed: { min: 0, max: 0 } }, reports: [{ article: 'a', start: 0, end: 3, text: 'abc' }] },
      { id: 'ev2', type: 'CONSULT', date: null, location: null, actors: [], reports: [] },
    ],
  });
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features.length, 2);
  assert.deepEqual(fc.features[0]!.geometry, { type: 'Point', coordinates: [42.4412, 33.7856] });
  assert.deepEqual(fc.features[0]!.properties.targets, ['United States']);
  assert.deepEqual(fc.features[0]!.properties.killed, { min: 0, max: 0 });
  assert.equal(fc.features[1]!.geometry, null);
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(fc)));
});
