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

/** The last day a unit code was in force (a commune merged on 1/7/2025: 2025-06-30), or null when never. */
export async function lastDayInForce(db: Kysely<Database>, code: string, notAfter: string): Promise<string | null> {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.max('validTo').as('to'))
    .where('code', '=', code)
    .where('validFrom', '<=', notAfter)
    .executeTakeFirst();
  const to = row?.to;
  if (typeof to !== 'string') return null;
  if (to > notAfter) return notAfter;
  const d = new Date(`${to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
