/**
 * The demo's citizen feedback (phản ánh hiện trường, issue 14), after the seeds' DAKNONG-C ("hơn 13.000 lượt cài
 * đặt") and Huế-S (98% handled, a satisfaction rate per handling unit): 2.400 reports, all invented (mô phỏng) and
 * deterministic, filed from 1/7/2025 to 30/11/2025 at random points inside the communes of Lâm Đồng that took in
 * the former Đắk Nông (their boundaries from ../shared/data/geo; the lineage says which), each routed by its point
 * like a real one (routing.ts), about 93% handled — 95% of those on time —, some open and overdue, most answers
 * rated (4–5 points for about 80%). Written straight to the tables in one transaction (a report and its events),
 * then one refresh of the derived figures; the derived elements and their indicators are upserted on every run,
 * the reports once per database (app_meta `demo.feedback`). Without the boundary files it says so and skips.
 */
import { randomBytes } from 'node:crypto';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { dueAt, FEEDBACK_CATEGORIES, vietnamDate } from '../../domain/feedback.ts';
import type { BoundaryGeometry } from '../../domain/geo.ts';
import { getMeta, setMeta } from '../../store/app-meta.ts';
import type { Store } from '../../store/db.ts';
import { insertFeedbackEvents, insertFeedbackMany, type FeedbackEventRow, type NewFeedbackRow } from '../../store/feedback/repo.ts';
import { geoLayerAt, readBoundaries } from '../../store/geo/layers.ts';
import { communesUnder, unitWithLevelAt } from '../../store/teams/counts.ts';
import { inTransaction } from '../../store/transaction.ts';
import { successorsOf } from '../../store/units/tree-reads.ts';
import { feedbackCounter } from '../feedback/counter.ts';
import { hashToken } from '../feedback/file-report.ts';
import { routeReport } from '../feedback/routing.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { random } from './seed-random.ts';
import { upsertDerivedMetadata } from './derived-metadata.ts';

const MARK = 'demo.feedback';
export const DEMO_FEEDBACK_COUNT = 2_400;
const FROM = Date.parse('2025-07-01T00:00:00Z');
const UNTIL = Date.parse('2025-11-30T12:00:00Z');

const ELEMENTS = [
  ['PA_TIEP_NHAN', 'feedback.received', 'Số phản ánh hiện trường tiếp nhận (tính từ phản ánh)', 'Feedback reports received (counted)'],
  ['PA_DA_XU_LY', 'feedback.handled', 'Số phản ánh đã xử lý (tính từ phản ánh)', 'Feedback reports handled (counted)'],
  ['PA_DUNG_HAN', 'feedback.handled_on_time', 'Số phản ánh xử lý đúng hạn (tính từ phản ánh)', 'Handled on time (counted)'],
  ['PA_LUOT_DANH_GIA', 'feedback.ratings', 'Số lượt người dân đánh giá kết quả xử lý', 'Ratings of the answers'],
  ['PA_HAI_LONG', 'feedback.satisfied', 'Số lượt hài lòng (4–5 điểm)', 'Satisfied ratings (4–5)'],
] as const;

// No "handled / received" rate of a period: reports handled in a month include last month's (the share of a
// period's reports handled is the KPIs screen's, over the reports filed in it).
const INDICATORS = [
  ['CT_PA_DUNG_HAN', 'Tỷ lệ phản ánh xử lý đúng hạn (tính từ phản ánh)', 'Feedback handled on time', 'PA_DUNG_HAN', 'PA_DA_XU_LY'],
  ['CT_PA_HAI_LONG', 'Tỷ lệ người dân hài lòng với kết quả xử lý phản ánh', 'Citizens satisfied with the answers', 'PA_HAI_LONG', 'PA_LUOT_DANH_GIA'],
] as const;

export const DEMO_FEEDBACK_INDICATORS: readonly string[] = INDICATORS.map(([code]) => code);

