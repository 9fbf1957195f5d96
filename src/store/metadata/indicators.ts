import type { Kysely } from 'kysely';
import { validateIndicator, ValidationError, type Indicator } from '../../domain/metadata.ts';
import type { Database, IndicatorsTable } from '../schema.ts';
import { dataElementTypes } from './elements.ts';
import { byCode, inTransaction, pickPresent, sameContent, type UpsertAction } from '../transaction.ts';

const COLUMNS = ['code', 'name', 'nameEn', 'description', 'numerator', 'denominator', 'factor', 'unitOfMeasure', 'decimals', 'direction'] as const;

function toDomain(row: Pick<IndicatorsTable, (typeof COLUMNS)[number]>): Indicator {
  return pickPresent({ ...row, factor: Number(row.factor), decimals: Number(row.decimals) }, COLUMNS) as Indicator;
}

export async function getIndicator(db: Kysely<Database>, code: string): Promise<Indicator | null> {
  const row = await db.selectFrom('indicators').select(COLUMNS).where('code', '=', code).executeTakeFirst();
  return row ? toDomain(row) : null;
}

/** The indicators with these codes, by code; codes not stored are absent. */
export async function getIndicators(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, Indicator>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('indicators')
    .select(COLUMNS)
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((row) => [row.code, toDomain(row)]));
}

/** Every indicator, by code. */
export async function listIndicators(db: Kysely<Database>): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').select(COLUMNS).execute();
  return rows.map(toDomain).sort(byCode);
}

/** Creates or updates the indicator with this code; its formulas must parse and name stored numeric elements. */
export async function upsertIndicator(db: Kysely<Database>, input: Indicator, now: Date = new Date()): Promise<UpsertAction> {
  return inTransaction(db, async (trx) => {
    const { value: indicator, problems } = validateIndicator(input, await dataElementTypes(trx));
    if (!indicator) throw new ValidationError(problems, 'Chỉ tiêu không hợp lệ / invalid indicator');
    const existing = await trx
      .selectFrom('indicators')
      .select(['id', ...COLUMNS])
      .where('code', '=', indicator.code)
      .executeTakeFirst();
    const row = {
      ...indicator,
      description: indicator.description ?? null,
      denominator: indicator.denominator ?? null,
      unitOfMeasure: indicator.unitOfMeasure ?? null,
      updatedAt: now.toISOString(),
    };
    if (!existing) {
      await trx
        .insertInto('indicators')
        .values({ ...row, createdAt: row.updatedAt })
        .execute();
      return 'created';
    }
    const { id, ...current } = existing;
    if (sameContent(toDomain(current), toDomain(row))) return 'unchanged';
    await trx.updateTable('indicators').set(row).where('id', '=', id).execute();
    return 'updated';
  });
}
