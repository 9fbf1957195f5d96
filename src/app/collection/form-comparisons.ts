/**
 * What a form shows beside each value: the element's value at the same unit code in the previous period of the
 * form's period type (the unit version in force at that period's end: a merged province compares with the old
 * one's figure under the same code), and the value it held when the form was last approved (the version current
 * at the last `approve` step of the submission's audit trail), so a reporter sees last period's figure and an
 * approver what changed since the approved version.
 */
import type { Kysely } from 'kysely';
import { parsePeriod, previousPeriod } from '../../domain/periods.ts';
import type { DataValueContent } from '../../domain/values.ts';
import { lastAuditAt } from '../../store/audit.ts';
import { resolveUnitsAt, unitAtKey } from '../../store/collection/dataset-units.ts';
import type { Database } from '../../store/schema.ts';
import { listCurrentValues, valuesAsOf } from '../../store/values/repo.ts';
import { submissionAuditKey, type FormContext } from './form-context.ts';

export interface FormComparisons {
  previousPeriod: string;
  /** When the form was last approved (ISO), null when never. */
  approvedAt: string | null;
  previous: Map<string, { period: string; value: DataValueContent }>;
  approved: Map<string, { approvedAt: string; value: DataValueContent }>;
}

export async function formComparisons(db: Kysely<Database>, ctx: FormContext): Promise<FormComparisons> {
  const elementIds = [...ctx.dataset.elementIds.values()];
  const prev = previousPeriod(ctx.period);
  const prevEnd = parsePeriod(prev).end;
  const prevUnit = (await resolveUnitsAt(db, [{ code: ctx.unit.code, at: prevEnd }])).get(unitAtKey(ctx.unit.code, prevEnd));
  const previous = new Map<string, { period: string; value: DataValueContent }>();
  if (prevUnit)
    for (const v of await listCurrentValues(db, { unitIds: [prevUnit.id], periods: [prev], elementIds }))
      previous.set(v.elementCode, { period: prev, value: v.value });

  const approvedAt = await lastAuditAt(db, {
    entity: 'submission',
    entityKey: submissionAuditKey({ dataset: ctx.dataset.code, unit: ctx.unit.code, period: ctx.period }),
    action: 'approve',
  });
  const approved = new Map<string, { approvedAt: string; value: DataValueContent }>();
  if (approvedAt)
    for (const v of await valuesAsOf(db, { unitId: ctx.unit.id, period: ctx.period, elementIds, at: approvedAt }))
      approved.set(v.elementCode, { approvedAt, value: v.value });
  return { previousPeriod: prev, approvedAt, previous, approved };
}
