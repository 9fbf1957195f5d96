/**
 * Collection metadata: datasets and validation rules as any signed-in caller reads them, and the admins'
 * changes to them (permission, one transaction, audit).
 */
import { can, type Actor } from '../../domain/access.ts';
import type { Dataset } from '../../domain/validation-dataset.ts';
import type { ValidationRule } from '../../domain/validation-rules.ts';
import { writeAudit } from '../../store/audit.ts';
import { getDataset as findDataset, listDatasets as readDatasets, saveDataset, type StoredDataset } from '../../store/collection/datasets.ts';
import type { Store } from '../../store/db.ts';
import { listValidationRules as readRules, saveValidationRule } from '../../store/collection/validation-rules.ts';
import { AppError, appError } from '../../domain/errors.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';

export interface AdminContext {
  actor: Actor;
  via?: string;
  now?: Date;
}

function requireManage(actor: Actor): void {
  if (!can(actor, 'manage')) throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được sửa cấu hình thu thập / admins only');
}

/** Public shape of a stored dataset (no row ids). */
export function presentDataset(d: StoredDataset): Dataset {
  return { code: d.code, name: d.name, nameEn: d.nameEn, periodType: d.periodType, deadlineDays: d.deadlineDays, elements: d.elements, units: d.units };
}

export async function listDatasets(store: Store): Promise<Dataset[]> {
  return (await readDatasets(store.db)).map(presentDataset);
}

export async function getDataset(store: Store, code: string): Promise<Dataset> {
  const dataset = await findDataset(store.db, code);
  if (!dataset) throw appError('NOT_FOUND');
  return presentDataset(dataset);
}

export function listValidationRules(store: Store): Promise<ValidationRule[]> {
  return readRules(store.db);
}

/** Creates ('create') or replaces ('update') a dataset. Throws AppError (ValidationError is one). */
export async function saveDatasetAsAdmin(store: Store, raw: unknown, mode: 'create' | 'update', ctx: AdminContext): Promise<Dataset> {
  requireManage(ctx.actor);
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const { before, after } = await saveDataset(trx, raw, mode, now);
    const event = { actor: ctx.actor, source: 'admin', via: ctx.via ?? null, entity: 'dataset', entityKey: after.code };
    await writeAudit(
      trx,
      [{ ...event, action: before ? 'updated' : 'created', before: before ? presentDataset(before) : null, after: presentDataset(after) }],
      now,
    );
    return presentDataset(after);
  });
}

/** Creates or replaces a validation rule (by code). Throws ValidationError or AppError. */
export async function saveRuleAsAdmin(store: Store, raw: unknown, ctx: AdminContext): Promise<{ rule: ValidationRule; created: boolean }> {
  requireManage(ctx.actor);
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const { before, after } = await saveValidationRule(trx, raw, now);
    const event = { actor: ctx.actor, source: 'admin', via: ctx.via ?? null, entity: 'validation_rule', entityKey: after.code };
    await writeAudit(trx, [{ ...event, action: before ? 'updated' : 'created', before, after }], now);
    return { rule: after, created: before === null };
  });
}
