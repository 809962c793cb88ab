/**
 * Batch growth: does the cost per article grow with the store? Successive batches of distinct but
 * topically clustered articles — varied copies of the Guardian sample (249 real articles on Syria, the
 * SDF and Isis), so that each batch re-reports the same incidents as a conflict desk's stream does — are
 * analysed into ONE store, as `sitrep analyze DIR --db FILE` would, and the CPU-seconds (user + system,
 * which other processes on a shared machine do not inflate as they do wall time) per 1,000 articles of
 * each batch are printed, with the store's size and the process's memory after it: a flat curve means
 * flat cost.
 *
 * A varied copy keeps the article's first paragraph (the lede, where its events are), drops each other
 * paragraph with a seeded chance and names one of a few outlets, so copies are distinct texts (distinct
 * content hashes) that report the same incidents with different detail. Prints figures; not a test.
 *
 *   npm run bench:growth                 (compiles, then runs dist/bench/growth.bench.js)
 *   node dist/bench/growth.bench.js [--batch 1000] [--batches 5] [--base K] [--db FILE|postgres://URL] [--held-group N] [--json]
 *   (--held-group N: late arrivals fused and committed N at a time; default the engine's HELD_GROUP)
 *   (--base K: copies of the first K sample articles only; --db: a store to fill, which should start empty)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RawRecord } from '../src/core/model/article.js';
import { loadResources } from '../src/resources/index.js';
import { analyzeRecords } from '../src/engine/analyze.js';
import { openDb } from '../src/store/db.js';
import { countRows } from '../src/store/repos/articles.js';
import { generateRecords, rng } from './generate.js';
import { guardianRecords } from './guardian.js';

function sharedDir(): string {
  if (process.env.SITREP_SHARED) return process.env.SITREP_SHARED;
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(d, 'package.json')); i++) d = dirname(d);
  return join(d, '..', 'shared');
}

/** Chance that a paragraph after the first is kept in a copy. */
const KEEP = 0.7;
/** Outlets a copy is attributed to (one per copy number, cycling). */
const OUTLETS = 7;

/** The n-th varied copy (n ≥ 1) of a record. */
export function variedCopy(r: RawRecord, index: number, n: number): RawRecord {
  const rand = rng(index * 1_000_003 + n);
  const paras = r.body.split(/\n\s*\n/);
  const kept = paras.filter((_, i) => i === 0 || rand() < KEEP);
  const body = `${kept.join('\n\n')}\n\n(Copy ${n}.)`;
  return { ...r, body, source: `${r.source ?? 'Outlet'} ${n % OUTLETS}`, origin: `${r.origin}~v${n}`, externalId: `${r.externalId}~v${n}` };
}

interface BatchFigures { batch: number; articles: number; cpuS: number; cpuSPer1000: number; wallS: number; loadCandidatesMs: number; fuseMs: number; writeMs: number; reportMs: number; events: number; storeArticles: number; rssMb: number; heapMb: number; refused: number; held: number; capped: number }

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { batch: { type: 'string', default: '1000' }, batches: { type: 'string', default: '5' }, base: { type: 'string' }, db: { type: 'string' }, 'held-group': { type: 'string' }, json: { type: 'boolean', default: false } } });
  const size = Number(values.batch), count = Number(values.batches);
  const all = guardianRecords(sharedDir()) ?? generateRecords(249);
  // --base K: copies of the first K articles only, so that small batches are clustered too
  const base = values.base ? all.slice(0, Number(values.base)) : all;
  const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'sitrep-growth-'));
  const store = await openDb(values.db ?? join(dir!, 'growth.db'));
  const resources = loadResources();
  const out: BatchFigures[] = [];
  if (!values.json) {
    process.stdout.write(`sitrep batch-growth benchmark — Node ${process.version}; ${count} batches of ${size} varied copies of ${base.length} ${all.length === 249 ? 'Guardian' : 'generated'} articles into one ${store.dialect} store\n`);
    process.stdout.write('batch  CPU-s/1000  wall-s  candidates ms/art  fuse ms/art  write ms/art  report ms/art  events  RSS MB  heap MB  late  re-fused  capped\n');
  }
  let next = 0;
  try {
    for (let b = 1; b <= count; b++) {
      const records: RawRecord[] = [];
      for (let i = 0; i < size; i++, next++) records.push(variedCopy(base[next % base.length]!, next % base.length, 1 + Math.floor(next / base.length)));
      const timings = new Map<string, number>();
      // what the arrival-order rebuild did: a copy dated like a stored one whose id sorts before it arrives late
      const rebuild = { refused: 0, deferred: 0, capped: 0 };
      const c0 = process.cpuUsage(), t0 = performance.now();
      await analyzeRecords(records, { db: store, resources, timings, rebuild, ...(values['held-group'] ? { heldGroup: Number(values['held-group']) } : {}) });
      const c = process.cpuUsage(c0), wallS = (performance.now() - t0) / 1000;
      const cpuS = (c.user + c.system) / 1e6;
      const rows = await countRows(store.db);
      const mem = process.memoryUsage();
      const per = (k: string) => (timings.get(k) ?? 0) / size;
      const f: BatchFigures = {
        batch: b, articles: size, cpuS, cpuSPer1000: (cpuS * 1000) / size, wallS,
        loadCandidatesMs: per('  of which: load candidates'), fuseMs: per('  of which: fuse'), writeMs: per('  of which: write events'), reportMs: per('report'),
        events: rows['fused_events'] ?? 0, storeArticles: rows['articles'] ?? 0, rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20,
        refused: rebuild.refused, held: rebuild.deferred, capped: rebuild.capped,
      };
      out.push(f);
      if (!values.json) {
        process.stdout.write(`${String(b).padStart(5)}${f.cpuSPer1000.toFixed(1).padStart(12)}${wallS.toFixed(1).padStart(8)}${f.loadCandidatesMs.toFixed(2).padStart(19)}${f.fuseMs.toFixed(2).padStart(13)}${f.writeMs.toFixed(2).padStart(14)}${f.reportMs.toFixed(2).padStart(15)}${String(f.events).padStart(8)}${f.rssMb.toFixed(0).padStart(8)}${f.heapMb.toFixed(0).padStart(9)}${String(f.held).padStart(6)}${String(f.refused).padStart(10)}${String(f.capped).padStart(8)}\n`);
      }
    }
  } finally {
    await store.db.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const first = out[0]?.cpuSPer1000 ?? 0, last = out[out.length - 1]?.cpuSPer1000 ?? 0;
  if (values.json) { process.stdout.write(JSON.stringify({ node: process.version, batches: out, maxRssMb }, null, 2) + '\n'); return; }
  process.stdout.write(`last batch / first batch: ${(last / first).toFixed(2)}× CPU per article; peak resident memory ${maxRssMb.toFixed(0)} MB\n`);
}

await main();
