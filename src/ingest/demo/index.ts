/**
 * The demo database: the reference administrative trees, the indicators and plans behind the seed
 * articles, and the figures they report (Đắk Nông, Bắc Kạn, Ninh Thuận — which became Lâm Đồng,
 * Thái Nguyên and Khánh Hòa on 1/7/2025), each value citing its article. Idempotent: a second run
 * writes nothing.
 */
import type { Kysely } from 'kysely';
import type { Store } from '../../store/db.ts';
import type { Database } from '../../store/schema.ts';
import { findUnit, listUnits } from '../../store/units-repo.ts';
import { writeValues, type ValueInput } from '../../store/values-repo.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Indicator } from '../../domain/metadata.ts';
import { loadReferenceUnits } from '../units/index.ts';
import { importMetadata, METADATA_FORMAT, METADATA_VERSION } from '../metadata-file.ts';
import { DEMO_ELEMENTS } from './seed-elements.ts';
import { DEMO_INDICATORS } from './seed-indicators.ts';
import { DEMO_PLANS } from './seed-plans.ts';
import { DEMO_VALUES, evidenceFor } from './seed-values.ts';
import { SOURCES } from './sources.ts';
import { ensureDemoUsers } from '../demo-users.ts';
import { recomputeAll } from '../../compute/recompute.ts';

export interface DemoReport {
  alreadyPresent: boolean;
  lines: string[];
}

const DEMO_MARK = 'demo.version';
const DEMO_VERSION = '1';
const AUTHOR = 'demo';

/** Builds the demo data unless it is already there. */
export async function ensureDemoData(store: Store, log: (line: string) => void = () => {}): Promise<DemoReport> {
  const mark = await store.db.selectFrom('appMeta').select('value').where('key', '=', DEMO_MARK).executeTakeFirst();
  if (mark?.value === DEMO_VERSION) {
    await ensureDemoUsers(store, log); // sign-in accounts for the demo (issue 3)
    return { alreadyPresent: true, lines: ['Dữ liệu mẫu đã có sẵn.'] };
  }

  log('Nạp danh mục đơn vị hành chính…');
  const units = await loadReferenceUnits(store, { onProgress: (m) => log(`  ${m}`) });
  log('Nạp chỉ tiêu, kế hoạch và mục tiêu…');
  const metadata = await importMetadata(store.db, {
    format: METADATA_FORMAT,
    version: METADATA_VERSION,
    dataElements: DEMO_ELEMENTS,
    indicators: DEMO_INDICATORS.map(toIndicator),
    plans: DEMO_PLANS,
  });
  log('Ghi số liệu từ các bài viết…');
  const inputs = [...(await provinceFigures(store.db)), ...(await communeFibreFigures(store.db))];
  const counts = await writeValues(store.db, inputs);
  log('Tính các chỉ số tổng hợp…');
  const computed = await recomputeAll(store);
  await markDone(store);
  await ensureDemoUsers(store, log); // sign-in accounts for the demo (issue 3)
  const lines = [
    `Đơn vị hành chính: ${units.alreadyLoaded ? 'đã có' : 'đã nạp'} (${units.source}).`,
    `Phần tử dữ liệu: ${DEMO_ELEMENTS.length}; chỉ tiêu: ${DEMO_INDICATORS.length}; kế hoạch: ${DEMO_PLANS.length} (${metadata.targets} mục tiêu).`,
    `Số liệu: ${inputs.length} giá trị (mới ${counts.created}, cập nhật ${counts.updated}, không đổi ${counts.unchanged}) từ ${Object.keys(SOURCES).length} bài viết.`,
    `Tổng hợp: ${computed.aggregateRows} dòng (${computed.durationMs} ms).`,
  ];
  for (const line of lines) log(line);
  return { alreadyPresent: false, lines };
}

function toIndicator(demo: (typeof DEMO_INDICATORS)[number]): Indicator {
  const { denominator, ...rest } = demo;
  return denominator === null ? rest : { ...rest, denominator };
}

/** The unit version in force during the period (Đắk Nông 67 in 2022 is the province before the merger). */
async function unitIdFor(db: Kysely<Database>, code: string, period: string): Promise<number> {
  const unit = await findUnit(db, code, parsePeriod(period).end);
  if (!unit) throw new Error(`Dữ liệu mẫu: không tìm thấy đơn vị ${code} trong kỳ ${period}`);
  const row = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', code)
    .where('level', '=', unit.level)
    .where('validFrom', '<=', parsePeriod(period).end)
    .where('validTo', '>', parsePeriod(period).end)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function provinceFigures(db: Kysely<Database>): Promise<ValueInput[]> {
  const inputs: ValueInput[] = [];
  for (const v of DEMO_VALUES) {
    inputs.push({
      elementCode: v.element,
      unitId: await unitIdFor(db, v.unit, v.period),
      period: v.period,
      value: v.value,
      status: 'approved',
      comment: v.comment ?? null,
      evidenceRef: evidenceFor(v),
      author: AUTHOR,
      source: 'demo',
    });
  }
  return inputs;
}

/**
 * "71/71 xã, phường, thị trấn đã được kết nối cáp quang đến trung tâm": entered per commune (1 of 1),
 * so the province figure is a roll-up, not a second copy of the same fact.
 */
async function communeFibreFigures(db: Kysely<Database>): Promise<ValueInput[]> {
  const inputs: ValueInput[] = [];
  for (const [period, source] of [['2022S2', SOURCES.dakNong2022], ['2023S2', SOURCES.dakNong2023]] as const) {
    const at = parsePeriod(period).end;
    const districts = await listUnits(db, { at, level: 'district', parentCode: '67', limit: 10000 });
    for (const district of districts.items) {
      const communes = await listUnits(db, { at, level: 'commune', parentCode: district.code, limit: 10000 });
      for (const commune of communes.items) {
        const unitId = await unitIdFor(db, commune.code, period);
        for (const element of ['XA_CAP_QUANG', 'XA_TONG']) {
          inputs.push({ elementCode: element, unitId, period, value: 1, status: 'approved', evidenceRef: source, author: AUTHOR, source: 'demo', comment: null });
        }
      }
    }
  }
  return inputs;
}

async function markDone(store: Store): Promise<void> {
  await store.db.deleteFrom('appMeta').where('key', '=', DEMO_MARK).execute();
  await store.db.insertInto('appMeta').values({ key: DEMO_MARK, value: DEMO_VERSION }).execute();
}
