import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { ValueChange } from '../domain/value-change.ts';

/**
 * Applies value changes to every affected aggregate (ancestors × coarser periods) inside the caller's
 * transaction, so a new value is visible at once. Being written (issue 4); a no-op until then.
 */
export async function applyValueChanges(_trx: Kysely<Database>, _changes: readonly ValueChange[]): Promise<void> {}
