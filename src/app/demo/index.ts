/**
 * The demo database: the reference administrative trees, the indicators and plans behind the seed
 * articles, and the figures they report (Đắk Nông, Bắc Kạn, Ninh Thuận — which became Lâm Đồng,
 * Thái Nguyên and Khánh Hòa on 1/7/2025), each value citing its article. Idempotent: a second run
 * writes nothing. DEMO_VERSION changes whenever the demo's content does; a database built by an older version is
 * refused whole (nothing written, the message says to delete it and run again), never patched half-way.
 */
import { getMeta, hasRows, setMeta } from '../../store/app-meta.ts';
import { AppError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import type { Indicator } from '../../domain/metadata.ts';
import { loadReferenceUnits } from '../units/reference/index.ts';
import { importMetadata, METADATA_FORMAT, METADATA_VERSION } from '../metadata/file.ts';
import { DEMO_ELEMENTS } from './seed-elements.ts';
import { DEMO_INDICATORS } from './seed-indicators.ts';
import { DEMO_PLANS } from './seed-plans.ts';
import { SHIPPED_BUNDLES } from '../../domain/frameworks/shipped.ts';
import { saveFrameworkBundle } from '../../store/frameworks/repo.ts';
import { seedDemoScores } from './seed-scores.ts';
import { SOURCES } from './sources.ts';
import { ensureDemoUsers } from './users.ts';
import { recomputeAll } from '../../compute/aggregates/recompute.ts';
import { saveDatasetAsAdmin } from '../collection/admin.ts';
import { DEMO_DATASETS } from './seed-datasets.ts';
import { DEMO_ACTOR, recordDemoFigures } from './record-figures.ts';
import { ensureDemoBoundaries } from './boundaries.ts';
import { ensureDemoPublications } from './seed-publications.ts';
import { ensureDemoTasks } from './seed-tasks.ts';
import { ensureDemoDossiers } from './seed-dossiers.ts';
import { ensureDemoFeedback } from './seed-feedback.ts';
import { ensureDemoTeams } from './seed-teams.ts';
import { ensureDemoProducts } from './seed-products.ts';

export interface DemoReport {
  alreadyPresent: boolean;
  lines: string[];
}

const DEMO_MARK = 'demo.version';
/** 2: the seed articles' every figure (national results, repeated and derived figures, one measure per element). */
export const DEMO_VERSION = '3';
const AUTHOR = 'demo';

/** Builds the demo data unless it is already there. */
export async function ensureDemoData(store: Store, log: (line: string) => void = () => {}): Promise<DemoReport> {
  const mark = await getMeta(store.db, DEMO_MARK);
  if (mark !== null && mark !== DEMO_VERSION) throw outdatedDemo(store, mark);
  if (mark === DEMO_VERSION) {
    await ensureDemoUsers(store, log); // sign-in accounts for the demo (issue 3)
    const maps = await ensureDemoBoundaries(store); // a demo built before the maps gets them
    const published = await ensureDemoPublications(store); // a demo built before open data gets its publications
    published.push(...(await ensureDemoProducts(store))); // a demo built before the products registry gets it
    const tasks = await ensureDemoTasks(store); // a demo built before the tasks registry gets its tasks (and today's notifications)
    const teams = await ensureDemoTeams(store); // a demo built before the teams registry gets its teams
    teams.push(...(await ensureDemoDossiers(store))); // a demo built before the dossiers feed gets its dossiers
    teams.push(...(await ensureDemoFeedback(store))); // … and its citizen feedback
    for (const line of [...maps, ...published, ...tasks, ...teams]) log(line);
    return { alreadyPresent: true, lines: ['Dữ liệu mẫu đã có sẵn.', ...maps, ...published, ...tasks, ...teams] };
  }

  await refuseRealData(store);
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
  log('Nạp bộ chỉ số (DTI 922, DTI 405, ví dụ DTI cấp sở, cấp xã)…');
  for (const bundle of SHIPPED_BUNDLES) await saveFrameworkBundle(store.db, bundle);
  log('Tạo biểu mẫu báo cáo…');
  for (const dataset of DEMO_DATASETS) await saveDatasetAsAdmin(store, dataset, 'create', { actor: DEMO_ACTOR, via: 'dx-ioc demo' });
  log('Tính cây tổng hợp…');
  const computed = await recomputeAll(store);
  log('Ghi số liệu từ các bài viết, gửi và duyệt báo cáo…');
  const counts = await recordDemoFigures(store);
  log('Nạp bản đồ ranh giới…');
  const maps = await ensureDemoBoundaries(store);
  const dti = await seedDemoScores(store, AUTHOR, log);
  const published = await ensureDemoPublications(store);
  const teams = await ensureDemoTeams(store);
  log('Tạo hồ sơ thủ tục hành chính mô phỏng (150.000 hồ sơ của Ninh Thuận năm 2023)…');
  teams.push(...(await ensureDemoDossiers(store)));
  log('Tạo phản ánh hiện trường mô phỏng (DAKNONG-C, Lâm Đồng từ 1/7/2025)…');
  teams.push(...(await ensureDemoFeedback(store)));
  published.push(...(await ensureDemoProducts(store)));
  await markDone(store);
  await ensureDemoUsers(store, log); // sign-in accounts for the demo (issue 3)
  const tasks = await ensureDemoTasks(store); // after the accounts: today's notifications reach the demo reporters
  const lines = [
    `Đơn vị hành chính: ${units.alreadyLoaded ? 'đã có' : 'đã nạp'} (${units.source}).`,
    `Phần tử dữ liệu: ${DEMO_ELEMENTS.length}; chỉ tiêu: ${DEMO_INDICATORS.length}; kế hoạch: ${DEMO_PLANS.length} (${metadata.targets} mục tiêu).`,
    `Số liệu: mới ${counts.created}, cập nhật ${counts.updated}, không đổi ${counts.unchanged}, từ ${Object.keys(SOURCES).length} nguồn; ${counts.approved} báo cáo đã gửi và duyệt.`,
    `Cây tổng hợp: ${computed.closureRows} liên kết (${computed.durationMs} ms); số liệu mới được cộng dồn ngay khi ghi.`,
    `DTI 2022 (bản nháp, chưa công bố): ${dti.results.filter((r) => r.score !== null).length} tỉnh có số liệu.`,
    ...maps,
    ...published,
    ...tasks,
    ...teams,
  ];
  for (const line of lines) log(line);
  return { alreadyPresent: false, lines };
}

function toIndicator(demo: (typeof DEMO_INDICATORS)[number]): Indicator {
  const { denominator, ...rest } = demo;
  return denominator === null ? rest : { ...rest, denominator };
}

/**
 * The demo writes sample figures and accounts with a published password: never into a database that holds
 * real users, values or forms. (Units and metadata alone are fine: the demo loads those idempotently.)
 */
async function refuseRealData(store: Store): Promise<void> {
  for (const table of ['users', 'dataValues', 'datasets'] as const) {
    if (await hasRows(store.db, table)) {
      throw new AppError(
        'CONFLICT',
        `Cơ sở dữ liệu ${store.location} đã có dữ liệu thật (bảng ${table}) nên không tạo dữ liệu mẫu; chạy không có --demo (npm start luôn dùng --demo: dùng \`npx dx-ioc serve\`) / ` +
          `the database already holds real data (${table}): refusing to add demo data and demo accounts; run without --demo`,
      );
    }
  }
}

/** A demo database of an older version: rebuilt from scratch by the user, never updated in place. */
function outdatedDemo(store: Store, mark: string): AppError {
  return new AppError(
    'CONFLICT',
    `Cơ sở dữ liệu ${store.location} là dữ liệu mẫu phiên bản ${mark}, bản này cần phiên bản ${DEMO_VERSION}: xóa nó (SQLite: xóa tệp, mặc định ./data/dx-ioc.sqlite; PostgreSQL: tạo cơ sở dữ liệu mới) rồi chạy lại để dựng dữ liệu mẫu mới / ` +
      `the database holds demo data of version ${mark}, this build needs version ${DEMO_VERSION}: delete it and run again to rebuild the demo (nothing was changed)`,
  );
}

async function markDone(store: Store): Promise<void> {
  await setMeta(store.db, DEMO_MARK, DEMO_VERSION);
}
