/**
 * The closure tables' SQL (agg_closure, agg_leaves) and the date of "today's tree" kept in app_meta: the unit
 * graph read for a build, the closure replaced whole, its edges read for the roll-up, and the checks that tell a
 * closure that does not cover every unit (compute/aggregates/closure.ts builds it; the sink reads it).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ClosureEdge, ClosureRow, LeafRow } from './schema.ts';

const TREE_DATE_KEY = 'compute.treeDate';
const INSERT_CHUNK = 500;
/** Unit ids per IN list. */
const UNIT_CHUNK = 500;

export interface GraphUnit {
  id: number;
  validFrom: string;
  validTo: string;
}
export interface GraphParent {
  childId: number;
  parentId: number;
  validFrom: string;
  validTo: string;
}
export interface GraphLink {
  fromUnitId: number;
  toUnitId: number;
  kind: string;
  share: number | null;
}
/** Every unit version, parent link and lineage link: what the closure is built from. */
export interface UnitGraph {
  units: GraphUnit[];
  parents: GraphParent[];
  links: GraphLink[];
}

export async function readUnitGraph(db: Kysely<Database>): Promise<UnitGraph> {
  const [units, parents, links] = await Promise.all([
    db.selectFrom('units').select(['id', 'validFrom', 'validTo']).execute(),
    db.selectFrom('unitParents').select(['childId', 'parentId', 'validFrom', 'validTo']).execute(),
    db.selectFrom('lineageLinks').select(['fromUnitId', 'toUnitId', 'kind', 'share']).execute(),
  ]);
  return { units, parents, links: links.map((l) => ({ ...l, share: l.share === null ? null : Number(l.share) })) };
}

/** Replaces the whole closure and its leaves, and remembers the date of the tree they were built for. */
export async function replaceClosure(trx: Kysely<Database>, closure: readonly ClosureRow[], leaves: readonly LeafRow[], treeDate: string): Promise<void> {
  await trx.deleteFrom('aggClosure').execute();
  await trx.deleteFrom('aggLeaves').execute();
  for (let i = 0; i < closure.length; i += INSERT_CHUNK)
    await trx
      .insertInto('aggClosure')
      .values(closure.slice(i, i + INSERT_CHUNK))
      .execute();
  for (let i = 0; i < leaves.length; i += INSERT_CHUNK)
    await trx
      .insertInto('aggLeaves')
      .values(leaves.slice(i, i + INSERT_CHUNK))
      .execute();
  await trx.deleteFrom('appMeta').where('key', '=', TREE_DATE_KEY).execute();
  await trx.insertInto('appMeta').values({ key: TREE_DATE_KEY, value: treeDate }).execute();
}

/** The date of "today's tree" for the now-view: fixed at the last closure build, so live deltas and recomputes agree. */
export async function treeDate(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('appMeta').select('value').where('key', '=', TREE_DATE_KEY).executeTakeFirst();
  return row?.value ?? null;
}

const EDGE_COLUMNS = ['unitId', 'view', 'ancestorId', 'share', 'approx', 'validFrom', 'validTo'] as const;

function numericEdge<T extends { share: number; approx: number }>(row: T): T {
  return { ...row, share: Number(row.share), approx: Number(row.approx) };
}

/** Every edge of the closure from a unit to another unit (not to itself): the whole graph of a large roll-up. */
export async function readNonSelfEdges(db: Kysely<Database>): Promise<ClosureEdge[]> {
  const rows = await db.selectFrom('aggClosure').select(EDGE_COLUMNS).where('isSelf', '=', 0).execute();
  return rows.map(numericEdge);
}

/**
 * Every closure row of some units, their own rows (isSelf = 1) included: one indexed read tells both the edges
 * a live write follows and whether the closure covers each unit (every unit it was built for has a 'was' self row).
 */
export async function readClosureRows(db: Kysely<Database>, unitIds: readonly number[]): Promise<ClosureRow[]> {
  const out: ClosureRow[] = [];
  for (let i = 0; i < unitIds.length; i += UNIT_CHUNK) {
    const rows = await db
      .selectFrom('aggClosure')
      .select([...EDGE_COLUMNS, 'isSelf'])
      .where('unitId', 'in', unitIds.slice(i, i + UNIT_CHUNK))
      .execute();
    for (const r of rows) out.push(numericEdge(r));
  }
  return out;
}

/** How many units the stored closure does not cover (no 'was' row to themselves): added since the last build. */
export async function countUnitsWithoutClosure(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('units as u')
    .select(sql<number>`count(*)`.as('n'))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('aggClosure as c').select('c.unitId').whereRef('c.unitId', '=', 'u.id').where('c.view', '=', 'was').where('c.isSelf', '=', 1))),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
