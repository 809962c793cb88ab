/** RSS 2.0 and Atom feeds: one article per item/entry with title, link, date and content or description. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { repoRoot } from '../helpers/shared.js';

const fixture = (name: string) => join(repoRoot(), 'test', 'fixtures', 'ingest', name);

test('RSS 2.0: one record per item with title, link, guid, pubDate and full content over the teaser', async () => {
  const { records, failures } = await readInputs([fixture('feed-rss.xml')]);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 2);
  const [a, b] = records as [typeof records[0] & object, typeof records[0] & object];
  assert.equal(a.format, 'feed');
  assert.equal(a.title, 'Border crossing closed after shelling');
  assert.equal(a.url, 'https://courier.example.org/2022/05/09/border-crossing-closed');
  assert.equal(a.externalId, 'vc-2022-0509-01');
  assert.equal(a.published, '2022-05-09');
  assert.equal(a.source, 'Valley Courier');
  assert.equal(a.language, 'en');
  assert.equal(a.body, 'Authorities closed the main border crossing on Sunday after artillery shells landed near the customs building, a local official said.\n\nTraders waiting on both sides were told to return home until further notice.');
  assert.doesNotMatch(a.body, /teaser/);
  // an entity-escaped HTML description is decoded and reduced to text
  assert.equal(b.title, 'Farmers protest water cuts');
  assert.equal(b.published, '2022-05-10');
  assert.equal(b.body, "Several hundred farmers gathered outside the governor's office on Tuesday to protest cuts to irrigation water.");
});

test('Atom: one record per entry with the alternate link, id, updated/published day and content or summary', async () => {
  const { records, failures } = await readInputs([fixture('feed-atom.xml')]);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 2);
  const [a, b] = records as [typeof records[0] & object, typeof records[0] & object];
  assert.equal(a.title, 'Patrol boat detains fishing vessel');
  assert.equal(a.url, 'https://dispatch.example.net/patrol-boat-detains-vessel', 'rel="edit" is not the article link');
  assert.equal(a.externalId, 'tag:dispatch.example.net,2021:77');
  assert.equal(a.published, '2021-11-02');
  assert.equal(a.source, 'Harbour Dispatch');
  assert.equal(a.body, 'A coast guard patrol boat detained a fishing vessel and its crew of six off the northern cape on Tuesday, the navy said.\n\nThe crew were taken to the port for questioning.');
  assert.equal(b.url, 'https://dispatch.example.net/ferry-service-resumes');
  assert.equal(b.published, '2021-11-03', '<published> wins over <updated>');
  assert.equal(b.body, 'The island ferry service resumed on Wednesday after a two-day suspension caused by high winds.');
});

test('a feed item whose HTML has no block elements, or hides a script, still gives clean text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  try {
    const p = join(dir, 'inline.rss');
    writeFileSync(p, `<?xml version="1.0"?><rss version="2.0"><channel><title>Inline Gazette</title>
<item><title>Dam inspected</title><link>https://gazette.example.org/dam</link><pubDate>Thu, 02 Jun 2022 10:00:00 GMT</pubDate>
<description><![CDATA[Engineers <b>inspected</b> the dam on Wednesday<script>alert(1)</script> and found no cracks.]]></description></item>
</channel></rss>`);
    const { records, failures } = await readInputs([p]);
    assert.deepEqual(failures, []);
    assert.equal(records[0]!.body, 'Engineers inspected the dam on Wednesday and found no cracks.');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('an item without content or description is an error naming the item; the other items are read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  try {
    const p = join(dir, 'partial.xml');
    writeFileSync(p, `<?xml version="1.0"?><rss version="2.0"><channel><title>Partial</title>
<item><title>Empty one</title><link>https://partial.example.org/1</link></item>
<item><title>Full one</title><link>https://partial.example.org/2</link><description>The port reopened on Friday after the strike ended.</description></item>
</channel></rss>`);
    const { records, failures } = await readInputs([p]);
    assert.deepEqual(records.map((r) => r.title), ['Full one']);
    assert.equal(failures.length, 1);
    assert.match(failures[0]!.message, /partial\.xml#item-1: feed item has no content or description/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('Atom <content type="xhtml">: the text of the XHTML div, paragraphs kept, over a shorter summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-'));
  try {
    const p = join(dir, 'xhtml.atom');
    writeFileSync(p, `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Frontier Monitor</title><id>urn:frontier</id><updated>2023-03-08T10:00:00Z</updated>
<entry><title>Drone strike on fuel depot</title><id>urn:frontier:1</id><updated>2023-03-07T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A drone struck a fuel depot near the border crossing on Monday &amp; set two tankers on fire, <em>local officials</em> said.</p><p>No casualties were reported.</p></div></content></entry>
<entry><title>Curfew lifted</title><id>urn:frontier:2</id><updated>2023-03-08T08:00:00Z</updated>
<summary>Curfew lifted.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The night curfew in the old city was lifted on Tuesday after a week without clashes.</div></content></entry>
</feed>`);
    const { records, failures } = await readInputs([p]);
    assert.deepEqual(failures, []);
    assert.deepEqual(records.map((r) => r.body), [
      'A drone struck a fuel depot near the border crossing on Monday & set two tankers on fire, local officials said.\n\nNo casualties were reported.',
      'The night curfew in the old city was lifted on Tuesday after a week without clashes.',
    ]);
    assert.equal(records[0]!.published, '2023-03-07');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
