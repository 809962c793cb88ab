/**
 * src/report/schema.ts is the one source of the report contract: the committed schema/report.schema.json
 * must be what it generates, and the seeds' real report must validate against it (and the shared contract).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ReportSchema, reportSchemaJson } from '../../src/report/schema.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { repoRoot, needShared, sharedPath } from '../helpers/shared.js';

const COMMITTED = join(repoRoot(), 'schema', 'report.schema.json');

test('schema/report.schema.json is what src/report/schema.ts generates (run scripts/build-report-schema.mjs after editing the source)', () => {
  assert.equal(readFileSync(COMMITTED, 'utf8'), reportSchemaJson());
});

test('the generated schema compiles under JSON Schema 2020-12 with every $ref resolved', () => {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
  assert.doesNotThrow(() => ajv.compile(JSON.parse(reportSchemaJson())));
  assert.equal((ReportSchema as { $id?: string }).$id, 'sitrep-report-v1-full');
});

test('the seeds report validates against the generated schema and the shared contract; a broken one does not', needShared('corpus', 'seeds'), async () => {
  const dir = sharedPath('corpus', 'seeds');
  const { records } = await readInputs([dir], { meta: join(dir, 'meta.jsonl') });
  const { report } = await analyzeRecords(records, { ...testEngine(), db: ':memory:' });
  assert.ok(report.events.length > 0, 'the seeds have events');
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  const ours = ajv.compile(JSON.parse(reportSchemaJson()));
  const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
  assert.ok(ours(json), ajv.errorsText(ours.errors, { separator: '\n' }));
  const contractPath = sharedPath('contract', 'report.schema.json');
  if (existsSync(contractPath)) {
    const contract = ajv.compile(JSON.parse(readFileSync(contractPath, 'utf8')));
    assert.ok(contract(json), ajv.errorsText(contract.errors, { separator: '\n' }));
  }
  // the schema is not vacuous: an event without its independent-source count, or a span with a negative offset, fails
  const broken = JSON.parse(JSON.stringify(report)) as { events: { independentSources?: number; reports: { start: number }[] }[] };
  delete broken.events[0]!.independentSources;
  assert.equal(ours(broken), false);
  const negative = JSON.parse(JSON.stringify(report)) as typeof broken;
  negative.events[0]!.reports[0]!.start = -1;
  assert.equal(ours(negative), false);
});
