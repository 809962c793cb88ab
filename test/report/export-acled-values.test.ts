/**
 * The ACLED export checked against ACLED's own rows (../shared/eval/raw/acled-acledR: acledR's codebook,
 * event categories and 2022 sample): the seed corpus and the first Guardian sample articles run through
 * the engine, and every exported column must hold a value from ACLED's value sets and formats, no column
 * ACLED always fills may be empty, and a dataframe reader must give our file and ACLED's sample the same
 * column types (pandas when python3 has it, else the same inference written here).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { needShared, repoRoot, sharedDir } from '../helpers/shared.js';
import { csvRecords } from '../../src/eval/csv.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { readInputs } from '../../src/ingest/index.js';
import { testResources } from '../helpers/resources.js';
import { acledExport, ACLED_COLUMNS, ACLED_TYPOLOGY } from '../../src/report/export/index.js';
import { guardianRecords } from '../../bench/guardian.js';

const skip = needShared('eval', 'raw', 'acled-acledR', 'acled_2022h1_sample_global.csv');
const raw = (f: string): string => join(sharedDir() ?? '', 'eval', 'raw', 'acled-acledR', f);

type Row = Record<string, string>;
const GUARDIAN_ARTICLES = 60;

/** ACLED's value sets, from the codebook, the event categories and the sample rows. */
function valueSets(sample: Row[]) {
  const codebook = Object.fromEntries(csvRecords(readFileSync(raw('acled_codebook.csv'), 'utf8')).map((r) => [r.Variable!, r.Values!]));
  const codes = (v: string): Set<string> => new Set([...v.matchAll(/(\d+) = /g)].map((m) => m[1]!));
  const seen = (c: string): Set<string> => new Set(sample.map((r) => r[c]!).filter(Boolean));
  const pairs = new Set(csvRecords(readFileSync(raw('acled_event_categories.csv'), 'utf8')).map((r) => `${r.event_type}|${r.sub_event_type}`));
  // ACLED's sample spells one disorder type "Demostrations"; ACLED's current files write "Demonstrations"
  const disorder = new Set([...seen('disorder_type'), 'Demonstrations']);
  const inter = codes(codebook.inter1!);
  inter.add('0'); // no actor2 (ACLED's files write 0)
  const interaction = new Set([...codes(codebook.interaction!), ...seen('interaction')]);
  return { pairs, disorder, inter, interaction, region: seen('region'), scale: seen('source_scale'), precision: new Set(['1', '2', '3']) };
}

/** The columns ACLED fills in every row of its sample. */
const requiredColumns = (sample: Row[]): string[] => ACLED_COLUMNS.filter((c) => sample.every((r) => r[c] !== ''));

/**
 * The column types the README's loaders give (pandas with nullable Int64 for whole-number columns, readr
 * col_integer): int64 for whole numbers (gaps are missing values, as an unknown toll is), float64 for
 * other numbers, object, or empty.
 */
export function inferTypes(rows: Row[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of ACLED_COLUMNS) {
    const vs = rows.map((r) => r[c] ?? '');
    const full = vs.filter((v) => v !== '');
    if (!full.length) out[c] = 'empty';
    else if (full.every((v) => /^-?\d+$/.test(v))) out[c] = 'int64';
    else if (full.every((v) => /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(v))) out[c] = 'float64';
    else out[c] = 'object';
  }
  return out;
}

