/**
 * Plans written by an administrator (POST /plans, PUT /plans/{code}): the plan becomes a one-plan metadata file
 * and goes through the import's own validation and write (file.ts validateMetadataFile, writeMetadataFile), in
 * one transaction with its audit event (entity `plan`, source `admin`, before and after), so open screens and
 * kept answers see the change. Problems are addressed to the request body (`targets[2].indicator`), not the file.
 * Copying a plan to provinces is plan-copy.ts.
 */
import { appError } from '../../domain/errors.ts';
import { ValidationError, type Plan, type ValidationProblem } from '../../domain/metadata.ts';
import { writeAudit, type AuditInput } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { getPlan } from '../../store/metadata/repo.ts';
import { inTransaction, sameContent } from '../../store/transaction.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { authorizeAdmin, type AdminContext } from '../auth/admin-context.ts';
import { METADATA_FORMAT, METADATA_VERSION, validateMetadataFile, writeMetadataFile } from './file.ts';
import { readPlan, type PlanDetail } from './plan-detail.ts';

export type PlanWriteAction = 'create' | 'update' | 'copy';

/** A plan as the admin API takes it (the metadata file's plan; PUT takes its code from the path). */
export type PlanInput = Record<string, unknown>;

/** POST /plans: a new plan; 409 CONFLICT naming `code` when a plan has it. Answers the plan as GET /plans/{code}. */
export async function createPlan(store: Store, ctx: AdminContext, today: string, input: PlanInput): Promise<PlanDetail> {
  authorizeAdmin(ctx.actor, 'plans');
  const code = String(input.code ?? '');
  await inTransaction(store.db, async (trx) => {
    if (await getPlan(trx, code)) throw planTaken(code, 'code');
    await writePlans(trx, ctx, [{ plan: input, action: 'create' }], () => '');
  });
  return readPlan(store, ctx.actor, today, code);
}

/** PUT /plans/{code}: replaces the plan's fields and targets (all of them: the body is the whole plan); 404 when there is none. */
export async function updatePlan(store: Store, ctx: AdminContext, today: string, code: string, input: PlanInput): Promise<PlanDetail> {
  authorizeAdmin(ctx.actor, 'plans');
  await inTransaction(store.db, async (trx) => {
    if (!(await getPlan(trx, code))) throw appError('PLAN_NOT_FOUND', { code });
    await writePlans(trx, ctx, [{ plan: { ...input, code }, action: 'update' }], () => '');
  });
  return readPlan(store, ctx.actor, today, code);
}

export interface PlanWrite {
  plan: PlanInput;
  action: PlanWriteAction;
  /** Written into the audit event's `after` beside the plan (the copy names its source). */
  note?: Record<string, unknown>;
}

/**
 * Validates the plans as one metadata file (against the store, inside `trx`), writes them, and audits each one
 * that changed. `pathOf(i)` re-addresses `plans[i]` for the caller's problems ('' for a single plan's body).
 * Throws ValidationError (422) naming every problem; nothing is written then.
 */
export async function writePlans(trx: Kysely<Database>, ctx: AdminContext, writes: readonly PlanWrite[], pathOf: (i: number) => string): Promise<Plan[]> {
  const now = ctx.now ?? new Date();
  const befores = await Promise.all(writes.map((w) => (typeof w.plan.code === 'string' ? getPlan(trx, w.plan.code) : null)));
  const raw = { format: METADATA_FORMAT, version: METADATA_VERSION, plans: writes.map((w) => w.plan) };
  const file = await readdress(pathOf, () => validateMetadataFile(trx, raw));
  await readdress(pathOf, () => writeMetadataFile(trx, file, now));
  const events: AuditInput[] = [];
  file.plans.forEach((plan, i) => {
    const before = befores[i] ?? null;
    if (before && sameContent(before, plan)) return;
    const write = writes[i]!;
    events.push({
      actor: { name: ctx.actor.name, kind: ctx.actor.kind },
      source: 'admin',
      via: ctx.via ?? null,
      entity: 'plan',
      entityKey: plan.code,
      action: write.action,
      before,
      after: write.note ? { ...write.note, plan } : plan,
    });
  });
  if (events.length > 0) await writeAudit(trx, events, now);
  return file.plans;
}

/** 409 CONFLICT: a plan already has this code. */
export function planTaken(code: string, field: string) {
  return appError('CONFLICT', { reason: `Đã có kế hoạch mã '${code}' / a plan with code '${code}' exists` }, [{ field, message: 'mã đã dùng / code taken' }]);
}

/** Runs `fn`; a ValidationError's `plans[i]…` paths become the caller's (`pathOf(i)…`, leading dot dropped). */
async function readdress<T>(pathOf: (i: number) => string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const problems: ValidationProblem[] = error.problems.map((p) => {
      const match = /^plans\[(\d+)\]\.?(.*)$/.exec(p.path);
      if (!match) return p;
      const head = pathOf(Number(match[1]));
      const rest = match[2] ?? '';
      return { ...p, path: head && rest ? `${head}.${rest}` : head || rest || '$' };
    });
    throw new ValidationError(problems, 'Kế hoạch không hợp lệ, không ghi gì / invalid plan, nothing written');
  }
}
