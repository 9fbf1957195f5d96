/**
 * Hồ sơ thủ tục hành chính (one-stop-shop dossiers, issue 14): the records a source system (Một cửa điện tử, Cổng
 * dịch vụ công) pushes, each known by the system's own id (`source` + `sourceId`, the idempotency key). A dossier
 * is received on a day by a unit through a channel (trực tuyến / trực tiếp), for a procedure of a field (lĩnh vực),
 * online end to end (toàn trình) or in part (một phần); it is due on a day and finished on a day, on time or late.
 * A dossier changes as it is handled: each change is a new version (store: dossier_versions), never an overwrite.
 *
 * `dossierProblems` is pure: it returns the cleaned record or the problems by field path
 * (`dossiers[3].receivedOn`), so a batch with a bad row is refused whole, naming the row and the field.
 */
import { isCalendarDate } from './dates.ts';
import type { ValidationProblem } from './metadata.ts';

export const DOSSIER_CHANNELS = ['online', 'offline'] as const;
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];
export const DOSSIER_LEVELS = ['full', 'partial'] as const;
export type DossierLevel = (typeof DOSSIER_LEVELS)[number];
export const DOSSIER_RESULTS = ['on_time', 'late'] as const;
export type DossierResult = (typeof DOSSIER_RESULTS)[number];
/** received: taken in, not yet handled; processing: being handled; finished: a result given; cancelled: withdrawn or refused. */
export const DOSSIER_STATES = ['received', 'processing', 'finished', 'cancelled'] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

/** The fields (lĩnh vực) the demo and the screens name; a source may send other codes of the same shape. */
export const DOSSIER_FIELDS: Readonly<Record<string, { name: string; nameEn: string }>> = {
  DAT_DAI: { name: 'Đất đai', nameEn: 'Land' },
  HO_TICH: { name: 'Hộ tịch', nameEn: 'Civil status' },
  CHUNG_THUC: { name: 'Chứng thực', nameEn: 'Certification' },
  DOANH_NGHIEP: { name: 'Thành lập và hoạt động của doanh nghiệp', nameEn: 'Enterprises' },
  HO_KINH_DOANH: { name: 'Hộ kinh doanh', nameEn: 'Household businesses' },
  XAY_DUNG: { name: 'Xây dựng', nameEn: 'Construction' },
  GIAO_THONG: { name: 'Giao thông vận tải', nameEn: 'Transport' },
  LAO_DONG: { name: 'Lao động, thương binh và xã hội', nameEn: 'Labour and social affairs' },
  Y_TE: { name: 'Y tế', nameEn: 'Health' },
  GIAO_DUC: { name: 'Giáo dục và đào tạo', nameEn: 'Education' },
  TU_PHAP: { name: 'Tư pháp', nameEn: 'Justice' },
  MOI_TRUONG: { name: 'Môi trường', nameEn: 'Environment' },
  CONG_THUONG: { name: 'Công thương', nameEn: 'Industry and trade' },
  NONG_NGHIEP: { name: 'Nông nghiệp', nameEn: 'Agriculture' },
};

export const FIELD_CODE_PATTERN = /^[A-Z0-9_]{1,40}$/;
/** At most this many dossiers in one pushed batch or import. */
export const MAX_DOSSIERS_PER_BATCH = 5000;

export interface Dossier {
  sourceId: string;
  procedureCode: string;
  procedureName: string | null;
  field: string;
  channel: DossierChannel;
  level: DossierLevel | null;
  unit: string;
  receivedOn: string;
  dueOn: string | null;
  finishedOn: string | null;
  /** Given by the source, or derived from finishedOn ≤ dueOn when both are known; null while not finished. */
  result: DossierResult | null;
  state: DossierState;
}

/** The field's name for a screen ('Đất đai'), or the code itself for a field the app does not name. */
export function fieldName(code: string, language: 'vi' | 'en' = 'vi'): string {
  const field = DOSSIER_FIELDS[code];
  return field ? (language === 'en' ? field.nameEn : field.name) : code;
}

