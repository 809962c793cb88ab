/** HTML pages through readability: title, published date, site name, paragraphs; scripts never become text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { extractHtml } from '../../src/ingest/html.js';
import { repoRoot } from '../helpers/shared.js';

const fixture = (name: string) => join(repoRoot(), 'test', 'fixtures', 'ingest', name);

test('an HTML page gives title, published day, site name and its paragraphs, without navigation or footer', async () => {
  const { records, failures } = await readInputs([fixture('page.html')]);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 1);
  const r = records[0]!;
  assert.equal(r.format, 'html');
  assert.equal(r.file, 'page.html');
  assert.equal(r.title, 'Rocket fire hits fuel depot near Kirkuk');
  assert.equal(r.published, '2023-03-14');
  assert.equal(r.source, 'Northern Ledger');
  assert.equal(r.language, 'en');
  const paras = r.body.split('\n\n');
  assert.equal(paras.length, 3, r.body);
  assert.match(paras[0]!, /^Two rockets struck a fuel depot .* on Tuesday morning\.$/);
  assert.match(paras[2]!, /^No group has claimed responsibility/);
  assert.doesNotMatch(r.body, /Home|Sport|Copyright|All rights reserved/);
});

test('script, style and event-handler markup in the body do not come through as text', async () => {
  const { records } = await readInputs([fixture('page.html')]);
  const body = records[0]!.body;
  assert.doesNotMatch(body, /alert\(|<script|tracker|color: red|onerror/);
  assert.doesNotMatch(body, /<[a-z/][^>]*>/i, 'no tags left in the text');
});

test('a fragment without <html>/<body> is still read, and inline scripts inside a paragraph are dropped', () => {
  const frag = extractHtml('<div>Police said two men were arrested. <script>alert(1)</script><noscript>enable scripts</noscript>Both were later released.</div>', 'frag', { readability: false });
  assert.equal(frag.text, 'Police said two men were arrested. Both were later released.');
  const inP = extractHtml('<p>The council met on Monday.<script>alert(1)</script></p><p>It voted to close the market.</p>', 'p', { readability: false });
  assert.equal(inP.text, 'The council met on Monday.\n\nIt voted to close the market.');
});

test('the publication day comes from <time datetime> when no meta tag gives it', () => {
  const h = extractHtml('<html><body><article><time datetime="2012-07-30T21:05:00Z">30 July</time><p>Engineers restored power to the eastern districts of the city late on Monday after a storm brought down two transmission lines, the utility said.</p></article></body></html>', 'time.html');
  assert.equal(h.published, '2012-07-30');
  assert.match(h.text, /^Engineers restored power/);
});

test('a .html file without any markup is refused with an error naming it', async () => {
  assert.throws(() => extractHtml('Just a line of plain text, no tags at all.', 'plain.html'), (e: Error) => /plain\.html: no HTML markup found/.test(e.message));
});
