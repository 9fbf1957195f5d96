/** What reading an indicator needs: its formula row, and how each element it references rolls up in time and up the tree. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface IndicatorFormulaRow {
  id: number;
  code: string;
  /** The formula texts as stored (domain/formula.ts parses them). */
  numerator: string;
  denominator: string | null;
  factor: number;
  decimals: number;
}

export interface ElementAggregation {
  id: number;
  code: string;
  timeAggregation: string;
  hierarchyAggregation: string;
  periodType: string;
}

/** The indicator's formula row, or null when no indicator has the code. */
export async function readIndicatorFormula(db: Kysely<Database>, code: string): Promise<IndicatorFormulaRow | null> {
  const row = await db
    .selectFrom('indicators')
    .select(['id', 'code', 'numerator', 'denominator', 'factor', 'decimals'])
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? { ...row, factor: Number(row.factor), decimals: Number(row.decimals) } : null;
}

/** The aggregation rules of the data elements with these codes (codes no element has are left out). */
export async function readElementAggregations(db: Kysely<Database>, codes: readonly string[]): Promise<ElementAggregation[]> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('dataElements')
    .select(['id', 'code', 'timeAggregation', 'hierarchyAggregation', 'periodType'])
    .where('code', 'in', [...codes])
    .execute();
}