function problems(rows: Row[], sample: Row[]): string[] {
  const v = valueSets(globalRows());
  const required = requiredColumns(sample);
  const isoOf = new Map(globalRows().map((r) => [r.country!, r.iso!]));
  const out: string[] = [];
  for (const r of rows) {
    const bad = (c: string, why: string): void => { out.push(`${r.event_id_cnty} ${c}=${JSON.stringify(r[c])}: ${why}`); };
    for (const c of required) if (!r[c]) bad(c, 'empty, ACLED always fills it');
    if (!/^[A-Z]{3}\d+$/.test(r.event_id_cnty!)) bad('event_id_cnty', 'not ISO3 + number');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.event_date!) || Number.isNaN(Date.parse(r.event_date!))) bad('event_date', 'not a date');
    if (r.year !== r.event_date!.slice(0, 4)) bad('year', 'not the year of event_date');
    if (!v.precision.has(r.time_precision!)) bad('time_precision', 'not 1-3');
    if (!v.precision.has(r.geo_precision!)) bad('geo_precision', 'not 1-3');
    if (!v.disorder.has(r.disorder_type!)) bad('disorder_type', 'not an ACLED disorder type');
    if (!v.pairs.has(`${r.event_type}|${r.sub_event_type}`) && !ACLED_TYPOLOGY[r.event_type!]?.includes(r.sub_event_type!)) bad('sub_event_type', 'not an ACLED event/sub-event type');
    if (!v.inter.has(r.inter1!) || r.inter1 === '0') bad('inter1', 'not an actor type 1-8');
    if (!v.inter.has(r.inter2!)) bad('inter2', 'not an actor type 0-8');
    if ((r.actor2 === '') !== (r.inter2 === '0')) bad('inter2', 'inter2 0 exactly when actor2 is empty');
    if (!v.interaction.has(r.interaction!)) bad('interaction', 'not an ACLED interaction code');
    const [a, b] = [Number(r.inter1), Number(r.inter2)];
    if (Number(r.interaction) !== (b ? Math.min(a, b) * 10 + Math.max(a, b) : a * 10)) bad('interaction', 'not the pair of inter1/inter2');
    if (!['', 'Civilian targeting'].includes(r.civilian_targeting!)) bad('civilian_targeting', 'not ACLED\'s value');
    if (r.event_type === 'Violence against civilians' && !r.civilian_targeting) bad('civilian_targeting', 'violence against civilians without it');
    if (!/^\d{1,3}$/.test(r.iso!)) bad('iso', 'not an ISO 3166 numeric code');
    if (isoOf.has(r.country!) && isoOf.get(r.country!) !== r.iso) bad('iso', `ACLED codes ${r.country} as ${isoOf.get(r.country!)}`);
    if (!v.region.has(r.region!)) bad('region', 'not an ACLED region');
    const lat = Number(r.latitude), lon = Number(r.longitude);
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180) || !/^-?\d+(\.\d{1,4})?$/.test(r.latitude!) || !/^-?\d+(\.\d{1,4})?$/.test(r.longitude!)) bad('latitude', 'not coordinates with up to 4 decimals');
    if (!v.scale.has(r.source_scale!)) bad('source_scale', 'not an ACLED source scale');
    // a whole number in every row (an unknown toll is ACLED's 0, flagged in tags: README, issue #17)
    if (!/^\d+$/.test(r.fatalities!)) bad('fatalities', 'not a whole number');
    if (r.tags!.includes('fatalities unknown') && r.fatalities !== '0') bad('fatalities', 'an unknown toll is written 0');
    if (!/^\d{9,10}$/.test(r.timestamp!)) bad('timestamp', 'not Unix seconds');
    for (const c of ['actor1', 'actor2']) if (r[c] && !/\(|:|^[A-Z]/.test(r[c]!)) bad(c, 'a phrase, not an ACLED actor name');
    if (!/[.!?]$/.test(r.notes!) || /[.!?]\s+[A-Z]/.test(r.notes!)) bad('notes', 'not one sentence');
  }
  return out;
}

/** The ACLED export of records run through the engine, with its rows read back. */
async function exported(records: Parameters<typeof analyzeRecords>[0]): Promise<{ csv: string; rows: Row[]; outside: Record<string, number> }> {
  const out = await analyzeRecords(records, { db: ':memory:', isolate: true, resources: testResources() });
  const x = acledExport(testResources(), out.report as never);
  return { csv: x.csv, rows: csvRecords(x.csv), outside: x.outside };
}

let sample: Row[] = [];
let global: Row[] = [];
/** ACLED's all-regions sample: the value sets (regions, scales, interaction codes, ISO codes) */
const globalRows = (): Row[] => (global.length ? global : (global = csvRecords(readFileSync(raw('acled_2022h1_sample_global.csv'), 'utf8'))));
const sampleRows = (): Row[] => (sample.length ? sample : (sample = csvRecords(readFileSync(raw('acled_2022h1_sample_middle_east.csv'), 'utf8'))));

test('ACLED\'s own sample passes the value-set checks (the checks are ACLED\'s, not ours)', skip, () => {
  const own = sampleRows().map((r) => ({ ...r, notes: 'One sentence.', disorder_type: r.disorder_type! }));
  // the sample is in ACLED's older format, which leaves civilian_targeting empty
  assert.deepEqual(problems(own, sampleRows()).filter((p) => !/ACLED always fills|phrase|violence against civilians without it/.test(p)), []);
});

