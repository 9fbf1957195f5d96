/**
 * The demo's DX products registry (sản phẩm CĐS), so Ninh Thuận shows "18 cơ quan, đơn vị đã đăng ký sản phẩm
 * CĐS, trong đó có 1 sản phẩm đã hoàn thành" (6 tháng đầu năm 2023, seed article 004) computed from records:
 * twelve provincial agencies at unit 58 and six of its districts registered one product each in early 2023, one
 * completed on 20/6/2023; Thuận Nam registered none (the "every unit at least one product" check lists it). A few
 * Đắk Nông products of 2024. The products, their names and dates are invented to illustrate (simulated, mô
 * phỏng); only the two Ninh Thuận counts come from the article. Nothing is recorded after 30/6/2023 for Ninh
 * Thuận (the article says no more), so its open products are overdue today.
 *
 * The derived elements SP_CDS_* and their indicators CT_SP_CDS_* are upserted on every run (a demo built before
 * this registry gets them); the records are written once per database (app_meta `demo.products`), in one
 * transaction with one audit event and the derived figures.
 */
import { getMeta, setMeta } from '../../store/app-meta.ts';
import type { Store } from '../../store/db.ts';
import { writeAudit } from '../../store/audit.ts';
import { getDataElement } from '../../store/metadata/elements.ts';
import { getIndicators } from '../../store/metadata/indicators.ts';
import { insertProduct, insertProductStep, replaceProductIndicators } from '../../store/products/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { importMetadata, METADATA_FORMAT, METADATA_VERSION } from '../metadata/file.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { productsCounter } from '../products/counter.ts';
import { DEMO_ACTOR } from './record-figures.ts';

const MARK = 'demo.products';

const element = (code: string, name: string, nameEn: string, derivedFrom: string, unitOfMeasure: string) => ({
  code,
  name,
  nameEn,
  valueType: 'integer',
  timeAggregation: 'last',
  hierarchyAggregation: 'sum',
  periodType: 'quarterly',
  unitOfMeasure,
  derivedFrom,
});

export const DEMO_PRODUCT_ELEMENTS = [
  element('SP_CDS_DANG_KY', 'Số sản phẩm CĐS đã đăng ký trong năm', 'DX products registered for the year', 'products.registered', 'sản phẩm'),
  element('SP_CDS_DANG_THUC_HIEN', 'Số sản phẩm CĐS đang thực hiện', 'DX products in progress', 'products.in_progress', 'sản phẩm'),
  element('SP_CDS_HOAN_THANH', 'Số sản phẩm CĐS đã hoàn thành', 'DX products completed', 'products.completed', 'sản phẩm'),
  element(
    'SP_CDS_DON_VI_CO_SP',
    'Số cơ quan, đơn vị có sản phẩm CĐS đăng ký',
    'Agencies and units with a registered DX product',
    'products.units_with_product',
    'đơn vị',
  ),
];

const indicators = DEMO_PRODUCT_ELEMENTS.map((e) => ({
  code: `CT_${e.code}`,
  name: e.name,
  nameEn: e.nameEn,
  numerator: `#{${e.code}}`,
  factor: 1,
  unitOfMeasure: e.unitOfMeasure,
  decimals: 0,
  direction: 'higher_is_better',
}));

interface DemoProduct {
  unit: string;
  agency?: string;
  name: string;
  kind: 'platform' | 'database' | 'digitised_process' | 'service';
  year: number;
  registeredOn: string;
  targetDate: string;
  startedOn?: string;
  completedOn?: string;
  evaluatedOn?: string;
  indicators?: string[];
}

