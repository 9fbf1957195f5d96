/**
 * The demo's one-stop-shop dossiers (hồ sơ thủ tục hành chính, issue 14), so Ninh Thuận's "tỷ lệ hồ sơ thủ tục
 * hành chính được tiếp nhận, xử lý trực tuyến đạt 81,17%" and "lĩnh vực đất đai (2,06%)" (6 tháng đầu năm 2023)
 * are computed from records, not typed. All invented (mô phỏng) and deterministic: 150.000 dossiers of 2023, 75.000
 * per half — 60.878 online (81,17%); of them 9.700 of the land field with 200 online (2,06%) — spread over the
 * province's agencies (58), districts and communes as they were on 30/6/2023, received on working days, due 3–15
 * days later, finished on time for about 96%. Written through the feed's own batch writer (checks, versions, one
 * audit event per batch), then one refresh of the derived figures. The derived elements (monthly flows) and their
 * indicators are upserted on every run; the records once per database (app_meta `demo.dossiers`). The 2023 plan's
 * target "≥ 70%" moves from the province's stated rate (CT_HS_TRUC_TUYEN, typed from the article, kept as the
 * stated figure) to the rate computed from the records, so the plan and the dashboard show the computed 81,17%.
 */
import { getMeta, setMeta } from '../../store/app-meta.ts';
import type { Store } from '../../store/db.ts';
import { getPlan, replacePlanTargets } from '../../store/metadata/plans.ts';
import { communesUnder, unitWithLevelAt } from '../../store/teams/counts.ts';
import { childrenAt } from '../../store/units/tree-reads.ts';
import { inTransaction } from '../../store/transaction.ts';
import { DOSSIER_FIELDS, fieldName, type Dossier } from '../../domain/dossiers.ts';
import { dossiersCounter } from '../dossiers/counter.ts';
import { writeDossierBatch } from '../dossiers/push.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { DEMO_ACTOR } from './record-figures.ts';
import { random } from './seed-random.ts';
import { upsertDerivedMetadata } from './derived-metadata.ts';

const MARK = 'demo.dossiers';
const PROVINCE = '58';
const AT = '2023-06-30';
export const DEMO_DOSSIER_SOURCE = 'MOTCUA_58_MO_PHONG';
/** Per half of 2023: received, online, and of them the land field's. */
export const DEMO_DOSSIER_HALF = { received: 75_000, online: 60_878, land: 9_700, landOnline: 200 } as const;

const ELEMENTS = [
  ['HS_TTHC_TIEP_NHAN', 'dossiers.received', 'Số hồ sơ TTHC tiếp nhận (tính từ hồ sơ một cửa)', 'Dossiers received (counted from the one-stop shop)'],
  ['HS_TTHC_TRUC_TUYEN', 'dossiers.received_online', 'Số hồ sơ TTHC tiếp nhận trực tuyến (tính từ hồ sơ)', 'Dossiers received online (counted)'],
  ['HS_DAT_DAI_TIEP_NHAN', 'dossiers.received?field=DAT_DAI', 'Số hồ sơ lĩnh vực đất đai tiếp nhận (tính từ hồ sơ)', 'Land dossiers received (counted)'],
  [
    'HS_DAT_DAI_TRUC_TUYEN',
    'dossiers.received_online?field=DAT_DAI',
    'Số hồ sơ lĩnh vực đất đai tiếp nhận trực tuyến (tính từ hồ sơ)',
    'Land dossiers received online (counted)',
  ],
  ['HS_TTHC_DA_GIAI_QUYET', 'dossiers.finished', 'Số hồ sơ TTHC đã giải quyết (tính từ hồ sơ)', 'Dossiers finished (counted)'],
  ['HS_TTHC_DUNG_HAN', 'dossiers.finished_on_time', 'Số hồ sơ TTHC giải quyết đúng hạn (tính từ hồ sơ)', 'Dossiers finished on time (counted)'],
] as const;

