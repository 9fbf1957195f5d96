/**
 * Score runs and their results. A run is keyed by (edition, level, period) and has revisions 1, 2, …;
 * the latest revision may be a draft (recomputed in place), every published revision is frozen: its
 * results are never updated or deleted, and a recompute after publishing writes a new revision.
 */
import type { Kysely, Selectable } from 'kysely';
import type { RunOptions, RunOrigin, RunSource, RunStatus, ScoreRun, UnitResult } from '../../domain/frameworks/run-types.ts';
import type { EditionDefinition } from '../../domain/frameworks/types.ts';
import { inTransaction } from '../transaction.ts';
import type { Database } from '../schema.ts';
import type { ScoreRunsTable } from './schema.ts';

const BATCH = 200;

export interface RunKey {
  editionId: number;
  level: string;
  period: string;
}

export interface NewRun extends RunKey {
  options: RunOptions;
  /** The edition definition as computed (JSON), frozen with the results. */
  definition: string;
  compareRunId: number | null;
  createdBy: string;
  results: UnitResult[];
}

export function runsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('scoreRuns as r')
    .innerJoin('frameworkEditions as e', 'e.id', 'r.editionId')
    .innerJoin('frameworks as f', 'f.id', 'e.frameworkId')
    .selectAll('r')
    .select(['f.code as framework', 'e.edition as edition']);
}

export type RunRow = Selectable<ScoreRunsTable> & { framework: string; edition: string };

export function toRun(row: RunRow): ScoreRun {
  return {
    id: row.id,
    framework: row.framework,
    edition: row.edition,
    level: row.level,
    period: row.period,
    revision: row.revision,
    status: row.status as RunStatus,
    options: JSON.parse(row.options) as RunOptions,
    compareRunId: row.compareRunId,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    origin: (row.origin ?? 'computed') as RunOrigin,
    source: row.source ? (JSON.parse(row.source) as RunSource) : null,
  };
}

/** Test seam: runs inside saveRun's transaction between reading the latest revision and claiming it. */
export interface SaveRunHooks {
  afterRead?: (trx: Kysely<Database>) => Promise<void>;
}

/**
 * Writes a computed run: over the latest revision when that is still a draft, else as the next revision.
 * The draft is claimed first (`UPDATE … WHERE status = 'draft'`, which on PostgreSQL waits for a concurrent
 * publish and then sees it): when the claim touches no row the run was published meanwhile, and the results
 * go to a new revision. Results are only ever deleted from the run just claimed as a draft.
 * One transaction; returns the run as stored.
 */
export async function saveRun(db: Kysely<Database>, run: NewRun, now: Date = new Date(), hooks: SaveRunHooks = {}): Promise<ScoreRun> {
  return inTransaction(db, async (trx) => {
    const latest = await latestRevision(trx, run);
    await hooks.afterRead?.(trx);
    const fields = {
      options: JSON.stringify(run.options),
      definition: run.definition,
      compareRunId: run.compareRunId,
      createdAt: now.toISOString(),
      createdBy: run.createdBy,
    };
    const claimed = latest && latest.status === 'draft' ? await claimDraft(trx, latest.id, fields) : null;
    let id: number;
    if (claimed !== null) {
      id = claimed;
      await trx.deleteFrom('scoreResults').where('runId', '=', id).execute();
    } else {
      // Read again: a publish may have committed since the first read (a new statement sees it).
      const current = await latestRevision(trx, run);
      const revision = (current?.revision ?? 0) + 1;
      const row = {
        editionId: run.editionId,
        level: run.level,
        period: run.period,
        revision,
        status: 'draft',
        publishedAt: null,
        publishedBy: null,
        ...fields,
      };
      id = (await trx.insertInto('scoreRuns').values(row).returning('id').executeTakeFirstOrThrow()).id;
    }
    for (let i = 0; i < run.results.length; i += BATCH) {
      await trx
        .insertInto('scoreResults')
        .values(run.results.slice(i, i + BATCH).map((r) => toRow(id, r)))
        .execute();
    }
    return (await getRun(trx, id)) as ScoreRun;
  });
}

/**
 * Overwrites a draft's fields and locks its row until the transaction ends (so a publish waits for the
 * new results); null when the run is no longer a draft.
 */
async function claimDraft(
  trx: Kysely<Database>,
  id: number,
  fields: { options: string; definition: string; compareRunId: number | null; createdAt: string; createdBy: string },
): Promise<number | null> {
  const claimed = await trx.updateTable('scoreRuns').set(fields).where('id', '=', id).where('status', '=', 'draft').returning('id').executeTakeFirst();
  return claimed?.id ?? null;
}

