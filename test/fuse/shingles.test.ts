import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needShared } from '../helpers/shared.js';
import { nearDuplicates, independentSources } from '../../src/fuse/index.js';
import { makeArticle } from './fixtures.js';
import { seedInputs } from './seed-events.js';

const BODY = `Two armed drones targeted the Ain al-Asad air base in western Iraq early on Tuesday, Iraqi military sources said, in the second such attack since a pause in strikes on bases hosting US forces earlier this year. The drones were shot down before reaching the base and no casualties were reported, the sources added. No group immediately claimed responsibility. The attack came days before an Iraqi military delegation was due to travel to Washington for talks on the future of the US-led coalition.`;

test('a copy with its own dateline is found as a near-duplicate, with the shared passage in both texts', () => {
  const wire = makeArticle('wire', BODY, 'Reuters', '2024-07-16');
  const copy = makeArticle('copy', 'BAGHDAD (Agency) - ' + BODY, 'Local Daily', '2024-07-16');
  const other = makeArticle('other', 'The foreign ministers of Iran and Iraq spoke by telephone on Friday about regional developments and the Vienna talks, and agreed to meet soon to discuss bilateral ties, trade and security along the shared border, the two ministries said in separate statements published later in the day.', 'Newsweek', '2022-04-08');
  const rel = nearDuplicates([wire, other, copy]);
  assert.equal(rel.length, 1);
  const r = rel[0]!;
  assert.deepEqual([r.a, r.b].sort(), ['copy', 'wire']);
  assert.equal(r.kind, 'near-duplicate');
  for (const s of r.evidence) assert.equal((s.article === 'wire' ? wire : copy).text.slice(s.start, s.end), s.text);
  assert.ok(r.evidence[0].text.startsWith('Two armed drones targeted'));
  assert.equal(independentSources(['wire', 'copy', 'other'], rel), 2);
});

test('a short copy inside a longer article is a wire copy (containment), not a near-duplicate', () => {
  const wire = makeArticle('wire', BODY, 'Reuters', '2024-07-16');
  const long = makeArticle('long', BODY + ' ' + 'Iraq wants coalition troops to begin withdrawing in September and to end their mission by September 2025, though some US forces may stay on in an advisory role, officials familiar with the talks said. Militia leaders have warned that any US response could escalate attacks against American targets across the country.', 'Analysis Weekly', '2024-07-18');
  const rel = nearDuplicates([wire, long]);
  assert.equal(rel.length, 1);
  assert.equal(rel[0]!.kind, 'wire-copy');
  assert.ok(rel[0]!.containment >= 0.95 && rel[0]!.jaccard < 0.8);
});

test('the five seed articles are independent texts', needShared('corpus', 'seeds'), () => {
  assert.deepEqual(nearDuplicates(seedInputs()!.map((x) => x.article)), []);
});
