/**
 * The life of a submission (dataset or framework × unit × period):
 * draft → submitted → approved | returned (with a reason) → resubmitted → …; approved data is locked
 * until an approver reopens it.
 */
export type SubmissionState = 'draft' | 'submitted' | 'approved' | 'returned';
export type WorkflowAction = 'submit' | 'approve' | 'return' | 'reopen';

export const STATE_LABELS: Record<SubmissionState, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
};

/** The actions as a sentence names them ("Cần nêu lý do trả lại" / "a reason is required to return the form"). */
const ACTION_LABELS: Record<WorkflowAction, { vi: string; en: string }> = {
  submit: { vi: 'nộp biểu mẫu', en: 'submit the form' },
  approve: { vi: 'duyệt biểu mẫu', en: 'approve the form' },
  return: { vi: 'trả lại biểu mẫu', en: 'return the form' },
  reopen: { vi: 'mở lại biểu mẫu', en: 'reopen the form' },
};

const TRANSITIONS: Record<WorkflowAction, { from: SubmissionState[]; to: SubmissionState; needsReason: boolean }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', needsReason: false },
  approve: { from: ['submitted'], to: 'approved', needsReason: false },
  return: { from: ['submitted'], to: 'returned', needsReason: true },
  reopen: { from: ['approved'], to: 'returned', needsReason: true },
};

export class WorkflowError extends Error {
  constructor(
    readonly code: 'INVALID_TRANSITION' | 'REASON_REQUIRED',
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

/** The state after `action`, or a WorkflowError saying why not. */
export function transition(state: SubmissionState, action: WorkflowAction, reason?: string | null): SubmissionState {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) {
    throw new WorkflowError(
      'INVALID_TRANSITION',
      `Không thể "${action}" khi đang ở trạng thái "${STATE_LABELS[state].vi}" / cannot ${action} a ${STATE_LABELS[state].en.toLowerCase()} submission`,
    );
  }
  if (rule.needsReason && !reason?.trim()) {
    throw new WorkflowError('REASON_REQUIRED', `Cần nêu lý do ${ACTION_LABELS[action].vi} / a reason is required to ${ACTION_LABELS[action].en}`);
  }
  return rule.to;
}

/** Values can be edited only while the submission is a draft or was returned. */
export function isEditable(state: SubmissionState): boolean {
  return state === 'draft' || state === 'returned';
}
