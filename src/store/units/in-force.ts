/**
 * "The unit version in force at a date", written once: versions with validFrom <= at < validTo. A code
 * may name units at two levels on one day; every caller takes the alphabetically first level (findUnit's
 * choice), which is why rows come ordered by code, then level.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Query over the versions of `codes` in force on `at`, each code's chosen version first; add the columns you need. */
export function unitVersionsInForce(db: Kysely<Database>, codes: readonly string[], at: string) {
  return db
    .selectFrom('units')
    .where('code', 'in', [...codes])
    .where('validFrom', '<=', at)
    .where('validTo', '>', at)
    .orderBy('code')
    .orderBy('level');
}

/** Keeps each code's first row: with unitVersionsInForce's order, the version every caller means. */
export function chosenVersionPerCode<R extends { code: string }>(rows: readonly R[]): R[] {
  const chosen = new Map<string, R>();
  for (const row of rows) if (!chosen.has(row.code)) chosen.set(row.code, row);
  return [...chosen.values()];
}