const DESCRIPTIONS: Record<string, string[]> = {
  GIAO_THONG: ['Ổ gà lớn giữa đường, xe máy dễ ngã', 'Cống thoát nước trên đường bị sụt', 'Biển báo giao thông bị đổ'],
  MOI_TRUONG: ['Rác thải đổ trộm ven đường, bốc mùi', 'Khói đốt rác gây ô nhiễm khu dân cư', 'Nước thải chảy tràn ra đường'],
  TRAT_TU_DO_THI: ['Lấn chiếm vỉa hè để buôn bán', 'Quảng cáo dán trái phép trên cột điện'],
  CHIEU_SANG: ['Đèn đường không sáng cả tuần nay', 'Cột đèn chiếu sáng bị nghiêng'],
  CAP_THOAT_NUOC: ['Ngập úng sau mưa lớn', 'Vỡ ống nước sinh hoạt'],
  AN_NINH: ['Thanh niên tụ tập gây ồn ào ban đêm'],
  DAT_DAI_XAY_DUNG: ['Xây dựng công trình không phép', 'Lấn chiếm đất công làm nhà tạm'],
  DICH_VU_CONG: ['Hồ sơ cấp giấy chứng nhận chậm so với hẹn'],
  VIEN_THONG: ['Mất sóng di động tại thôn', 'Cáp viễn thông treo thấp, nguy hiểm'],
  KHAC: ['Đề nghị lắp thêm ghế đá ở công viên'],
};
/** Shares of the categories (per mille). */
const SHARES: Array<[string, number]> = [
  ['GIAO_THONG', 260],
  ['MOI_TRUONG', 220],
  ['TRAT_TU_DO_THI', 110],
  ['CHIEU_SANG', 100],
  ['CAP_THOAT_NUOC', 90],
  ['AN_NINH', 50],
  ['DAT_DAI_XAY_DUNG', 70],
  ['DICH_VU_CONG', 40],
  ['VIEN_THONG', 40],
  ['KHAC', 20],
];

/** The communes of 1/7/2025 that took in a commune of the former Đắk Nông (67), from the lineage. */
async function formerDakNongCommunes(store: Store): Promise<string[]> {
  const dakNong = await unitWithLevelAt(store.db, '67', '2025-06-30');
  if (!dakNong) return [];
  const old = (await communesUnder(store.db, dakNong.id, '2025-06-30')).map((c) => c.code);
  return successorsOf(store.db, old, '2025-07-01', 'commune');
}

