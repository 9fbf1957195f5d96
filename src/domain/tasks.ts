/**
 * Nhiệm vụ: a task of a plan (or of a leader's directive), its life as a pure state machine and its derived
 * status on a given day. Stored states:
 *
 *   not_started ──start/progress──▶ in_progress ──complete (date, evidence)──▶ completed
 *        │  └──────────────complete──────────────────────────────────────────▲     │
 *        └──pause (reason)──▶ paused ◀──pause── in_progress                         │ reopen (admins only)
 *                             └──resume──▶ in_progress ◀────────────────────────────┘
 *
 * Quá hạn (overdue) is never stored: a task not completed whose deadline is before `today` (a paused task too: the
 * deadline still runs). Due soon: not completed, not overdue, deadline within N days of today (default 7).
 * A completed task takes nothing but `reopen`; a paused one must be resumed before progress or completion.
 */
export const TASK_STATES = ['not_started', 'in_progress', 'completed', 'paused'] as const;
export type TaskState = (typeof TASK_STATES)[number];
/** What a list shows: the stored state, or 'overdue' computed on the day. */
export const TASK_STATUSES = [...TASK_STATES, 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_ACTIONS = ['edit', 'start', 'progress', 'milestone', 'complete', 'pause', 'resume', 'reopen'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** Days before a deadline a task is "sắp đến hạn". */
export const DUE_SOON_DAYS = 7;

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  not_started: { vi: 'chưa triển khai', en: 'not started' },
  in_progress: { vi: 'đang triển khai', en: 'in progress' },
  completed: { vi: 'hoàn thành', en: 'completed' },
  paused: { vi: 'tạm dừng', en: 'paused' },
  overdue: { vi: 'quá hạn', en: 'overdue' },
};

const ACTION_LABELS: Record<TaskAction, { vi: string; en: string }> = {
  edit: { vi: 'sửa', en: 'edit' },
  start: { vi: 'bắt đầu triển khai', en: 'start' },
  progress: { vi: 'báo cáo tiến độ', en: 'report progress on' },
  milestone: { vi: 'cập nhật mốc', en: 'update a milestone of' },
  complete: { vi: 'hoàn thành', en: 'complete' },
  pause: { vi: 'tạm dừng', en: 'pause' },
  resume: { vi: 'tiếp tục', en: 'resume' },
  reopen: { vi: 'mở lại', en: 'reopen' },
};

const TRANSITIONS: Record<TaskAction, Partial<Record<TaskState, TaskState>>> = {
  edit: { not_started: 'not_started', in_progress: 'in_progress', paused: 'paused' },
  start: { not_started: 'in_progress' },
  progress: { not_started: 'in_progress', in_progress: 'in_progress' },
  milestone: { not_started: 'not_started', in_progress: 'in_progress' },
  complete: { not_started: 'completed', in_progress: 'completed' },
  pause: { not_started: 'paused', in_progress: 'paused' },
  resume: { paused: 'in_progress' },
  reopen: { completed: 'in_progress' },
};

export class TaskTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskTransitionError';
  }
}

/** The state after `action`, or a TaskTransitionError naming the action and the state (bilingual). */
export function taskTransition(state: TaskState, action: TaskAction): TaskState {
  const next = TRANSITIONS[action][state];
  if (next) return next;
  const a = ACTION_LABELS[action];
  const s = TASK_STATUS_LABELS[state];
  const hint =
    state === 'paused'
      ? ' (cần tiếp tục trước / resume it first)'
      : state === 'completed'
        ? ' (chỉ quản trị có thể mở lại / only an administrator may reopen it)'
        : '';
  throw new TaskTransitionError(`Không thể ${a.vi} nhiệm vụ đang "${s.vi}"${hint} / cannot ${a.en} a task that is ${s.en}`);
}

/** The actions the state accepts (before policy). */
export function taskActions(state: TaskState): TaskAction[] {
  return TASK_ACTIONS.filter((a) => TRANSITIONS[a][state] !== undefined);
}

export interface TaskDates {
  state: TaskState;
  deadline: string;
  completedOn: string | null;
}

/** Quá hạn: not completed and the deadline is before today. */
export function taskOverdue(t: TaskDates, today: string): boolean {
  return t.state !== 'completed' && t.deadline < today;
}

/** Sắp đến hạn: not completed, deadline between today and today + days (inclusive). */
export function taskDueSoon(t: TaskDates, today: string, days: number = DUE_SOON_DAYS): boolean {
  return t.state !== 'completed' && t.deadline >= today && t.deadline <= addIsoDays(today, days);
}

/** The status a reader sees on `today`. */
export function taskStatus(t: TaskDates, today: string): TaskStatus {
  return taskOverdue(t, today) ? 'overdue' : t.state;
}

/** Completed no later than its deadline. */
export function completedOnTime(t: TaskDates): boolean {
  return t.state === 'completed' && t.completedOn !== null && t.completedOn <= t.deadline;
}

/** Days from `from` to `to` (negative when `to` is before). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day `days` after an ISO date. */
export function addIsoDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Checks a task's own dates: start not after deadline; a milestone within [start, …]; a percent 0..100. */
export function taskDateProblems(input: {
  startDate: string;
  deadline: string;
  milestones?: ReadonlyArray<{ dueDate: string }>;
}): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (input.deadline < input.startDate)
    problems.push({ field: 'deadline', message: 'hạn không được trước ngày bắt đầu / the deadline cannot be before the start' });
  (input.milestones ?? []).forEach((m, i) => {
    if (m.dueDate < input.startDate)
      problems.push({ field: `milestones/${i}/dueDate`, message: 'mốc không được trước ngày bắt đầu / a milestone cannot be before the start' });
  });
  return problems;
}
