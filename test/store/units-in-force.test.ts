import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { describeEachDialect } from '../helpers/stores.ts';
import type { Database } from '../../src/store/schema.ts';
import { resolveUnitsAt, unitAtKey } from '../../src/store/collection/dataset-units.ts';
import { findUnit } from '../../src/store/units/repo.ts';
import { chosenVersionPerCode, unitVersionsInForce } from '../../src/store/units/in-force.ts';

async function insertUnit(db: Kysely<Database>, code: string, level: string, validFrom: string, validTo: string): Promise<number> {
  const name = `${code} ${level} ${validFrom}`;
  const row = await db
    .insertInto('units')
    .values({
      code,
      level,
      type: level,
      name,
      nameEn: name,
      fullName: name,
      fullNameEn: name,
      searchText: name.toLowerCase(),
      validFrom,
      validFromKnown: 1,
      validTo,
      validToKnown: 1,
      codeOfficial: 1,
      source: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describeEachDialect('the unit version in force at a date (one rule for findUnit and resolveUnitsAt)', (ctx) => {
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    // Code 900 names a district and a commune on the same days; the commune ends on 2025-07-01, the district goes on.
    ids.district = await insertUnit(ctx.store.db, '900', 'district', '2020-01-01', '9999-12-31');
    ids.commune = await insertUnit(ctx.store.db, '900', 'commune', '2020-01-01', '2025-07-01');
    ids.other = await insertUnit(ctx.store.db, '901', 'province', '2020-01-01', '9999-12-31');
  });

  it('a code at two levels: the alphabetically first level in force; after it ends, the other', async () => {
    expect((await findUnit(ctx.store.db, '900', '2024-01-01'))?.level).toBe('commune');
    expect((await findUnit(ctx.store.db, '900', '2025-07-01'))?.level).toBe('district');
    const resolved = await resolveUnitsAt(ctx.store.db, [
      { code: '900', at: '2024-01-01' },
      { code: '900', at: '2025-07-01' },
      { code: '901', at: '2019-12-31' },
    ]);
    expect(resolved.get(unitAtKey('900', '2024-01-01'))?.id).toBe(ids.commune);
    expect(resolved.get(unitAtKey('900', '2025-07-01'))?.id).toBe(ids.district);
    expect(resolved.has(unitAtKey('901', '2019-12-31'))).toBe(false);
  });

  it('unitVersionsInForce lists each code with its chosen version first; chosenVersionPerCode keeps that one', async () => {
    const rows = await unitVersionsInForce(ctx.store.db, ['900', '901'], '2024-01-01').select(['id', 'code', 'level']).execute();
    expect(rows.map((r) => [r.code, r.level])).toEqual([
      ['900', 'commune'],
      ['900', 'district'],
      ['901', 'province'],
    ]);
    expect(chosenVersionPerCode(rows).map((r) => r.id)).toEqual([ids.commune, ids.other]);
  });
});
