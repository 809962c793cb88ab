/** The whole content of a store, table by table in key order, for byte-for-byte comparisons in tests. */
import type { Kysely, KyselyPlugin, RootOperationNode } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { allEvents } from '../../src/store/repos/events.js';

export async function snapshot(db: Kysely<Database>): Promise<string> {
  const out: Record<string, unknown[]> = {
    articles: await db.selectFrom('articles').selectAll().orderBy('id').execute(),
    analyses: await db.selectFrom('analyses').selectAll().orderBy('article_id').orderBy('pipeline_version').execute(),
    fused_events: await db.selectFrom('fused_events').selectAll().orderBy('id').execute(),
    event_reports: await db.selectFrom('event_reports').selectAll().orderBy('event_id').orderBy('article_id').execute(),
    event_parts: await db.selectFrom('event_parts').selectAll().orderBy('event_id').orderBy('seq').execute(),
    entities: await db.selectFrom('entities').selectAll().orderBy('id').execute(),
  };
  return JSON.stringify(out);
}

/** The ledger without write times: events (whole, however their parts were written) and their links, for comparing runs. */
export async function ledger(db: Kysely<Database>): Promise<string> {
  const events = (await allEvents(db)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => JSON.stringify(e));
  const links = await db.selectFrom('event_reports').selectAll().orderBy('event_id').orderBy('article_id').execute();
  const articles = await db.selectFrom('articles').select(['id', 'source', 'published', 'url', 'title', 'language', 'meta_origins']).orderBy('id').execute();
  return JSON.stringify({ articles, events, links });
}

/** A Kysely plugin that makes every write to `table` fail: a store fault in the middle of a transaction. */
export function failWritesTo(table: string): KyselyPlugin {
  return {
    transformQuery(args: { node: RootOperationNode }) {
      const n = args.node as { kind: string; into?: { table: { identifier: { name: string } } }; table?: { table: { identifier: { name: string } } } };
      const name = n.into?.table.identifier.name ?? n.table?.table?.identifier?.name;
      if ((n.kind === 'InsertQueryNode' || n.kind === 'UpdateQueryNode') && name === table) throw new Error(`injected fault: write to ${table}`);
      return args.node;
    },
    async transformResult(args) { return args.result; },
  } as KyselyPlugin;
}

/** Asserts two long strings equal, showing only where they first differ (not megabytes of both). */
export function assertSameText(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  throw new Error(`${what} differ at character ${i} of ${expected.length}:\n  expected …${expected.slice(Math.max(0, i - 200), i + 200)}…\n  actual   …${actual.slice(Math.max(0, i - 200), i + 200)}…`);
}