export async function latestRevision(db: Kysely<Database>, key: RunKey) {
  return db
    .selectFrom('scoreRuns')
    .select(['id', 'revision', 'status'])
    .where('editionId', '=', key.editionId)
    .where('level', '=', key.level)
    .where('period', '=', key.period)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function toRow(runId: number, r: UnitResult) {
  return {
    runId,
    unitCode: r.unitCode,
    unitName: r.unitName,
    points: r.points,
    maxPoints: r.maxPoints,
    score: r.score,
    rank: r.rank,
    rankChange: r.rankChange,
    grade: r.grade ? JSON.stringify(r.grade) : null,
    mainIndices: JSON.stringify(r.mainIndices),
    pillars: JSON.stringify(r.pillars),
    components: JSON.stringify(r.components),
    missing: JSON.stringify(r.missing),
    predecessors: r.predecessors ? JSON.stringify(r.predecessors) : null,
    provenance: r.derived?.length || r.note ? JSON.stringify({ derived: r.derived ?? [], note: r.note ?? null }) : null,
  };
}

/** Publishes a draft (it is frozen from then on); null when the run is not a draft. */
export async function publishRun(db: Kysely<Database>, id: number, by: string, now: Date = new Date()): Promise<ScoreRun | null> {
  const updated = await db
    .updateTable('scoreRuns')
    .set({ status: 'published', publishedAt: now.toISOString(), publishedBy: by })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return null;
  return getRun(db, id);
}

export async function getRun(db: Kysely<Database>, id: number): Promise<ScoreRun | null> {
  const row = await runsQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toRun(row as RunRow) : null;
}

/** A given revision (draft or published), or without one the latest published revision. */
export async function findRun(db: Kysely<Database>, key: RunKey, revision?: number): Promise<ScoreRun | null> {
  let query = runsQuery(db).where('r.editionId', '=', key.editionId).where('r.level', '=', key.level).where('r.period', '=', key.period);
  query = revision !== undefined ? query.where('r.revision', '=', revision) : query.where('r.status', '=', 'published');
  const row = await query.orderBy('r.revision', 'desc').limit(1).executeTakeFirst();
  return row ? toRun(row as RunRow) : null;
}

/** The revision before this one (null for revision 1). */
export async function previousRevision(db: Kysely<Database>, run: ScoreRun): Promise<ScoreRun | null> {
  const row = await db.selectFrom('scoreRuns').select(['editionId']).where('id', '=', run.id).executeTakeFirstOrThrow();
  return run.revision <= 1 ? null : findRun(db, { editionId: row.editionId, level: run.level, period: run.period }, run.revision - 1);
}

/** The latest published run of an edition at a level, over any period (the latest period first). */
export async function latestPublishedRun(db: Kysely<Database>, editionId: number, level: string): Promise<ScoreRun | null> {
  const row = await runsQuery(db)
    .where('r.editionId', '=', editionId)
    .where('r.level', '=', level)
    .where('r.status', '=', 'published')
    .orderBy('r.period', 'desc')
    .orderBy('r.revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRun(row as RunRow) : null;
}

/** The results of a run (or one unit's), best rank first, then unranked units by code. */
export async function listRunResults(db: Kysely<Database>, runId: number, unitCode?: string): Promise<UnitResult[]> {
  let query = db.selectFrom('scoreResults').selectAll().where('runId', '=', runId);
  if (unitCode !== undefined) query = query.where('unitCode', '=', unitCode);
  const rows = await query.execute();
  const results = rows.map((r): UnitResult => ({
    unitCode: r.unitCode,
    unitName: r.unitName,
    points: r.points,
    maxPoints: r.maxPoints,
    score: r.score,
    rank: r.rank,
    rankChange: r.rankChange,
    grade: r.grade ? (JSON.parse(r.grade) as UnitResult['grade']) : null,
    mainIndices: JSON.parse(r.mainIndices) as UnitResult['mainIndices'],
    pillars: JSON.parse(r.pillars) as UnitResult['pillars'],
    components: JSON.parse(r.components) as UnitResult['components'],
    missing: JSON.parse(r.missing) as string[],
    predecessors: r.predecessors ? (JSON.parse(r.predecessors) as string[]) : null,
    ...provenanceOf(r.provenance),
  }));
  return results.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0));
}

function provenanceOf(json: string | null): Pick<UnitResult, 'derived' | 'note'> {
  if (!json) return { derived: [], note: null };
  const p = JSON.parse(json) as { derived?: string[]; note?: string | null };
  return { derived: p.derived ?? [], note: p.note ?? null };
}

/** The edition definition a run was computed with (frozen with it, whatever later edits of the edition). */
export async function runDefinition(db: Kysely<Database>, runId: number): Promise<EditionDefinition> {
  const row = await db.selectFrom('scoreRuns').select('definition').where('id', '=', runId).executeTakeFirstOrThrow();
  return JSON.parse(row.definition) as EditionDefinition;
}
