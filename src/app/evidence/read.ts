/** Reading evidence: its record, and its stored file, for callers who may read the unit (on the period's last day). */
import { open, type FileHandle } from 'node:fs/promises';
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { getEvidence as findEvidence, type Evidence } from '../../store/evidence/repo.ts';
import { evidenceFilePath } from '../../store/evidence/files.ts';
import { authorizeUnit } from '../policy.ts';

export async function getEvidence(store: Store, actor: Actor, id: string): Promise<Evidence> {
  const evidence = await findEvidence(store.db, id);
  if (!evidence) throw appError('NOT_FOUND');
  await authorizeUnit(store, actor, 'read', evidence.unit, parsePeriod(evidence.period).end);
  return evidence;
}

/**
 * The evidence and its stored file, opened (before any answer is begun: a missing file is a 404 in the API's
 * shape, not a broken download). `onMissing` hears of a record whose file has gone (an operator must know).
 */
export async function openEvidenceFile(
  store: Store,
  actor: Actor,
  id: string,
  dir: string,
  onMissing: (evidence: Evidence) => void,
): Promise<{ evidence: Evidence & { file: NonNullable<Evidence['file']> }; handle: FileHandle }> {
  const evidence = await findEvidence(store.db, id);
  const file = evidence?.file;
  if (!evidence || !file) throw appError('NOT_FOUND');
  await authorizeUnit(store, actor, 'read', evidence.unit, parsePeriod(evidence.period).end);
  try {
    return { evidence: { ...evidence, file }, handle: await open(evidenceFilePath(dir, file.sha256)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    onMissing(evidence);
    throw appError('NOT_FOUND');
  }
}
