/**
 * Runs entered as published (imported) and the reads the rankings screen and a unit page need: an imported run is
 * always a new revision, published and frozen at once (a correction of the ministry's table is the next
 * revision, and the diff shows it); the runs of an edition, newest first; a unit's result in the latest
 * published run of every edition.
 */
import type { Kysely } from 'kysely';
import { unitsForRun } from './score-run-inputs.ts';
import type { RunOptions, RunSource, ScoreRun, UnitResult } from '../../domain/frameworks/run-types.ts';
import { inTransaction } from '../transaction.ts';
import type { Database } from '../schema.ts';
import { getRun, latestRevision, listRunResults, runsQuery, toRow, toRun, type RunKey, type RunRow } from './score-runs.ts';

const BATCH = 200;

export interface NewPublishedRun extends RunKey {
  options: RunOptions;
  definition: string;
  compareRunId: number | null;
  source: RunSource;
  by: string;
  results: UnitResult[];
}

/** Writes an imported run as the next revision, published; inside the caller's transaction when given one. */
export async function savePublishedRun(db: Kysely<Database>, run: NewPublishedRun, now: Date = new Date()): Promise<ScoreRun> {
  return inTransaction(db, async (trx) => {
    const latest = await latestRevision(trx, run);
    const at = now.toISOString();
    const { id } = await trx
      .insertInto('scoreRuns')
      .values({
        editionId: run.editionId,
        level: run.level,
        period: run.period,
        revision: (latest?.revision ?? 0) + 1,
        status: 'published',
        options: JSON.stringify(run.options),
        definition: run.definition,
        compareRunId: run.compareRunId,
        createdAt: at,
        createdBy: run.by,
        publishedAt: at,
        publishedBy: run.by,
        origin: 'imported',
        source: JSON.stringify(run.source),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < run.results.length; i += BATCH)
      await trx
        .insertInto('scoreResults')
        .values(run.results.slice(i, i + BATCH).map((r) => toRow(id, r)))
        .execute();
    return (await getRun(trx, id)) as ScoreRun;
  });
}

/** The runs of an edition (every level and period), the latest period and revision first; drafts only when asked. */
export async function listEditionRuns(db: Kysely<Database>, editionId: number, options: { drafts: boolean }): Promise<Array<ScoreRun & { units: number }>> {
  let query = runsQuery(db).where('r.editionId', '=', editionId);
  if (!options.drafts) query = query.where('r.status', '=', 'published');
  const rows = (await query.orderBy('r.period', 'desc').orderBy('r.revision', 'desc').execute()) as RunRow[];
  if (rows.length === 0) return [];
  const counts = await db
    .selectFrom('scoreResults')
    .select(['runId', (eb) => eb.fn.countAll<number>().as('n')])
    .where(
      'runId',
      'in',
      rows.map((r) => r.id),
    )
    .where('score', 'is not', null)
    .groupBy('runId')
    .execute();
  const byRun = new Map(counts.map((c) => [c.runId, Number(c.n)]));
  return rows.map((row) => ({ ...toRun(row), units: byRun.get(row.id) ?? 0 }));
}

export interface UnitScoreEntry {
  run: ScoreRun;
  result: UnitResult;
  /**
   * How many units the ranking is among ("xếp thứ 27/63": the 63): for a published table imported, every unit of
   * the run's level on its date (a table that lists a few provinces still ranked them among all); for a computed
   * run or one over chosen units, those it ranks.
   */
  rankedAmong: number;
}

/**
 * The unit's result in the latest published revision of each (edition, level, period), every framework, the latest
 * period first; a revision that no longer lists the unit (a correction dropped it) gives nothing for that key.
 */
export async function unitPublishedResults(db: Kysely<Database>, unitCode: string): Promise<UnitScoreEntry[]> {
  const rows = (await runsQuery(db).where('r.status', '=', 'published').orderBy('r.period', 'desc').orderBy('r.revision', 'desc').execute()) as RunRow[];
  const latest = new Map<string, RunRow>();
  for (const row of rows) {
    const key = `${row.editionId}|${row.level}|${row.period}`;
    if (!latest.has(key)) latest.set(key, row);
  }
  const out: UnitScoreEntry[] = [];
  for (const row of latest.values()) {
    const [result] = await listRunResults(db, row.id, unitCode);
    if (result) out.push({ run: toRun(row), result, rankedAmong: await runRankedAmong(db, toRun(row)) });
  }
  return out;
}

/** A published run's "among how many" (see UnitScoreEntry.rankedAmong): the unit pages and the public ranking read the same count. */
export async function runRankedAmong(db: Kysely<Database>, run: ScoreRun): Promise<number> {
  const row = await db
    .selectFrom('scoreResults')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('runId', '=', run.id)
    .where('rank', 'is not', null)
    .executeTakeFirst();
  const ranked = Number(row?.n ?? 0);
  if (run.origin === 'computed' || run.options.units?.length || !run.options.at) return ranked; // a computed run ranks what it scored
  return Math.max(ranked, (await unitsForRun(db, run.level, run.options.at)).length);
}
