/**
 * A step on a report, in one transaction with its event, its audit event and the figures it moves: a moderator
 * (an administrator) approves an anonymous report into the unit's queue or removes it; the responsible unit (its
 * reporters, an API client of it, the administrator) acknowledges, starts, handles it with a public answer,
 * rejects it with a reason, or transfers it to another unit in force (which then has it as new; the deadline set
 * at filing stands). A citizen with the report's secret rates a handled report once (1–5).
 */
import type { Actor } from '../../domain/access.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { appError } from '../../domain/errors.ts';
import {
  FEEDBACK_LIMITS,
  MODERATION_ACTIONS,
  TRANSITIONS,
  transitionProblem,
  vietnamDate,
  type FeedbackAction,
  type FeedbackState,
} from '../../domain/feedback.ts';
import { ValidationError } from '../../domain/metadata.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { feedbackByToken, getFeedback, insertFeedbackEvents, updateFeedback, type FeedbackRow, type NewFeedbackRow } from '../../store/feedback/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { feedbackCounter } from './counter.ts';
import { hashToken } from './file-report.ts';

export interface ActionInput {
  action: FeedbackAction;
  /** handle: the public answer. reject: the reason. transfer, approve, others: an optional note. */
  note?: string;
  /** transfer: the unit that takes it. */
  unit?: string;
}

export interface ActionResult {
  id: number;
  state: FeedbackState;
  unit: string;
}

const text = (v: string | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export async function actOnReport(store: Store, actor: Actor, id: number, input: ActionInput, now: Date = new Date()): Promise<ActionResult> {
  return inRetryingTransaction(store.db, async (trx) => {
    const report = await getFeedback(trx, id);
    if (!report) throw appError('NOT_FOUND');
    const today = todayIsoDate(now);
    const resolver = new UnitResolver(trx);
    const moderation = MODERATION_ACTIONS.includes(input.action);
    if (moderation ? actor.role !== 'admin' : !canOn(actor, 'write_values', await resolver.at(report.unit, today)))
      throw appError('FORBIDDEN', { action: `${input.action} feedback`, target: moderation ? 'moderation' : report.unit });
    const from = report.state as FeedbackState;
    const refused = transitionProblem(input.action, from);
    if (refused) throw appError('INVALID_TRANSITION', { reason: refused });
    const note = text(input.note);
    if (note && note.length > FEEDBACK_LIMITS.answer)
      throw new ValidationError([{ path: 'note', message: `dài quá ${FEEDBACK_LIMITS.answer} ký tự / too long` }]);
    const at = now.toISOString();
    const change: Partial<NewFeedbackRow> = { state: TRANSITIONS[input.action].to, updatedAt: at };
    let unit = report.unit;
    if (input.action === 'acknowledge') change.acknowledgedAt = at;
    if (input.action === 'handle') {
      if (!note) throw new ValidationError([{ path: 'note', message: 'cần nội dung trả lời công khai cho người dân / the public answer is required' }]);
      Object.assign(change, { answer: note, handledAt: at, handledOn: vietnamDate(at), onTime: at <= report.dueAt ? 1 : 0 });
    }
    if (input.action === 'reject') {
      if (!note) throw new ValidationError([{ path: 'note', message: 'cần lý do từ chối / the reason is required' }]);
      change.rejectReason = note;
    }
    if (input.action === 'transfer') {
      const target = text(input.unit);
      if (!target) throw new ValidationError([{ path: 'unit', message: 'cần đơn vị nhận / the receiving unit is required' }]);
      if (target === report.unit) throw new ValidationError([{ path: 'unit', message: 'đơn vị nhận trùng đơn vị đang xử lý / the same unit' }]);
      if (!(await resolver.at(target, today)))
        throw new ValidationError([{ path: 'unit', message: `không có đơn vị mã '${target}' vào ngày ${today} / no such unit today` }]);
      unit = target;
      change.unit = target;
    }
    await updateFeedback(trx, id, change);
    await insertFeedbackEvents(trx, [
      { reportId: id, action: input.action, fromState: from, toState: change.state!, fromUnit: report.unit, toUnit: unit, note, actor: actor.name, at },
    ]);
    await audit(trx, actor, report, input.action, { state: change.state, unit }, now);
    await refreshFor(trx, report, [report.unit, unit], now);
    return { id, state: change.state as FeedbackState, unit };
  });
}

/** The citizen rates the answer of a handled report, with the secret given at filing; once. */
export async function rateReport(store: Store, token: string, rating: number, now: Date = new Date()): Promise<ActionResult> {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new ValidationError([{ path: 'rating', message: 'từ 1 đến 5 / from 1 to 5' }]);
  return inRetryingTransaction(store.db, async (trx) => {
    const report = token ? await feedbackByToken(trx, hashToken(token)) : null;
    if (!report) throw appError('NOT_FOUND');
    if (report.state !== 'handled')
      throw appError('INVALID_TRANSITION', { reason: 'chỉ đánh giá được phản ánh đã xử lý / only a handled report can be rated' });
    if (report.rating !== null) throw appError('CONFLICT', { reason: 'phản ánh đã được đánh giá / already rated' });
    const at = now.toISOString();
    await updateFeedback(trx, report.id, { rating, ratedAt: at, updatedAt: at });
    const citizen = 'công dân / citizen';
    await insertFeedbackEvents(trx, [
      {
        reportId: report.id,
        action: 'rated',
        fromState: 'handled',
        toState: 'handled',
        fromUnit: report.unit,
        toUnit: report.unit,
        note: `${rating}/5`,
        actor: citizen,
        at,
      },
    ]);
    await audit(trx, { name: citizen, kind: 'anonymous' }, report, 'rate', { rating }, now);
    await refreshFor(trx, report, [report.unit], now);
    return { id: report.id, state: 'handled', unit: report.unit };
  });
}

async function audit(trx: Store['db'], actor: { name: string; kind: string }, report: FeedbackRow, action: string, after: unknown, now: Date) {
  await writeAudit(
    trx,
    [{ actor, source: 'feedback', entity: 'feedback', entityKey: String(report.id), action, before: { state: report.state, unit: report.unit }, after }],
    now,
  );
}

/** The report's figures: the day filed to the day handled (or today), at its units before and after. */
async function refreshFor(trx: Store['db'], report: FeedbackRow, units: string[], now: Date) {
  const until = vietnamDate(now.toISOString());
  await refreshDerivedValues(trx, feedbackCounter, { unitCodes: [...new Set(units)], from: report.filedOn, until, now });
}