const INDICATORS = [
  [
    'CT_HS_TTHC_TRUC_TUYEN_TINH',
    'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (tính từ hồ sơ một cửa)',
    'Dossiers received online, counted from the records',
    'HS_TTHC_TRUC_TUYEN',
    'HS_TTHC_TIEP_NHAN',
  ],
  [
    'CT_HS_DAT_DAI_TRUC_TUYEN',
    'Tỷ lệ hồ sơ trực tuyến lĩnh vực đất đai (tính từ hồ sơ)',
    'Land dossiers received online, counted',
    'HS_DAT_DAI_TRUC_TUYEN',
    'HS_DAT_DAI_TIEP_NHAN',
  ],
  [
    'CT_HS_TTHC_DUNG_HAN',
    'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (tính từ hồ sơ)',
    'Dossiers finished on time, counted',
    'HS_TTHC_DUNG_HAN',
    'HS_TTHC_DA_GIAI_QUYET',
  ],
] as const;

/** The other fields' shares of the non-land dossiers (per mille; they add to 1000). */
const OTHER_FIELDS: Array<[string, number]> = [
  ['CHUNG_THUC', 300],
  ['HO_TICH', 180],
  ['GIAO_THONG', 80],
  ['LAO_DONG', 80],
  ['DOANH_NGHIEP', 60],
  ['HO_KINH_DOANH', 60],
  ['XAY_DUNG', 50],
  ['Y_TE', 40],
  ['TU_PHAP', 40],
  ['GIAO_DUC', 30],
  ['MOI_TRUONG', 30],
  ['CONG_THUONG', 30],
  ['NONG_NGHIEP', 20],
];

function shuffle<T>(items: T[], rnd: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function workingDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(d);
  }
  return out;
}

/** The dossiers of one half: exact totals, the rest drawn from the PRNG. */
export function demoDossiersOfHalf(half: 1 | 2, units: { province: string; districts: string[]; communes: string[] }): Dossier[] {
  const rnd = random(2023 * 10 + half);
  const { received, online, land, landOnline } = DEMO_DOSSIER_HALF;
  const days = half === 1 ? workingDays('2023-01-01', '2023-06-30') : workingDays('2023-07-01', '2023-12-31');
  const fieldFor = (): string => {
    let roll = rnd() * 1000;
    for (const [code, share] of OTHER_FIELDS) if ((roll -= share) < 0) return code;
    return OTHER_FIELDS[0]![0];
  };
  const otherOnline = new Set(shuffle([...Array(received - land).keys()], rnd).slice(0, online - landOnline));
  const landOnlineSet = new Set(shuffle([...Array(land).keys()], rnd).slice(0, landOnline));
  const local = [...units.districts, ...units.communes];
  const out: Dossier[] = [];
  for (let i = 0; i < received; i++) {
    const isLand = i < land;
    const field = isLand ? 'DAT_DAI' : fieldFor();
    const isOnline = isLand ? landOnlineSet.has(i) : otherOnline.has(i - land);
    // Land: the districts' branches and the communes; the rest: 45% provincial agencies, the rest local.
    const unit = isLand
      ? units.districts[Math.floor(rnd() * units.districts.length)]!
      : rnd() < 0.45 || local.length === 0
        ? units.province
        : local[Math.floor(rnd() * local.length)]!;
    const receivedOn = days[Math.floor(rnd() * days.length)]!;
    const allowed = 3 + Math.floor(rnd() * 13);
    const late = rnd() < 0.04;
    const took = late ? allowed + 1 + Math.floor(rnd() * 10) : Math.max(0, allowed - Math.floor(rnd() * allowed));
    const dueOn = addDays(receivedOn, allowed);
    const finishedOn = addDays(receivedOn, took);
    const procedure = 1 + Math.floor(rnd() * 12);
    out.push({
      sourceId: `NT-2023-${half}-${String(i + 1).padStart(6, '0')}`,
      procedureCode: `${field}.${String(procedure).padStart(3, '0')}`,
      procedureName: `Thủ tục ${fieldName(field).toLowerCase()} số ${procedure} (mô phỏng)`,
      field,
      channel: isOnline ? 'online' : 'offline',
      level: isOnline ? (rnd() < 0.7 ? 'full' : 'partial') : null,
      unit,
      receivedOn,
      dueOn,
      finishedOn,
      result: late ? 'late' : 'on_time',
      state: 'finished',
    });
  }
  return out;
}

