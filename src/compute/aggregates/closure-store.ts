/** Loads the unit graph, builds the closure (closure-build.ts) and stores it; the now-view's "today" is remembered. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { buildClosure, type ClosureRow, type LeafRow } from './closure-build.ts';

const TODAY_KEY = 'compute.treeDate';
const CHUNK = 500;

async function loadGraph(db: Kysely<Database>) {
  const [units, parents, links] = await Promise.all([
    db.selectFrom('units').select(['id', 'validFrom', 'validTo']).execute(),
    db.selectFrom('unitParents').select(['childId', 'parentId', 'validFrom', 'validTo']).execute(),
    db.selectFrom('lineageLinks').select(['fromUnitId', 'toUnitId', 'kind', 'share']).execute(),
  ]);
  return { units, parents, links: links.map((l) => ({ ...l, share: l.share === null ? null : Number(l.share) })) };
}

async function insertChunks(trx: Kysely<Database>, closure: ClosureRow[], leaves: LeafRow[]): Promise<void> {
  for (let i = 0; i < closure.length; i += CHUNK) await trx.insertInto('aggClosure').values(closure.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < leaves.length; i += CHUNK) await trx.insertInto('aggLeaves').values(leaves.slice(i, i + CHUNK)).execute();
}

/** The date of "today's tree" for the now-view: fixed at the last rebuild, so live deltas and recomputes agree. */
export async function treeDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('appMeta').select('value').where('key', '=', TODAY_KEY).executeTakeFirst();
  return row?.value ?? null;
}

/** Rebuilds the whole closure for the tree as of `today`. */
export async function rebuildClosure(trx: Kysely<Database>, today: string = todayIsoDate()): Promise<{ closureRows: number; leafRows: number; units: number }> {
  const graph = await loadGraph(trx);
  const { closure, leaves } = buildClosure(graph.units, graph.parents, graph.links, today);
  await trx.deleteFrom('aggClosure').execute();
  await trx.deleteFrom('aggLeaves').execute();
  await insertChunks(trx, closure, leaves);
  await trx.deleteFrom('appMeta').where('key', '=', TODAY_KEY).execute();
  await trx.insertInto('appMeta').values({ key: TODAY_KEY, value: today }).execute();
  return { closureRows: closure.length, leafRows: leaves.length, units: graph.units.length };
}

/**
 * Makes sure the given units have closure rows (a unit added since the last rebuild, or a store where none
 * ran yet). Only the missing units' rows are added; a change to existing units needs a full recompute.
 */
export async function ensureClosure(trx: Kysely<Database>, unitIds: readonly number[]): Promise<void> {
  const have = new Set<number>();
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('aggClosure')
      .select('unitId')
      .where('view', '=', 'was')
      .where('isSelf', '=', 1)
      .where('unitId', 'in', unitIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) have.add(r.unitId);
  }
  const missing = unitIds.filter((id) => !have.has(id));
  if (missing.length === 0) return;
  const today = await treeDate(trx);
  if (today === null) {
    await rebuildClosure(trx);
    return;
  }
  const graph = await loadGraph(trx);
  const { closure, leaves } = buildClosure(graph.units, graph.parents, graph.links, today, new Set(missing));
  await insertChunks(trx, closure, leaves);
}
