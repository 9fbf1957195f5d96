/**
 * The tasks registry's figures (app/tasks/counter.ts): stocks as the tasks stand on a day, per lead unit. A task
 * exists from its start date; it is completed from its completion date (on time: no later than its deadline);
 * it is overdue on a day when its deadline is before that day and it was not completed by then.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../schema.ts';

export type TaskCountMeasure = 'total' | 'completed' | 'completed_on_time' | 'overdue';

type TaskQuery = SelectQueryBuilder<Database, 'tasks', object>;

function counted(db: Kysely<Database>, measure: TaskCountMeasure, asOf: string, unitCodes: readonly string[] | null): TaskQuery {
  let q = db.selectFrom('tasks').where('startDate', '<=', asOf) as TaskQuery;
  if (unitCodes) q = q.where('leadUnitCode', 'in', [...unitCodes]);
  if (measure === 'completed') q = q.where('state', '=', 'completed').where('completedOn', '<=', asOf);
  if (measure === 'completed_on_time') q = q.where('state', '=', 'completed').where('completedOn', '<=', asOf).whereRef('completedOn', '<=', 'deadline');
  if (measure === 'overdue')
    q = q.where('deadline', '<', asOf).where((eb) => eb.or([eb('state', '<>', 'completed'), eb('completedOn', '>', asOf), eb('completedOn', 'is', null)]));
  return q;
}

/** The measure's figure per lead unit on `asOf`. */
export async function countTasksByLead(
  db: Kysely<Database>,
  measure: TaskCountMeasure,
  asOf: string,
  unitCodes: readonly string[] | null,
): Promise<Map<string, number>> {
  if (unitCodes && unitCodes.length === 0) return new Map();
  const rows = await counted(db, measure, asOf, unitCodes)
    .select(['leadUnitCode', sql<number>`count(*)`.as('n')])
    .groupBy('leadUnitCode')
    .execute();
  return new Map(rows.map((r) => [r.leadUnitCode, Number(r.n)]));
}

/** The tasks the figure counts, by deadline then id, paged. */
export async function countedTaskRows(
  db: Kysely<Database>,
  measure: TaskCountMeasure,
  asOf: string,
  unitCodes: readonly string[],
  page: { limit: number; offset: number },
) {
  if (unitCodes.length === 0) return { total: 0, rows: [] };
  const total = await counted(db, measure, asOf, unitCodes)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const rows = await counted(db, measure, asOf, unitCodes)
    .select(['id', 'title', 'leadUnitCode', 'state', 'deadline', 'completedOn', 'startDate', 'simulated'])
    .orderBy('deadline')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: Number(total.n), rows: rows.map((r) => ({ ...r, id: Number(r.id), simulated: Number(r.simulated) })) };
}

/** The earliest start date of a task, or null. */
export async function earliestTaskStart(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('tasks')
    .select(sql<string | null>`min(start_date)`.as('first'))
    .executeTakeFirst();
  return row?.first ?? null;
}
