/**
 * The full story of one value: every stored version, and the audit events of the value and its submissions.
 * A version's status is its form's workflow state, not the status stored with it (which is what the writer gave,
 * 'draft' for every form entry: the workflow moves the submission, never the values): the current version has the
 * state its form is in now (đã duyệt once approved), an older one the furthest state its form reached while it was
 * current (from the submissions' audit events). A value no form collects for its unit and period is 'direct'
 * (ghi trực tiếp: written by the batch API, an import or the demo, outside any form's workflow) unless its writer
 * stored another status. Where several forms collect it, the furthest state counts (approved, submitted, returned, draft).
 */
import { datasetCodesWithElement } from '../../store/collection/datasets.ts';
import { formStatesOfValue } from '../../store/collection/submissions.ts';
import type { SubmissionState } from '../../domain/workflow.ts';
import { elementIdByCode } from '../../store/metadata/elements.ts';
import { can, type Actor } from '../../domain/access.ts';
import type { DataValueContent } from '../../domain/values.ts';
import { isPeriodId, parsePeriod } from '../../domain/periods.ts';
import { listAuditEvents, valueAuditKey, type AuditEvent } from '../../store/audit.ts';
import { resolveUnitsAt, unitAtKey } from '../../store/collection/dataset-units.ts';
import type { Store } from '../../store/db.ts';
import { getValueHistory } from '../../store/values/repo.ts';
import { AppError } from '../../domain/errors.ts';

export interface ValueHistory {
  dataElement: string;
  unit: string;
  period: string;
  versions: Array<{
    version: number;
    value: DataValueContent;
    status: string;
    comment: string | null;
    evidence: string | null;
    /** Worked back from other figures (the comment says how), not reported. */
    derived: boolean;
    author: string;
    source: string;
    createdAt: string;
  }>;
  events: AuditEvent[];
}

export async function valueHistory(store: Store, key: { dataElement: string; unit: string; period: string }, actor: Actor): Promise<ValueHistory> {
  if (!isPeriodId(key.period))
    throw new AppError('VALIDATION_FAILED', `Kỳ '${key.period}' không hợp lệ / invalid period`, [
      { field: 'period', message: 'kỳ không hợp lệ / invalid period' },
    ]);
  const end = parsePeriod(key.period).end;
  const unit = (await resolveUnitsAt(store.db, [{ code: key.unit, at: end }])).get(unitAtKey(key.unit, end));
  if (!unit) throw new AppError('UNIT_NOT_FOUND', `Không có đơn vị mã '${key.unit}' có hiệu lực vào ${end} / no unit in force at the period's end`);
  if (!can(actor, 'read', { unitPath: unit.path, unitIdPath: unit.pathIds }))
    throw new AppError('FORBIDDEN', `Không có quyền xem đơn vị ${key.unit} / not allowed`);
  const element = await elementIdByCode(store.db, key.dataElement);
  if (!element) throw new AppError('NOT_FOUND', `Không có phần tử dữ liệu '${key.dataElement}' / no such data element`);
  const versions = await getValueHistory(store.db, { elementId: element.id, unitId: unit.id, period: key.period });
  const datasets = await datasetCodesWithElement(store.db, element.id);
  const events = await listAuditEvents(store.db, [
    { entity: 'data_value', entityKey: valueAuditKey(key.dataElement, unit.code, key.period) },
    ...datasets.map((code) => ({ entity: 'submission', entityKey: `${code}|${unit.code}|${key.period}` })),
  ]);
  const forms = (await formStatesOfValue(store.db, { elementId: element.id, unitId: unit.id, period: key.period })).filter(
    (f) => f.state !== 'draft' || events.some((e) => e.entity === 'submission' && e.entityKey === `${f.dataset}|${unit.code}|${key.period}`),
  );
  return {
    ...key,
    versions: versions.map((v, i) => ({
      version: v.version,
      value: v.value,
      status: versionStatus(v.status, v.createdAt, i === versions.length - 1 ? null : versions[i + 1]!.createdAt, forms, events),
      comment: v.comment,
      evidence: v.evidenceRef,
      derived: v.derived,
      author: v.author,
      source: v.source,
      createdAt: v.createdAt,
    })),
    events,
  };
}

const FURTHEST: SubmissionState[] = ['approved', 'submitted', 'returned', 'draft'];

/**
 * The status of a version created at `createdAt` and replaced at `replacedAt` (null: the current one): for the
 * current version, its forms' states now; for an older one, the furthest state its forms reached while it was
 * current (a value approved, then reopened and corrected, was "approved"), else the state in force when it was
 * written.
 */
function versionStatus(
  stored: string,
  createdAt: string,
  replacedAt: string | null,
  forms: Array<{ dataset: string; state: SubmissionState }>,
  events: AuditEvent[],
): string {
  if (forms.length === 0) return stored === 'draft' ? 'direct' : stored;
  const states = forms.flatMap((f) => {
    if (replacedAt === null) return [f.state];
    const steps = events.filter((e) => e.entity === 'submission' && e.entityKey.startsWith(`${f.dataset}|`) && e.at < replacedAt);
    const stateOf = (e: AuditEvent | undefined) => (e?.after as { state?: SubmissionState } | undefined)?.state ?? 'draft';
    const during = steps.filter((e) => e.at >= createdAt).map(stateOf);
    return during.length > 0 ? during : [stateOf(steps.filter((e) => e.at < createdAt).pop())];
  });
  return FURTHEST.find((s) => states.includes(s)) ?? stored;
}
