/**
 * Imports a file in one go, without a job in the store (the CLI): preview, and with `commit` write
 * every value ALL OR NOTHING through recordValues. A file with errors is never written.
 */
import { basename } from 'node:path';
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { RecordValuesError } from '../collection-errors.ts';
import { recordValues, type RecordResult } from '../record-values.ts';
import { describeDataset } from './dataset-description.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import type { ImportPreview, ImportProblem, ProgressCallback } from './types.ts';

export interface ImportFileOptions {
  datasetCode: string;
  period: string;
  actor: Actor;
  commit: boolean;
  onProgress?: ProgressCallback;
}

export interface ImportFileOutcome {
  preview: ImportPreview;
  /** Set when committed. */
  result?: RecordResult;
  /** Problems the write path found at commit (nothing written), located by cell. */
  commitErrors?: ImportProblem[];
}

export async function importFile(store: Store, path: string, options: ImportFileOptions): Promise<ImportFileOutcome> {
  const description = await describeDataset(store, options.datasetCode, options.period, options.actor);
  const fileName = basename(path);
  const { preview, items } = await readSpreadsheet(path, { fileName, description, collectItems: options.commit, onProgress: options.onProgress, progressEvery: 10_000 });
  if (!options.commit || preview.errorCount > 0) return { preview };
  try {
    const result = await recordValues(store, items.map(({ dataElement, unit, period, value }) => ({ dataElement, unit, period, value })), { actor: options.actor, source: 'import', via: fileName });
    return { preview, result };
  } catch (error) {
    if (!(error instanceof RecordValuesError)) throw error;
    const commitErrors = error.problems.map((p) => {
      const item = items[p.index];
      return { row: item?.row ?? 0, column: item?.dataElement ?? p.field, cell: item?.cell ?? '', message: p.message };
    });
    return { preview, commitErrors };
  }
}
