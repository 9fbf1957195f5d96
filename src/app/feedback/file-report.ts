/**
 * Filing a report (the public form, Open311 POST requests.json, staff taking one by phone, the demo), in one
 * transaction: the fields checked (each problem named), the unit found by category and place on the day filed
 * (routing.ts), the deadline set from the category, the row and its first event written, one audit event (no
 * personal data in it), and the unit's figures refreshed. Anonymous reports wait for moderation and are neither
 * public nor counted until approved; a trusted caller's (a signed-in user, an API token such as a citizen app's)
 * go straight to the unit's queue — a caller limited to some units files only for them. The citizen gets a secret
 * token (shown once, kept as its hash) to follow and rate the report without an account.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/access.ts';
import { appError } from '../../domain/errors.ts';
import { categoryOf, dueAt, feedbackProblems, vietnamDate, type FeedbackState } from '../../domain/feedback.ts';
import { ValidationError } from '../../domain/metadata.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { insertFeedback, insertFeedbackEvents } from '../../store/feedback/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { feedbackCounter } from './counter.ts';
import { routeReport } from './routing.ts';

export interface FileContext {
  /** null: an anonymous citizen. */
  actor: Actor | null;
  source: 'web' | 'open311' | 'demo';
  now?: Date;
  via?: string;
}

export interface FiledReport {
  id: number;
  state: FeedbackState;
  unit: string;
  dueAt: string;
  /** The citizen's secret to follow and rate it (shown once). */
  token: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function fileReport(store: Store, raw: unknown, ctx: FileContext): Promise<FiledReport> {
  const now = ctx.now ?? new Date();
  const { value, problems } = feedbackProblems(raw, { now, trusted: ctx.actor !== null });
  if (!value) throw new ValidationError(problems);
  const category = categoryOf(value.category)!;
  const filedAt = value.filedAt ?? now.toISOString();
  const on = vietnamDate(filedAt);
  const chosen = value.unit ?? (ctx.actor && ctx.actor.unitScopes.length === 1 ? ctx.actor.unitScopes[0]! : null);
  return inRetryingTransaction(store.db, async (trx) => {
    const routed = await routeReport(trx, { category, lat: value.lat, long: value.long, chosenUnit: chosen, on });
    if (routed.unit === null) throw new ValidationError([{ path: value.lat !== null ? 'lat' : 'unit', message: routed.reason }]);
    if (ctx.actor && ctx.actor.unitScopes.length > 0 && !canOn(ctx.actor, 'write_values', await new UnitResolver(trx).at(routed.unit, on)))
      throw appError('FORBIDDEN', { action: 'file feedback', target: routed.unit });
    const state: FeedbackState = ctx.actor ? 'new' : 'moderation';
    const token = randomBytes(18).toString('base64url');
    const due = dueAt(category, filedAt);
    const id = await insertFeedback(trx, {
      source: ctx.source,
      client: ctx.actor?.kind === 'token' ? ctx.actor.name : null,
      category: category.code,
      description: value.description,
      lat: value.lat,
      long: value.long,
      address: value.address,
      unit: routed.unit,
      state,
      reporterName: value.reporterName,
      reporterContact: value.reporterContact,
      hideName: value.hideName ? 1 : 0,
      media: JSON.stringify(value.mediaUrls),
      filedAt,
      filedOn: on,
      dueAt: due,
      acknowledgedAt: null,
      handledAt: null,
      handledOn: null,
      onTime: null,
      answer: null,
      rejectReason: null,
      rating: null,
      ratedAt: null,
      tokenHash: hashToken(token),
      updatedAt: now.toISOString(),
      simulated: 0,
    });
    const actorName = ctx.actor?.name ?? 'công dân / citizen';
    await insertFeedbackEvents(trx, [
      {
        reportId: id,
        action: 'filed',
        fromState: null,
        toState: state,
        fromUnit: null,
        toUnit: routed.unit,
        note: routed.by === 'point' ? 'Chuyển theo vị trí trên bản đồ' : 'Chuyển theo đơn vị người gửi chọn',
        actor: actorName,
        at: now.toISOString(),
      },
    ]);
    await writeAudit(
      trx,
      [
        {
          actor: { name: actorName, kind: ctx.actor?.kind ?? 'anonymous' },
          source: 'feedback',
          via: ctx.via ?? ctx.source,
          entity: 'feedback',
          entityKey: String(id),
          action: 'file',
          before: null,
          after: { category: category.code, unit: routed.unit, state, routedBy: routed.by },
        },
      ],
      now,
    );
    if (state !== 'moderation') await refreshDerivedValues(trx, feedbackCounter, { unitCodes: [routed.unit], from: on, until: on, now });
    return { id, state, unit: routed.unit, dueAt: due, token };
  });
}
