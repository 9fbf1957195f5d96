/**
 * The store's change token: the newest audit event and the newest value version. Every change a person or a
 * source system makes writes an audit event, and every value (a trusted bulk load too) appends a version, so the
 * pair moves on every write, in every process sharing the database. Two look-ups of a primary key's maximum.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface ChangeMark {
  auditId: number;
  valueId: number;
  /** When the newest audit event was written (ISO), null in an empty store. */
  at: string | null;
}

export async function changeMark(db: Kysely<Database>): Promise<ChangeMark> {
  const audit = await db.selectFrom('auditEvents').select(['id', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  const value = await db.selectFrom('dataValues').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return { auditId: Number(audit?.id ?? 0), valueId: Number(value?.id ?? 0), at: audit?.at ?? null };
}
