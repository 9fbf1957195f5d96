import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';

/** Tables for imports and evidence. */
export function imports(_dialect: DialectName) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
