/**
 * Validation at the edge: a bad publication date or URL from any input format (JSON, JSONL, RSS, Atom, HTML
 * meta, the sidecar) is dropped with a named warning on the article — never an exception, never stored as
 * written — and markup the DOM library cannot walk is a named input error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import { readDay } from '../../src/ingest/day.js';

const BAD = ['9999-99-99', '0000-00-00', 'Dec 16 201', '10000-01-01', '2023-02-31', '42', '31 Feb 2021'];
const BODY = 'Gunmen attacked a police post in the border village of Kani Rash on Sunday night, killing one policeman, the provincial police chief said.';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const FORMATS: Record<string, (d: string) => [string, string]> = {
  json: (d) => ['a.json', JSON.stringify({ text: BODY, published: d, url: 'javascript:alert(1)' })],
  jsonNumber: (d) => ['n.json', JSON.stringify({ text: BODY, published: /^\d+$/.test(d) ? Number(d) : d })],
  jsonl: (d) => ['a.jsonl', JSON.stringify({ text: BODY, published: d }) + '\n'],
  rss: (d) => ['a.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Attack</title><link>${esc('file:///etc/passwd')}</link><pubDate>${esc(d)}</pubDate><description>${esc(BODY)}</description></item></channel></rss>`],
  atom: (d) => ['a.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Attack</title><updated>${esc(d)}</updated><content>${esc(BODY)}</content></entry></feed>`],
  html: (d) => ['a.html', `<html><head><meta property="article:published_time" content="${esc(d)}"><title>Attack</title></head><body><article><p>${BODY}</p><p>${BODY}</p></article></body></html>`],
};

test('bad dates and URLs from every format are dropped with named warnings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edge-'));
  try {
    for (const bad of BAD) {
      for (const [name, make] of Object.entries(FORMATS)) {
        const [file, content] = make(bad);
        const path = join(dir, `${name}-${file}`);
        writeFileSync(path, content);
        const { records, failures } = await readInputs([path]);
        assert.deepEqual(failures.map((f) => f.message), [], `${name} ${bad}`);
        assert.equal(records.length, 1, `${name} ${bad}`);
        assert.equal(records[0]!.published, null, `${name} ${bad}: the bad date is not kept`);
        assert.ok(records[0]!.warnings?.some((w) => w.rule === 'ingest/bad-date' && w.message.includes(bad)), `${name} ${bad}: a named warning`);
        assert.equal(records[0]!.url, null);
      }
      // the sidecar
      writeFileSync(join(dir, 'side.txt'), BODY);
      writeFileSync(join(dir, 'meta.jsonl'), JSON.stringify({ file: 'side.txt', published: bad, url: 'not a url' }) + '\n');
      const { records } = await readInputs([join(dir, 'side.txt')], { meta: join(dir, 'meta.jsonl') });
      assert.equal(records[0]!.published, null);
      assert.deepEqual(records[0]!.warnings?.map((w) => w.rule), ['ingest/bad-date', 'ingest/bad-url']);
    }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('real calendar days pass, in every written form the inputs use', () => {
  for (const [s, day] of [['2024-02-29', '2024-02-29'], ['Mon, 09 May 2022 23:30:00 -0500', '2022-05-09'], ['May 9, 2022', '2022-05-09'], ['2024-07-17T10:00:00Z', '2024-07-17']] as const) assert.equal(readDay(s).day, day, s);
  assert.equal(readDay('2023-02-29').day, null);
});

test('an analysed article with a bad date keeps the warning and infers its date instead', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edge-'));
  try {
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ text: BODY, published: '9999-99-99' }));
    const { records } = await readInputs([join(dir, 'a.json')]);
    const out = await analyzeRecords(records, { ...testEngine(), db: ':memory:' });
    assert.deepEqual(out.failures, []);
    const a = out.report.articles[0]!;
    assert.equal(a.published, null);
    assert.ok(a.diagnostics.some((d) => d.rule === 'ingest/bad-date'));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('markup the DOM library cannot walk is a named input error, not a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-edge-'));
  try {
    writeFileSync(join(dir, 'svg.html'), '<svg <html>');
    const { records, failures } = await readInputs([join(dir, 'svg.html')]);
    assert.equal(records.length, 0);
    assert.equal(failures.length, 1);
    assert.equal(failures[0]!.code, 'SITREP_ERR_INPUT_MALFORMED');
    assert.equal(failures[0]!.input, join(dir, 'svg.html'));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