/** Upserts the derived elements and indicators; writes the records once. Returns the lines the demo logs. */
export async function ensureDemoDossiers(store: Store, now: Date = new Date()): Promise<string[]> {
  await upsertDerivedMetadata(store, {
    elements: ELEMENTS,
    indicators: INDICATORS,
    unitOfMeasure: 'hồ sơ',
    describe: (derivedFrom) => `Tính từ hồ sơ của hệ thống một cửa (${derivedFrom}); không nhập tay / computed from the dossiers`,
  });
  await targetTheComputedRate(store);
  if ((await getMeta(store.db, MARK)) !== null) return [];
  const province = await unitWithLevelAt(store.db, PROVINCE, AT);
  if (!province) return ['Hồ sơ TTHC mô phỏng: không có đơn vị 58 vào 30/6/2023, bỏ qua / no unit 58, skipped'];
  const districts = (await childrenAt(store.db, province.id, AT)).map((u) => u.code);
  const communes = (await communesUnder(store.db, province.id, AT)).map((c) => c.code);
  const units = { province: PROVINCE, districts, communes };
  const ctx = { actor: DEMO_ACTOR, via: 'dx-ioc demo', simulated: true };
  let written = 0;
  await inTransaction(store.db, async (trx) => {
    for (const half of [1, 2] as const) {
      const all = demoDossiersOfHalf(half, units);
      for (let i = 0; i < all.length; i += 5000)
        written += (await writeDossierBatch(trx, DEMO_DOSSIER_SOURCE, all.slice(i, i + 5000), ctx, now)).result.created;
    }
    await refreshDerivedValues(trx, dossiersCounter, { unitCodes: null, now });
  });
  await setMeta(store.db, MARK, now.toISOString());
  const fmt = (n: number) => n.toLocaleString('vi-VN');
  return [
    `Hồ sơ TTHC (mô phỏng, Ninh Thuận 2023): ${fmt(written)} hồ sơ; 6 tháng đầu năm ${fmt(DEMO_DOSSIER_HALF.online)}/${fmt(DEMO_DOSSIER_HALF.received)} trực tuyến (81,17%), đất đai ${fmt(DEMO_DOSSIER_HALF.landOnline)}/${fmt(DEMO_DOSSIER_HALF.land)} (2,06%).`,
  ];
}

const PLAN = 'NT_KH_CDS_2023';
const STATED = 'CT_HS_TRUC_TUYEN';
export const COMPUTED_ONLINE_RATE = 'CT_HS_TTHC_TRUC_TUYEN_TINH';

/** The Ninh Thuận 2023 plan's online-rate target on the computed indicator (once; a later edit by the Sở stands). */
async function targetTheComputedRate(store: Store): Promise<void> {
  const plan = await getPlan(store.db, PLAN);
  if (!plan || !plan.targets.some((t) => t.indicator === STATED && t.unit === PROVINCE)) return;
  const targets = plan.targets.map((t) =>
    t.indicator === STATED && t.unit === PROVINCE
      ? { ...t, indicator: COMPUTED_ONLINE_RATE, label: 'Tính từ hồ sơ một cửa (mô phỏng); bài báo: "đạt 81,17%, vượt 11,17%"' }
      : t,
  );
  await replacePlanTargets(store.db, PLAN, targets);
}

/** For the tests: the indicators computed from the dossiers. */
export const DEMO_DOSSIER_INDICATORS: readonly string[] = INDICATORS.map(([code]) => code);

/** For the tests: every field the generator draws is one the app names. */
export const DEMO_DOSSIER_FIELDS = ['DAT_DAI', ...OTHER_FIELDS.map(([code]) => code)].filter((code) => code in DOSSIER_FIELDS);
