/**
 * The analysed report on real text (the seed corpus and examples/corpus): every span anywhere in it reads
 * back from its article (`article.text.slice(start, end) === text`), ids cross-reference, and the report
 * validates against schema/report.schema.json and the shared contract.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import type { Report } from '../../src/report/types.js';
import { needShared, repoRoot, sharedPath } from '../helpers/shared.js';

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const ours = ajv.compile(JSON.parse(readFileSync(join(repoRoot(), 'schema', 'report.schema.json'), 'utf8')));
const CONTRACT = sharedPath('contract', 'report.schema.json');
const contract = existsSync(CONTRACT) ? ajv.compile(JSON.parse(readFileSync(CONTRACT, 'utf8'))) : null;

const EXAMPLES = join(repoRoot(), 'examples', 'corpus');
const examplesSkip = existsSync(EXAMPLES) ? {} : { skip: `${EXAMPLES} is missing (written separately): skipped` };

interface Found { path: string; span: { article: string; start: number; end: number; text: string } }

/** Every object shaped like a span, wherever it sits in the report, with its JSON path. */
function allSpans(v: unknown, path: string, out: Found[]): Found[] {
  if (Array.isArray(v)) v.forEach((x, i) => allSpans(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.article === 'string' && 'start' in o && 'end' in o && 'text' in o) out.push({ path, span: o as unknown as Found['span'] });
    for (const [k, x] of Object.entries(o)) if (k !== 'text') allSpans(x, `${path}.${k}`, out);
  }
  return out;
}

function checkReport(r: Report, label: string): Record<string, number> {
  const text = new Map(r.articles.map((a) => [a.id, a.text]));
  const found = allSpans(r, '$', []);
  for (const { path, span } of found) {
    const t = text.get(span.article);
    assert.ok(t !== undefined, `${label} ${path}: article ${span.article} is in the report`);
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start <= span.end && span.end <= t.length, `${label} ${path}: offsets ${span.start}-${span.end} inside the text`);
    assert.equal(t.slice(span.start, span.end), span.text, `${label} ${path}`);
  }
  // article diagnostics point into their own article
  for (const a of r.articles) for (const d of a.diagnostics) {
    if (d.start !== undefined && d.end !== undefined && d.text !== undefined) assert.equal(a.text.slice(d.start, d.end), d.text, `${label} diagnostic ${d.rule} in ${a.id}`);
  }
  // the named places are all visited by the walk
  const where: Record<string, number> = { mentions: 0, reports: 0, conflicts: 0, evidence: 0, quotes: 0, figures: 0 };
  for (const { path } of found) {
    if (/^\$\.entities\[\d+\]\.mentions/.test(path)) where.mentions!++;
    else if (/^\$\.(?:events|statements)\[\d+\]\.reports/.test(path)) where.reports!++;
    else if (/\.conflicts\[\d+\]\.values\[\d+\]\.evidence$/.test(path)) where.conflicts!++;
    else if (/\.evidence\.[^.]+\[\d+\]\.evidence$/.test(path)) where.evidence!++;
    else if (/^\$\.quotes\[\d+\]\.evidence$/.test(path)) where.quotes!++;
    else if (/^\$\.figures\[\d+\]\.evidence$/.test(path)) where.figures!++;
  }
  assert.equal(where.mentions, r.entities.reduce((n, e) => n + e.mentions.length, 0));
  assert.equal(where.reports, [...r.events, ...r.statements].reduce((n, e) => n + e.reports.length, 0));
  const all = [...r.events, ...r.statements];
  assert.equal(where.conflicts, all.reduce((n, e) => n + e.conflicts.reduce((m, c) => m + c.values.length, 0), 0));
  assert.equal(where.evidence, all.reduce((n, e) => n + Object.values(e.evidence).reduce((m, v) => m + v.length, 0), 0));
  assert.equal(where.quotes, r.quotes.length);
  assert.equal(where.figures, r.figures.length);
  return where;
}

function checkLinks(r: Report, label: string): void {
  const articles = new Set(r.articles.map((a) => a.id));
  const events = new Set(r.events.map((e) => e.id));
  assert.equal(articles.size, r.articles.length, `${label}: article ids are unique`);
  assert.equal(events.size, r.events.length, `${label}: event ids are unique`);
  assert.equal(new Set(r.entities.map((e) => e.id)).size, r.entities.length, `${label}: entity ids are unique`);
  for (const s of r.stories) {
    for (const a of s.articles) assert.ok(articles.has(a), `${label}: story ${s.id} article ${a}`);
    for (const e of s.events) assert.ok(events.has(e), `${label}: story ${s.id} event ${e}`);
  }
  for (const t of r.timeline) assert.ok(events.has(t.event), `${label}: timeline event ${t.event}`);
  for (const e of r.events) assert.equal(e.modality, 'asserted', `${label}: events[] holds asserted events; ${e.id} is ${e.modality}`);
  for (const e of r.statements) assert.notEqual(e.modality, 'asserted', `${label}: statement ${e.id}`);
}

function validate(r: Report, label: string): void {
  assert.ok(ours(r), `${label} against schema/report.schema.json:\n${ajv.errorsText(ours.errors, { separator: '\n' })}`);
  if (contract) assert.ok(contract(r), `${label} against the shared contract:\n${ajv.errorsText(contract.errors, { separator: '\n' })}`);
}

async function analyze(dir: string, meta?: string): Promise<Report> {
  const { records, failures } = await readInputs([dir], meta ? { meta } : {});
  assert.deepEqual(failures.map((f) => f.message), []);
  const out = await analyzeRecords(records, { ...testEngine(), db: ':memory:' });
  assert.deepEqual(out.failures.map((f) => f.message), []);
  assert.equal(out.report.articles.length, records.length);
  return out.report;
}

test('seed corpus: every span reads back from its article, links resolve, and the report validates', needShared('corpus', 'seeds'), async () => {
  const dir = sharedPath('corpus', 'seeds');
  const r = await analyze(dir, join(dir, 'meta.jsonl'));
  const where = checkReport(r, 'seeds');
  assert.ok(where.mentions! > 0 && where.quotes! > 0 && where.figures! > 0, `spans were found: ${JSON.stringify(where)}`);
  checkLinks(r, 'seeds');
  validate(r, 'seeds');
});

test('examples/corpus: every span reads back from its article, links resolve, and the report validates', examplesSkip, async () => {
  const r = await analyze(EXAMPLES);
  const where = checkReport(r, 'examples');
  assert.ok(where.mentions! > 0, `spans were found: ${JSON.stringify(where)}`);
  checkLinks(r, 'examples');
  validate(r, 'examples');
});
