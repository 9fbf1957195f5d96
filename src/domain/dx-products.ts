/**
 * Sản phẩm chuyển đổi số (DX products): what each agency, district or commune registers to deliver in a year
 * ("mỗi cơ quan, đơn vị, địa phương phấn đấu hoàn thành ít nhất một sản phẩm CĐS"). An owner is a unit of the tree
 * plus, for a provincial agency that is not a unit of the tree (Sở Y tế, Sở Tư pháp…), the agency's name. Its life:
 *
 *   registered ──start──▶ in_progress ──complete (evidence)──▶ completed ──evaluate (grade)──▶ evaluated
 *        │                    │
 *        └──withdraw──────────┴──▶ withdrawn (rút đăng ký; only before completion)
 *
 * Each step happens on a day (`on`, never after today nor before the previous step), so the registry answers
 * "as of 30/6/2023". Overdue is computed against a given today, never stored: the target date passed and the
 * product neither completed, evaluated nor withdrawn.
 */
import { isCalendarDate } from './dates.ts';
import type { ValidationProblem } from './metadata.ts';

export const PRODUCT_KINDS = ['platform', 'database', 'digitised_process', 'service'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const PRODUCT_STATES = ['registered', 'in_progress', 'completed', 'evaluated', 'withdrawn'] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];

export const PRODUCT_ACTIONS = ['start', 'complete', 'evaluate', 'withdraw'] as const;
export type ProductAction = (typeof PRODUCT_ACTIONS)[number];

/** Xếp loại of an evaluation. */
export const PRODUCT_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type ProductGrade = (typeof PRODUCT_GRADES)[number];

export const PRODUCT_KIND_LABELS: Record<ProductKind, { vi: string; en: string }> = {
  platform: { vi: 'nền tảng', en: 'platform' },
  database: { vi: 'cơ sở dữ liệu', en: 'database' },
  digitised_process: { vi: 'quy trình số hoá', en: 'digitised process' },
  service: { vi: 'dịch vụ', en: 'service' },
};

export const PRODUCT_STATE_LABELS: Record<ProductState, { vi: string; en: string }> = {
  registered: { vi: 'đã đăng ký', en: 'registered' },
  in_progress: { vi: 'đang thực hiện', en: 'in progress' },
  completed: { vi: 'hoàn thành', en: 'completed' },
  evaluated: { vi: 'đã đánh giá', en: 'evaluated' },
  withdrawn: { vi: 'đã rút đăng ký', en: 'withdrawn' },
};

const ACTION_LABELS: Record<ProductAction, { vi: string; en: string }> = {
  start: { vi: 'bắt đầu thực hiện', en: 'start' },
  complete: { vi: 'ghi hoàn thành', en: 'complete' },
  evaluate: { vi: 'đánh giá', en: 'evaluate' },
  withdraw: { vi: 'rút đăng ký', en: 'withdraw' },
};

const TRANSITIONS: Record<ProductAction, Partial<Record<ProductState, ProductState>>> = {
  start: { registered: 'in_progress' },
  complete: { in_progress: 'completed' },
  evaluate: { completed: 'evaluated' },
  withdraw: { registered: 'withdrawn', in_progress: 'withdrawn' },
};

/** States in which a product counts as done (hoàn thành). */
export const DONE_STATES: readonly ProductState[] = ['completed', 'evaluated'];

export class ProductTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProductTransitionError';
  }
}

/** The state after `action`, or a ProductTransitionError naming the action and the state. */
export function productTransition(state: ProductState, action: ProductAction): ProductState {
  const next = TRANSITIONS[action][state];
  if (next) return next;
  const a = ACTION_LABELS[action];
  const s = PRODUCT_STATE_LABELS[state];
  const hint =
    action === 'withdraw' && DONE_STATES.includes(state)
      ? ' (sản phẩm đã hoàn thành không rút đăng ký được / a completed product cannot be withdrawn)'
      : action === 'complete' && state === 'registered'
        ? ' (cần bắt đầu thực hiện trước / start it first)'
        : '';
  throw new ProductTransitionError(`Không thể ${a.vi} sản phẩm đang ở trạng thái "${s.vi}"${hint} / cannot ${a.en} a product that is ${s.en}`);
}

/** The actions a product in this state accepts (the abilities a client shows still depend on the caller). */
export function productActions(state: ProductState): ProductAction[] {
  return PRODUCT_ACTIONS.filter((a) => TRANSITIONS[a][state] !== undefined);
}

