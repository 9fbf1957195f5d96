import type { CreateTableBuilder } from 'kysely';
import { sql } from 'kysely';
import type { DialectName } from '../db.ts';

/**
 * The few column types that differ between SQLite and PostgreSQL. Migrations call these
 * instead of branching on the dialect themselves.
 */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName, big = false): CreateTableBuilder<T, 'id'> {
  if (dialect === 'postgres') {
    return table.addColumn('id', big ? 'bigserial' : 'serial', (c) => c.primaryKey());
  }
  return table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** An IEEE double on both dialects (SQLite gives it REAL affinity). */
export const double = sql`double precision`;
