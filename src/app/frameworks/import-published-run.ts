/**
 * Enters an edition's results as its owner published them (`dx-ioc scores import`, POST …/runs/import): admins
 * only; the rows checked whole against the edition and the unit tree of the run's date
 * (domain/frameworks/published-results.ts: unknown units or codes, out-of-range values, duplicates … are named
 * problems, and any problem refuses the file); stored as the next revision of (edition, level, period), published
 * and frozen, with its source document; the rank change measured against the previous edition's published run;
 * audited. One transaction: nothing is half-written.
 */
import type { Actor } from '../../domain/access.ts';
import type { PublishedRunFile, PublishedRunHeader } from '../../domain/frameworks/published-file.ts';
import { problem, publishedFileError } from '../../domain/frameworks/published-problems.ts';
import { buildPublishedResults } from '../../domain/frameworks/published-results.ts';
import type { RunSource, ScoreRun, UnitResult } from '../../domain/frameworks/run-types.ts';
import { FRAMEWORK_LEVELS, type EditionDefinition } from '../../domain/frameworks/types.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { findCompareRun, requireEdition } from '../../compute/scores/run-scores.ts';
import { badRunInput } from '../../compute/scores/run-input-error.ts';
import type { Store } from '../../store/db.ts';
import { writeAudit } from '../../store/audit.ts';
import { inTransaction } from '../../store/transaction.ts';
import { listRunResults } from '../../store/frameworks/score-runs.ts';
import { savePublishedRun } from '../../store/frameworks/published-runs.ts';
import { mergePredecessors, unitsForRun } from '../../store/frameworks/score-run-inputs.ts';
import { authorize } from '../policy.ts';

export interface PublishedImport {
  framework: string;
  edition: string;
  file: PublishedRunFile;
  /** Given by the command or the form; each wins over the file's own field. */
  header?: PublishedRunHeader;
  /** The file's name as the user gave it (kept with the source). */
  fileName?: string;
  via?: string;
  now?: Date;
}

export interface PublishedImportResult {
  run: ScoreRun;
  results: UnitResult[];
  definition: EditionDefinition;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function sourceOf(header: PublishedRunHeader, fileName: string | undefined): RunSource | null {
  const s = header.source;
  if (!s || typeof s.title !== 'string' || s.title.trim() === '') return null;
  return {
    title: s.title.trim(),
    ...(typeof s.url === 'string' && s.url ? { url: s.url } : {}),
    ...(typeof s.date === 'string' && s.date ? { date: s.date } : {}),
    ...(fileName ? { file: fileName } : {}),
  };
}

export async function importPublishedRun(store: Store, actor: Actor, input: PublishedImport): Promise<PublishedImportResult> {
  authorize(actor, 'manage');
  const stored = await requireEdition(store, input.framework, input.edition);
  const edition = stored.edition;
  const header: PublishedRunHeader = { ...input.file, ...stripUndefined(input.header ?? {}) };
  const period = header.period ?? edition.edition;
  const level = header.level ?? stored.framework.level;
  if (!(FRAMEWORK_LEVELS as readonly string[]).includes(level)) throw badRunInput('level', `Cấp '${level}' không hợp lệ / invalid level`);
  let at: string;
  try {
    at = header.at ?? parsePeriod(period).end;
  } catch (error) {
    throw badRunInput('period', (error as Error).message);
  }
  if (!ISO_DATE.test(at)) throw badRunInput('at', `Ngày '${at}' không hợp lệ (YYYY-MM-DD) / invalid date`);
  const source = sourceOf(header, input.fileName);
  if (source?.date !== undefined && !ISO_DATE.test(source.date)) throw badRunInput('source.date', `Ngày '${source.date}' không hợp lệ / invalid date`);
  if (!source)
    throw publishedFileError(
      [problem('missing_source', 'source.title', 'thiếu tên tài liệu công bố (nguồn)', 'the published document (source title) is required')],
      `${input.framework} ${input.edition}`,
    );

  const units = await unitsForRun(store.db, level, at);
  const merged = await mergePredecessors(
    store.db,
    units.map((u) => u.id),
  );
  const predecessors = new Map<string, string[]>();
  for (const unit of units) {
    const from = merged.get(unit.id) ?? [];
    if (from.length > 1)
      predecessors.set(
        unit.code,
        from.map((p) => p.code),
      );
  }
  const compareRun = await findCompareRun(store, stored, level);
  const previousRanks = new Map((compareRun ? await listRunResults(store.db, compareRun.id) : []).map((r) => [r.unitCode, r.rank]));
  const { results, problems } = buildPublishedResults(edition, Array.isArray(input.file.results) ? input.file.results : [], {
    units: new Map(units.map((u) => [u.code, u.name])),
    previousRanks,
    predecessors,
    where: `cấp ${level} ngày ${at}`,
  });
  if (problems.length) throw publishedFileError(problems, input.fileName ?? `${input.framework} ${input.edition}`);
  if (results.length === 0)
    throw publishedFileError(
      [problem('empty_row', 'results', 'tệp không có dòng kết quả nào', 'the file has no result row')],
      input.fileName ?? input.framework,
    );

  const now = input.now ?? new Date();
  const run = await inTransaction(store.db, async (trx) => {
    const saved = await savePublishedRun(
      trx,
      {
        editionId: stored.id,
        level,
        period,
        options: { at },
        definition: JSON.stringify(edition),
        compareRunId: compareRun?.id ?? null,
        source,
        by: actor.name,
        results,
      },
      now,
    );
    await writeAudit(
      trx,
      [
        {
          actor: { name: actor.name, kind: actor.kind },
          source: 'import',
          via: input.via ?? null,
          entity: 'score_run',
          entityKey: `${input.framework}|${input.edition}|${level}|${period}|${saved.revision}`,
          action: 'import_published',
          after: { runId: saved.id, source, units: results.length },
        },
      ],
      now,
    );
    return saved;
  });
  return { run, results: await listRunResults(store.db, run.id), definition: edition };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
