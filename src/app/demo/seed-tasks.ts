/**
 * Demo tasks (nhiệm vụ), all simulated (mô phỏng): ~20 tasks of Đắk Nông's 2022 plan (DN_KH_CDS_2022, unit 67)
 * and Ninh Thuận's 2023 plan (NT_KH_CDS_2023, unit 58), created and moved through the app's commands (so the
 * audit and notifications are real): some completed on time, some late, some overdue whatever today is (deadlines
 * in 2025 not completed), two due within days of today. Then the derived elements NV_TONG, NV_HOAN_THANH,
 * NV_DUNG_HAN, NV_QUA_HAN (quarterly, from the tasks registry) with their CT_ indicators, and one full refresh.
 * Idempotent (meta mark); every run sweeps today's due-soon and overdue notifications (once a day per user).
 */
import { todayIsoDate } from '../../domain/dates.ts';
import { addIsoDays } from '../../domain/tasks.ts';
import { getMeta, setMeta } from '../../store/app-meta.ts';
import type { Store } from '../../store/db.ts';
import { upsertDataElement, upsertIndicator } from '../../store/metadata/repo.ts';
import { inTransaction } from '../../store/transaction.ts';
import { sweepTaskNotifications } from '../notifications/sweep.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { tasksCounter } from '../tasks/counter.ts';
import { createTask } from '../tasks/save.ts';
import { completeTask, moveTask, reportTaskProgress } from '../tasks/steps.ts';
import { DEMO_ACTOR } from './record-figures.ts';

const MARK = 'demo.tasks';

export const DEMO_TASK_ELEMENTS = [
  ['NV_TONG', 'tasks.total', 'Tổng số nhiệm vụ chuyển đổi số được giao', 'DX tasks assigned'],
  ['NV_HOAN_THANH', 'tasks.completed', 'Số nhiệm vụ chuyển đổi số đã hoàn thành', 'DX tasks completed'],
  ['NV_DUNG_HAN', 'tasks.completed_on_time', 'Số nhiệm vụ chuyển đổi số hoàn thành đúng hạn', 'DX tasks completed on time'],
  ['NV_QUA_HAN', 'tasks.overdue', 'Số nhiệm vụ chuyển đổi số quá hạn', 'DX tasks overdue'],
] as const;

interface DemoTask {
  plan: string;
  lead: string;
  title: string;
  start: string;
  deadline: string;
  /** Completed on this day; a percent of progress; paused with this reason. */
  done?: string;
  percent?: number;
  paused?: string;
  milestones?: Array<[string, string]>;
}

const DN = 'DN_KH_CDS_2022';
const NT = 'NT_KH_CDS_2023';
const DN_BASIS = 'Quyết định số 231/QĐ-UBND ngày 26/01/2022 của UBND tỉnh Đắk Nông';
const NT_BASIS = 'Kế hoạch hoạt động năm 2023 của Ban Chỉ đạo chuyển đổi số tỉnh Ninh Thuận';

