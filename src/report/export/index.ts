/** Export formatters: pure functions from the JSON report to ACLED-style CSV and to GeoJSON. */
export { toAcledCsv, acledExport, acledRecord, acledRow, csvField, lowestFatalities, ACLED_COLUMNS, type AcledColumn, type AcledExport, type AcledExportOptions, type AcledRecord, type ExportEvent, type ExportReport } from './acled-csv.js';
export { acledTables, loadAcledTables, type AcledTables } from './acled-tables.js';
export { interCode, interactionCode, civilianTargeting } from './acled-inter.js';
export { ACLED_TYPOLOGY } from './acled-scope.js';
export { toGeoJson, eventFeature, type Feature, type FeatureCollection } from './geojson.js';
