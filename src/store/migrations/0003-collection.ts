import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/** Tables for collection. */
export function collection(_dialect: DialectName) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
