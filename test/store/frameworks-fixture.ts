/** Units and values for the frameworks tests: the reform fixture plus Đà Nẵng and two departments (sở). */
import type { Kysely } from 'kysely';
import { foldVietnamese } from '../../src/domain/text.ts';
import { BEGINNING_OF_TIME, END_OF_TIME } from '../../src/store/dates.ts';
import type { Database } from '../../src/store/schema.ts';
import { writeValues, type ValueInput } from '../../src/store/values/repo.ts';
import { seedUnits } from '../server/fixtures/seed-units.ts';
import { rebuildClosure } from '../../src/compute/aggregates/closure.ts';

export const DTI_MAIN = ['NHAN_THUC_SO', 'THE_CHE_SO', 'HA_TANG_SO', 'NHAN_LUC_SO', 'AN_TOAN_THONG_TIN', 'HOAT_DONG_CQS', 'KINH_TE_SO', 'XA_HOI_SO'];
/** Đà Nẵng's published 2022 main-index values (DTI 2022 = 0,8002). */
export const DA_NANG_2022 = [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197];

async function addUnit(db: Kysely<Database>, code: string, level: string, name: string): Promise<number> {
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
      searchText: foldVietnamese(name),
      validFrom: BEGINNING_OF_TIME,
      validFromKnown: 0,
      validTo: END_OF_TIME,
      validToKnown: 1,
      source: 'test-fixture',
      note: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Unit row ids by key: the seed-units keys (67, 68-old, 60, 68-new, …) plus 48 (Đà Nẵng), SO_A, SO_B (agencies). */
export async function seedFrameworkUnits(db: Kysely<Database>): Promise<Map<string, number>> {
  const ids = await seedUnits(db);
  ids.set('48', await addUnit(db, '48', 'province', 'Đà Nẵng'));
  ids.set('SO_A', await addUnit(db, 'SO_A', 'agency', 'Sở A'));
  ids.set('SO_B', await addUnit(db, 'SO_B', 'agency', 'Sở B'));
  await rebuildClosure(db); // as a tree change does
  return ids;
}

/** Writes published DTI main-index values (in DTI_MAIN order) for a unit and year. */
export async function writeMainIndices(db: Kysely<Database>, unitId: number, period: string, values: readonly number[]): Promise<void> {
  const inputs: ValueInput[] = values.map((value, i) => ({ elementCode: `DTI_TINH.${DTI_MAIN[i]}`, unitId, period, value, author: 'test', source: 'test' }));
  await writeValues(db, inputs);
}