/** Overdue: the target date passed (before `today`) and the product is neither done nor withdrawn. */
export function productOverdue(p: { state: ProductState; targetDate: string }, today: string): boolean {
  return p.targetDate < today && !DONE_STATES.includes(p.state) && p.state !== 'withdrawn';
}

/** Whole days from the target date to today (0 when not overdue). */
export function daysOverdue(p: { state: ProductState; targetDate: string }, today: string): number {
  if (!productOverdue(p, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${p.targetDate}T00:00:00Z`)) / 86_400_000);
}

/** A piece of evidence of completion: a document reference (số/ký hiệu…) or a link. */
export interface ProductEvidence {
  kind: 'document' | 'link';
  number?: string;
  date?: string;
  issuer?: string;
  summary?: string;
  url?: string;
  title?: string;
}

export interface ProductInput {
  name: string;
  kind: string;
  ownerUnit: string;
  agency?: string | null;
  year: number;
  targetDate: string;
  indicators?: readonly string[];
  description?: string | null;
}

/** The problems of a product's fields that need no store (field paths as the API names them). */
export function productInputProblems(input: ProductInput): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!input.name.trim()) add('name', 'không được để trống / must not be blank');
  if (!(PRODUCT_KINDS as readonly string[]).includes(input.kind)) add('kind', `phải là một trong ${PRODUCT_KINDS.join(', ')} / must be one of them`);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) add('year', 'năm không hợp lệ / invalid year');
  if (!isCalendarDate(input.targetDate)) add('targetDate', 'cần ngày có thật dạng YYYY-MM-DD / expected a real date YYYY-MM-DD');
  else if (Number(input.targetDate.slice(0, 4)) < input.year)
    add('targetDate', `hạn không được trước năm đăng ký ${input.year} / the target date cannot be before the year ${input.year}`);
  if (input.agency !== undefined && input.agency !== null && !input.agency.trim()) add('agency', 'để trống thì bỏ trường này / omit it when blank');
  const seen = new Set<string>();
  for (const [i, code] of (input.indicators ?? []).entries()) {
    if (seen.has(code)) add(`indicators[${i}]`, `chỉ tiêu ${code} lặp lại / indicator repeated`);
    seen.add(code);
  }
  return problems;
}

/** The problems of a step's day: a real date, not after today, not before the product's previous step. */
export function stepDayProblems(on: string, today: string, previous: string): ValidationProblem[] {
  if (!isCalendarDate(on)) return [{ path: 'on', message: 'cần ngày có thật dạng YYYY-MM-DD / expected a real date YYYY-MM-DD' }];
  if (on > today) return [{ path: 'on', message: `không được sau hôm nay (${today}) / cannot be after today (${today})` }];
  if (on < previous) return [{ path: 'on', message: `không được trước bước trước (${previous}) / cannot be before the previous step (${previous})` }];
  return [];
}

/** Completion needs evidence: at least one document reference (with its number) or link (http/https). */
export function evidenceProblems(evidence: readonly ProductEvidence[] | undefined): ValidationProblem[] {
  if (!evidence || evidence.length === 0)
    return [{ path: 'evidence', message: 'cần ít nhất một minh chứng (văn bản hoặc đường dẫn) / at least one document or link is required' }];
  const problems: ValidationProblem[] = [];
  for (const [i, e] of evidence.entries()) {
    if (e.kind === 'document' && !e.number?.trim())
      problems.push({ path: `evidence[${i}].number`, message: 'cần số/ký hiệu văn bản / the document number is required' });
    if (e.kind === 'link' && !/^https?:\/\/\S+$/.test(e.url ?? ''))
      problems.push({ path: `evidence[${i}].url`, message: 'cần đường dẫn http(s) / an http(s) link is required' });
    if (e.date !== undefined && !isCalendarDate(e.date))
      problems.push({ path: `evidence[${i}].date`, message: 'cần ngày dạng YYYY-MM-DD / expected YYYY-MM-DD' });
  }
  return problems;
}

/** An evaluation: a grade and a comment; a score 0–100 is optional. */
export function evaluationProblems(e: { grade: string; score?: number | null; comment: string }): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (!(PRODUCT_GRADES as readonly string[]).includes(e.grade))
    problems.push({ path: 'grade', message: `phải là một trong ${PRODUCT_GRADES.join(', ')} / must be one of them` });
  if (e.score !== undefined && e.score !== null && !(e.score >= 0 && e.score <= 100)) problems.push({ path: 'score', message: 'từ 0 đến 100 / from 0 to 100' });
  if (!e.comment.trim()) problems.push({ path: 'comment', message: 'không được để trống / must not be blank' });
  return problems;
}
