/** Scoring frameworks as use cases: list, read one and its editions (any caller), load bundles (admins). */
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import type { EditionDefinition, FrameworkBundle } from '../../domain/frameworks/types.ts';
import { requireEdition } from '../../compute/scores/run-scores.ts';
import type { Store } from '../../store/db.ts';
import {
  getFramework as findFramework,
  listFrameworks as readFrameworks,
  saveFrameworkBundle,
  type BundleWriteResult,
  type FrameworkSummary,
} from '../../store/frameworks/repo.ts';
import { authorize } from '../policy.ts';

export function listFrameworks(store: Store): Promise<FrameworkSummary[]> {
  return readFrameworks(store.db);
}

export async function getFramework(store: Store, code: string): Promise<FrameworkSummary> {
  const framework = await findFramework(store.db, code);
  if (!framework) throw appError('FRAMEWORK_NOT_FOUND', { code });
  return framework;
}

export async function getEdition(store: Store, code: string, edition: string): Promise<EditionDefinition> {
  return (await requireEdition(store, code, edition)).edition;
}

/** Upserts bundles one by one, each all or nothing; admins only. */
export async function loadFrameworkBundles(
  store: Store,
  actor: Actor,
  bundles: readonly FrameworkBundle[],
): Promise<Array<{ code: string; result: BundleWriteResult }>> {
  authorize(actor, 'manage');
  const out: Array<{ code: string; result: BundleWriteResult }> = [];
  for (const bundle of bundles) out.push({ code: bundle.framework.code, result: await saveFrameworkBundle(store.db, bundle) });
  return out;
}
