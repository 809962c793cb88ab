/**
 * Many tiny files (two seed sentences each, as `bench/robust.bench.ts --only tiny` builds them): every one
 * is analysed and stored — none lost as "no article prose" — in time that follows their number. Built at
 * test time from the seed articles in ../shared (skipped without them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { testResources } from '../helpers/resources.js';
import { needShared, sharedPath } from '../helpers/shared.js';

const opt = needShared('corpus', 'seeds');

/** The seeds' distinct sentences of 40-300 characters, whitespace folded (the bench's tiny-file material). */
function sentences(): string[] {
  const dir = sharedPath('corpus', 'seeds');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return [...new Set(seeds.flatMap((s) => s.replace(/\s+/g, ' ').match(/[^.!?]{40,300}[.!?]/g) ?? []).map((s) => s.trim()))];
}

test('tiny files of two sentences: every one analysed and stored, a site line run on into prose included', opt, async (t) => {
  const s = sentences();
  // a sentence of site furniture run on into prose on one line ("Comments are not available on this
  // story. Explosions reverberated ...") is a file of its own: before, the whole line went as boilerplate
  assert.ok(s.some((x) => /^Comments are not available/.test(x)), 'the seeds hold a furniture sentence');
  const n = s.length + 20;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-tiny-'));
  try {
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `t${String(i).padStart(6, '0')}.txt`), `${s[i % s.length]} ${s[Math.floor(i / s.length + 1 + i) % s.length]}\n`);
    const c0 = process.cpuUsage();
    const { records, failures } = await readInputs([dir]);
    assert.deepEqual(failures.map((f) => f.message), []);
    assert.equal(records.length, n);
    const out = await analyzeRecords(records, { db: ':memory:', resources: testResources() });
    const cpu = process.cpuUsage(c0);
    assert.deepEqual(out.failures.map((f) => `${f.input}: ${f.message}`), []);
    assert.equal(out.analysed.length + out.nearDuplicates.length, n, 'every file is an article or a recorded copy of one');
    const furniture = out.report.articles.filter((a) => /^Comments are not available/.test(a.text));
    assert.ok(furniture.length > 0 && furniture.every((a) => a.text.length > 60), 'the prose after the furniture sentence is kept');
    t.diagnostic(`${n} tiny files: ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU`);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