/** The tasks; `soon(n)` deadlines are n days after today. */
function demoTasks(today: string): DemoTask[] {
  const soon = (n: number) => addIsoDays(today, n);
  return [
    {
      plan: DN,
      lead: '67',
      title: 'Xây dựng Trung tâm giám sát, điều hành thông minh (IOC) cấp tỉnh',
      start: '2022-02-01',
      deadline: '2022-12-31',
      done: '2022-12-20',
      milestones: [
        ['Phê duyệt chủ trương đầu tư', '2022-04-30'],
        ['Vận hành thử nghiệm', '2022-11-30'],
      ],
    },
    {
      plan: DN,
      lead: '67',
      title: 'Nâng cấp Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử tỉnh',
      start: '2022-02-01',
      deadline: '2022-09-30',
      done: '2022-09-28',
    },
    {
      plan: DN,
      lead: '67',
      title: 'Triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)',
      start: '2022-02-01',
      deadline: '2022-06-30',
      done: '2022-08-15',
    },
    { plan: DN, lead: '67', title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', start: '2022-03-01', deadline: '2022-12-31', done: '2023-03-10' },
    {
      plan: DN,
      lead: '67',
      title: 'Thành lập Tổ công nghệ số cộng đồng tại 100% xã, thôn, bon',
      start: '2022-02-15',
      deadline: '2022-06-30',
      done: '2022-06-15',
    },
    { plan: DN, lead: '67', title: 'Triển khai chữ ký số chuyên dùng cho cán bộ, công chức', start: '2022-02-15', deadline: '2022-10-31', done: '2022-10-20' },
    {
      plan: DN,
      lead: '67',
      title: 'Phủ sóng di động 4G tại các thôn, bon vùng sâu, vùng xa',
      start: '2022-04-01',
      deadline: '2025-03-31',
      percent: 70,
      milestones: [
        ['Khảo sát điểm lõm sóng', '2022-09-30'],
        ['Lắp đặt trạm BTS', '2024-12-31'],
      ],
    },
    { plan: DN, lead: '67', title: 'Xây dựng Kho dữ liệu dùng chung của tỉnh', start: '2022-06-01', deadline: '2025-06-30', percent: 45 },
    {
      plan: DN,
      lead: '67',
      title: 'Đào tạo kỹ năng số cho cán bộ, công chức cấp xã',
      start: '2022-05-01',
      deadline: '2025-05-31',
      percent: 30,
      paused: 'Chờ bố trí kinh phí (mô phỏng)',
    },
    { plan: DN, lead: '67', title: 'Báo cáo kết quả thực hiện chuyển đổi số quý', start: '2025-05-01', deadline: soon(3), percent: 50 },
    { plan: DN, lead: '67', title: 'Rà soát, cập nhật danh mục cơ sở dữ liệu của tỉnh', start: '2025-05-01', deadline: soon(6) },
    {
      plan: NT,
      lead: '58',
      title: 'Triển khai Nền tảng số cấp xã tại 65 xã, phường, thị trấn',
      start: '2023-01-15',
      deadline: '2023-06-30',
      done: '2023-06-20',
    },
    {
      plan: NT,
      lead: '58',
      title: 'Cập nhật Kiến trúc Chính quyền điện tử tỉnh phiên bản 3.0',
      start: '2023-01-15',
      deadline: '2023-06-30',
      done: '2023-05-30',
    },
    { plan: NT, lead: '58', title: 'Xây dựng Đề án phát triển đô thị thông minh', start: '2023-02-01', deadline: '2023-09-30', done: '2023-11-15' },
    {
      plan: NT,
      lead: '58',
      title: 'Thanh toán không dùng tiền mặt trong trường học, bệnh viện',
      start: '2023-02-01',
      deadline: '2023-12-31',
      done: '2023-12-25',
    },
    { plan: NT, lead: '58', title: 'Truyền thông nâng cao nhận thức về chuyển đổi số', start: '2023-01-15', deadline: '2023-12-31', done: '2023-12-15' },
    { plan: NT, lead: '58', title: 'Phát triển hạ tầng cáp quang đến thôn, khu phố', start: '2023-03-01', deadline: '2025-04-30', percent: 60 },
    { plan: NT, lead: '58', title: 'Hoàn thiện cơ sở dữ liệu đất đai', start: '2023-03-01', deadline: '2025-06-15' },
    { plan: NT, lead: '58', title: 'Đánh giá an toàn thông tin các hệ thống cấp độ 3', start: '2025-03-01', deadline: soon(4), percent: 20 },
  ];
}

export async function ensureDemoTasks(store: Store, now: Date = new Date()): Promise<string[]> {
  const today = todayIsoDate(now);
  const lines: string[] = [];
  if ((await getMeta(store.db, MARK)) === null) {
    const ctx = { actor: DEMO_ACTOR, today, now, via: 'dx-ioc demo' };
    const tasks = demoTasks(today);
    for (const t of tasks) {
      const id = await createTask(
        store,
        {
          plan: t.plan,
          title: t.title,
          legalBasis: t.plan === DN ? DN_BASIS : NT_BASIS,
          lead: t.lead,
          startDate: t.start,
          deadline: t.deadline,
          milestones: (t.milestones ?? []).map(([title, dueDate]) => ({ title, dueDate })),
        },
        ctx,
        { simulated: true },
      );
      const reportedOn = t.done ?? (t.deadline < today ? t.deadline : today);
      if (t.percent !== undefined)
        await reportTaskProgress(
          store,
          id,
          { percent: t.percent, content: `Đạt khoảng ${t.percent}% khối lượng (mô phỏng)`, reportedOn: reportedOn < t.start ? t.start : reportedOn },
          ctx,
        );
      if (t.paused) await moveTask(store, id, 'pause', { reason: t.paused }, ctx);
      if (t.done)
        await completeTask(
          store,
          id,
          { completedOn: t.done, evidence: [{ kind: 'document', number: `${id}/BC-STTTT`, date: t.done, summary: 'Báo cáo kết quả thực hiện (mô phỏng)' }] },
          ctx,
        );
    }
    const at = now;
    for (const [code, measure, name, nameEn] of DEMO_TASK_ELEMENTS) {
      await upsertDataElement(
        store.db,
        {
          code,
          name,
          nameEn,
          valueType: 'integer',
          timeAggregation: 'last',
          hierarchyAggregation: 'sum',
          periodType: 'quarterly',
          unitOfMeasure: 'nhiệm vụ',
          derivedFrom: measure,
        },
        at,
      );
      await upsertIndicator(
        store.db,
        {
          code: `CT_${code}`,
          name,
          nameEn,
          numerator: `#{${code}}`,
          factor: 1,
          decimals: 0,
          unitOfMeasure: 'nhiệm vụ',
          direction: code === 'NV_QUA_HAN' ? 'lower_is_better' : 'higher_is_better',
        },
        at,
      );
    }
    await inTransaction(store.db, (trx) => refreshDerivedValues(trx, tasksCounter, { unitCodes: null, now }));
    await setMeta(store.db, MARK, now.toISOString());
    lines.push(`Nhiệm vụ: ${tasks.length} nhiệm vụ mô phỏng của Đắk Nông và Ninh Thuận, chỉ tiêu CT_NV_TONG, CT_NV_QUA_HAN… tính từ sổ (trang /tasks).`);
  }
  const notified = await sweepTaskNotifications(store, now);
  if (notified > 0) lines.push(`Thông báo nhiệm vụ hôm nay: ${notified}.`);
  return lines;
}