type Raw = Record<string, unknown>;

/** Checks and cleans one pushed dossier; `path` prefixes each problem ('dossiers[3]'). */
export function dossierProblems(raw: unknown, path: string): { value?: Dossier; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ path: `${path}.${field}`, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: [{ path, message: 'phải là một đối tượng / must be an object' }] };
  const r = raw as Raw;
  const text = (field: string, max: number, required: boolean): string | null => {
    const v = r[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (required) problem(field, 'bắt buộc / required');
      return null;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      problem(field, 'phải là chuỗi / must be text');
      return null;
    }
    const s = String(v).trim();
    if (s.length > max) problem(field, `dài quá ${max} ký tự / longer than ${max}`);
    return s;
  };
  const date = (field: string, required: boolean): string | null => {
    const s = text(field, 10, required);
    if (s !== null && !isCalendarDate(s)) problem(field, `'${s}' không phải ngày YYYY-MM-DD / not a date`);
    return s !== null && isCalendarDate(s) ? s : null;
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[], required: boolean): T | null => {
    const s = text(field, 20, required);
    if (s !== null && !allowed.includes(s as T)) problem(field, `'${s}' không hợp lệ, phải là một trong: ${allowed.join(', ')} / must be one of them`);
    return s !== null && allowed.includes(s as T) ? (s as T) : null;
  };
  const sourceId = text('sourceId', 100, true);
  const procedureCode = text('procedureCode', 60, true);
  const procedureName = text('procedureName', 300, false);
  const field = text('field', 40, true);
  if (field !== null && !FIELD_CODE_PATTERN.test(field)) problem('field', `mã lĩnh vực '${field}' chỉ gồm A–Z, 0–9, _ / a field code: A–Z, 0–9, _`);
  const channel = oneOf('channel', DOSSIER_CHANNELS, true);
  const level = oneOf('level', DOSSIER_LEVELS, false);
  const unit = text('unit', 40, true);
  const receivedOn = date('receivedOn', true);
  const dueOn = date('dueOn', false);
  const finishedOn = date('finishedOn', false);
  let result = oneOf('result', DOSSIER_RESULTS, false);
  let state = oneOf('state', DOSSIER_STATES, false);
  if (receivedOn && dueOn && dueOn < receivedOn) problem('dueOn', `hạn ${dueOn} trước ngày tiếp nhận ${receivedOn} / due before received`);
  if (receivedOn && finishedOn && finishedOn < receivedOn)
    problem('finishedOn', `ngày giải quyết ${finishedOn} trước ngày tiếp nhận ${receivedOn} / finished before received`);
  if (!finishedOn && result) problem('result', 'chỉ có kết quả khi đã có ngày giải quyết (finishedOn) / a result needs finishedOn');
  if (finishedOn && state && state !== 'finished' && state !== 'cancelled')
    problem('state', `hồ sơ có ngày giải quyết thì trạng thái là finished hoặc cancelled, không phải ${state} / finished dossiers are finished or cancelled`);
  if (state === 'finished' && !finishedOn) problem('finishedOn', 'hồ sơ đã giải quyết phải có ngày giải quyết / a finished dossier needs finishedOn');
  if (finishedOn && !result && dueOn) result = finishedOn <= dueOn ? 'on_time' : 'late';
  if (!state) state = finishedOn ? 'finished' : 'processing';
  if (problems.length) return { problems };
  return {
    value: {
      sourceId: sourceId!,
      procedureCode: procedureCode!,
      procedureName,
      field: field!,
      channel: channel!,
      level,
      unit: unit!,
      receivedOn: receivedOn!,
      dueOn,
      finishedOn,
      result: state === 'cancelled' ? null : result,
      state,
    },
    problems,
  };
}

/** True when two versions of a dossier say the same (a re-push of an unchanged record writes nothing). */
export function sameDossier(a: Dossier, b: Dossier): boolean {
  return (Object.keys(a) as Array<keyof Dossier>).every((k) => a[k] === b[k]);
}
