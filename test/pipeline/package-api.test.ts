/**
 * The package's public API (src/index.ts) loads by name from another package: a temporary package that
 * depends on this one through a `file:` link (what `npm install ../sitrep` makes: a symlink in its
 * node_modules) imports `analyze` from 'sitrep' and analyses an article with it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
}

test("package.json main, types and exports point at built files", () => {
  const root = packageRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; types: string; exports: Record<string, { types: string; default: string }> };
  for (const f of [pkg.main, pkg.types, pkg.exports['.']!.types, pkg.exports['.']!.default]) assert.ok(existsSync(join(root, f)), `${f} exists`);
});

test("import { analyze } from 'sitrep' works from another package", () => {
  const root = packageRoot();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'uses-sitrep', private: true, type: 'module', dependencies: { sitrep: `file:${root}` } }));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'sitrep'), 'dir');
    writeFileSync(join(dir, 'main.js'), `
import { analyze, loadResources, openDb, runEval, PIPELINE_VERSION } from 'sitrep';
const text = 'BAGHDAD — A car bomb exploded at a market in Baghdad on Monday, killing 12 people, police said.';
const record = { origin: 'api.txt', file: 'api.txt', format: 'text', body: text, bodyIsHtml: false, externalId: null, url: null, title: null, source: 'Test Wire', published: '2024-07-15', language: 'en' };
const out = await analyze([record], { resources: loadResources({ kb: { gazetteer: false } }) });
const store = await openDb(':memory:');
await store.db.destroy();
console.log(JSON.stringify({ version: PIPELINE_VERSION, evalIsFunction: typeof runEval === 'function', events: out.report.events.map((e) => e.type), failures: out.failures.length }));
`);
    const got = JSON.parse(execFileSync(process.execPath, ['main.js'], { cwd: dir, encoding: 'utf8' })) as { version: string; evalIsFunction: boolean; events: string[]; failures: number };
    assert.equal(got.failures, 0);
    assert.ok(got.evalIsFunction);
    assert.match(got.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(got.events, ['ASSAULT']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