export async function ensureDemoFeedback(store: Store, now: Date = new Date()): Promise<string[]> {
  await upsertDerivedMetadata(store, {
    elements: ELEMENTS,
    indicators: INDICATORS,
    unitOfMeasure: 'lượt',
    describe: (derivedFrom) => `Tính từ phản ánh hiện trường (${derivedFrom}); không nhập tay / computed from the citizen reports`,
  });
  if ((await getMeta(store.db, MARK)) !== null) return [];
  const layer = await geoLayerAt(store.db, 'commune', '2025-08-01');
  const communes = layer ? await formerDakNongCommunes(store) : [];
  const shapes = layer
    ? (await readBoundaries(store.db, layer.id, 'medium', communes)).map((b) => {
        const geometry = JSON.parse(b.geometry) as BoundaryGeometry;
        return { code: b.unitCode, geometry, box: bbox(geometry) };
      })
    : [];
  if (shapes.length === 0)
    return ['Phản ánh hiện trường mô phỏng: chưa có ranh giới xã của Lâm Đồng (../shared/data/geo), bỏ qua / no commune boundaries, skipped'];
  const rnd = random(6711);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const categoryFor = () => {
    let roll = rnd() * 1000;
    for (const [code, share] of SHARES) if ((roll -= share) < 0) return code;
    return 'KHAC';
  };
  const rows: NewFeedbackRow[] = [];
  const events: Array<Omit<FeedbackEventRow, 'reportId'>[]> = [];
  for (let i = 0; i < DEMO_FEEDBACK_COUNT; i++) {
    const shape = pick(shapes);
    let point: { lat: number; long: number } | null = null;
    for (let tries = 0; tries < 60 && !point; tries++) {
      const [w, s, e, n] = shape.box;
      const candidate = { long: w + rnd() * (e - w), lat: s + rnd() * (n - s) };
      if (booleanPointInPolygon([candidate.long, candidate.lat], shape.geometry)) point = candidate;
    }
    if (!point) continue;
    const code = categoryFor();
    const category = FEEDBACK_CATEGORIES.find((c) => c.code === code)!;
    const filed = new Date(FROM + rnd() * (UNTIL - FROM));
    const filedAt = filed.toISOString();
    const due = dueAt(category, filedAt);
    const routed = await routeReport(store.db, { category, lat: point.lat, long: point.long, chosenUnit: shape.code, on: vietnamDate(filedAt) });
    const unit = routed.unit ?? shape.code;
    const age = (now.getTime() - filed.getTime()) / 3_600_000;
    const handled = rnd() < 0.93 && age > 24;
    const late = rnd() < 0.05;
    const hours = late ? category.slaHours * (1.1 + rnd()) : category.slaHours * (0.1 + rnd() * 0.85);
    const handledAt = handled && hours < age ? new Date(filed.getTime() + hours * 3_600_000).toISOString() : null;
    const state = handledAt ? 'handled' : age > 12 ? (rnd() < 0.5 ? 'in_progress' : 'acknowledged') : 'new';
    const rating = handledAt && rnd() < 0.7 ? (rnd() < 0.8 ? 4 + Math.round(rnd()) : 1 + Math.floor(rnd() * 3)) : null;
    const token = randomBytes(18).toString('base64url');
    rows.push({
      source: 'demo',
      client: 'DAKNONG-C (mô phỏng)',
      category: code,
      description: `${pick(DESCRIPTIONS[code]!)} (mô phỏng)`,
      lat: Math.round(point.lat * 1e6) / 1e6,
      long: Math.round(point.long * 1e6) / 1e6,
      address: null,
      unit,
      state,
      reporterName: null,
      reporterContact: null,
      hideName: 0,
      media: '[]',
      filedAt,
      filedOn: vietnamDate(filedAt),
      dueAt: due,
      acknowledgedAt: state === 'new' ? null : new Date(filed.getTime() + 2 * 3_600_000).toISOString(),
      handledAt,
      handledOn: handledAt ? vietnamDate(handledAt) : null,
      onTime: handledAt ? (handledAt <= due ? 1 : 0) : null,
      answer: handledAt ? 'Đơn vị đã kiểm tra hiện trường và xử lý xong (câu trả lời mô phỏng).' : null,
      rejectReason: null,
      rating,
      ratedAt: rating ? handledAt : null,
      tokenHash: hashToken(token),
      updatedAt: handledAt ?? filedAt,
      simulated: 1,
    });
    const steps: Array<Omit<FeedbackEventRow, 'reportId'>> = [
      {
        action: 'filed',
        fromState: null,
        toState: 'new',
        fromUnit: null,
        toUnit: unit,
        note: 'Chuyển theo vị trí trên bản đồ',
        actor: 'DAKNONG-C (mô phỏng)',
        at: filedAt,
      },
    ];
    if (handledAt)
      steps.push({ action: 'handle', fromState: 'new', toState: 'handled', fromUnit: unit, toUnit: unit, note: null, actor: 'demo', at: handledAt });
    events.push(steps);
  }
  let written = 0;
  await inTransaction(store.db, async (trx) => {
    const ids = await insertFeedbackMany(trx, rows);
    written = ids.length;
    await insertFeedbackEvents(
      trx,
      ids.flatMap((id, i) => events[i]!.map((e) => ({ ...e, reportId: id }))),
    );
    await refreshDerivedValues(trx, feedbackCounter, { unitCodes: null, now });
  });
  await setMeta(store.db, MARK, now.toISOString());
  const handled = rows.filter((r) => r.state === 'handled');
  const onTime = handled.filter((r) => r.onTime === 1).length;
  const pct = (a: number, b: number) => ((a / b) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  return [
    `Phản ánh hiện trường (mô phỏng, DAKNONG-C, ${shapes.length} xã của Lâm Đồng thuộc Đắk Nông cũ, 1/7–30/11/2025): ${written.toLocaleString('vi-VN')} phản ánh; đã xử lý ${pct(handled.length, rows.length)}%, đúng hạn ${pct(onTime, handled.length)}%.`,
  ];
}
