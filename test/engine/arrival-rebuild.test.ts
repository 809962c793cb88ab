/**
 * The cost of arriving late (src/engine/fuse-store.ts): an article published before stored reports of its block
 * rebuilds only the stored events its own reports meet — the events fusion compares them with — not every event of
 * the store's wider read; and the late arrivals of one batch are fused together at its end, so a stored article they
 * send back is fused again once, not once per arrival. Either way the ledger is that of one run in arrival order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngine } from '../helpers/resources.js';
import { analyzeRecords } from '../../src/engine/analyze.js';
import type { RebuildStats } from '../../src/engine/fuse-store.js';
import { cleanRecord } from '../../src/clean/index.js';
import { prepareArticle } from '../../src/engine/prepare.js';
import { openDb } from '../../src/store/db.js';
import type { RawRecord } from '../../src/core/model/article.js';
import { assertSameText, ledger } from '../robust/store-snapshot.js';

const rec = (origin: string, body: string, source: string, published = '2024-04-07'): RawRecord => ({ origin, file: origin, format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source, published, language: 'en' });
const idOf = (r: RawRecord): string => prepareArticle(cleanRecord(r)).id;
const stats = (): RebuildStats => ({ refused: 0, deferred: 0, capped: 0 });

/** The ledger of runs of records into one store, and what the rebuild did in the last run. */
async function runs(steps: RawRecord[][], heldGroup?: number): Promise<{ ledger: string; last: RebuildStats; events: { type: string; date: string | undefined; reports: number }[] }> {
  const store = await openDb(':memory:');
  try {
    let last = stats();
    let events: { type: string; date: string | undefined; reports: number }[] = [];
    for (const step of steps) {
      last = stats();
      const out = await analyzeRecords(step, { ...testEngine(), db: store, rebuild: last, ...(heldGroup ? { heldGroup } : {}) });
      assert.deepEqual(out.failures, []);
      events = out.report.events.map((e) => ({ type: e.type, date: e.date?.start, reports: new Set(e.reports.map((r) => r.article)).size }));
    }
    return { ledger: await ledger(store.db), last, events };
  } finally { await store.db.destroy(); }
}

/** Of two records, the one whose id sorts first (it arrives before the other on the same day) and the other. */
const byId = (a: RawRecord, b: RawRecord): [RawRecord, RawRecord] => (idOf(a) < idOf(b) ? [a, b] : [b, a]);

// two strikes on one town five weeks apart, told on the same day: the store reads a report's rows with its span
// widened by the most any event reaches (MAX_REACH_DAYS, 39 days), but 35 days is beyond what either report reaches
// (the tolerance and a month for a follow-up, 32 days), so fusion never compares them, in either order
const march = 'Airstrike kills three in Nabatieh\n\nAn Israeli airstrike on a house in the southern Lebanese town of Nabatieh killed three people on 2 March 2024, the Lebanese health ministry said.';
const april = 'Drone strike hits car in Nabatieh\n\nAn Israeli drone strike on a car in the southern Lebanese town of Nabatieh killed two men on 6 April 2024, the Lebanese health ministry said.';

test('a same-day arrival that sorts before a stored article but could not have met its events rebuilds nothing', async () => {
  const [first, second] = byId(rec('march.txt', march, 'Beirut Daily'), rec('april.txt', april, 'Cedar Wire'));
  // the stored one sorts after the late one: before, the late one's wider read held the stored event, and it was
  // removed and its article fused again behind it (1 article fused again)
  const late = await runs([[second], [first]]);
  assert.deepEqual(late.last, { refused: 0, deferred: 0, capped: 0 });
  const once = await runs([[first, second]]);
  // (not vacuous: two events of one kind in one town, 35 days apart, each with one report)
  assert.deepEqual(once.events.filter((e) => e.type === 'ASSAULT').map((e) => [e.date, e.reports]).sort(), [['2024-03-02', 1], ['2024-04-06', 1]]);
  assertSameText(late.ledger, once.ledger, 'ledger (late arrival vs one run)');
});

// four outlets' reports of the March strike, published the same day
const copies = [
  ['Beirut Daily', march],
  ['Cedar Wire', 'Three killed in Nabatieh strike\n\nThree people were killed when an Israeli airstrike hit a house in Nabatieh in southern Lebanon on 2 March 2024, the health ministry said.'],
  ['Levant Post', 'Nabatieh house struck\n\nAn Israeli strike on a house in Nabatieh, southern Lebanon, on 2 March 2024 killed three people, according to the Lebanese health ministry.'],
  ['South News', 'Strike on Nabatieh\n\nThe Lebanese health ministry said an Israeli airstrike on a home in Nabatieh killed three people on 2 March 2024.'],
].map(([source, body], i) => rec(`copy-${i}.txt`, body!, source!, '2024-03-03'));

test('late arrivals of one batch are fused together at its end: a stored report they all met is fused again once', async () => {
  const sorted = [...copies].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
  const stored = sorted[sorted.length - 1]!, batch = sorted.slice(0, -1);
  const late = await runs([[stored], batch]);
  // each of the three arrives before the stored report (same day, smaller id): before, each rebuilt the event in its
  // own transaction, and the stored report (and the late ones already fused) were fused again once per arrival
  assert.deepEqual(late.last, { refused: 1, deferred: 3, capped: 0 });
  assert.deepEqual(late.events.filter((e) => e.type === 'ASSAULT').map((e) => [e.date, e.reports]), [['2024-03-02', 4]]);
  assertSameText(late.ledger, (await runs([copies])).ledger, 'ledger (three late arrivals vs one run)');
});

test('late arrivals held in groups of two give the ledger of holding them all to the end of the batch', async () => {
  const sorted = [...copies].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1));
  const stored = sorted[sorted.length - 1]!, batch = sorted.slice(0, -1);
  const whole = await runs([[stored], batch]);
  const grouped = await runs([[stored], batch], 2);
  // (not vacuous: the first two are fused and committed as a group, and the third, late against the stored report,
  // arrives after them and sends back the event they built with it: more articles are fused again)
  assert.deepEqual(whole.last, { refused: 1, deferred: 3, capped: 0 });
  assert.deepEqual(grouped.last.deferred, 3);
  assert.ok(grouped.last.refused > whole.last.refused, `refused ${grouped.last.refused}`);
  assertSameText(grouped.ledger, whole.ledger, 'ledger (held in groups of two vs held to the end)');
  assertSameText(grouped.ledger, (await runs([copies])).ledger, 'ledger (held in groups of two vs one run)');
});

test('a re-analysis stored in groups of two gives the ledger of one transaction', async () => {
  const reanalysed = async (heldGroup?: number): Promise<{ ledger: string; analysed: number; events: number[] }> => {
    const store = await openDb(':memory:');
    try {
      await analyzeRecords(copies, { ...testEngine(), db: store });
      const out = await analyzeRecords(copies, { ...testEngine(), db: store, reprocess: true, ...(heldGroup ? { heldGroup } : {}) });
      assert.deepEqual(out.failures, []);
      return { ledger: await ledger(store.db), analysed: out.analysed.length, events: out.report.events.filter((e) => e.type === 'ASSAULT').map((e) => new Set(e.reports.map((r) => r.article)).size) };
    } finally { await store.db.destroy(); }
  };
  const whole = await reanalysed(), grouped = await reanalysed(2);
  // (not vacuous: all four analysed again, in two groups, and their one event rebuilt with its four reports)
  assert.deepEqual([grouped.analysed, grouped.events], [4, [4]]);
  assertSameText(grouped.ledger, whole.ledger, 'ledger (re-analysis in groups of two vs in one transaction)');
});
