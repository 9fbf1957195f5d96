/**
 * Phản ánh hiện trường (citizen feedback, issue 14): a citizen files a report of a category with a description and
 * a place (a map point, a commune picked by name, or an address) and photos; the category routes it to the responsible unit (the commune
 * containing the point on the day filed, or the province for a province-level category); the unit acknowledges
 * it, handles it and closes it with a public answer, or refuses it with a reason, or transfers it to another unit;
 * each category gives a deadline (SLA); the citizen rates the answer. Anonymous reports wait for moderation.
 *
 * Pure: the states and the actions between them, the categories, the checks of a filed report (problems by field)
 * and the SLA arithmetic. The store, the routing and the access checks are app/feedback/'s.
 */
import type { ValidationProblem } from './metadata.ts';

/**
 * moderation: filed anonymously, not yet seen by a moderator (never public, never counted); new: in a unit's queue;
 * acknowledged: the unit has taken it (đã tiếp nhận); in_progress: being handled; handled: closed with a public
 * answer; rejected: refused with a reason; spam: removed by moderation (never public, never counted).
 */
export const FEEDBACK_STATES = ['moderation', 'new', 'acknowledged', 'in_progress', 'handled', 'rejected', 'spam'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

export const FEEDBACK_STATE_LABELS: Readonly<Record<FeedbackState, { vi: string; en: string }>> = {
  moderation: { vi: 'Chờ kiểm duyệt', en: 'Awaiting moderation' },
  new: { vi: 'Mới', en: 'New' },
  acknowledged: { vi: 'Đã tiếp nhận', en: 'Acknowledged' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress' },
  handled: { vi: 'Đã xử lý', en: 'Handled' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  spam: { vi: 'Không hợp lệ (đã gỡ)', en: 'Removed by moderation' },
};

/** States that end a report: no deadline runs after them. */
export const CLOSED_STATES: readonly FeedbackState[] = ['handled', 'rejected', 'spam'];
/** States the public and the figures never see. */
export const HIDDEN_STATES: readonly FeedbackState[] = ['moderation', 'spam'];

/**
 * approve / mark_spam: a moderator (an administrator); acknowledge, start, handle, reject, transfer: the
 * responsible unit (its reporters and approvers, and the administrator). transfer (chuyển đơn vị) hands the report
 * to another unit, where it is new again; its deadline stays the one set when it was filed.
 */
export const FEEDBACK_ACTIONS = ['approve', 'mark_spam', 'acknowledge', 'start', 'handle', 'reject', 'transfer'] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];

const OPEN: FeedbackState[] = ['new', 'acknowledged', 'in_progress'];
export const TRANSITIONS: Readonly<Record<FeedbackAction, { from: readonly FeedbackState[]; to: FeedbackState }>> = {
  approve: { from: ['moderation'], to: 'new' },
  mark_spam: { from: ['moderation', 'new'], to: 'spam' },
  acknowledge: { from: ['new'], to: 'acknowledged' },
  start: { from: ['new', 'acknowledged'], to: 'in_progress' },
  handle: { from: OPEN, to: 'handled' },
  reject: { from: OPEN, to: 'rejected' },
  transfer: { from: OPEN, to: 'new' },
};

export const MODERATION_ACTIONS: readonly FeedbackAction[] = ['approve', 'mark_spam'];

export const FEEDBACK_ACTION_LABELS: Readonly<Record<FeedbackAction | 'filed' | 'rated' | 'photo', { vi: string; en: string }>> = {
  filed: { vi: 'Gửi phản ánh', en: 'Filed' },
  approve: { vi: 'Duyệt, chuyển vào hàng chờ', en: 'Approved' },
  mark_spam: { vi: 'Gỡ (không hợp lệ)', en: 'Removed' },
  acknowledge: { vi: 'Tiếp nhận', en: 'Acknowledged' },
  start: { vi: 'Bắt đầu xử lý', en: 'Started' },
  handle: { vi: 'Đã xử lý, trả lời', en: 'Handled, answered' },
  reject: { vi: 'Từ chối', en: 'Rejected' },
  transfer: { vi: 'Chuyển đơn vị', en: 'Transferred' },
  rated: { vi: 'Người dân đánh giá', en: 'Rated by the citizen' },
  photo: { vi: 'Người dân thêm ảnh', en: 'Photo added by the citizen' },
};

export interface FeedbackCategory {
  code: string;
  name: string;
  nameEn: string;
  /** The deadline from filing to a public answer, in hours. */
  slaHours: number;
  /** Who handles it: the commune containing the point, or the province. */
  route: 'commune' | 'province';
  description: string;
}

/** The categories (Open311 services). A deployment edits this list in code for now (see docs/API.md). */
export const FEEDBACK_CATEGORIES: readonly FeedbackCategory[] = [
  {
    code: 'GIAO_THONG',
    name: 'Hạ tầng giao thông',
    nameEn: 'Roads and traffic',
    slaHours: 120,
    route: 'commune',
    description: 'Đường hư hỏng, ổ gà, biển báo, cầu cống',
  },
  {
    code: 'MOI_TRUONG',
    name: 'Vệ sinh môi trường, rác thải',
    nameEn: 'Waste and sanitation',
    slaHours: 72,
    route: 'commune',
    description: 'Rác thải, ô nhiễm, xả thải trái phép',
  },
  {
    code: 'TRAT_TU_DO_THI',
    name: 'Trật tự đô thị',
    nameEn: 'Public order in streets',
    slaHours: 72,
    route: 'commune',
    description: 'Lấn chiếm vỉa hè, lòng đường, quảng cáo trái phép',
  },
  {
    code: 'CHIEU_SANG',
    name: 'Điện chiếu sáng công cộng',
    nameEn: 'Street lighting',
    slaHours: 72,
    route: 'commune',
    description: 'Đèn đường hỏng, không sáng',
  },
  {
    code: 'CAP_THOAT_NUOC',
    name: 'Cấp, thoát nước',
    nameEn: 'Water and drainage',
    slaHours: 120,
    route: 'commune',
    description: 'Ngập úng, vỡ ống, thiếu nước sinh hoạt',
  },
  { code: 'AN_NINH', name: 'An ninh trật tự', nameEn: 'Security', slaHours: 48, route: 'commune', description: 'Gây rối, tụ tập, mất an ninh' },
  {
    code: 'DAT_DAI_XAY_DUNG',
    name: 'Đất đai, xây dựng',
    nameEn: 'Land and construction',
    slaHours: 240,
    route: 'commune',
    description: 'Xây dựng không phép, tranh chấp, lấn chiếm đất',
  },
  {
    code: 'DICH_VU_CONG',
    name: 'Dịch vụ công, thủ tục hành chính',
    nameEn: 'Public services',
    slaHours: 120,
    route: 'province',
    description: 'Giải quyết hồ sơ chậm, thái độ phục vụ',
  },
  {
    code: 'VIEN_THONG',
    name: 'Hạ tầng viễn thông, Internet',
    nameEn: 'Telecoms and Internet',
    slaHours: 168,
    route: 'province',
    description: 'Mất sóng, Internet chậm, cáp treo nguy hiểm',
  },
  { code: 'KHAC', name: 'Khác', nameEn: 'Other', slaHours: 168, route: 'province', description: 'Phản ánh khác' },
];

export function categoryOf(code: string): FeedbackCategory | undefined {
  return FEEDBACK_CATEGORIES.find((c) => c.code === code);
}

export const FEEDBACK_LIMITS = { description: 4000, address: 300, name: 100, contact: 100, mediaUrls: 5, url: 500, answer: 4000 } as const;
/** Vietnam's extent with Hoàng Sa and Trường Sa (a point outside it is refused). */
const LAT = [6, 24] as const;
const LONG = [102, 118] as const;

export interface FeedbackInput {
  category: string;
  description: string;
  lat: number | null;
  long: number | null;
  address: string | null;
  /** The commune (or unit) the reporter chose, used where the point finds no boundary or there is no point. */
  unit: string | null;
  reporterName: string | null;
  reporterContact: string | null;
  /** The reporter asks that the name not be shown (it is never public anyway; this hides it from the unit too). */
  hideName: boolean;
  mediaUrls: string[];
  /** Set only by a trusted client (an API token or the demo): when the citizen filed it elsewhere. */
  filedAt: string | null;
}

type Raw = Record<string, unknown>;

/** Checks and cleans a filed report; problems name the field ('lat', 'description'). */
export function feedbackProblems(raw: unknown, options: { now: Date; trusted: boolean }): { value?: FeedbackInput; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [{ path: '', message: 'phải là một đối tượng / must be an object' }] };
  const r = raw as Raw;
  const text = (field: string, max: number): string | null => {
    const v = r[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
    if (typeof v !== 'string') {
      problem(field, 'phải là chuỗi / must be text');
      return null;
    }
    const s = v.trim();
    if (s.length > max) problem(field, `dài quá ${max} ký tự / longer than ${max}`);
    return s;
  };
  const number = (field: string, [min, max]: readonly [number, number]): number | null => {
    const v = r[field];
    if (v === undefined || v === null || v === '') return null;
    const n = typeof v === 'string' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      problem(field, 'phải là số / must be a number');
      return null;
    }
    if (n < min || n > max) problem(field, `${n} nằm ngoài lãnh thổ Việt Nam (${min}–${max}) / outside Vietnam`);
    return n;
  };
  const category = text('category', 40);
  if (!category) problem('category', 'bắt buộc / required');
  else if (!categoryOf(category))
    problem('category', `không có loại phản ánh '${category}'; dùng: ${FEEDBACK_CATEGORIES.map((c) => c.code).join(', ')} / unknown category`);
  const description = text('description', FEEDBACK_LIMITS.description);
  if (!description) problem('description', 'bắt buộc: mô tả sự việc / required');
  else if (description.length < 10) problem('description', 'mô tả quá ngắn (ít nhất 10 ký tự) / at least 10 characters');
  const lat = number('lat', LAT);
  const long = number('long', LONG);
  if ((lat === null) !== (long === null)) problem(lat === null ? 'lat' : 'long', 'cần cả vĩ độ (lat) và kinh độ (long) / both lat and long');
  const address = text('address', FEEDBACK_LIMITS.address);
  const unit = text('unit', 40);
  if (lat === null && long === null && !address && !unit)
    problem('address', 'cần vị trí trên bản đồ (lat, long), xã phường (unit) hoặc địa chỉ / a point, a commune or an address is required');
  const reporterName = text('reporterName', FEEDBACK_LIMITS.name);
  const reporterContact = text('reporterContact', FEEDBACK_LIMITS.contact);
  const hide = r.hideName;
  if (hide !== undefined && typeof hide !== 'boolean') problem('hideName', 'phải là true hoặc false / must be a boolean');
  const media = r.mediaUrls ?? [];
  const mediaUrls: string[] = [];
  if (!Array.isArray(media)) problem('mediaUrls', 'phải là danh sách địa chỉ ảnh / must be a list of URLs');
  else {
    if (media.length > FEEDBACK_LIMITS.mediaUrls) problem('mediaUrls', `tối đa ${FEEDBACK_LIMITS.mediaUrls} ảnh / at most ${FEEDBACK_LIMITS.mediaUrls}`);
    media.forEach((u, i) => {
      if (typeof u !== 'string' || u.length > FEEDBACK_LIMITS.url || !/^https?:\/\/[^\s]+$/.test(u))
        problem(`mediaUrls[${i}]`, 'phải là địa chỉ http(s) / must be an http(s) URL');
      else mediaUrls.push(u);
    });
  }
  let filedAt: string | null = null;
  if (r.filedAt !== undefined && r.filedAt !== null) {
    const t = typeof r.filedAt === 'string' ? Date.parse(r.filedAt) : NaN;
    if (!options.trusted) problem('filedAt', 'chỉ hệ thống được ủy quyền mới ghi thời điểm gửi / only a trusted client sets filedAt');
    else if (Number.isNaN(t)) problem('filedAt', 'phải là thời điểm ISO 8601 / must be an ISO 8601 date-time');
    else if (t > options.now.getTime() + 60_000) problem('filedAt', 'ở tương lai / in the future');
    else filedAt = new Date(t).toISOString();
  }
  if (problems.length) return { problems };
  return {
    value: {
      category: category!,
      description: description!,
      lat,
      long,
      address,
      unit,
      reporterName,
      reporterContact,
      hideName: hide === true,
      mediaUrls,
      filedAt,
    },
    problems,
  };
}

/** The deadline of a report filed at `filedAt` (ISO) in a category. */
export function dueAt(category: FeedbackCategory, filedAt: string): string {
  return new Date(Date.parse(filedAt) + category.slaHours * 3_600_000).toISOString();
}

/** Open past its deadline at `now`. */
export function isOverdue(report: { state: string; dueAt: string }, now: Date): boolean {
  return (
    !CLOSED_STATES.includes(report.state as FeedbackState) && !HIDDEN_STATES.includes(report.state as FeedbackState) && Date.parse(report.dueAt) < now.getTime()
  );
}

/** Why the action cannot be taken from this state (Vietnamese / English), or null. */
export function transitionProblem(action: FeedbackAction, state: FeedbackState): string | null {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(state)) return null;
  return `không thể '${FEEDBACK_ACTION_LABELS[action].vi}' phản ánh đang ở trạng thái '${FEEDBACK_STATE_LABELS[state].vi}' / cannot ${action} a report that is ${state}`;
}

/** The Vietnam date (UTC+7, no daylight saving) of an instant: the day a report counts in. */
export function vietnamDate(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
}
