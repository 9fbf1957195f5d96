/** Submissions: (dataset, unit, period) with its workflow state, who moved it last and why. */
import type { Kysely, Selectable } from 'kysely';
import type { SubmissionState } from '../../domain/workflow.ts';
import type { Database } from '../schema.ts';
import type { SubmissionsTable } from './schema.ts';

export type SubmissionRow = Selectable<SubmissionsTable>;

export interface SubmissionKey {
  datasetId: number;
  unitId: number;
  period: string;
}

/** The stored submission, or null (a unit that never saved or submitted is a draft). */
export async function getSubmission(db: Kysely<Database>, key: SubmissionKey): Promise<SubmissionRow | null> {
  const row = await db
    .selectFrom('submissions')
    .selectAll()
    .where('datasetId', '=', key.datasetId)
    .where('unitId', '=', key.unitId)
    .where('period', '=', key.period)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Claims the submission row for update in the caller's transaction (a no-op UPDATE locks it on
 * PostgreSQL; SQLite holds its write lock), so two approvers cannot both move it from the same state.
 */
export async function claimSubmission(trx: Kysely<Database>, key: SubmissionKey): Promise<SubmissionRow | null> {
  const claimed = await trx
    .updateTable('submissions')
    .set((eb) => ({ state: eb.ref('state') }))
    .where('datasetId', '=', key.datasetId)
    .where('unitId', '=', key.unitId)
    .where('period', '=', key.period)
    .returning('id')
    .executeTakeFirst();
  return claimed ? getSubmission(trx, key) : null;
}

export type SubmissionChange = Partial<Omit<SubmissionRow, 'id' | 'datasetId' | 'unitId' | 'period'>> & { state: SubmissionState; updatedAt: string };

/** Inserts or updates the submission's row. */
export async function saveSubmission(trx: Kysely<Database>, key: SubmissionKey, change: SubmissionChange, exists: boolean): Promise<void> {
  if (exists) {
    await trx
      .updateTable('submissions')
      .set(change)
      .where('datasetId', '=', key.datasetId)
      .where('unitId', '=', key.unitId)
      .where('period', '=', key.period)
      .execute();
  } else {
    await trx
      .insertInto('submissions')
      .values({ ...key, reason: null, ...change })
      .execute();
  }
}

/** Submissions of a dataset for a period (for coverage). */
export async function listSubmissions(db: Kysely<Database>, datasetId: number, period: string): Promise<SubmissionRow[]> {
  return db.selectFrom('submissions').selectAll().where('datasetId', '=', datasetId).where('period', '=', period).execute();
}

/** Submissions of some datasets for some periods (the list of forms), in one query per 500 periods. */
export async function submissionsOfDatasets(db: Kysely<Database>, datasetIds: readonly number[], periods: readonly string[]): Promise<SubmissionRow[]> {
  if (datasetIds.length === 0 || periods.length === 0) return [];
  const out: SubmissionRow[] = [];
  for (let i = 0; i < periods.length; i += 500)
    out.push(
      ...(await db
        .selectFrom('submissions')
        .selectAll()
        .where('datasetId', 'in', [...datasetIds])
        .where('period', 'in', periods.slice(i, i + 500))
        .execute()),
    );
  return out;
}

/** Every submission of some unit versions, of any dataset and period (a unit's reporting record). */
export async function submissionsOfUnits(db: Kysely<Database>, unitIds: readonly number[]): Promise<SubmissionRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('submissions')
    .selectAll()
    .where('unitId', 'in', [...unitIds])
    .orderBy('period')
    .execute();
}

export interface LockedValue {
  elementId: number;
  unitId: number;
  period: string;
  dataset: string;
  state: SubmissionState;
}

/**
 * Values (element × unit × period among those given) that belong to a submission whose state does not
 * allow edits (submitted or approved), with the dataset that holds them.
 */
export async function lockedValues(db: Kysely<Database>, keys: ReadonlyArray<{ elementId: number; unitId: number; period: string }>): Promise<LockedValue[]> {
  if (keys.length === 0) return [];
  const unitIds = [...new Set(keys.map((k) => k.unitId))];
  const periods = [...new Set(keys.map((k) => k.period))];
  const wanted = new Set(keys.map((k) => `${k.elementId}|${k.unitId}|${k.period}`));
  const out: LockedValue[] = [];
  for (let i = 0; i < unitIds.length; i += 500) {
    const rows = await db
      .selectFrom('submissions as s')
      .innerJoin('datasetElements as de', 'de.datasetId', 's.datasetId')
      .innerJoin('datasets as d', 'd.id', 's.datasetId')
      .select(['de.elementId', 's.unitId', 's.period', 'd.code as dataset', 's.state'])
      .where('s.state', 'in', ['submitted', 'approved'])
      .where('s.unitId', 'in', unitIds.slice(i, i + 500))
      .where('s.period', 'in', periods)
      .execute();
    for (const r of rows) if (wanted.has(`${r.elementId}|${r.unitId}|${r.period}`)) out.push({ ...r, state: r.state as SubmissionState });
  }
  return out;
}

/** The workflow state of every form (dataset) that collects the element, for the unit and period: none when no form does. */
export async function formStatesOfValue(
  db: Kysely<Database>,
  key: { elementId: number; unitId: number; period: string },
): Promise<Array<{ dataset: string; state: SubmissionState }>> {
  const rows = await db
    .selectFrom('datasetElements as de')
    .innerJoin('datasets as d', 'd.id', 'de.datasetId')
    .leftJoin('submissions as s', (join) => join.onRef('s.datasetId', '=', 'de.datasetId').on('s.unitId', '=', key.unitId).on('s.period', '=', key.period))
    .select(['d.code as dataset', 's.state'])
    .where('de.elementId', '=', key.elementId)
    .orderBy('d.code')
    .execute();
  return rows.map((r) => ({ dataset: r.dataset, state: (r.state ?? 'draft') as SubmissionState }));
}