test('seed corpus: ACLED rows only for ACLED\'s typology, every column within ACLED\'s value sets, no required column empty', { ...skip, ...needShared('corpus', 'seeds') }, async () => {
  const { records } = await readInputs([join(sharedDir()!, 'corpus', 'seeds')]);
  const x = await exported(records);
  assert.ok(x.rows.length >= 5, `${x.rows.length} rows`);
  assert.ok((x.outside['outside ACLED typology'] ?? 0) > 0, 'talks, requests and accusations are left out');
  assert.deepEqual(problems(x.rows, sampleRows()), []);
  assert.ok(x.rows.some((r) => r.tags!.includes('fatalities unknown')), 'an unknown toll is flagged');
  types(x.csv, x.rows);
});

test('Guardian sample: every column within ACLED\'s value sets, no required column empty', { ...skip, ...needShared('eval', 'raw', 'ngec-guardian-sdf') }, async () => {
  const records = guardianRecords(sharedDir()!)!.slice(0, GUARDIAN_ARTICLES);
  const x = await exported(records);
  assert.ok(x.rows.length > 0);
  assert.deepEqual(problems(x.rows, sampleRows()), []);
  types(x.csv, x.rows);
});

/** The README's code block in the given language (the loaders users copy). */
function readmeBlock(lang: string): string {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme);
  assert.ok(m, `README has a ${lang} block`);
  return m[1]!;
}

/**
 * Runs a README loader on `csv` written as events.csv in a fresh folder, with `tail` appended, and returns
 * what `tail` prints as JSON: {column: [type, has values]}. Undefined when the interpreter or the package is
 * missing (CI installs them: .ci/run).
 */
function loadWith(lang: 'python' | 'r', csv: string): Record<string, [string, boolean]> | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-acled-'));
  writeFileSync(join(dir, 'events.csv'), csv);
  const tail = lang === 'python'
    ? '\nimport json\nout = {c: [str(df[c].dtype), bool(df[c].notna().any())] for c in df.columns}\nout["#missing fatalities"] = [str(int(df["fatalities"].isna().sum())), True]\nprint(json.dumps(out))\n'
    : '\ncat("{", paste(sprintf(\'"%s": ["%s", %s]\', c(names(df), "#missing fatalities"), c(sapply(df, function(x) class(x)[1]), sum(is.na(df$fatalities))), c(ifelse(sapply(df, function(x) any(!is.na(x))), "true", "false"), "true")), collapse = ", "), "}\\n")\n';
  const probe = lang === 'python' ? ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0)
    : spawnSync('Rscript', ['-e', 'library(readr)'], { stdio: 'ignore' }).status === 0 ? 'Rscript' : undefined;
  if (!probe) return undefined;
  const args = lang === 'python' ? ['-c', readmeBlock('python') + tail] : ['-e', readmeBlock('r') + tail];
  const r = spawnSync(probe, args, { encoding: 'utf8', cwd: dir });
  assert.equal(r.status, 0, `README ${lang} loader: ${r.stderr}`);
  return JSON.parse(r.stdout.trim()) as Record<string, [string, boolean]>;
}

/**
 * Our file and ACLED's sample read with the same column types (where both have values): by the inference
 * written here, and by the README's own pandas and readr loaders, run as the README prints them.
 */
function types(csv: string, rows: Row[]): void {
  const ours = inferTypes(rows), theirs = inferTypes(sampleRows());
  for (const c of ACLED_COLUMNS) if (ours[c] !== 'empty' && theirs[c] !== 'empty') assert.equal(ours[c], theirs[c], `column ${c}`);
  const acled = readFileSync(raw('acled_2022h1_sample_middle_east.csv'), 'utf8');
  for (const lang of ['python', 'r'] as const) {
    const a = loadWith(lang, csv);
    if (!a) { console.log(`# ${lang === 'python' ? 'pandas' : 'R readr'} not installed: the README's ${lang} loader is not run (.ci/run installs it)`); continue; }
    const b = loadWith(lang, acled)!;
    assert.deepEqual(Object.keys(a), Object.keys(b), `${lang}: the same columns`);
    for (const c of Object.keys(b)) if (c[0] !== '#' && a[c]![1] && b[c]![1]) assert.equal(a[c]![0], b[c]![0], `${lang} type of ${c}`);
    // the README's optional step makes exactly the rows tagged "fatalities unknown" missing, no others
    const unknown = rows.filter((r) => r.tags!.includes('fatalities unknown')).length;
    assert.equal(a['#missing fatalities']![0], String(unknown), `${lang}: unknown tolls made missing`);
  }
}
