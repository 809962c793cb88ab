#!/usr/bin/env node
/**
 * Writes schema/report.schema.json from the one schema source, src/report/schema.ts (compiled to
 * dist/src/report/schema.js: run `npx tsc -p tsconfig.json` first). `--check` writes nothing and exits 1
 * when the committed file differs from what the source generates.
 * Usage: node scripts/build-report-schema.mjs [--check]
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'src', 'report', 'schema.js');
if (!existsSync(compiled)) { console.error(`${compiled} is missing: run \`npx tsc -p tsconfig.json\` first`); process.exit(2); }
const { reportSchemaJson } = await import(pathToFileURL(compiled).href);
const out = join(root, 'schema', 'report.schema.json');
const text = reportSchemaJson();
if (process.argv.includes('--check')) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === text;
  console.log(same ? 'schema/report.schema.json is up to date' : 'schema/report.schema.json differs from src/report/schema.ts: run node scripts/build-report-schema.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out}`);
