/** app_meta: small facts about this database (the demo's version, flags set by migrations), by key. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export async function getMeta(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom('appMeta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setMeta(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db.deleteFrom('appMeta').where('key', '=', key).execute();
  await db.insertInto('appMeta').values({ key, value }).execute();
}

/** True when the table has any row (the demo refuses a database that holds real users, values or forms). */
export async function hasRows(db: Kysely<Database>, table: 'users' | 'dataValues' | 'datasets'): Promise<boolean> {
  return (
    (await db
      .selectFrom(table)
      .select((eb) => eb.lit(1).as('one'))
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}
