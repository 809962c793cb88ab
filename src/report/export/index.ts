/** Export formatters: pure functions from the JSON report to ACLED-style CSV and to GeoJSON. */
export { toAcledCsv, acledRow, csvField, ACLED_COLUMNS, type ExportEvent, type ExportReport } from './acled-csv.js';
export { toGeoJson, eventFeature, type Feature, type FeatureCollection } from './geojson.js';