const NT = { unit: '58', year: 2023, registeredOn: '2023-03-15', targetDate: '2023-12-31' };
const agency = (name: string, product: string, kind: DemoProduct['kind'], startedOn?: string, indicatorCodes?: string[]): DemoProduct => ({
  ...NT,
  agency: name,
  name: product,
  kind,
  ...(startedOn ? { startedOn } : {}),
  ...(indicatorCodes ? { indicators: indicatorCodes } : {}),
});
const district = (unit: string, product: string, kind: DemoProduct['kind'], startedOn?: string): DemoProduct => ({
  ...NT,
  unit,
  registeredOn: '2023-03-31',
  name: product,
  kind,
  ...(startedOn ? { startedOn } : {}),
});

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    ...agency('Sở Thông tin và Truyền thông', 'Trung tâm giám sát, điều hành thông minh (IOC) tỉnh', 'platform', '2023-03-20'),
    registeredOn: '2023-02-20',
    completedOn: '2023-06-20',
  },
  agency('Sở Y tế', 'Hồ sơ sức khỏe điện tử toàn dân', 'database', '2023-04-10', ['CT_HSSK']),
  agency('Sở Giáo dục và Đào tạo', 'Thanh toán học phí không dùng tiền mặt', 'service', '2023-04-03', ['CT_CSGD_TTKDTM']),
  agency('Sở Tư pháp', 'Số hóa sổ hộ tịch', 'database', '2023-05-02'),
  agency('Sở Tài nguyên và Môi trường', 'Cơ sở dữ liệu đất đai', 'database', '2023-04-17'),
  agency('Sở Kế hoạch và Đầu tư', 'Đăng ký doanh nghiệp trực tuyến toàn trình', 'digitised_process'),
  agency('Sở Nông nghiệp và Phát triển nông thôn', 'Đưa sản phẩm OCOP lên sàn thương mại điện tử', 'service', '2023-04-20', ['CT_OCOP_LEN_SAN']),
  agency('Sở Công Thương', 'Bản đồ số các chợ và điểm bán hàng', 'platform'),
  agency('Sở Giao thông vận tải', 'Cấp đổi giấy phép lái xe trực tuyến', 'digitised_process', '2023-05-15'),
  agency('Sở Nội vụ', 'Số hóa hồ sơ cán bộ, công chức', 'database'),
  agency('Sở Văn hóa, Thể thao và Du lịch', 'Du lịch thông minh Ninh Thuận', 'platform', '2023-05-08'),
  agency('Sở Lao động - Thương binh và Xã hội', 'Chi trả trợ cấp xã hội qua tài khoản', 'digitised_process'),
  district('582', 'Phản ánh hiện trường qua ứng dụng di động', 'service', '2023-04-25'),
  district('584', 'Số hóa hồ sơ một cửa cấp huyện', 'digitised_process'),
  district('585', 'Cơ sở dữ liệu hộ nghèo', 'database', '2023-05-20'),
  district('586', 'Hệ thống camera an ninh kết nối', 'platform'),
  district('587', 'Thanh toán không dùng tiền mặt tại chợ', 'service'),
  district('588', 'Bản đồ số nông nghiệp', 'platform'),
  {
    unit: '67',
    agency: 'Sở Thông tin và Truyền thông',
    name: 'Nền tảng họp trực tuyến tỉnh',
    kind: 'platform',
    year: 2024,
    registeredOn: '2024-02-26',
    startedOn: '2024-03-04',
    completedOn: '2024-05-15',
    targetDate: '2024-06-30',
  },
  {
    unit: '662',
    name: 'Cơ sở dữ liệu chuyên ngành nông nghiệp huyện',
    kind: 'database',
    year: 2024,
    registeredOn: '2024-03-11',
    startedOn: '2024-04-01',
    targetDate: '2024-12-31',
  },
  { unit: '660', name: 'Dịch vụ đỗ xe thông minh', kind: 'service', year: 2024, registeredOn: '2024-03-18', targetDate: '2025-06-30' },
];

/** Upserts the derived elements and indicators; writes the records once. Returns the lines the demo logs. */
export async function ensureDemoProducts(store: Store, now: Date = new Date()): Promise<string[]> {
  const typed = await getDataElement(store.db, 'SP_CDS_DANG_KY');
  if (typed && !typed.derivedFrom)
    return [
      'Sản phẩm CĐS: cơ sở dữ liệu mẫu này còn số đăng ký sản phẩm gõ tay (bản cũ); xóa nó và chạy lại để số liệu được tính từ sổ đăng ký / an older demo: delete and rebuild it for the products registry',
    ];
  await importMetadata(store.db, { format: METADATA_FORMAT, version: METADATA_VERSION, dataElements: DEMO_PRODUCT_ELEMENTS, indicators, plans: [] }, now);
  if ((await getMeta(store.db, MARK)) !== null) return [];
  const at = now.toISOString();
  await inRetryingTransaction(store.db, async (trx) => {
    const named = [...new Set(DEMO_PRODUCTS.flatMap((p) => p.indicators ?? []))];
    const known = new Set((await getIndicators(trx, named)).keys());
    for (const p of DEMO_PRODUCTS) {
      const state = p.completedOn ? 'completed' : p.startedOn ? 'in_progress' : 'registered';
      const id = await insertProduct(trx, {
        name: p.name,
        kind: p.kind,
        ownerUnit: p.unit,
        agency: p.agency ?? '',
        year: p.year,
        targetDate: p.targetDate,
        description: 'Dữ liệu mô phỏng để minh họa / simulated for the demo',
        state,
        registeredOn: p.registeredOn,
        startedOn: p.startedOn ?? null,
        completedOn: p.completedOn ?? null,
        evaluatedOn: null,
        withdrawnOn: null,
        evidence: p.completedOn
          ? JSON.stringify([{ kind: 'document', number: 'Mô phỏng', date: p.completedOn, summary: 'Biên bản nghiệm thu (mô phỏng)' }])
          : '[]',
        grade: null,
        score: null,
        evaluationComment: null,
        simulated: 1,
        createdBy: DEMO_ACTOR.name,
        createdAt: at,
        updatedAt: at,
      });
      await replaceProductIndicators(
        trx,
        id,
        (p.indicators ?? []).filter((c) => known.has(c)),
      );
      const step = (action: string, fromState: string | null, toState: string, onDay: string) =>
        insertProductStep(trx, { productId: id, action, fromState, toState, onDay, note: null, details: '{}', createdBy: DEMO_ACTOR.name, createdAt: at });
      await step('register', null, 'registered', p.registeredOn);
      if (p.startedOn) await step('start', 'registered', 'in_progress', p.startedOn);
      if (p.completedOn) await step('complete', 'in_progress', 'completed', p.completedOn);
    }
    await writeAudit(
      trx,
      [
        {
          actor: DEMO_ACTOR,
          source: 'demo',
          via: 'dx-ioc demo',
          entity: 'dx_product',
          entityKey: '*',
          action: 'seed',
          after: { products: DEMO_PRODUCTS.length },
        },
      ],
      now,
    );
    await refreshDerivedValues(trx, productsCounter, { unitCodes: null, now });
    await setMeta(trx, MARK, at);
  });
  return [`Sản phẩm CĐS (mô phỏng): ${DEMO_PRODUCTS.length} sản phẩm; Ninh Thuận 2023: 18 đã đăng ký, 1 hoàn thành.`];
}
