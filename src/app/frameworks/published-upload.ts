/**
 * A published-results file from a path (the command `dx-ioc scores import FILE`, or the file an upload was saved
 * to), read by its extension, then imported by importPublishedRun; the command's or the form's header wins over
 * the file's own.
 */
import type { Actor } from '../../domain/access.ts';
import type { PublishedRunHeader } from '../../domain/frameworks/published-file.ts';
import { requireEdition } from '../../compute/scores/run-scores.ts';
import type { Store } from '../../store/db.ts';
import { importPublishedRun, type PublishedImportResult } from './import-published-run.ts';
import { readPublishedFile } from './published-file-read.ts';
import { authorize } from '../policy.ts';

export async function importPublishedFile(
  store: Store,
  actor: Actor,
  input: { framework: string; edition: string; path: string; fileName: string; header?: PublishedRunHeader; via?: string; now?: Date },
): Promise<PublishedImportResult> {
  authorize(actor, 'manage');
  const { edition } = await requireEdition(store, input.framework, input.edition);
  const file = await readPublishedFile(input.path, input.fileName, edition);
  return importPublishedRun(store, actor, {
    framework: input.framework,
    edition: input.edition,
    file,
    fileName: input.fileName,
    ...(input.header ? { header: input.header } : {}),
    ...(input.via ? { via: input.via } : {}),
    ...(input.now ? { now: input.now } : {}),
  });
}
