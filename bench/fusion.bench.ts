/**
 * Fusion benchmark: a generated stream of reports (default 120,000; `--events N`) through
 * fuseArticleEvents and the MemoryEventIndex, printing the time per 10k events as the store grows.
 * About a third of the reports re-report a recent incident (another outlet), the rest are new; dates
 * advance ~60 reports a day over several years, places are drawn from 400 sites in 8 countries.
 * With `--store sqlite` the same stream goes through the engine's store path instead (fuseIntoStore: a
 * blocked candidate query on the SQLite store, one transaction per article), so the figures show whether
 * fusion against a growing store stays flat.
 * Prints figures; not a test. Run: npx tsx bench/fusion.bench.ts [--events N] [--store sqlite]
 */
import type { Article } from '../src/core/model/article.js';
import type { ExtractedEvent } from '../src/core/model/event.js';
import type { Geo } from '../src/core/model/entity.js';
import { fuseArticleEvents, MemoryEventIndex } from '../src/fuse/index.js';
import { openDb } from '../src/store/db.js';
import { fuseIntoStore } from '../src/engine/fuse-store.js';
import { insertArticle } from '../src/store/repos/articles.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argIdx = process.argv.indexOf('--events');
const TOTAL = argIdx > 0 ? Number(process.argv[argIdx + 1]) : 120_000;
const CHUNK = 10_000;

let seed = 42;
const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const COUNTRIES = ['IQ', 'SY', 'UA', 'SD', 'YE', 'ML', 'SO', 'MM'];
const SITES = Array.from({ length: 400 }, (_, i) => ({ name: `Site ${i}`, geo: { lat: 5 + (i % 40) * 1.1, lon: 10 + Math.floor(i / 40) * 3.3, country: COUNTRIES[i % 8]!, admin1: null, precision: 'town' } as Geo }));
const MODES = ['drone', 'missile', 'shelling', 'airstrike', 'shooting', 'car bomb'];
const GROUPS = Array.from({ length: 60 }, (_, i) => `Group ${i}`);

interface Incident { day: number; site: number; mode: string; quantity: number; killed: number; group: string }
const iso = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
const START = Math.floor(Date.UTC(2020, 0, 1) / 86400000);

function report(i: number, inc: Incident): { article: Article; events: ExtractedEvent[] } {
  const site = SITES[inc.site]!;
  const parts: string[] = [];
  const mark = (s: string) => { const start = parts.join('').length; parts.push(s); return { start, end: start + s.length }; };
  mark('On ');
  const date = mark(iso(inc.day));
  mark(', ');
  const qty = mark(String(inc.quantity));
  mark(' ');
  const trig = mark(inc.mode);
  mark(' attacks hit ');
  const place = mark(site.name);
  mark(', killing ');
  const killed = mark(String(inc.killed));
  mark(' people. ');
  const claim = mark(`${inc.group} claimed responsibility.`);
  const text = parts.join('');
  const published = iso(inc.day + 1 + (i % 3));
  const article: Article = {
    id: 'a' + i, origin: 'bench', file: null, url: null, externalId: null, title: null, source: 'Outlet ' + (i % 50), published,
    publishedInferred: null, dateline: null, outletFromText: null, language: 'en', text, offsetMap: [], paragraphs: [{ start: 0, end: text.length }],
    removed: [], diagnostics: [], raw: text,
  };
  const ev: ExtractedEvent = {
    id: 'e1', type: 'ASSAULT', mode: inc.mode, trigger: { ...trig, text: inc.mode }, sentences: [{ start: 0, end: text.length }],
    date: { value: { start: iso(inc.day), end: iso(inc.day), precision: 'day' }, at: date }, time: null,
    location: { name: site.name, entity: null, geo: site.geo, at: place },
    actors: [{ role: 'agent', name: inc.group, entity: null, at: { start: claim.start, end: claim.start + inc.group.length } }],
    weapon: null, quantity: { value: inc.quantity, at: qty }, killed: { value: { min: inc.killed, max: inc.killed }, at: killed }, injured: null, outcome: null,
    responsibility: [{ status: 'claimed', by: [inc.group], at: claim }], modality: 'asserted', background: false, confidence: 0.6, rule: 'bench/generated',
  };
  return { article, events: [ev] };
}

// generate the whole stream first, so timing covers fusion only
const recent: Incident[] = [];
const stream: { article: Article; events: ExtractedEvent[] }[] = [];
for (let i = 0; i < TOTAL; i++) {
  const day = START + Math.floor(i / 60);
  let inc: Incident;
  if (recent.length && rnd() < 0.35) inc = recent[Math.floor(rnd() * recent.length)]!;
  else {
    inc = { day: day - Math.floor(rnd() * 3), site: Math.floor(rnd() * SITES.length), mode: pick(MODES), quantity: 1 + Math.floor(rnd() * 4), killed: Math.floor(rnd() * 6), group: pick(GROUPS) };
    recent.push(inc);
    if (recent.length > 2000) recent.shift();
  }
  stream.push(report(i, inc));
}

const useSqlite = process.argv.includes('sqlite');
if (useSqlite) await runSqlite();
else runMemory();

async function runSqlite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-fusion-'));
  const store = await openDb(join(dir, 'bench.db'));
  console.log(`fusion benchmark: ${TOTAL} reports, SQLite store (fuseIntoStore, one transaction per article)`);
  console.log('events   canonical   ms/10k   reports/s');
  let t0 = performance.now();
  const tStart = t0;
  for (let i = 0; i < stream.length; i++) {
    const s = stream[i]!;
    const now = s.article.published ?? '';
    await store.db.transaction().execute(async (trx) => {
      await insertArticle(trx, s.article, now);
      await fuseIntoStore(trx, s.article, s.events, [], s.events[0]!.sentences, now);
    });
    if ((i + 1) % CHUNK === 0) {
      const ms = performance.now() - t0;
      const n = await store.db.selectFrom('fused_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      console.log(`${String(i + 1).padStart(7)} ${String(n?.n ?? 0).padStart(10)} ${ms.toFixed(0).padStart(8)} ${Math.round(CHUNK / (ms / 1000)).toString().padStart(10)}`);
      t0 = performance.now();
    }
  }
  console.log(`total ${((performance.now() - tStart) / 1000).toFixed(1)} s`);
  await store.db.destroy();
  rmSync(dir, { recursive: true, force: true });
}

function runMemory(): void {
const index = new MemoryEventIndex();
let merged = 0;
console.log(`fusion benchmark: ${TOTAL} reports, MemoryEventIndex`);
console.log('events      store   merged   ms/10k   reports/s');
let t0 = performance.now();
const tStart = t0;
for (let i = 0; i < stream.length; i++) {
  const s = stream[i]!;
  const r = fuseArticleEvents(s.article, s.events, null, index);
  if (r.decisions[0]?.merged) merged++;
  if ((i + 1) % CHUNK === 0) {
    const ms = performance.now() - t0;
    console.log(`${String(i + 1).padStart(7)} ${String(index.size()).padStart(8)} ${String(merged).padStart(8)} ${ms.toFixed(0).padStart(8)} ${Math.round(CHUNK / (ms / 1000)).toString().padStart(10)}`);
    t0 = performance.now();
  }
}
console.log(`total ${((performance.now() - tStart) / 1000).toFixed(1)} s; canonical events ${index.size()} for ${TOTAL} reports (${merged} merges)`);
}
