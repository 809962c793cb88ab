/** Canonical entities: the only SQL for the entities table. */
import type { Kysely, Transaction } from 'kysely';
import type { Entity } from '../../core/model/entity.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function putEntities(db: Db, entities: readonly Entity[], now: string): Promise<void> {
  for (const e of entities) {
    const old = await db.selectFrom('entities').select('data').where('id', '=', e.id).executeTakeFirst();
    const aliases = new Set([...(old ? (JSON.parse(old.data) as Entity).aliases : []), ...e.aliases]);
    const data = JSON.stringify({ ...e, aliases: [...aliases] });
    await db.insertInto('entities').values({ id: e.id, name: e.name, type: e.type, country: e.country, data, updated_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: e.name, data, updated_at: now })).execute();
  }
}

export async function getEntities(db: Db, ids?: readonly string[]): Promise<Entity[]> {
  let q = db.selectFrom('entities').select('data');
  if (ids) { if (!ids.length) return []; q = q.where('id', 'in', [...ids]); }
  return (await q.execute()).map((r) => JSON.parse(r.data) as Entity);
}
