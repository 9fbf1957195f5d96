/**
 * Imports a file in one go, without a job in the store (the CLI): preview, and with `commit` write
 * every value ALL OR NOTHING through recordValues (import-write.ts). A file with errors is never written.
 */
import { basename } from 'node:path';
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import type { RecordResult } from '../collection/record-values.ts';
import { describeDataset } from './dataset-description.ts';
import { writeImport } from './import-write.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import type { AcceptedImportWarning, ImportPreview, ImportProblem, ProgressCallback } from './types.ts';

export interface ImportFileOptions {
  datasetCode: string;
  /** '' when the file's rows name the periods (long shape). */
  period: string;
  actor: Actor;
  commit: boolean;
  onProgress?: ProgressCallback;
  /** Values written so far, of all (the commit). */
  onCommitProgress?: (done: number, total: number) => void;
}

export interface ImportFileOutcome {
  preview: ImportPreview;
  /** Set when committed. */
  result?: Omit<RecordResult, 'warnings'> & { warnings: AcceptedImportWarning[] };
  /** Problems the write path found at commit (nothing written), located by cell. */
  commitErrors?: ImportProblem[];
}

export async function importFile(store: Store, path: string, options: ImportFileOptions): Promise<ImportFileOutcome> {
  const description = await describeDataset(store, options.datasetCode, options.period, options.actor);
  const fileName = basename(path);
  const read = await readSpreadsheet(path, { fileName, description, collectItems: options.commit, onProgress: options.onProgress, progressEvery: 10_000 });
  const { preview } = read;
  if (!options.commit || preview.errorCount > 0) return { preview };
  const written = await writeImport(store, read, {
    actor: options.actor,
    fileName,
    ...(options.onCommitProgress ? { onProgress: options.onCommitProgress } : {}),
  });
  return written.ok ? { preview, result: written.result } : { preview, commitErrors: written.problems };
}
