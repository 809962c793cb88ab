/**
 * Cost of the hostile bulk inputs of issue #15, built at run time from the seed articles in ../shared
 * (nothing copied into the repo): a 4 MB article on one line, an RSS feed flooded with near-identical
 * items, and a folder of many tiny files. Each is read with readInputs and analysed with analyzeRecords
 * into a fresh SQLite file (as `sitrep analyze` does), after the resources are loaded by a warm-up.
 * Prints figures (CPU and wall seconds, articles/s, articles stored, events in the report); not a test.
 *
 *   npm run build && node dist/bench/robust.bench.js [--only line|flood|tiny] [--flood 10000] [--tiny 20000] [--prof]
 *   (SITREP_SHARED=path/to/shared when ../shared is not beside the repository)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputs } from '../src/ingest/index.js';
import { analyzeRecords } from '../src/engine/analyze.js';
import { loadResources } from '../src/resources/index.js';
import { openDb } from '../src/store/db.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, flood: { type: 'string', default: '10000' }, tiny: { type: 'string', default: '20000' } } });

function sharedDir(): string {
  if (process.env.SITREP_SHARED) return process.env.SITREP_SHARED;
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(d, 'package.json')); i++) d = dirname(d);
  return join(d, '..', 'shared');
}

const seedDir = join(sharedDir(), 'corpus', 'seeds');
if (!existsSync(seedDir)) { console.error(`no seed corpus at ${seedDir} (set SITREP_SHARED)`); process.exit(2); }
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same input. */
function rng(seed: number): () => number {
  return () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of `size` characters: the seed texts, whitespace folded to single spaces, repeated. */
function singleLine(size: number): string {
  const t = seeds.join(' ').replace(/\s+/g, ' ');
  return t.repeat(Math.ceil(size / (t.length + 1))).slice(0, size);
}

/**
 * An RSS feed of `n` items, each one of the five seed stories re-posted with small changes: another hour,
 * a tracking suffix on the link, a line of feed furniture, one word of the opening replaced — a flood of
 * near-duplicates.
 */
function floodFeed(n: number): string {
  const r = rng(15);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length]!;
    // the headline and the opening of the story (about 1,000 characters), as feeds carry it
    const words = base.slice(0, base.indexOf(' ', 1000)).split(' ');
    const at = Math.floor(r() * words.length);
    // a word, not a number (a re-post that changes a number states another fact: not a copy)
    if (!/\d/.test(words[at]!)) words[at] = ['reportedly', 'also', 'again', 'now'][i % 4]!;
    const body = `${words.join(' ')}\n\n${['Read more', 'Share this story', 'Subscribe for updates'][i % 3]}`;
    const title = base.split('\n')[0]!.trim();
    items.push(`<item><title>${xml(title)}</title><link>https://example.org/story/${i % seeds.length}?utm=${i}</link><guid>item-${i}</guid><pubDate>Tue, 06 Aug 2024 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate><description>${xml(body)}</description></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title><language>en</language>${items.join('')}</channel></rss>`;
}

/** `n` tiny files, each two sentences of the seeds (distinct pairs): many small, different articles. */
function tinyFiles(dir: string, n: number): void {
  const sentences = [...new Set(seeds.flatMap((s) => s.replace(/\s+/g, ' ').match(/[^.!?]{40,300}[.!?]/g) ?? []).map((s) => s.trim()))];
  for (let i = 0; i < n; i++) {
    const a = sentences[i % sentences.length]!, b = sentences[Math.floor(i / sentences.length + 1 + i) % sentences.length]!;
    writeFileSync(join(dir, `t${String(i).padStart(6, '0')}.txt`), `${a} ${b}\n`);
  }
}

interface Figures { name: string; inputs: number; read: number; cpu: number; wall: number; analysed: number; events: number; failures: number; failed: string[]; timings: Map<string, number> }

async function measure(name: string, paths: string[], dbFile: string, resources: ReturnType<typeof loadResources>): Promise<Figures> {
  const c0 = process.cpuUsage(), t0 = performance.now();
  const ing = await readInputs(paths, { maxBytes: 64 * 1024 ** 2 });
  const read = (performance.now() - t0) / 1000;
  const store = await openDb(dbFile);
  try {
    const timings = new Map<string, number>();
    const out = await analyzeRecords(ing.records, { db: store, resources, timings });
    const cpu = process.cpuUsage(c0);
    return { name, inputs: ing.records.length, read, cpu: (cpu.user + cpu.system) / 1e6, wall: (performance.now() - t0) / 1000, analysed: out.analysed.length, events: out.report.events.length, failures: ing.failures.length + out.failures.length, failed: [...ing.failures, ...out.failures].map((f) => `${f.code} ${f.message}`), timings };
  } finally { await store.db.destroy(); }
}

const resources = loadResources();
const work = mkdtempSync(join(tmpdir(), 'sitrep-robust-bench-'));
try {
  // warm-up: the KB, the wink model and the lazily built tables, outside every figure
  const warm = join(work, 'warm'); mkdirSync(warm);
  writeFileSync(join(warm, 'seed.txt'), seeds[0]!);
  await measure('warm-up', [warm], join(work, 'warm.db'), resources);
  const rows: Figures[] = [];
  if (!values.only || values.only === 'line') {
    const f = join(work, 'line.txt'); writeFileSync(f, singleLine(4_000_000));
    rows.push(await measure('4 MB single line', [f], join(work, 'line.db'), resources));
  }
  if (!values.only || values.only === 'flood') {
    const n = Number(values.flood), f = join(work, 'flood.rss'); writeFileSync(f, floodFeed(n));
    rows.push(await measure(`RSS flood, ${n} near-duplicate items`, [f], join(work, 'flood.db'), resources));
  }
  if (!values.only || values.only === 'tiny') {
    const n = Number(values.tiny), d = join(work, 'tiny'); mkdirSync(d); tinyFiles(d, n);
    rows.push(await measure(`${n} tiny files`, [d], join(work, 'tiny.db'), resources));
  }
  for (const r of rows) {
    console.log(`${r.name}: ${r.inputs} input article(s), ${r.analysed} analysed, ${r.events} events, ${r.failures} failed; `
      + `read ${r.read.toFixed(1)} s, total ${r.cpu.toFixed(1)} s CPU / ${r.wall.toFixed(1)} s wall; ${(r.inputs / r.wall).toFixed(1)} inputs/s wall`);
    // what failed, by input (the first few), so a failure is traced, not only counted
    for (const f of r.failed.slice(0, 5)) console.log(`  failed: ${f.slice(0, 300)}`);
    // the engine's own split (wall): the per-document stages, store and fusion per article, the report of the batch
    const stages = [...r.timings].filter(([k]) => k !== 'report' && !k.startsWith('store and fusion') && !k.startsWith('fuse')).reduce((s, [, v]) => s + v, 0);
    console.log(`  stages ${(stages / 1000).toFixed(1)} s, store and fusion ${((r.timings.get('store and fusion (per article)') ?? 0) / 1000).toFixed(1)} s, report ${((r.timings.get('report') ?? 0) / 1000).toFixed(1)} s`);
  }
} finally { rmSync(work, { recursive: true, force: true }); }
