/**
 * The ledger index answers a word or actor filter the same whichever plan a query takes: a narrow set of
 * matches drives the query, a wide one is checked row by row along the sort order. Both plans are forced
 * (the threshold is a parameter) on the same rows and must give the pages an in-memory filter of the rows
 * gives, cursor paging included. SQLite, and PostgreSQL when a server answers (where the server's planner
 * chooses alone: the same pages are asked for, and the capped count is checked).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDb } from '../../src/store/db.js';
import { ensureLedger, putLedgerRows, deleteLedgerRows, listLedger, planFilter, type LedgerRow, type LedgerFilter, type SortKey } from '../../src/store/repos/ledger.js';
import { STORE_KINDS } from './stores.js';

const WORDS = ['convoy', 'checkpoint', 'village', 'airport', 'statement', 'militia'];
const ACTORS = ['Houthis', 'Islamic State', 'Kataib Hezbollah'];

/** 150 rows: every report holds "convoy"; other words and actors on a share of them; ties on the sort columns. */
function rows(): LedgerRow[] {
  return Array.from({ length: 150 }, (_, i) => {
    const words = ['convoy', ...WORDS.filter((_, k) => k > 0 && i % (k + 1) === 0)];
    const actor = ACTORS[i % 3]!;
    const country = i % 4 === 0 ? 'IQ' : 'SY';
    const day = 19000 + (i % 37);
    return {
      id: `ev-${String(i).padStart(4, '0')}`, dayStart: day, dayEnd: day, type: 'ASSAULT', mode: null, acledType: null, country, admin1: null,
      lat: null, lon: null, confidence: (i % 10) / 10, independent: 1 + (i % 3), conflicts: 0, background: false, modality: 'asserted',
      killed: i % 7, updatedAt: '2026-01-01T00:00:00.000Z',
      summary: { label: `event ${i}`, type: 'ASSAULT', mode: null, acledType: null, date: null, place: null, country, admin1: null, lat: null, lon: null, agents: [actor], targets: [], weapon: null, killed: null, injured: null, responsibility: null, sources: [], independentSources: 1, conflicts: [], confidence: 0.5, background: false, modality: 'asserted', reports: 1, updatedAt: '' },
      actors: [{ entity: `kb:${actor.toLowerCase().replace(/\W+/g, '-')}`, name: actor, role: 'agent' }],
      text: `Reports of the ${words.join(' and the ')} near the border.`,
    };
  });
}

for (const kind of STORE_KINDS) {
  test(`ledger (${kind.name}): word and actor filters give the same pages whether their matches drive the query or are checked along the order`, { skip: kind.skip ?? false }, async () => {
    const ts = await kind.make();
    const store = await openDb(ts.location);
    try {
      await ensureLedger(store.db, store.dialect);
      const all = rows();
      await putLedgerRows(store.db, store.dialect, all);
      // a rewrite of some rows (their old text rows must go with them) and a removal
      await putLedgerRows(store.db, store.dialect, all.slice(0, 10));
      await deleteLedgerRows(store.db, store.dialect, ['ev-0149']);
      const live = all.filter((r) => r.id !== 'ev-0149');
      const has = (r: LedgerRow, w: string) => new RegExp(`\\b${w}\\b`).test(r.text);
      const cases: [string, LedgerFilter, (r: LedgerRow) => boolean][] = [
        ['a word every event has', { words: ['convoy'] }, () => true],
        ['a rarer word', { words: ['militia'] }, (r) => has(r, 'militia')],
        ['two words', { words: ['convoy', 'airport'] }, (r) => has(r, 'airport')],
        ['an actor', { actors: ['houthis'] }, (r) => r.actors[0]!.name === 'Houthis'],
        ['an entity and a word, in a country', { entities: ['kb:islamic-state'], words: ['village'], countries: ['IQ'] }, (r) => r.actors[0]!.name === 'Islamic State' && has(r, 'village') && r.country === 'IQ'],
        ['a word nothing has', { words: ['nowhere'] }, () => false],
      ];
      const sortOf: Record<SortKey, (r: LedgerRow) => number | string> = { date: (r) => r.dayStart!, toll: (r) => r.killed, confidence: (r) => r.confidence, sources: (r) => r.independent, updated: (r) => r.updatedAt };
      for (const [label, f, keep] of cases) {
        for (const [sort, desc] of [['date', true], ['toll', true], ['confidence', false]] as [SortKey, boolean][]) {
          const key = sortOf[sort];
          const want = live.filter(keep).sort((a, b) => { const x = key(a), y = key(b); const c = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0; return desc ? -c : c; }).map((r) => r.id);
          for (const wideAt of [1, 1_000_000]) {
            const got: string[] = [];
            let after: [number | string, string] | null = null;
            for (let pages = 0; pages < 50; pages++) {
              const page = await listLedger(store.db, store.dialect, f, { sort, desc, limit: 17, after }, wideAt);
              got.push(...page.map((p) => p.id));
              if (page.length < 17) break;
              after = [page.at(-1)!.sortValue, page.at(-1)!.id];
            }
            assert.deepEqual(got, want, `${label}, sorted by ${desc ? '-' : ''}${sort}, ${wideAt === 1 ? 'checked along the order' : 'driving the query'}`);
          }
        }
      }
      // the plan itself: a set reaching the threshold is wide, one below it is not
      const plan = await planFilter(store.db, { words: ['convoy', 'militia'].slice(0, 1), actors: ['houthis'] }, store.dialect, 60);
      assert.deepEqual([...plan.wide].sort(), ['words']);
    } finally {
      await store.db.destroy();
      await ts.cleanup();
    }
  });
}
