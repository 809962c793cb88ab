/**
 * Seeded fuzz over every input format (text, HTML, JSON, JSONL, RSS, Atom): 10,000 mutated inputs are read;
 * each either yields records or fails with a SitrepError that has a code and names the input — never
 * another exception. A sample of the records is then analysed into a store: no uncaught error, every
 * valid record stored, and the store's integrity holds (SQLite integrity_check, links name stored rows).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { readBuffer } from '../../src/ingest/index.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { openDb } from '../../src/store/db.js';
import { SitrepError } from '../../src/core/errors.js';
import type { RawRecord } from '../../src/core/model/article.js';
import { testResources } from '../helpers/resources.js';

const CASES = 10_000;
const SEED = 0x5eed;
const BODY = 'Gunmen attacked a police post in the border village of Kani Rash on Sunday night, killing one policeman, the provincial police chief said.';

const SEEDS: Record<string, string> = {
  'a.txt': `Attack on police post\n\n${BODY}\n\nOfficials said two others were wounded.`,
  'a.html': `<html lang="en"><head><title>Attack</title><meta property="article:published_time" content="2022-09-05T10:00:00Z"></head><body><article><h1>Attack</h1><p>${BODY}</p><p>${BODY}</p></article></body></html>`,
  'a.json': JSON.stringify({ id: 'x1', title: 'Attack', text: BODY, published: '2022-09-05', url: 'https://example.com/a', source: 'Wire' }),
  'a.jsonl': [JSON.stringify({ text: BODY, published: '2022-09-05' }), JSON.stringify({ html: `<p>${BODY}</p>`, date: 'Mon, 05 Sep 2022 10:00:00 GMT' })].join('\n'),
  'a.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Attack</title><link>https://example.com/a</link><pubDate>Mon, 05 Sep 2022 10:00:00 GMT</pubDate><description>&lt;p&gt;${BODY}&lt;/p&gt;</description></item></channel></rss>`,
  'a.atom': `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Attack</title><updated>2022-09-05T10:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${BODY}</p></div></content></entry></feed>`,
};

/** mulberry32: a small seeded generator, so a failure is reproduced by its case number. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const PIECES = ['<', '>', '&', '&amp;', '&#0;', '"', "'", '\u0000', '\uFFFF', '\uD800', '🙂', '<div>', '</p>', '<svg <html>', ']]>', '<![CDATA[', '{', '}', '[', ']', ',', ':', '\\', '\n', '\r\n', '\t', '=cmd|', '9999-99-99', '2023-02-31', '42', 'javascript:', 'x'.repeat(300), '<'.repeat(50)];

function mutate(s: string, r: () => number): string {
  let out = s;
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(r() * (out.length + 1));
    switch (Math.floor(r() * 6)) {
      case 0: out = out.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + out.slice(at); break;
      case 1: out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 20)); break;
      case 2: out = out.slice(0, at); break;
      case 3: { const len = Math.floor(r() * 40); out = out.slice(0, at) + out.slice(at, at + len).repeat(1 + Math.floor(r() * 5)) + out.slice(at); break; }
      case 4: out = out.slice(0, at) + String.fromCharCode(Math.floor(r() * 0xffff)) + out.slice(at + 1); break;
      default: out = out.slice(at) + out.slice(0, at);
    }
  }
  return out;
}

test(`seeded fuzz: ${CASES} mutated inputs over every format give records or named, coded errors`, async () => {
  const r = rng(SEED);
  const names = Object.keys(SEEDS);
  const sample: RawRecord[] = [];
  let ok = 0, named = 0;
  for (let i = 0; i < CASES; i++) {
    const name = `case-${i}-${names[i % names.length]}`;
    const text = mutate(SEEDS[names[i % names.length]!]!, r);
    const buf = r() < 0.05 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
    try {
      const { records, errors } = readBuffer(buf, name);
      for (const e of errors) assert.ok(e instanceof SitrepError && e.code && e.input?.startsWith(name), `case ${i}: ${String(e)}`);
      ok++;
      if (i % 200 === 0 && records.length) sample.push(records[0]!);
    } catch (e) {
      assert.ok(e instanceof SitrepError, `case ${i} (${name}) threw a bare ${(e as Error)?.name}: ${(e as Error)?.message}`);
      assert.ok(e.code.startsWith('SITREP_ERR_') && e.input === name, `case ${i}: ${e.message}`);
      named++;
    }
  }
  assert.equal(ok + named, CASES);
  assert.ok(ok > CASES / 4, `most mutations still read (${ok})`);
  // a sample analysed into a store: no uncaught error, valid records stored, integrity holds
  const store = await openDb(':memory:');
  try {
    const out = await analyzeRecords(sample, { db: store, resources: testResources() });
    for (const f of out.failures) assert.ok(f instanceof SitrepError && f.code && f.input, String(f));
    assert.ok(out.analysed.length > 0, 'valid records in the sample are analysed');
    assert.equal(out.report.articles.length, out.analysed.length + out.unchanged.length, 'every record not failed is stored and reported');
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
    assert.equal(integrity.rows[0]!.integrity_check, 'ok');
    const links = await store.db.selectFrom('event_reports').leftJoin('articles', 'articles.id', 'event_reports.article_id').leftJoin('fused_events', 'fused_events.id', 'event_reports.event_id')
      .select(['event_reports.event_id', 'articles.id as a', 'fused_events.id as e']).execute();
    assert.deepEqual(links.filter((l) => !l.a || !l.e), [], 'every link names a stored article and event');
  } finally { await store.db.destroy(); }
});
