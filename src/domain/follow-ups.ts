/**
 * Giải trình và chỉ đạo: the follow-up of a target that is at risk or not met. One follow-up per target (plan ×
 * indicator × unit × period) at a time; its life:
 *
 *   open ──explain──▶ explained ──direct──▶ directed ──progress──▶ in_progress
 *    │                 │  ▲ explain          │  ▲ direct              │  ▲ progress, direct
 *    └─────────────────┴──┴──────────────────┴──┴────────────────────┴──┴──▶ closed (a leader, with a reason;
 *                                                                             or the target recovered)
 *
 * The unit explains first (a directive on an unexplained follow-up is refused: the leader closes it or waits for
 * the explanation, which is late after EXPLAIN_DAYS); a leader adds one or more directives (content, assignee unit,
 * deadline); the assignee reports progress on a directive, the last report may say it is done. A closed follow-up
 * takes nothing more; when its target falls again in a later sync, a new follow-up opens (unless a leader closed
 * this one: that decision stands for the target's period). Overdue: a directive not done whose deadline is before
 * today, and a follow-up still open (unexplained) past its explanation due date, or with an overdue directive.
 */
export const FOLLOW_UP_STATES = ['open', 'explained', 'directed', 'in_progress', 'closed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];
export type FollowUpAction = 'explain' | 'direct' | 'progress' | 'close' | 'recover';
export type CloseReason = 'recovered' | 'leader';

/** Target statuses that open a follow-up, and those that close one as recovered (no_data, reorganised: neither). */
export const OPENING_STATUSES = ['at_risk', 'not_met'] as const;
export const RECOVERED_STATUSES = ['met', 'exceeded'] as const;

/** Days the unit has to explain after a follow-up opens. */
export const EXPLAIN_DAYS = 15;

export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, { vi: string; en: string }> = {
  open: { vi: 'chờ giải trình', en: 'awaiting explanation' },
  explained: { vi: 'đã giải trình', en: 'explained' },
  directed: { vi: 'đã chỉ đạo', en: 'directed' },
  in_progress: { vi: 'đang thực hiện', en: 'in progress' },
  closed: { vi: 'đã đóng', en: 'closed' },
};

const ACTION_LABELS: Record<FollowUpAction, { vi: string; en: string }> = {
  explain: { vi: 'giải trình', en: 'explain' },
  direct: { vi: 'chỉ đạo', en: 'direct' },
  progress: { vi: 'báo cáo tiến độ', en: 'report progress' },
  close: { vi: 'đóng', en: 'close' },
  recover: { vi: 'đóng do đã đạt', en: 'close as recovered' },
};

const TRANSITIONS: Record<FollowUpAction, Partial<Record<FollowUpState, FollowUpState>>> = {
  explain: { open: 'explained', explained: 'explained' },
  direct: { explained: 'directed', directed: 'directed', in_progress: 'in_progress' },
  progress: { directed: 'in_progress', in_progress: 'in_progress' },
  close: { open: 'closed', explained: 'closed', directed: 'closed', in_progress: 'closed' },
  recover: { open: 'closed', explained: 'closed', directed: 'closed', in_progress: 'closed' },
};

export class FollowUpTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FollowUpTransitionError';
  }
}

/** The state after `action`, or a FollowUpTransitionError naming the action and the state. */
export function followUpTransition(state: FollowUpState, action: FollowUpAction): FollowUpState {
  const next = TRANSITIONS[action][state];
  if (next) return next;
  const a = ACTION_LABELS[action];
  const s = FOLLOW_UP_STATE_LABELS[state];
  const hint = action === 'direct' && state === 'open' ? ' (cần giải trình trước / the unit must explain first)' : '';
  throw new FollowUpTransitionError(`Không thể ${a.vi} khi theo dõi đang "${s.vi}"${hint} / cannot ${a.en} a follow-up that is ${s.en}`);
}

/** The actions a follow-up in this state accepts (for the abilities a client shows). */
export function followUpActions(state: FollowUpState): FollowUpAction[] {
  return (Object.keys(TRANSITIONS) as FollowUpAction[]).filter((a) => a !== 'recover' && TRANSITIONS[a][state] !== undefined);
}

/** The key of a target: what a follow-up is about (plan|indicator|unit|period). */
export function targetKey(t: { plan: string; indicator: string; unit: string; period: string }): string {
  return `${t.plan}|${t.indicator}|${t.unit}|${t.period}`;
}

/** The day `days` after an ISO date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A directive is overdue when it is not done and its deadline is before today. */
export function directiveOverdue(d: { deadline: string; doneAt: string | null }, today: string): boolean {
  return d.doneAt === null && d.deadline < today;
}

/** A follow-up is overdue when still unexplained past its due date, or when a directive of it is overdue. */
export function followUpOverdue(
  f: { state: FollowUpState; explainBy: string },
  directives: ReadonlyArray<{ deadline: string; doneAt: string | null }>,
  today: string,
): boolean {
  if (f.state === 'closed') return false;
  if (f.state === 'open' && f.explainBy < today) return true;
  return directives.some((d) => directiveOverdue(d, today));
}
