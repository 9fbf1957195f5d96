/**
 * A DHIS2 data value set imported (POST /dhis2/dataValueSets, `dx-ioc dhis2 import`): read and checked whole,
 * every problem named by row and field (an unknown org unit, element or period among them, naming the code), then
 * written ALL OR NOTHING through the one write path (recordValues, source 'import') with the permissions of every
 * import: a caller who may write no unit is refused before the set is read (as the spreadsheet import's start),
 * each value outside the caller's units or elements is 403, values of a submitted or approved form 409, invalid
 * ones 422 with the problems as details, each {row, field, message}. A row's comment accepts its validation
 * warnings, as in the spreadsheet import. `dryRun` runs the same checks and writes in a transaction that is rolled
 * back, so its answer is what the import would do, exactly, and nothing stays. Only idScheme=CODE is taken.
 * The answer is shaped like DHIS2's ImportSummary (status, importCount, conflicts) with our problems beside it.
 */
import { can, type Actor } from '../../domain/access.ts';
import type { Dhis2Column, Dhis2Problem, Dhis2Row } from '../../domain/dhis2-data-value-set.ts';
import { AppError, appError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { isRecordRefusal, type ItemProblem } from '../collection/errors.ts';
import { recordValues, recordValuesIn, type RecordContext, type RecordItem, type RecordResult } from '../collection/record-values.ts';
import { itemsOfRows, readSet, type Dhis2Input } from './dhis2-read.ts';

export interface Dhis2ImportOptions {
  dryRun?: boolean;
  /** DHIS2's idScheme: only CODE (any case) is taken; absent means CODE. */
  idScheme?: string;
  via?: string;
  now?: Date;
}

export interface ImportSummary {
  responseType: 'ImportSummary';
  status: 'SUCCESS' | 'WARNING' | 'ERROR';
  description: string;
  dryRun: boolean;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  /** DHIS2's conflicts: the offending code (or field) and what is wrong, the row first. */
  conflicts: Array<{ object: string; value: string }>;
  /** Every problem by row (1-based; a CSV's header is row 0) and field. */
  problems: Dhis2Problem[];
}

const FIELD: Record<string, Dhis2Column | 'dataValues'> = {
  unit: 'orgUnit',
  dataElement: 'dataElement',
  period: 'period',
  value: 'value',
  comment: 'comment',
  evidence: 'value',
};

export async function importDataValueSet(store: Store, actor: Actor, input: Dhis2Input, options: Dhis2ImportOptions = {}): Promise<ImportSummary> {
  if (options.idScheme !== undefined && options.idScheme.toUpperCase() !== 'CODE') {
    const reason = `chỉ hỗ trợ idScheme=CODE, không '${options.idScheme}' / only idScheme=CODE is supported`;
    throw appError('BAD_REQUEST', { field: 'idScheme', reason }, [{ field: 'idScheme', message: reason }]);
  }
  // As the spreadsheet import's start (app/imports/import-job.ts): a caller who may write nowhere is refused first.
  if (!can(actor, 'write_values', { unitPath: actor.unitScopes.length ? actor.unitScopes : ['*'] })) {
    throw appError('FORBIDDEN', { action: 'write_values', target: 'dataValueSets' });
  }
  const dryRun = options.dryRun === true;
  const read = readSet(input);
  const items = await itemsOfRows(store, read.rows);
  const ctx: RecordContext = {
    actor,
    source: 'import',
    via: options.via ?? 'dhis2 dataValueSets',
    acceptCommentedWarnings: true,
    ...(options.now ? { now: options.now } : {}),
  };
  // With problems already found, the other rows are still checked (every problem at once), then rolled back.
  const outcome = dryRun || read.problems.length > 0 ? await rehearse(store, items, ctx) : await attempt(() => recordValues(store, items, ctx));
  const problems = [...read.problems, ...(outcome.ok ? [] : outcome.problems.map((p) => located(p, read.rows)))].sort((a, b) => a.row - b.row);
  if (problems.length > 0) {
    if (!dryRun) {
      const locked = !outcome.ok && outcome.kind === 'LOCKED' && read.problems.length === 0;
      throw locked ? appError('LOCKED', {}, problems) : appError('VALIDATION_FAILED', { count: problems.length }, problems);
    }
    return summary('ERROR', dryRun, { imported: 0, updated: 0, ignored: read.total, deleted: 0 }, problems, read.sent);
  }
  const result = (outcome as { ok: true; result: RecordResult }).result;
  const warnings = result.warnings.map((w) => located({ index: w.index, field: 'value', message: w.message }, read.rows));
  return summary(
    warnings.length > 0 ? 'WARNING' : 'SUCCESS',
    dryRun,
    { imported: result.created, updated: result.updated, ignored: result.unchanged, deleted: 0 },
    warnings,
    read.sent,
  );
}

type Outcome = { ok: true; result: RecordResult } | { ok: false; kind: string; problems: ItemProblem[] };

/** Thrown to roll a dry run's transaction back, carrying what it did. */
class RolledBack extends Error {
  constructor(readonly result: RecordResult) {
    super('dry run');
  }
}

/** The write path in a transaction that is always rolled back: its checks and counts, and nothing kept. */
async function rehearse(store: Store, items: RecordItem[], ctx: RecordContext): Promise<Outcome> {
  return attempt(async () => {
    try {
      await inRetryingTransaction(store.db, async (trx) => {
        throw new RolledBack(await recordValuesIn(trx, items, ctx));
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.result;
      throw error;
    }
    throw new Error('unreachable: a dry run always rolls back');
  });
}

/** The write path's refusals as problems; a permission refusal stays a 403 (a dry run too). */
async function attempt(write: () => Promise<RecordResult>): Promise<Outcome> {
  try {
    return { ok: true, result: await write() };
  } catch (error) {
    if (!isRecordRefusal(error) || (error as AppError).code === 'FORBIDDEN') throw error;
    return { ok: false, kind: (error as AppError).code, problems: error.details as ItemProblem[] };
  }
}

/** A write path problem (by item index) at its row and DHIS2 field; items are the checked rows in order. */
function located(problem: ItemProblem, rows: readonly Dhis2Row[]): Dhis2Problem {
  const row = rows[problem.index];
  return { row: row?.row ?? 0, field: FIELD[problem.field] ?? 'dataValues', message: problem.message };
}

function summary(
  status: ImportSummary['status'],
  dryRun: boolean,
  importCount: ImportSummary['importCount'],
  problems: Dhis2Problem[],
  sent: (row: number, field: string) => string | undefined,
): ImportSummary {
  const conflicts = problems.map((p) => {
    // DHIS2 names the offending object: the unit, element, period or combo; for a value (or comment), its element.
    const named = ['orgUnit', 'dataElement', 'period', 'categoryOptionCombo', 'attributeOptionCombo'].includes(p.field) ? p.field : 'dataElement';
    const code = sent(p.row, named)?.trim() ?? '';
    return { object: code || p.field, value: `dòng ${p.row} / row ${p.row}, ${p.field}: ${p.message}` };
  });
  const verb = dryRun ? 'sẽ nhập / would import' : 'đã nhập / imported';
  const description =
    status === 'ERROR'
      ? `Bộ số liệu có ${problems.length} lỗi; không có gì được ghi / the set has ${problems.length} problems; nothing was written`
      : `${verb}: ${importCount.imported} mới, ${importCount.updated} cập nhật, ${importCount.ignored} không đổi / ${importCount.imported} new, ${importCount.updated} updated, ${importCount.ignored} unchanged${dryRun ? '; chạy thử, không ghi gì / dry run, nothing written' : ''}`;
  return { responseType: 'ImportSummary', status, description, dryRun, importCount, conflicts, problems };
}
