/** The elements whose values roll up to other units: every element but those a unit states itself (hierarchy 'none'). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface RolledElement {
  id: number;
  code: string;
}

/** The rolled elements in id order, all of them or those among `only`. */
export async function readRolledElements(db: Kysely<Database>, only?: readonly number[]): Promise<RolledElement[]> {
  if (only && only.length === 0) return [];
  let query = db.selectFrom('dataElements').select(['id', 'code']).where('hierarchyAggregation', '<>', 'none').orderBy('id');
  if (only) query = query.where('id', 'in', only);
  return query.execute();
}
