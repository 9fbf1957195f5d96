/** app_meta flag: the stored aggregates no longer follow the rules (a migration changed them) and need a full recompute. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export const RECOMPUTE_REQUIRED_KEY = 'compute.recomputeRequired';

/** Why a recompute is required (the migration that asked), or null. */
export async function recomputeRequired(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('appMeta').select('value').where('key', '=', RECOMPUTE_REQUIRED_KEY).executeTakeFirst();
  return row?.value ?? null;
}

export async function clearRecomputeRequired(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('appMeta').where('key', '=', RECOMPUTE_REQUIRED_KEY).execute();
}

/** Flags the aggregates for a full recompute (a tree change the closure does not follow yet), saying why. */
export async function markRecomputeRequired(db: Kysely<Database>, reason: string): Promise<void> {
  await db.deleteFrom('appMeta').where('key', '=', RECOMPUTE_REQUIRED_KEY).execute();
  await db.insertInto('appMeta').values({ key: RECOMPUTE_REQUIRED_KEY, value: reason }).execute();
}
